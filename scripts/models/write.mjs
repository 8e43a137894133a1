// Assemble the glTF document (metres), quantize, reorder and meshopt-compress, and write a GLB.
import { Document, Logger, NodeIO } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { quantize, reorder } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';

/** Material colours, one material per kind (linear factors from sRGB hex). */
export const MATERIALS = {
  bone: { color: '#e8dcc0', roughness: 0.62, metallic: 0 },
  disc_annulus: { color: '#b8c7d6', roughness: 0.45, metallic: 0 },
  disc_nucleus: { color: '#dde7f0', roughness: 0.35, metallic: 0 },
  nerve: { color: '#f2c84b', roughness: 0.4, metallic: 0 },
  muscle: { color: '#a2665a', roughness: 0.55, metallic: 0 },
  ligament: { color: '#d9cfa0', roughness: 0.5, metallic: 0 },
  thecal_sac: { color: '#f5e6a8', roughness: 0.3, metallic: 0, alpha: 0.55 },
  cartilage: { color: '#d6e4ea', roughness: 0.32, metallic: 0 },
  skin: { color: '#e9c2a6', roughness: 0.6, metallic: 0, alpha: 0.15 },
};

function srgbToLinear(c) {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function hexToLinear(hex, alpha = 1) {
  const n = Number.parseInt(hex.slice(1), 16);
  return [
    srgbToLinear(((n >> 16) & 255) / 255),
    srgbToLinear(((n >> 8) & 255) / 255),
    srgbToLinear((n & 255) / 255),
    alpha,
  ];
}

/** Quaternion of a rotation about +X by `angle` radians. */
export function quatX(angle) {
  return [Math.sin(angle / 2), 0, 0, Math.cos(angle / 2)];
}

/** Shortest-arc quaternion turning +Z onto the unit vector n. */
export function quatFromZ(n) {
  const [x, y, z] = n;
  const w = 1 + z;
  if (w < 1e-6) return [1, 0, 0, 0];
  const q = [-y, x, 0, w];
  const l = Math.hypot(...q);
  return q.map((v) => v / l);
}

/** Snap a float array (metres) onto the int16-normalized grid (1/32767 m) used in the file. */
function toShortNorm(src, mm = true) {
  const out = new Int16Array(src.length);
  const k = (mm ? 0.001 : 1) * 32767;
  for (let i = 0; i < src.length; i++) out[i] = Math.max(-32767, Math.min(32767, Math.round(src[i] * k)));
  return out;
}

/**
 * Write the scene.
 * @param {{name:string, translation?:number[], rotation?:number[], mesh?:object, children?:object[]}[]} nodes
 *   translation in mm; mesh: {positions (mm), normals, ao (0..1 per vertex), tint (optional RGB multiplier
 *   per vertex), indices, material, targets[]}
 * @param {object} extras scene extras
 * @returns {Promise<Uint8Array>} GLB bytes
 */
export async function writeGLB(nodes, extras) {
  await MeshoptEncoder.ready;
  const doc = new Document();
  doc.getRoot().getAsset().generator = 'spine-model-generator (glTF-Transform)';
  doc.setLogger(new Logger(Logger.Verbosity.WARN));
  const buffer = doc.createBuffer();
  const mats = {};
  for (const [name, m] of Object.entries(MATERIALS)) {
    const mat = doc
      .createMaterial(name)
      .setBaseColorFactor(hexToLinear(m.color, m.alpha ?? 1))
      .setRoughnessFactor(m.roughness)
      .setMetallicFactor(m.metallic);
    if (m.alpha !== undefined) mat.setAlphaMode('BLEND').setDoubleSided(false);
    mats[name] = mat;
  }
  const scene = doc.createScene('spine');
  const build = (def) => {
    const node = doc.createNode(def.name);
    if (def.translation) node.setTranslation(def.translation.map((v) => v * 0.001));
    if (def.rotation) node.setRotation(def.rotation);
    if (def.mesh) node.setMesh(buildMesh(doc, buffer, def.name, def.mesh, mats));
    for (const c of def.children || []) node.addChild(build(c));
    return node;
  };
  for (const def of nodes) scene.addChild(build(def));
  scene.setExtras(extras);
  doc.getRoot().setDefaultScene(scene);

  doc.createExtension(KHRMeshQuantization).setRequired(true);
  await doc.transform(
    quantize({
      pattern: /^(NORMAL|COLOR_0)$/,
      patternTargets: /^NORMAL$/,
      quantizeNormal: 8,
      quantizeColor: 8,
    }),
    reorder({ encoder: MeshoptEncoder, target: 'size' }),
  );
  doc
    .createExtension(EXTMeshoptCompression)
    .setRequired(true)
    .setEncoderOptions({ method: EXTMeshoptCompression.EncoderMethod.QUANTIZE });
  const io = new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.encoder': MeshoptEncoder });
  return io.writeBinary(doc);
}

function buildMesh(doc, buffer, name, m, mats) {
  const pos = doc
    .createAccessor()
    .setType('VEC3')
    .setArray(toShortNorm(m.positions))
    .setNormalized(true)
    .setBuffer(buffer);
  const nrm = doc.createAccessor().setType('VEC3').setArray(new Float32Array(m.normals)).setBuffer(buffer);
  const col = new Float32Array((m.positions.length / 3) * 4);
  for (let i = 0; i < m.ao.length; i++) {
    for (let k = 0; k < 3; k++) col[i * 4 + k] = m.ao[i] * (m.tint ? m.tint[i * 3 + k] : 1);
    col[i * 4 + 3] = 1;
  }
  const color = doc.createAccessor().setType('VEC4').setArray(col).setBuffer(buffer);
  const idx = doc.createAccessor().setType('SCALAR').setArray(new Uint32Array(m.indices)).setBuffer(buffer);
  const prim = doc
    .createPrimitive()
    .setAttribute('POSITION', pos)
    .setAttribute('NORMAL', nrm)
    .setAttribute('COLOR_0', color)
    .setIndices(idx)
    .setMaterial(mats[m.material]);
  const names = [];
  for (const t of m.targets || []) {
    const target = doc.createPrimitiveTarget(t.name);
    target.setAttribute(
      'POSITION',
      doc
        .createAccessor()
        .setType('VEC3')
        .setArray(toShortNorm(t.dpos))
        .setNormalized(true)
        .setBuffer(buffer),
    );
    if (t.dnorm)
      target.setAttribute(
        'NORMAL',
        doc.createAccessor().setType('VEC3').setArray(new Float32Array(t.dnorm)).setBuffer(buffer),
      );
    prim.addTarget(target);
    names.push(t.name);
  }
  const mesh = doc.createMesh(name).addPrimitive(prim);
  if (names.length) {
    mesh.setWeights(names.map(() => 0));
    mesh.setExtras({ targetNames: names });
  }
  return mesh;
}
