import {
  BufferGeometry,
  DoubleSide,
  Float32BufferAttribute,
  Group,
  type Matrix4,
  Mesh,
  MeshBasicMaterial,
  type Plane,
  Vector3,
} from 'three';

/** Welds vertices closer than this (m): a mesh's seams split one surface point into several vertices. */
const WELD_M = 1e-6;

/** How the dashed line of the healthy shape is drawn on the cut, in metres on the model. */
export interface DashStyle {
  width: number;
  dash: number;
  gap: number;
}

/**
 * Where `plane` cuts the surface of a mesh in its healthy shape (the base positions, before any
 * morph target): closed loops of world points, one per piece of the cut (a vertebra cut down the
 * middle gives its body and its spinous process).
 */
export function cutLoops(geometry: BufferGeometry, matrixWorld: Matrix4, plane: Plane): Vector3[][] {
  const position = geometry.getAttribute('position');
  const world: Vector3[] = [];
  const weld = new Map<string, number>();
  const vertexId: number[] = [];
  for (let i = 0; i < position.count; i++) {
    const point = new Vector3().fromBufferAttribute(position, i).applyMatrix4(matrixWorld);
    const key = `${Math.round(point.x / WELD_M)},${Math.round(point.y / WELD_M)},${Math.round(point.z / WELD_M)}`;
    let id = weld.get(key);
    if (id === undefined) {
      id = world.length;
      weld.set(key, id);
      world.push(point);
    }
    vertexId.push(id);
  }
  // A vertex lying exactly on the plane counts as in front, so every crossing is on an edge's inside.
  const distance = world.map((p) => plane.distanceToPoint(p) || Number.EPSILON);

  const crossings = new Map<string, Vector3>();
  const neighbours = new Map<string, string[]>();
  const crossing = (a: number, b: number): string | null => {
    if (distance[a] > 0 === distance[b] > 0) return null;
    const key = a < b ? `${a}:${b}` : `${b}:${a}`;
    if (!crossings.has(key)) {
      const t = distance[a] / (distance[a] - distance[b]);
      crossings.set(key, world[a].clone().lerp(world[b], t));
    }
    return key;
  };
  const link = (from: string, to: string) => {
    const list = neighbours.get(from) ?? [];
    list.push(to);
    neighbours.set(from, list);
  };

  const index = geometry.getIndex();
  const triangles = index ? index.count / 3 : position.count / 3;
  for (let t = 0; t < triangles; t++) {
    const [a, b, c] = [0, 1, 2].map((k) => vertexId[index ? index.getX(3 * t + k) : 3 * t + k]);
    const ends = [crossing(a, b), crossing(b, c), crossing(c, a)].filter((key) => key !== null);
    if (ends.length !== 2 || ends[0] === ends[1]) continue;
    link(ends[0], ends[1]);
    link(ends[1], ends[0]);
  }

  const loops: Vector3[][] = [];
  const visited = new Set<string>();
  for (const start of neighbours.keys()) {
    if (visited.has(start)) continue;
    const loop: Vector3[] = [];
    let previous: string | null = null;
    let current: string | undefined = start;
    while (current && !visited.has(current)) {
      visited.add(current);
      loop.push(crossings.get(current) as Vector3);
      const next: string | undefined = neighbours
        .get(current)
        ?.find((key) => key !== previous && !visited.has(key));
      previous = current;
      current = next;
    }
    if (loop.length >= 3) loops.push(loop);
  }
  return loops;
}

/** The length of a closed loop. */
export function loopLength(loop: readonly Vector3[]): number {
  let length = 0;
  for (let i = 0; i < loop.length; i++) length += loop[i].distanceTo(loop[(i + 1) % loop.length]);
  return length;
}

const along = new Vector3();
const across = new Vector3();

/**
 * Flat dashes along closed loops, lying in the plane with normal `normal`: two triangles per piece of
 * a dash on one edge of a loop. A drawn line would be one pixel wide in WebGL, too thin for a TV.
 */
