import {
  AlwaysStencilFunc,
  DoubleSide,
  Group,
  InvertStencilOp,
  Mesh,
  type Object3D,
  Plane,
  PlaneGeometry,
  Quaternion,
  type Side,
  Vector3,
} from 'three';
import type { SectionState } from '../../state/section';
import { largestShift } from '../morphShift';
import type { ModelPart } from '../prepareModel';
import { HealthyEdge } from './healthyEdge';
import { type CapUniforms, capMaterial, markHealthyOutline, paintCap, spongyMaterial } from './materials';
import {
  basePlane,
  type LevelFrames,
  pickOnlyKept,
  pickWhole,
  readLevelFrames,
  sideOf,
} from './sectionPlane';
import {
  CAP_PASSES,
  ILLUSTRATION,
  MRI,
  OUT_OF_PLACE,
  PRESSED,
  STENCIL_BIT,
  type Tissue,
  tissueOf,
} from './tissues';

/** The conditions that wear a disc down: in the MRI look their disc's gel turns dark as they progress. */
const WEARING = ['bulging-disc', 'herniated-disc'];
/** Cut faces cover the whole model (femurs included) from any side, in metres. */
const CAP_SIZE = 2;
/** Cut faces are drawn after every part of the model, translucent ones included. */
const CAP_ORDER = 1000;

/** The structure a condition changes the shape of (its culprit), and the condition. */
export interface ChangedShape {
  condition: string;
  node: string;
}

interface CutPart {
  part: ModelPart;
  tissue: Tissue | null;
  side: Side;
  /** Whether the plane passes through it now. */
  through: boolean;
  /** Marks the spongy inside of a cut bone. */
  spongy?: Mesh;
}

/** Tells the annulus's face where the discs are, for its layers (the odd levels are the discs). */
function placeDiscs(frames: LevelFrames, uniforms: CapUniforms): void {
  for (let i = 0; i < uniforms.uDiscCentres.value.length; i++) {
    uniforms.uDiscCentres.value[i].copy(frames.centres[2 * i + 1]);
    uniforms.uDiscAxes.value[i].copy(frames.ups[2 * i + 1]);
  }
}

/** Whether an object and all its ancestors are visible. */
function shown(object: Object3D): boolean {
  for (let node: Object3D | null = object; node; node = node.parent) if (!node.visible) return false;
  return true;
}

const up = new Vector3(0, 0, 1);
const centre = new Vector3();
const turn = new Quaternion();

/**
 * The cross-section: clips the model with one plane, hides what lies wholly on the cut-away side, and
 * fills each cut face with its tissue's colour using the stencil buffer (three.js
 * examples/webgl_clipping_stencil: a closed surface is crossed an odd number of times behind a point
 * of the plane that lies inside it). A cut mesh inverts its tissue's stencil bit in its own draw, so the
 * cut costs one extra draw per cut bone (its spongy inside) and one per tissue on the plane.
 */
export class SectionRig {
  /** The clipping plane, its negative side cut away. */
  readonly plane = new Plane();
  /** What the cut adds to the scene: the cut faces and the spongy-bone stencil copies. */
  readonly group = new Group();
  /** The cut faces, one per pass, turned into the plane. */
  private readonly caps = new Group();
  private readonly planes = [this.plane];
  private readonly frames: LevelFrames | null;
  private readonly cuts: CutPart[];
  private readonly capMeshes: Array<{ mesh: Mesh; shows: string; uniforms: CapUniforms; dispose(): void }>;
  private readonly spongyLook;
  private readonly geometry = new PlaneGeometry(CAP_SIZE, CAP_SIZE);
  private section: SectionState | null = null;
  private mri = false;
  private pressed: readonly string[] = [];
  private changed: ChangedShape | null = null;
  private readonly edge = new HealthyEdge();
  private applied = false;
  private dirty = true;
  private readonly base = new Plane();

  constructor(root: Object3D, parts: ModelPart[]) {
    this.frames = readLevelFrames(root);
    this.spongyLook = spongyMaterial(this.plane);
    this.cuts = parts.map((part) => {
      const tissue = tissueOf(part.structure, part.mesh.name);
      const cut: CutPart = { part, tissue, side: part.material.side, through: false };
      if (tissue === 'bone') cut.spongy = this.shrunkCopy(part.mesh);
      return cut;
    });
    this.capMeshes = CAP_PASSES.map((pass) => {
      const material = capMaterial(pass);
      const cap = new Mesh(this.geometry, material);
      cap.name = `cut_face_${pass.name}`;
      cap.renderOrder = pass.late ? CAP_ORDER + 1 : CAP_ORDER;
      cap.visible = false;
      cap.raycast = () => {};
      if (pass.name === 'nucleus') cap.onBeforeRender = () => this.wearDisc(material.uniforms);
      if (pass.name === 'annulus' && this.frames) placeDiscs(this.frames, material.uniforms);
      this.caps.add(cap);
      return {
        mesh: cap,
        // The pressed nerve's face is drawn only while a pressed nerve is cut.
        shows: pass.name === 'pressedNerve' ? pass.name : pass.tissue,
        uniforms: material.uniforms,
        dispose: () => material.dispose(),
      };
    });
    this.group.add(this.caps, this.edge.group);
    this.paint();
  }

