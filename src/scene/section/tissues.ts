import { isNerve } from '../modelNodes';

/**
 * The tissues a cut face can show, read from the model's node names (see ANATOMY.md), with the stencil
 * bit each one marks and the colours of its cut face.
 */
export type Tissue = 'nerve' | 'nucleus' | 'annulus' | 'fluid' | 'ligament' | 'bone' | 'muscle';

/** The tissue of a mesh of structure `structure` named `meshName`, or null when its cut stays open. */
export function tissueOf(structure: string, meshName: string): Tissue | null {
  // Facet surfaces are patches, not closed solids: a cut through one has no inside to fill.
  if (meshName.startsWith('facet_')) return null;
  if (structure === 'thecal_sac') return 'fluid';
  if (isNerve(structure)) return 'nerve';
  if (structure.startsWith('disc_')) return meshName.startsWith('nucleus') ? 'nucleus' : 'annulus';
  if (structure.startsWith('piriformis_') || structure.startsWith('gluteus_')) return 'muscle';
  if (structure.startsWith('ligament')) return 'ligament';
  if (/^(L[1-5]|sacrum|coccyx|hip_|femur_)/.test(structure)) return 'bone';
  return null;
}

/**
 * One stencil bit per tissue: every drawn fragment of a cut mesh inverts its tissue's bit, so the bit is
 * set where the plane lies inside that tissue (an odd number of surfaces behind it). `spongy` is set
 * inside a bone shrunk by the cortical thickness.
 */
export const STENCIL_BIT = {
  nerve: 1,
  nucleus: 2,
  annulus: 4,
  fluid: 8,
  ligament: 16,
  bone: 32,
  spongy: 64,
  muscle: 128,
} as const;

/**
 * The bits a pressed nerve flips. Nerve and muscle seldom overlap on a cut, so both bits set mark the
 * pressed nerve without a ninth bit.
 */
export const PRESSED = STENCIL_BIT.nerve | STENCIL_BIT.muscle;

/** A cut face drawn where the stencil, masked by `mask`, equals `ref`; `late` ones are drawn over the rest. */
export interface CapPass {
  name:
    | 'pressedNerve'
    | 'nerve'
    | 'nucleus'
    | 'annulus'
    | 'fluid'
    | 'ligament'
    | 'spongy'
    | 'cortical'
    | 'muscle';
  tissue: Tissue;
  ref: number;
  mask: number;
  late?: boolean;
}

const { nerve, nucleus, annulus, fluid, ligament, bone, spongy, muscle } = STENCIL_BIT;

/**
 * The cut faces, first the one that wins where tissues overlap (a root inside the sac, the gel inside
 * the ring): each mask also holds the bits of the faces before it, so no pixel is drawn twice. The
 * pressed nerve is drawn last, over its plain nerve face.
 */
export const CAP_PASSES: readonly CapPass[] = [
  { name: 'nerve', tissue: 'nerve', ref: nerve, mask: nerve },
  { name: 'nucleus', tissue: 'nucleus', ref: nucleus, mask: nerve | nucleus },
  { name: 'annulus', tissue: 'annulus', ref: annulus, mask: nerve | nucleus | annulus },
  { name: 'fluid', tissue: 'fluid', ref: fluid, mask: nerve | nucleus | annulus | fluid },
  { name: 'ligament', tissue: 'ligament', ref: ligament, mask: nerve | nucleus | annulus | fluid | ligament },
  { name: 'spongy', tissue: 'bone', ref: bone | spongy, mask: 0x7f },
  { name: 'cortical', tissue: 'bone', ref: bone, mask: 0x7f },
  { name: 'muscle', tissue: 'muscle', ref: muscle, mask: 0xff },
  { name: 'pressedNerve', tissue: 'nerve', ref: PRESSED, mask: PRESSED, late: true },
];

/** A cut face's colour, a darker second colour for the pores of spongy bone, and a worn disc's gel. */
export interface CapColours {
  color: string;
  pores?: string;
  /** How much darker the annulus's layers (lamellae) are drawn. */
  layers?: number;
}

/** Cut faces as in a medical illustration. */
export const ILLUSTRATION: Record<CapPass['name'] | 'wornNucleus', CapColours> = {
  pressedNerve: { color: '#ff6a3d' },
  nerve: { color: '#f1c443' },
  nucleus: { color: '#4f9ff0' },
  wornNucleus: { color: '#4a8bd6' },
  annulus: { color: '#d3dce8', layers: 0.05 },
  // The nerve sac's own pale straw, not blue: its fluid must not pass for the disc's escaping gel, and
  // the roots inside it read as part of the nerves.
  fluid: { color: '#f5e7b4' },
  ligament: { color: '#d8c48e' },
  spongy: { color: '#cfa674', pores: '#8f6740' },
  cortical: { color: '#f7f0de' },
  muscle: { color: '#a8453c' },
};

/**
 * Cut faces in the grey levels of a T2-weighted MRI: fluid and a healthy, watery nucleus bright; a worn
 * (dehydrated) nucleus, the annulus, cortical bone and ligaments dark; marrow mid-grey; nerve and muscle
 * grey (Modic and Ross, Radiology 2007; Pfirrmann, Spine 2001 for the disc grades).
 */
export const MRI: Record<CapPass['name'] | 'wornNucleus', CapColours> = {
  pressedNerve: { color: '#7a7a7a' },
  nerve: { color: '#7a7a7a' },
  nucleus: { color: '#e6e6e6' },
  wornNucleus: { color: '#5c5c5c' },
  annulus: { color: '#1c1c1c' },
  fluid: { color: '#f7f7f7' },
  ligament: { color: '#1e1e1e' },
  spongy: { color: '#8c8c8c', pores: '#6a6a6a' },
  cortical: { color: '#141414' },
  muscle: { color: '#444444' },
};

/**
 * Disc that now lies outside its healthy outline on the cut (a bulge, escaped gel): red, apart from the
 * pressed nerve's orange. In the illustration only: a scan shows no colour (see SectionRig).
 */
export const OUT_OF_PLACE = '#d23f4f';
