import type { LayerName } from '../state/store';

/** Where the model files are served from; the lighter file is for slow devices. */
export const MODEL_URLS = {
  full: `${import.meta.env.BASE_URL}models/spine.glb`,
  lite: `${import.meta.env.BASE_URL}models/spine-lite.glb`,
} as const;

/** The layer a model node belongs to, from its node name (see docs/MODEL.md for the names). */
export function layerOf(nodeName: string): LayerName {
  if (nodeName === 'skin') return 'skin';
  if (nodeName.startsWith('gluteus_')) return 'gluteus';
  if (nodeName.startsWith('disc_')) return 'discs';
  // Soft tissues share the muscles layer ("Muscles and ligaments").
  if (nodeName.startsWith('piriformis_') || nodeName.startsWith('ligament')) return 'muscles';
  if (/^(root_|sciatic_nerve_|femoral_nerve_)/.test(nodeName) || nodeName === 'thecal_sac') return 'nerves';
  return 'bones';
}

/** True for nerve tissue, which can glow when it is pressed on. */
export function isNerve(nodeName: string): boolean {
  return layerOf(nodeName) === 'nerves';
}