  /**
   * A copy of a bone that shares its geometry and its live morph weights, drawn only into the stencil.
   * It stays out of the model's own tree (which other code walks) and takes the bone's place by hand.
   */
  private shrunkCopy(mesh: Mesh): Mesh {
    const copy = new Mesh(mesh.geometry, this.spongyLook);
    copy.name = 'spongy_bone_stencil';
    copy.morphTargetInfluences = mesh.morphTargetInfluences;
    copy.morphTargetDictionary = mesh.morphTargetDictionary;
    copy.visible = false;
    copy.raycast = () => {};
    copy.matrixAutoUpdate = false;
    copy.matrixWorldAutoUpdate = false;
    this.group.add(copy);
    return copy;
  }

  /** Whether the cut shows the culprit's healthy outline now. */
  get showsHealthyEdge(): boolean {
    return this.applied && this.edge.group.visible;
  }

  /** Takes the store's section, look, pressed nerves and changed culprit; the next frame re-cuts. */
  set(section: SectionState, mri: boolean, pressed: readonly string[], changed: ChangedShape | null): void {
    this.pressed = pressed;
    this.changed = changed;
    if (mri !== this.mri) {
      this.mri = mri;
      this.paint();
    }
    this.section = section;
    this.dirty = true;
  }

  /** Before a frame: re-cuts when the section changed or the camera crossed the plane. */
  update(camera: Vector3): void {
    const section = this.section;
    if (!section?.on || !this.frames) {
      if (this.applied) this.restore();
      this.dirty = false;
      return;
    }
    basePlane(section, this.frames, this.base);
    // The camera's side is cut away (three.js discards what lies on a clipping plane's negative side),
    // so the viewer always faces the cut.
    if (this.base.distanceToPoint(camera) > 0) this.base.negate();
    if (this.dirty || !this.applied || !this.base.equals(this.plane)) {
      this.plane.copy(this.base);
      this.dirty = false;
      this.apply();
    }
    // A bone hidden by its layer or by isolation takes its spongy copy with it.
    for (const cut of this.cuts) {
      if (cut.spongy) cut.spongy.visible = cut.through && shown(cut.part.mesh);
    }
  }

  private apply(): void {
    const present = new Set<string>();
    for (const cut of this.cuts) {
      const { mesh, material } = cut.part;
      const side = sideOf(mesh, this.plane);
      // A structure wholly on the cut-away side is neither drawn nor picked.
      if (side === 'removed') mesh.layers.disableAll();
      else mesh.layers.set(0);
      const cutThrough = side === 'cut';
      material.clippingPlanes = cutThrough ? this.planes : null;
      if (cutThrough) pickOnlyKept(mesh, this.plane);
      else pickWhole(mesh);
      const tissue = cutThrough ? cut.tissue : null;
      this.markStencil(cut, tissue);
      cut.through = cutThrough;
      if (cut.spongy) cut.spongy.matrixWorld.copy(mesh.matrixWorld);
      if (tissue) present.add(tissue);
      if (tissue && this.isPressed(cut)) present.add('pressedNerve');
    }
    this.plane.coplanarPoint(centre);
    this.caps.position.copy(centre);
    this.caps.quaternion.copy(turn.setFromUnitVectors(up, this.plane.normal));
    for (const cap of this.capMeshes) cap.mesh.visible = present.has(cap.shows);
    this.outlineHealthyShape();
    this.applied = true;
  }

  /**
   * The culprit's healthy outline where the plane cuts it: of the part of it that the condition moves
   * farthest (a bulging disc's ring, a herniated disc's gel, a slipping vertebra).
   */
  private outlineHealthyShape(): void {
    const changed = this.changed;
    let moved: CutPart | null = null;
    let farthest = 0;
    for (const cut of this.cuts) {
      if (!changed || !cut.through || !cut.tissue || cut.part.structure !== changed.node) continue;
      const shift = largestShift(cut.part.mesh, changed.condition);
      if (shift > farthest) {
        farthest = shift;
        moved = cut;
      }
    }
    const loops = moved ? this.edge.show([moved.part.mesh], this.plane) : [];
    if (!moved) this.edge.hide();
    // What of a disc now lies outside its healthy outline is coloured, in the illustration only: a scan
    // shows no colour, and a vertebra moved whole is told by its outline alone.
    const tinted = moved && !this.mri ? moved.tissue : null;
    CAP_PASSES.forEach((pass, i) => {
      const soft = (tinted === 'annulus' || tinted === 'nucleus') && pass.name === tinted;
      const { uniforms } = this.capMeshes[i];
      markHealthyOutline(uniforms, soft ? loops : [], this.plane, OUT_OF_PLACE);
    });
  }

