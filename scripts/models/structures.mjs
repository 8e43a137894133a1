// The list of structures: each with its SDF in its node's local frame (mm), meshing box and voxel size,
// triangle budget, material, node transform and children. Right-side structures mirror the left.
import { cartilageTint } from './cartilage.mjs';
import { annulusSDF, nucleusSDF } from './disc.mjs';
import { femoralHeadCartilage, femurLandmarks, femurSDF } from './femur.mjs';
import { gluteusAttachments, gluteusSDF } from './gluteus.mjs';
import { flavumSDF, sacrospinousSDF, sacrotuberousSDF } from './ligaments.mjs';
import { piriformisSDF } from './muscle.mjs';
import { femoralSDF, ROOT_NAMES, rootPath, rootSDF, sciaticSDF, thecalSacSDF } from './nerves.mjs';
import { SACRUM } from './params.mjs';
import { hipLandmarks, hipSDF, hipSocket, symphysealSurface } from './pelvis.mjs';
import { coccyxSDF, sacralAxis, sacrumSDF } from './sacrum.mjs';
import { add, sub } from './sdf.mjs';
import { buildSkeleton, toLocal } from './skeleton.mjs';
import { skinSDF } from './skin.mjs';
import { tube } from './tube.mjs';
import { facetFrames, vertebraSDF } from './vertebra.mjs';

/** Bounds of a set of points, padded by r. */
function boxOf(pts, r) {
  const lo = [1e9, 1e9, 1e9];
  const hi = [-1e9, -1e9, -1e9];
  for (const p of pts)
    for (let i = 0; i < 3; i++) {
      lo[i] = Math.min(lo[i], p[i] - r);
      hi[i] = Math.max(hi[i], p[i] + r);
    }
  return { lo, hi };
}

function sacrumBox() {
  const a = sacralAxis(0);
  const b = sacralAxis(SACRUM.length + 2);
  return { lo: [-SACRUM.width / 2 - 6, b[1] - 12, -45], hi: [SACRUM.width / 2 + 6, 22, b[2] + 16 + a[2]] };
}

const IDENT = { origin: [0, 0, 0], angle: 0 };

/**
 * Build every structure definition.
 * @returns {{sk: object, P: object, list: object[]}}
 */
