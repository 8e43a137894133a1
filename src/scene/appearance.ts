import type { LayerName, Layers } from '../state/store';

/** What the viewer is showing, as far as one structure's look depends on it. */
export interface Focus {
  layers: Layers;
  /** Node names shown alone, or null when nothing is isolated. */
  isolated: readonly string[] | null;
  /** Node names of the selected condition's structures, or null when none is selected. */
  affected: readonly string[] | null;
  /** The nerve nodes being pressed on. */
  compressed: readonly string[];
  /** The nerves that carry the pain down the leg. */
  painPath: readonly string[];
  /**
   * A condition's teaching view: the rest of the segment drawn solid, a few structures faint for
   * orientation, and everything else hidden, so one story is told without layers of see-through shapes.
   * Without it, unrelated structures fade.
   */
  context?: { solid: readonly string[]; faded: readonly string[] };
  /** The condition's change is new bone (spurs, an enlarged joint): its affected bones tint what grows. */
  newBone?: boolean;
}

/** How one structure is drawn. */
export interface Look {
  visible: boolean;
  opacity: number;
  glow: number;
  glowColor: number;
  /** Whether what grows (new bone, a swollen muscle, a disc's spreading ring) is tinted (growthTint.ts). */
  growth?: boolean;
}

const TRANSLUCENT = 0.22;
/** The skin outline is a veil for orientation, fainter than any see-through tissue. */
const SKIN_VEIL = 0.08;
/** Unrelated bone fades this far when a condition is shown, so the pinched nerve behind it shows. */
const DIMMED_BONE = 0.3;
const DIMMED_OTHER = 0.45;
/** A structure kept faintly for orientation in a teaching view: one light veil, never a stack of them. */
const CONTEXT_FADED = 0.2;
const PRESSED_GLOW = 0xff3a1a;
const PAIN_GLOW = 0xff7a1a;
const AFFECTED_GLOW = 0xffb070;
/** A diseased disc's outer ring turns see-through, so the gel inside and where it escapes show. */
const AFFECTED_RING = 0.4;
/** The disc's gel, lit in a cool blue that stands apart from the orange of a pinched nerve. */
const GEL_GLOW = 0x3f9dff;

/**
 * The look of the structure `node` in layer `layer` under `focus`; `tissue` is the part's material
 * (`disc_annulus`, `disc_nucleus`, ...). Pure, so it is unit-tested.
 */
export function lookFor(node: string, layer: LayerName, focus: Focus, tissue = ''): Look {
  const mode = focus.layers[layer];
  const look: Look = {
    visible: mode !== 'hidden',
    opacity: mode === 'translucent' ? (layer === 'skin' ? SKIN_VEIL : TRANSLUCENT) : 1,
    glow: 0,
    glowColor: 0,
  };
  if (focus.isolated) {
    const alone = focus.isolated.includes(node);
    return { ...look, visible: alone, opacity: 1 };
  }
  if (!focus.affected) return look;
  if (focus.compressed.includes(node))
    return { ...look, glow: 0.9, glowColor: PRESSED_GLOW, opacity: 1, visible: true };
  if (focus.painPath.includes(node))
    return { ...look, glow: 0.55, glowColor: PAIN_GLOW, opacity: 1, visible: true };
  if (focus.affected.includes(node)) {
    if (tissue === 'disc_annulus')
      return { ...look, opacity: Math.min(look.opacity, AFFECTED_RING), growth: true };
    if (tissue === 'disc_nucleus') return { ...look, glow: 0.8, glowColor: GEL_GLOW };
    // A condition's muscle only ever grows by swelling; bone grows only where the condition makes new bone.
    const grown = (focus.newBone && tissue === 'bone') || tissue === 'muscle' ? { growth: true } : {};
    return { ...look, glow: 0.18, glowColor: AFFECTED_GLOW, ...grown };
  }
  if (focus.context) {
    if (focus.context.solid.includes(node)) return look;
    if (focus.context.faded.includes(node))
      return { ...look, opacity: Math.min(look.opacity, CONTEXT_FADED) };
    return { ...look, visible: false };
  }
  const dim = layer === 'bones' ? DIMMED_BONE : DIMMED_OTHER;
  return { ...look, opacity: Math.min(look.opacity, dim) };
}

/** The same node on the other side of the body (`root_L5_left` -> `root_L5_right`). */
export function mirrorSide(node: string): string {
  if (node.endsWith('_left')) return `${node.slice(0, -5)}_right`;
  if (node.endsWith('_right')) return `${node.slice(0, -6)}_left`;
  return node;
}

/** The pressed nerves and the painful leg's nerves for a condition on `side`. */
export function nervesFor(
  pressed: string,
  side: 'left' | 'right' | 'both',
): { compressed: string[]; painPath: string[] } {
  const sides = side === 'both' ? ['left', 'right'] : [side];
  const compressed = side === 'both' ? [pressed, mirrorSide(pressed)] : [pressed];
  return { compressed: [...new Set(compressed)], painPath: sides.map((s) => `sciatic_nerve_${s}`) };
}