  /** A cut mesh is drawn from both sides and flips its tissue's stencil bit with every fragment. */
  private markStencil(cut: CutPart, tissue: Tissue | null): void {
    const material = cut.part.material;
    const side = tissue ? DoubleSide : cut.side;
    if (material.side !== side) {
      material.side = side;
      material.needsUpdate = true;
    }
    // One pass for a translucent double-sided part, so it flips its bit once per surface.
    material.forceSinglePass = tissue !== null;
    material.stencilWrite = tissue !== null;
    if (!tissue) return;
    material.stencilWriteMask = this.isPressed(cut) ? PRESSED : STENCIL_BIT[tissue];
    material.stencilFunc = AlwaysStencilFunc;
    material.stencilFail = InvertStencilOp;
    material.stencilZFail = InvertStencilOp;
    material.stencilZPass = InvertStencilOp;
  }

  private isPressed(cut: CutPart): boolean {
    return cut.tissue === 'nerve' && this.pressed.includes(cut.part.structure);
  }

  private restore(): void {
    for (const cut of this.cuts) {
      cut.part.mesh.layers.set(0);
      cut.part.material.clippingPlanes = null;
      pickWhole(cut.part.mesh);
      this.markStencil(cut, null);
      cut.through = false;
      if (cut.spongy) cut.spongy.visible = false;
    }
    for (const cap of this.capMeshes) cap.mesh.visible = false;
    this.edge.hide();
    this.applied = false;
  }

  private paint(): void {
    const colours = this.mri ? MRI : ILLUSTRATION;
    CAP_PASSES.forEach((pass, i) => {
      const worn = pass.name === 'nucleus' ? colours.wornNucleus : undefined;
      paintCap(this.capMeshes[i].uniforms, colours[pass.name], worn);
    });
  }

  /**
   * Compiles, before anyone asks for it, every shader a part can need: solid or see-through, whole or
   * cut. three.js builds a shader the first time a part is drawn in a new way, which stalls that frame;
   * which ways a consultation reaches first also depends on how far each animation got between clicks.
   * `draw` renders the scene once (out of sight); the parts are left exactly as they were.
   */
  compileEveryLook(draw: () => void): void {
    const parts = this.cuts.map(({ part }) => ({
      visible: part.mesh.visible,
      layers: part.mesh.layers.mask,
      culled: part.mesh.frustumCulled,
      transparent: part.material.transparent,
    }));
    const extras = [
      ...this.capMeshes.map((cap) => cap.mesh),
      ...this.cuts.flatMap((cut) => cut.spongy ?? []),
    ];
    for (const transparent of [false, true]) {
      for (const through of [false, true]) {
        for (const cut of this.cuts) {
          const { mesh, material } = cut.part;
          mesh.visible = true;
          mesh.layers.set(0);
          mesh.frustumCulled = false;
          material.transparent = transparent;
          material.clippingPlanes = through ? this.planes : null;
          this.markStencil(cut, through ? cut.tissue : null);
          material.needsUpdate = true;
        }
        for (const extra of extras) {
          extra.visible = through;
          extra.frustumCulled = false;
        }
        if (through) this.edge.showForWarmUp();
        draw();
      }
    }
    this.restore();
    this.cuts.forEach(({ part }, i) => {
      part.mesh.visible = parts[i].visible;
      part.mesh.layers.mask = parts[i].layers;
      part.mesh.frustumCulled = parts[i].culled;
      part.material.transparent = parts[i].transparent;
      part.material.needsUpdate = true;
    });
    for (const extra of extras) extra.frustumCulled = true;
    this.dirty = true;
  }

  /** Darkens the gel of the disc the shown condition wears, as far as its change is shown now. */
  private wearDisc(uniforms: CapUniforms): void {
    let amount = 0;
    for (const { part, tissue } of this.cuts) {
      if (tissue !== 'nucleus') continue;
      const { morphTargetDictionary: names, morphTargetInfluences: weights } = part.mesh;
      if (!names || !weights) continue;
      for (const id of WEARING) {
        const index = names[id];
        if (index === undefined || weights[index] <= amount) continue;
        amount = weights[index];
        part.mesh.getWorldPosition(uniforms.uWornCentre.value);
      }
    }
    uniforms.uWorn.value = amount;
  }

  /** Puts the model back as it was and frees what the cut made. */
  dispose(): void {
    this.restore();
    for (const cap of this.capMeshes) cap.dispose();
    this.edge.dispose();
    this.spongyLook.dispose();
    this.geometry.dispose();
  }
}
