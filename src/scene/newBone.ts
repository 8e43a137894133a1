import { Color, type MeshStandardMaterial } from 'three';

/**
 * The colour of new bone (a spur, an enlarged joint) as it grows: a strong brick red that stands apart
 * from the pale bone, the orange of a pressed nerve and the blue of a disc's gel, so the patient sees at
 * a glance what grew and presses the nerve.
 */
const NEW_BONE_COLOR = new Color('#b3261e');
/** How far (m) the surface must have grown before it is tinted, and by how much it is fully tinted. */
const GROWN_FROM_M = 0.0002;
const GROWN_FULL_M = 0.0012;
/** At most this much of the tint colour replaces the bone's own, so its shading still shows its shape. */
const MOST_TINT = 0.9;

interface Tint {
  value: number;
}

const tints = new WeakMap<MeshStandardMaterial, Tint>();

/**
 * Lets a bone material tint the surface its morph targets push outward: the tint follows the change
 * (none when healthy, full when affected), exactly where bone grew, with no extra vertex data in the
 * file. All bone materials share one program; each has its own on/off uniform, off until
 * {@link setNewBoneTint} turns it on.
 */
export function tintsNewBone(material: MeshStandardMaterial): void {
  const tint: Tint = { value: 0 };
  tints.set(material, tint);
  material.customProgramCacheKey = () => 'new-bone';
  material.onBeforeCompile = (shader) => {
    shader.uniforms.newBone = tint;
    shader.uniforms.newBoneColor = { value: NEW_BONE_COLOR };
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', '#include <common>\nuniform float newBone;\nvarying float vNewBone;')
      .replace(
        '#include <morphtarget_vertex>',
        `#include <morphtarget_vertex>
        // How far the change has moved this point, in metres (the model matrix undoes quantization).
        float grown = length((modelMatrix * vec4(transformed - position, 0.0)).xyz);
        vNewBone = newBone * smoothstep(${GROWN_FROM_M}, ${GROWN_FULL_M}, grown);`,
      );
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', '#include <common>\nuniform vec3 newBoneColor;\nvarying float vNewBone;')
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>\ndiffuseColor.rgb = mix(diffuseColor.rgb, newBoneColor, ${MOST_TINT} * vNewBone);`,
      );
  };
}

/** Turns the new-bone tint of a material made by {@link tintsNewBone} on (1) or off (0). */
export function setNewBoneTint(material: MeshStandardMaterial, on: number): void {
  const tint = tints.get(material);
  if (tint) tint.value = on;
}
