import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { type Mesh, Raycaster, Vector3 } from 'three';
import { CONDITION_IDS } from '../content';
import { useViewer } from '../state/store';
import { type MarkerPlacement, publishMarkers } from './markerChannel';
import type { ModelPart } from './prepareModel';
import { spreadMarkers } from './spreadMarkers';

const ray = new Raycaster();
const spot = new Vector3();
const toSpot = new Vector3();
/** How often, at most, markers check whether bone hides them: raycasts are costly on a laptop. */
const OCCLUSION_INTERVAL_S = 0.25;
/** Centre to centre, in CSS pixels: a 32 px marker plus room so a finger or a mouse hits the right one. */
const MARKER_GAP_PX = 40;
/** Markers closer than this to the view's edge, or over the view buttons at the bottom, are not shown. */
const EDGE_PX = 16;
const BOTTOM_BAR_PX = 64;
/** Where the chosen condition's marker sits, from its spot: up and to the side, joined by a line. */
const SELECTED_OFFSET_PX: [number, number] = [-64, -64];

/**
 * Works out, on every drawn frame, where each condition's marker goes on the screen: the spot the model
 * names, projected through the camera, spread apart from its neighbours, faded when bone hides it. The
 * buttons themselves are plain DOM (ui/HotspotMarkers.tsx).
 */
export function HotspotProjector({ parts }: { parts: ModelPart[] }) {
  const places = useViewer((s) => s.modelConditions);
  const selected = useViewer((s) => s.selected);
  const bones = useMemo(() => parts.filter((p) => p.layer === 'bones').map((p) => p.mesh as Mesh), [parts]);
  const behind = useRef(new Map<string, boolean>());
  const sinceCheck = useRef(OCCLUSION_INTERVAL_S);
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);

  // New places, or a new view size, need one frame to place the markers.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the dependencies are the triggers, not inputs.
  useEffect(() => invalidate(), [places, size, invalidate]);
  useEffect(() => () => publishMarkers([]), []);

  const trailing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  /** Projects every spot and publishes where its marker goes; raycasts for bone only when asked. */
  const place = (checkOcclusion: boolean) => {
    const visibleBones = checkOcclusion ? bones.filter((b) => b.visible) : [];
    const placements: MarkerPlacement[] = [];
    for (const id of CONDITION_IDS) {
      const spotOnModel = places[id]?.hotspot;
      if (!spotOnModel) continue;
      spot.set(...spotOnModel);
      if (checkOcclusion) {
        toSpot.subVectors(spot, camera.position);
        const distance = toSpot.length();
        ray.set(camera.position, toSpot.normalize());
        ray.far = distance - 0.01;
        behind.current.set(id, ray.intersectObjects(visibleBones, false).length > 0);
      }
      spot.project(camera);
      const x = ((spot.x + 1) / 2) * size.width;
      const y = ((1 - spot.y) / 2) * size.height;
      const onScreen =
        spot.z < 1 &&
        x >= EDGE_PX &&
        x <= size.width - EDGE_PX &&
        y >= EDGE_PX &&
        y <= size.height - BOTTOM_BAR_PX;
      // The chosen condition's marker steps aside, so that it does not cover the change it points at.
      const [dx, dy] = id === selected ? SELECTED_OFFSET_PX : [0, 0];
      placements.push({
        id,
        x: x + dx,
        y: y + dy,
        anchorX: x,
        anchorY: y,
        behind: behind.current.get(id) ?? false,
        onScreen,
      });
    }
    spreadMarkers(placements, MARKER_GAP_PX).forEach((p, i) => {
      placements[i].x = p.x;
      placements[i].y = p.y;
    });
    publishMarkers(placements);
  };

  useEffect(() => () => clearTimeout(trailing.current), []);

  useFrame((_, delta) => {
    sinceCheck.current += delta;
    const checkOcclusion = sinceCheck.current >= OCCLUSION_INTERVAL_S;
    if (checkOcclusion) sinceCheck.current = 0;
    place(checkOcclusion);
    // The last frame of a move may come between two checks: check once more when it has ended. The
    // markers are DOM, so this draws no frame.
    clearTimeout(trailing.current);
    if (!checkOcclusion) trailing.current = setTimeout(() => place(true), OCCLUSION_INTERVAL_S * 1000);
  });

  return null;
}
