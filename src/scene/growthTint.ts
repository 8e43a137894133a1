import { Color, type MeshStandardMaterial } from 'three';

/**
 * The colour of what a condition makes grow, by tissue. New bone (a spur, an enlarged joint): a deep
 * crimson that stands apart from the pale bone and the blue of a disc's gel. A swollen, inflamed muscle:
 * a brighter crimson than its own red, so the swelling shows as well as the change of shape. A disc's
 * ring where it spreads past the edge of the bones (a bulge, or around a herniation): the same. Each
 * leans toward magenta because the filmic tone mapping turns a pure red orange on screen, and the
 * patient would take it for the orange of a pressed nerve (the callouts' red tab names it).
 */
const GROWTH_COLORS: Record<string, Color> = {
  bone: new Color('#a00c40'),
  muscle: new Color('#d0103e'),
  disc_annulus: new Color('#d21f48'),
};
/** How far (m) the surface must have grown before it is tinted, and by how much it is fully tinted. */
const GROWN_FROM_M = 0.0002;
const GROWN_FULL_M = 0.0008;
/** At most this much of the tint colour replaces the tissue's own, so its shading still shows its shape. */
const MOST_TINT = 0.95;

interface Tint {
  value: number;
}

const tints = new WeakMap<MeshStandardMaterial, Tint>();

/**
 * Lets a bone, muscle or disc-ring material tint the surface its morph targets push outward: the tint
 * follows the change (none when healthy, full when affected), exactly where the tissue grew, with no
 * extra vertex data in the file. The tinted materials share programs; each has its own colour and on/off
 * uniform, off until {@link setGrowthTint} turns it on.
 */
export function tintGrowth(material: MeshStandardMaterial, tissue: string): void {
  const color = GROWTH_COLORS[tissue];
  if (!color) return;
  const tint: Tint = { value: 0 };
  tints.set(material, tint);
  // One key for every tissue: the colour is a uniform, so bone, muscle and disc ring of the same kind
  // of mesh share one program (with a key per tissue, 8 of the model's 54 programs were compiled twice).
  material.customProgramCacheKey = () => 'growth';
  material.onBeforeCompile = (shader) => {
    shader.uniforms.growth = tint;
    shader.uniforms.growthColor = { value: color };
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', '#include <common>\nuniform float growth;\nvarying float vGrowth;')
      .replace(
        '#include <morphtarget_vertex>',
        `#include <morphtarget_vertex>
        // How far the change has moved this point, in metres (the model matrix undoes quantization).
        float grown = length((modelMatrix * vec4(transformed - position, 0.0)).xyz);
        vGrowth = growth * smoothstep(${GROWN_FROM_M}, ${GROWN_FULL_M}, grown);`,
      );
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', '#include <common>\nuniform vec3 growthColor;\nvarying float vGrowth;')
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>\ndiffuseColor.rgb = mix(diffuseColor.rgb, growthColor, ${MOST_TINT} * vGrowth);`,
      );
  };
}

/** Turns the growth tint of a material made by {@link tintGrowth} on (1) or off (0). */
export function setGrowthTint(material: MeshStandardMaterial, on: number): void {
  const tint = tints.get(material);
  if (tint) tint.value = on;
}
