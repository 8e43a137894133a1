import { Color, type Material, type Mesh, MeshStandardMaterial, type Object3D } from 'three';
import type { LayerName } from '../state/store';
import { pickFast } from './fastPicking';
import { tintGrowth } from './growthTint';
import { mergeFacetSurfaces } from './mergeFacets';
import { mergeLigamentumFlavum } from './mergeFlavum';
import { layerOf } from './modelNodes';

/** One drawable part of the model and what the viewer needs to restyle it. */
export interface ModelPart {
  mesh: Mesh;
  /** The top-level structure node it belongs to, such as `L4` or `disc_L5_S1`. */
  structure: string;
  layer: LayerName;
  /** The model's material name for it: `bone`, `disc_annulus`, `disc_nucleus`, `nerve`, ... */
  tissue: string;
  material: MeshStandardMaterial;
}

/** Colours of a medical illustration, by the model's material names. */
const PALETTE: Record<string, { color: string; roughness: number }> = {
  bone: { color: '#eadfc6', roughness: 0.62 },
  disc_annulus: { color: '#b4c4d6', roughness: 0.45 },
  disc_nucleus: { color: '#dce6f0', roughness: 0.35 },
  nerve: { color: '#f1c443', roughness: 0.4 },
  // Muscle a muted red-brown: crimson is kept for what a condition makes grow (growthTint.ts).
  muscle: { color: '#a2665a', roughness: 0.55 },
  ligament: { color: '#d8cd9e', roughness: 0.5 },
  thecal_sac: { color: '#efe0a8', roughness: 0.45 },
  skin: { color: '#e9c2a6', roughness: 0.6 },
  // Articular cartilage: bluish white with a wet sheen, set apart from the matte bone.
  cartilage: { color: '#d6e4ea', roughness: 0.32 },
};

/** The structure a mesh belongs to: its ancestor that sits directly under the model's root. */
function structureOf(object: Object3D, root: Object3D): string {
  let node = object;
  while (node.parent && node.parent !== root) node = node.parent;
  return node.name;
}

function styledMaterial(source: Material): MeshStandardMaterial {
  const material = source instanceof MeshStandardMaterial ? source.clone() : new MeshStandardMaterial();
  const style = PALETTE[source.name];
  if (style) {
    material.color = new Color(style.color);
    material.roughness = style.roughness;
  }
  material.metalness = 0;
  material.emissive = new Color(0);
  tintGrowth(material, source.name);
  return material;
}

/**
 * Gives every mesh its own material, so one structure can glow or fade alone, and lists the parts; each
 * level's facet cartilage, and the ligamentum flavum of all levels, are merged into one mesh each first
 * (see mergeFacets.ts and mergeFlavum.ts).
 * Material clones share shader programs, so this adds no GPU programs.
 */
export function prepareModel(root: Object3D): ModelPart[] {
  mergeFacetSurfaces(root);
  mergeLigamentumFlavum(root);
  const parts: ModelPart[] = [];
  root.traverse((object) => {
    const mesh = object as Mesh;
    if (!mesh.isMesh || mesh.userData.mergedInto) return;
    const structure = structureOf(mesh, root);
    const source = mesh.material as Material;
    const material = styledMaterial(source);
    mesh.material = material;
    mesh.userData.structure = structure;
    const layer = layerOf(structure);
    // The skin outline is only for orientation: the pointer goes through it to the anatomy inside.
    if (layer === 'skin') mesh.raycast = () => {};
    else pickFast(mesh);
    parts.push({ mesh, structure, layer, tissue: source.name, material });
  });
  return parts;
}