export function buildStructures() {
  const sk = buildSkeleton();
  const P = hipLandmarks();
  const F = femurLandmarks(P.H);
  const gtTipWorld = add(P.H, F.gtTip);
  const kneeWorld = add(P.H, F.knee);
  const list = [];
  const roots = {};
  for (const n of ROOT_NAMES) roots[n] = rootSDF(sk, n, P);
  for (const [name, v] of Object.entries(sk.vertebrae).reverse()) {
    const { sdf } = vertebraSDF(v, sk.joints);
    const facets = facetFrames(v, sk.joints);
    list.push({
      name,
      kind: 'vertebra',
      sdf,
      frame: v.frame,
      box: {
        lo: [-v.tp / 2 - 6, -v.H / 2 - 30, v.D / 2 - v.tip - 8],
        hi: [v.tp / 2 + 6, v.H / 2 + 22, v.D / 2 + 4],
      },
      h: 0.85,
      tris: 8500,
      material: 'bone',
      facets,
      params: v,
    });
  }
  for (const [name, d] of Object.entries(sk.discs).reverse()) {
    const r = Math.max(d.W, d.depth) / 2 + 4;
    const box = { lo: [-r, -d.mid - 2, -r], hi: [r, d.mid + 2, r] };
    list.push({
      name,
      kind: 'disc',
      sdf: annulusSDF(d),
      frame: d.frame,
      box,
      h: 0.75,
      tris: 2200,
      material: 'disc_annulus',
      params: d,
    });
    list.push({
      name: 'nucleus',
      parent: name,
      kind: 'nucleus',
      sdf: nucleusSDF(d),
      frame: d.frame,
      box,
      h: 0.7,
      tris: 700,
      material: 'disc_nucleus',
      params: d,
    });
  }
  // Sacral foramina are carved along the S1-S3 roots (in sacrum-local coordinates, both sides).
  const tunnels = [];
  for (const n of ['S1', 'S2', 'S3']) {
    const { pts } = rootPath(sk, n, P);
    const local = pts.slice(0, 5).map((p) => toLocal(sk.sacrum, p));
    const ext = add(local[3], sub(local[3], local[2]));
    const chan = tube([local[1], local[2], local[3], ext], () => [4.3, 4.3], [1, 0, 0], 2);
    chan.opening = local[3]; // the anterior foramen
    const mir = (x, y, z) => chan(-x, y, z);
    mir.b = [-chan.b[0], chan.b[1], chan.b[2], chan.b[3]];
    tunnels.push(chan, mir);
  }
  const sacrumSdf = sacrumSDF(sk.joints, sk.sacrum, tunnels);
  list.push({
    name: 'sacrum',
    kind: 'sacrum',
    sdf: sacrumSdf,
    frame: sk.sacrum,
    box: sacrumBox(),
    h: 1.1,
    tris: 10000,
    material: 'bone',
    facets: facetFrames({ name: 'S1', frame: sk.sacrum }, sk.joints),
  });
  list.push({
    name: 'coccyx',
    kind: 'coccyx',
    sdf: coccyxSDF(),
    frame: sk.sacrum,
    box: boxOf([sacralAxis(SACRUM.length), sacralAxis(SACRUM.length + SACRUM.coccyxLength + 4)], 20),
    h: 0.7,
    tris: 1200,
    material: 'bone',
  });
  const hipFrame = { origin: P.H, angle: 0 };
  const hip = hipSDF();
  const hipLocal = (x, y, z) => hip(x + P.H[0], y + P.H[1], z + P.H[2]);
  const socket = hipSocket(P.H);
  const symphysis = symphysealSurface(P);
  const headCartilage = femoralHeadCartilage(P.H);
  list.push({
    name: 'hip_left',
    kind: 'hip',
    sdf: hipLocal,
    frame: hipFrame,
    box: { lo: [-P.H[0], -95, -120], hi: [70, 175, 95] },
    h: 1.35,
    tris: 16000,
    material: 'bone',
    mirror: 'hip_right',
    // the acetabulum's lunate surface and the symphysis's joint face in the colour of their cartilage
    tint: (x, y, z) => {
      const q = [x + P.H[0], y + P.H[1], z + P.H[2]];
      return cartilageTint(Math.max(socket.lunate(...q), symphysis(...q)));
    },
  });
  list.push({
    name: 'femur_left',
    kind: 'femur',
    sdf: femurSDF(P.H),
    frame: hipFrame,
    box: { lo: [-70, F.knee[1] - 30, -40], hi: [90, 30, 45] },
    h: 1.5,
    tris: 9000,
    material: 'bone',
    mirror: 'femur_right',
    headChild: true,
    // the femoral head in the colour of its cartilage, the fovea bare
    tint: (x, y, z) => cartilageTint(headCartilage(x, y, z)),
  });
  const piri = piriformisSDF(sk, P, gtTipWorld, sacrumSdf);
  list.push({
    name: 'piriformis_left',
    kind: 'piriformis',
    sdf: piri,
    frame: IDENT,
    box: boxOf(piri.belly, 30),
    h: 1.3,
    // enough triangles to keep the grooves that show the fibres' direction
    tris: 7000,
    material: 'muscle',
    mirror: 'piriformis_right',
  });
  const sci = sciaticSDF(P, kneeWorld);
  list.push({
    name: 'sciatic_nerve_left',
    kind: 'sciatic',
    sdf: sci,
    frame: IDENT,
    box: boxOf([...sci.trunk, add(kneeWorld, [50, -75, 0]), add(kneeWorld, [-10, -75, 0])], 16),
    h: 1.0,
    tris: 3600,
    material: 'nerve',
    mirror: 'sciatic_nerve_right',
  });
  const femoral = femoralSDF(sk, P, kneeWorld);
  list.push({
    name: 'femoral_nerve_left',
    kind: 'femoral',
    sdf: femoral,
    frame: IDENT,
    box: boxOf(femoral.paths.flat(), 8),
    h: 0.8,
    tris: 3000,
    material: 'nerve',
    mirror: 'femoral_nerve_right',
    // The L2-L4 roots end inside its start. Shaded by it, their ends were baked black, and a teaching view
    // that hides the femoral nerve showed each as a charred stump.
    occludes: false,
  });
  for (const n of ROOT_NAMES) {
    const f = roots[n];
    list.push({
      name: `root_${n}_left`,
      kind: 'root',
      root: n,
      sdf: f,
      frame: IDENT,
      box: boxOf(f.path, 8),
      h: 0.6,
      tris: 700,
      material: 'nerve',
      mirror: `root_${n}_right`,
    });
  }
  // The sacrotuberous ligament, a twisted band with a fan, has more surface to keep smooth than the
  // sacrospinous triangle, but the grooves between the triangle's fascicles need triangles too.
  for (const [name, f, tris] of [
    ['ligament_sacrospinous_left', sacrospinousSDF(sk, P), 2000],
    ['ligament_sacrotuberous_left', sacrotuberousSDF(sk, P), 2400],
  ]) {
    list.push({
      name,
      kind: 'ligament',
      sdf: f,
      frame: IDENT,
      box: boxOf(f.samples, 26),
      h: 0.7,
      tris,
      material: 'ligament',
      mirror: name.replace('_left', '_right'),
    });
  }
  const levels = ['L1', 'L2', 'L3', 'L4', 'L5', 'S1'];
  for (let i = 0; i < 5; i++) {
    const upper = sk.vertebrae[levels[i]];
    const f = flavumSDF(upper, sk.vertebrae[levels[i + 1]], sk.sacrum);
    list.push({
      name: `ligamentum_flavum_${levels[i]}_${levels[i + 1]}`,
      kind: 'flavum',
      sdf: f,
      frame: IDENT,
      box: boxOf([f.ends.upper, f.ends.lower], upper.canalW / 2 + 6),
      h: 0.6,
      tris: 500,
      material: 'ligament',
    });
  }
  // Surface layers: the gluteus over piriformis, the sciatic nerve and the ligaments; the skin over all.
  // Neither shades the deep anatomy's baked occlusion (`occludes: false`): both are usually hidden or faint.
  const covered = list
    .filter((s) => ['piriformis', 'sciatic', 'ligament'].includes(s.kind))
    .map((s) => s.sdf);
  const coccyx = list.find((s) => s.kind === 'coccyx').sdf;
  const femur = list.find((s) => s.kind === 'femur').sdf;
  const glute = gluteusAttachments(sk, P, add(P.H, F.gt), { hip, sacrum: sacrumSdf, coccyx, femur, covered });
  const gluteus = gluteusSDF(P, glute.at, glute.deep);
  list.push({
    name: 'gluteus_maximus_left',
    kind: 'gluteus',
    sdf: gluteus,
    frame: IDENT,
    box: boxOf(gluteus.samples, 22),
    h: 1.6,
    tris: 3000,
    material: 'muscle',
    mirror: 'gluteus_maximus_right',
    occludes: false,
  });
  const skin = skinSDF();
  list.push({
    name: 'skin',
    kind: 'skin',
    sdf: skin,
    frame: IDENT,
    box: skin.box,
    h: 4,
    tris: 3000,
    material: 'skin',
    occludes: false,
  });
  const sac = thecalSacSDF(sk);
  list.push({
    name: 'thecal_sac',
    kind: 'sac',
    sdf: sac,
    frame: IDENT,
    box: boxOf(sac.samples, 12),
    h: 0.8,
    tris: 2600,
    material: 'thecal_sac',
  });
  return { sk, P, F, list, gtTipWorld, kneeWorld, roots, sacrumSdf };
}