export function dashedStrip(loops: readonly Vector3[][], normal: Vector3, style: DashStyle): BufferGeometry {
  const corners: number[] = [];
  const quad = (from: Vector3, to: Vector3) => {
    across.crossVectors(normal, along).setLength(style.width / 2);
    const p = [
      from.clone().add(across),
      from.clone().sub(across),
      to.clone().sub(across),
      to.clone().add(across),
    ];
    for (const k of [0, 1, 2, 0, 2, 3]) corners.push(p[k].x, p[k].y, p[k].z);
  };
  const period = style.dash + style.gap;
  for (const loop of loops) {
    let travelled = 0;
    for (let i = 0; i < loop.length; i++) {
      const from = loop[i];
      const to = loop[(i + 1) % loop.length];
      const length = from.distanceTo(to);
      if (length === 0) continue;
      along.subVectors(to, from).divideScalar(length);
      // The parts of this edge that fall on a dash of the pattern running along the whole loop.
      let s = 0;
      while (s < length) {
        const phase = (travelled + s) % period;
        const dashLeft = phase < style.dash ? style.dash - phase : 0;
        // Never a step too small to move on: rounding can leave a sliver of a dash.
        const step = Math.max(1e-7, Math.min(length - s, dashLeft > 0 ? dashLeft : period - phase));
        if (dashLeft > 0) {
          quad(from.clone().addScaledVector(along, s), from.clone().addScaledVector(along, s + step));
        }
        s += step;
      }
      travelled += length;
    }
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(corners, 3));
  return geometry;
}

/** Dashes about 2.4 mm long: on a TV at the teaching views' zoom, about 20 pixels. */
const INK: DashStyle = { width: 0.0007, dash: 0.0024, gap: 0.0016 };
/** A pale rim under the dark dash, so it reads on a pale cut face and on the dark background alike. */
const HALO: DashStyle = { ...INK, width: 0.0015 };
/** Drawn after the cut faces (see SectionRig), over them. */
const EDGE_ORDER = 1002;

/**
 * The healthy shape of the condition's culprit where the plane cuts it, as a dashed line over the cut
 * face: the eye sees at once how far a bulging disc or a slipped vertebra has left its healthy place.
 */
export class HealthyEdge {
  readonly group = new Group();
  // One small triangle until the first outline, so that the warm-up has something to draw and compiles
  // the dashes' shader before any consultation needs it (SectionRig.compileEveryLook).
  private readonly halo = new Mesh(oneTriangle(), edgeMaterial('#f4f1ea'));
  private readonly ink = new Mesh(oneTriangle(), edgeMaterial('#1d2433'));

  constructor() {
    this.group.name = 'healthy_edge';
    this.halo.renderOrder = EDGE_ORDER;
    this.ink.renderOrder = EDGE_ORDER + 1;
    for (const mesh of [this.halo, this.ink]) {
      mesh.raycast = () => {};
      mesh.frustumCulled = false;
      this.group.add(mesh);
    }
    this.group.visible = false;
  }

  /** Draws the healthy outline of `meshes` on `plane` (none hides it) and gives its loops. */
  show(meshes: readonly Mesh[], plane: Plane): Vector3[][] {
    const loops = meshes.flatMap((mesh) => cutLoops(mesh.geometry, mesh.matrixWorld, plane));
    this.group.visible = loops.length > 0;
    if (loops.length === 0) return loops;
    for (const [mesh, style] of [
      [this.halo, HALO],
      [this.ink, INK],
    ] as const) {
      mesh.geometry.dispose();
      mesh.geometry = dashedStrip(loops, plane.normal, style);
    }
    return loops;
  }

  hide(): void {
    this.group.visible = false;
  }

  /** Shows what it holds now, for a frame that compiles its shader. */
  showForWarmUp(): void {
    this.group.visible = true;
  }

  dispose(): void {
    for (const mesh of [this.halo, this.ink]) {
      mesh.geometry.dispose();
      (mesh.material as MeshBasicMaterial).dispose();
    }
  }
}

function oneTriangle(): BufferGeometry {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute([0, 0, 0, 0.001, 0, 0, 0, 0.001, 0], 3));
  return geometry;
}

function edgeMaterial(color: string): MeshBasicMaterial {
  // Nothing of the model lies between the camera and the plane (that side is cut away), so the dashes
  // skip the depth test rather than fight the cut face they lie on. Transparent like the cut faces, so
  // that they are drawn in the same list, after them.
  return new MeshBasicMaterial({
    color,
    side: DoubleSide,
    depthTest: false,
    depthWrite: false,
    transparent: true,
  });
}
