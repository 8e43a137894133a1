// Pathology as morph targets on the healthy meshes (same topology): each target moves the healthy
// vertices onto the diseased SDF surface (march along the normal, then Newton), or applies a rigid /
// sheared displacement (spondylolisthesis). Also builds the `conditions` scene extras.
import { bulgedSDF, discHeightAt, herniatedSDF, nucleusSDF } from './disc.mjs';
import { fieldMorph, surfaceMorph } from './morph.mjs';
import { piriformisSDF } from './muscle.mjs';
import { PATHOLOGY, PIRIFORMIS, SACRUM } from './params.mjs';
import { pinchMorph } from './pinch.mjs';
import {
  add as add3,
  cross,
  ellipsoid,
  norm,
  orientedEllipsoid,
  roundCone,
  scale,
  smoothstep,
  sub,
  unionAll,
} from './sdf.mjs';
import { dirToLocal, dirToWorld, toLocal, toWorld } from './skeleton.mjs';
import { sampleSpline } from './tube.mjs';
import { footprint, vertebraSDF } from './vertebra.mjs';

const { spur } = PATHOLOGY;
/** A rim lip's reach out from the bone (mm): all along it, and more at its peak. */
const LIP_REACH_MM = [1.6, 3.4];

/** Mirror an SDF across x (for right-side structures built from the left). */
const mirrorSDF = (f) => (x, y, z) => f(-x, y, z);

/** Closest centre-line sample of a root to a local point set, in a given frame. */
function rootSamplesLocal(rootSDF, frame, mirror) {
  return rootSDF.samples.map((p) => toLocal(frame, mirror ? [-p[0], p[1], p[2]] : p));
}

/**
 * Build all pathology targets.
 * @returns {{targets: Record<string, {name:string, compute:Function}[]>, extras: object}}
 */
export function buildPathology(S) {
  const { sk } = S;
  const defOf = (name) => S.list.find((d) => d.name === name && !d.parent);
  const targets = {};
  const add = (key, name, compute, surface = false) => {
    if (!targets[key]) targets[key] = [];
    const cache = new Map();
    targets[key].push({
      name,
      surface,
      compute: (mesh) => {
        if (!cache.has(mesh)) cache.set(mesh, { name, ...compute(mesh) });
        return cache.get(mesh);
      },
    });
  };
  const conditions = {};
  const rootR = 2.2;
  /** `f` (an SDF in `frame`'s local coordinates) evaluated at world points. */
  const inFrame = (frame, f) => (x, y, z) => f(...toLocal(frame, [x, y, z]));
  /** The root `name` on `side` narrows where `presser` (world SDF) presses it, most on that side. */
  const pressRoot = (condition, name, side, presser, shares) => {
    const samples = S.roots[name].samples;
    const centre = side === 'right' ? samples.map((p) => [-p[0], p[1], p[2]]) : samples;
    add(`root_${name}_${side}`, condition, (m) => pinchMorph(m, centre, presser, shares));
  };

  // --- bulging-disc: L4-L5, broad posterior bulge reaching both traversing L5 roots (Fardon 2014).
  {
    const disc = sk.discs.disc_L4_L5;
    const base = defOf('disc_L4_L5').sdf;
    const pts = [
      ...rootSamplesLocal(S.roots.L5, disc.frame, false),
      ...rootSamplesLocal(S.roots.L5, disc.frame, true),
    ].filter((p) => Math.abs(p[1]) < discHeightAt(disc, p[2]) / 2 - 1);
    // The smallest bulge whose outline dents each root by 1 mm: it presses on the nerve rather than
    // swallowing it (the root's own surface then lies on the disc's, as check 12 measures).
    let depth = 2;
    const touches = (f) => [1, -1].every((sx) => pts.some((p) => p[0] * sx > 0 && f(...p) < rootR - 1.0));
    while (depth < 8 && !touches(bulgedSDF(disc, base, depth))) depth += 0.25;
    const fd = bulgedSDF(disc, base, depth);
    const nuc = nucleusSDF(disc);
    const nucD = (x, y, z) => nuc(x, y, z + 1.8) - 0.4;
    add('disc_L4_L5', 'bulging-disc', (m) => surfaceMorph(m, fd, base), true);
    add('disc_L4_L5/nucleus', 'bulging-disc', (m) => surfaceMorph(m, nucD, nuc), true);
    for (const side of ['left', 'right']) pressRoot('bulging-disc', 'L5', side, inFrame(disc.frame, fd));
    // The broad bulge flattens the front of the nerve sac too, as an MRI slice at this level shows it.
    const sacLine = defOf('thecal_sac').sdf.samples;
    add('thecal_sac', 'bulging-disc', (m) =>
      pinchMorph(m, sacLine, inFrame(disc.frame, fd), { squeeze: 0, flatten: 0.3 }),
    );
    conditions['bulging-disc'] = {
      node: 'disc_L4_L5',
      compresses: 'root_L5_left',
      nerves: ['root_L5_left', 'root_L5_right'],
      side: 'both',
      bulgeDepthMm: depth,
      hotspot: toWorld(disc.frame, [0, 0, -disc.depth / 2 - depth]),
    };
  }

  // --- herniated-disc: L5-S1 left posterolateral, touching the traversing S1 root.
  {
    const disc = sk.discs.disc_L5_S1;
    const base = defOf('disc_L5_S1').sdf;
    const pts = rootSamplesLocal(S.roots.S1, disc.frame, false).filter(
      (p) => Math.abs(p[1]) < disc.mid / 2 && p[2] < 0,
    );
    const fp = footprint(disc.W, disc.depth);
    let target = pts[0];
    for (const p of pts) if (fp(p[0], p[2]) < fp(target[0], target[2])) target = p;
    const nuc = nucleusSDF(disc);
    const h = herniatedSDF(disc, base, nuc, target, 1.2);
    add('disc_L5_S1', 'herniated-disc', (m) => surfaceMorph(m, h.annulus, base), true);
    add('disc_L5_S1/nucleus', 'herniated-disc', (m) => surfaceMorph(m, h.nucleus, nuc, 40), true);
    const herniation = (x, y, z) => Math.min(h.annulus(x, y, z), h.nucleus(x, y, z));
    // Gently: the teaching view's cut passes through the squeeze, and the root's cut face there must
    // stay large enough to point at.
    pressRoot('herniated-disc', 'S1', 'left', inFrame(disc.frame, herniation), {
      squeeze: 0.12,
      flatten: 0.22,
    });
    conditions['herniated-disc'] = {
      node: 'disc_L5_S1',
      compresses: 'root_S1_left',
      nerves: ['root_S1_left'],
      side: 'left',
      type: 'paracentral protrusion',
      hotspot: toWorld(disc.frame, h.dome),
    };
  }

  // --- bone-spurs and facet-arthritis on L4 and L5.
  const l4 = sk.vertebrae.L4;
  const l5 = sk.vertebrae.L5;
  const drg = (name, side) => {
    const f = S.roots[name];
    const i = Math.round(f.drgT * (f.samples.length - 1));
    const p = f.samples[i];
    return side === 'right' ? [-p[0], p[1], p[2]] : p;
  };
  /**
   * A broad-based spur from the bone surface toward a world point, its tip surface `gap` mm from the
   * nerve's centre line plus the root's radius. It starts `root` mm inside the bone and swells where it
   * leaves it, so it grows out of the bone as one lump, as a foraminal osteophyte does.
   */
  const spurToward = (v, fHealthy, worldTarget, start, gap, r0, r1 = 1.6, root = 3) => {
    const T = toLocal(v.frame, worldTarget);
    const dir = norm(sub(T, start));
    let s = [...start];
    for (let t = 0; t < 40; t += 0.25) {
      const q = [start[0] + dir[0] * t, start[1] + dir[1] * t, start[2] + dir[2] * t];
      if (fHealthy(...q) > 0) {
        s = q;
        break;
      }
    }
    const tip = sub(T, scale(dir, rootR + 0.9 + gap - 1.6 + r1));
    const beak = roundCone(sub(s, scale(dir, root)), tip, r0, r1);
    // A rounded lump where the spur leaves the bone: the healthy surface, moved out along its normals,
    // can only follow a shape that swells from it, so the beak alone would show as a low ridge.
    const lump = ellipsoid(add3(s, scale(dir, 0.5)), [r0 * 0.8, r0 * 0.8, r0 * 0.8]);
    return (x, y, z) => Math.min(beak(x, y, z), lump(x, y, z));
  };
  /**
   * A lip of new bone along a body's rim (`toward` +1 up, -1 down: toward the disc), leaning over the
   * disc: low round the back of the rim and thickest at `peakDeg` (0 the back, 90 the left side), where
   * it narrows the exit of the root. One continuous ridge, as an X-ray shows osteophytes; built of
   * separate lumps it read as a row of beads, and lips on the side of the body drew the eye to where
   * spurs press on nothing.
   */
  const rimLip = (v, yEdge, toward, fromDeg, toDeg, peakDeg) => {
    const fp = footprint(v.W, v.D);
    const pieces = [];
    for (let deg = fromDeg; deg <= toDeg; deg += 5) {
      const a = (deg * Math.PI) / 180;
      const out = [Math.sin(a), 0, -Math.cos(a)];
      const along = [Math.cos(a), 0, Math.sin(a)];
      let r = 0;
      while (fp(out[0] * r, out[2] * r) < 0 && r < 40) r += 0.2;
      const reach = LIP_REACH_MM[0] + LIP_REACH_MM[1] * Math.exp(-(((deg - peakDeg) / 28) ** 2));
      const at = [out[0] * (r + reach / 2), yEdge + toward, out[2] * (r + reach / 2)];
      pieces.push(orientedEllipsoid(at, [reach, 2.4, 4.5], [out, [0, 1, 0], along]));
    }
    return unionAll(pieces, 2);
  };
  {
    const f4 = defOf('L4').sdf;
    const f5 = defOf('L5').sdf;
    const sap5 = S.list.find((d) => d.name === 'L5').facets.find((f) => f.name === 'facet_superior_left');
    const spur5 = spurToward(l5, f5, drg('L4', 'left'), sap5.centre, 0.2, spur.baseRadius, spur.tipRadius);
    const drgL4 = toLocal(l5.frame, drg('L4', 'left'));
    const spurTip = toWorld(l5.frame, sub(drgL4, scale(norm(sub(drgL4, sap5.centre)), rootR + 1.1)));
    const lip4 = rimLip(l4, -l4.H / 2 + 1.5, -1, -45, 60, 40);
    const lip5 = rimLip(l5, l5.H / 2 - 1.5, 1, -45, 60, 40);
    const d4 = vertebraSDF(l4, sk.joints, { extra: [lip4] }).sdf;
    const d5 = vertebraSDF(l5, sk.joints, { extra: [lip5, spur5] }).sdf;
    add('L4', 'bone-spurs', (m) => surfaceMorph(m, d4, f4, 12, 40), true);
    add('L5', 'bone-spurs', (m) => surfaceMorph(m, d5, f5, 14, 40), true);
    // Only the new bone presses the root: the healthy bone near it would move the contact elsewhere.
    const spurs4 = inFrame(l4.frame, lip4);
    const spurs5 = inFrame(l5.frame, (x, y, z) => Math.min(lip5(x, y, z), spur5(x, y, z)));
    pressRoot('bone-spurs', 'L4', 'left', (x, y, z) => Math.min(spurs4(x, y, z), spurs5(x, y, z)));
    conditions['bone-spurs'] = {
      node: 'L5',
      compresses: 'root_L4_left',
      nerves: ['root_L4_left'],
      side: 'left',
      level: 'L4-L5',
      hotspot: spurTip,
      /** the pin sits on the spur that presses the root, not on the rim spur whose surface moves most */
      hotspotNear: spurTip,
    };
  }
  {
    const f4 = defOf('L4').sdf;
    const f5 = defOf('L5').sdf;
    const grow = (name, lower) => {
      const isJoint = lower ? name.startsWith('facet_superior') : name.startsWith('facet_inferior');
      if (!isJoint) return null;
      return name.endsWith('right')
        ? { grow: PATHOLOGY.facetGrowth, shift: 0.75 }
        : { grow: 1.12, shift: 0.35 };
    };
    const sapR = S.list.find((d) => d.name === 'L5').facets.find((f) => f.name === 'facet_superior_right');
    const infR = S.list.find((d) => d.name === 'L4').facets.find((f) => f.name === 'facet_inferior_right');
    // Marginal osteophytes: a ring of lumps of uneven size round the rim of each facet of the joint,
    // sunk into its bone, so the grown joint reads as worn, knobbly bone rather than one smooth dome.
    const RIM_LUMPS = [4.4, 3.2, 4, 3, 4.6, 3.4, 4.2, 3.1];
    const rimLumps = (fc) => {
      const up = norm(sub([0, 1, 0], scale(fc.normal, fc.normal[1])));
      const across = cross(fc.normal, up);
      const g = PATHOLOGY.facetGrowth;
      return RIM_LUMPS.map((r, i) => {
        const a = (i / RIM_LUMPS.length) * 2 * Math.PI + 0.3;
        const onRim = add3(scale(up, Math.cos(a) * 9.5 * g), scale(across, Math.sin(a) * 8.5 * g));
        return ellipsoid(add3(fc.centre, add3(onRim, scale(fc.normal, -2.5))), [r, r, r]);
      });
    };
    const spurR = spurToward(l5, f5, drg('L4', 'right'), sapR.centre, 0.5, 4, 2.2);
    const d4 = vertebraSDF(l4, sk.joints, {
      facet: (n) => grow(n, false),
      extra: rimLumps(infR),
    }).sdf;
    const d5 = vertebraSDF(l5, sk.joints, {
      facet: (n) => grow(n, true),
      extra: [...rimLumps(sapR), spurR],
    }).sdf;
    add('L4', 'facet-arthritis', (m) => surfaceMorph(m, d4, f4, 12, 40), true);
    add('L5', 'facet-arthritis', (m) => surfaceMorph(m, d5, f5, 14, 40), true);
    const [joint4, joint5] = [inFrame(l4.frame, d4), inFrame(l5.frame, d5)];
    pressRoot('facet-arthritis', 'L4', 'right', (x, y, z) => Math.min(joint4(x, y, z), joint5(x, y, z)));
    conditions['facet-arthritis'] = {
      node: 'L5',
      compresses: 'root_L4_right',
      nerves: ['root_L4_right'],
      side: 'right',
      level: 'L4-L5',
      hotspot: toWorld(l5.frame, [
        sapR.centre[0] - 2,
        sapR.centre[1] + 9 * PATHOLOGY.facetGrowth,
        sapR.centre[2] - 3,
      ]),
    };
  }

  // --- spondylolisthesis: L5 (and everything above) slips forward on S1, Meyerding grade II.
  {
    const slip = PATHOLOGY.slipFraction * SACRUM.s1D;
    const dWorld = dirToWorld(sk.sacrum, [0, -1.5, slip]);
    const heightAboveS1 = (pw) => toLocal(sk.sacrum, pw)[1];
    for (const n of ['L1', 'L2', 'L3', 'L4']) {
      const dl = dirToLocal(sk.vertebrae[n].frame, dWorld);
      add(n, 'spondylolisthesis', (m) => fieldMorph(m, () => dl));
    }
    {
      // Isthmic: the body, pedicles, transverse and superior processes move; the arch behind the pars
      // defect (laminae, spinous and inferior processes) stays whole, held by its joints with S1. The
      // bone between stretches over 3 mm where the halves meet, at the pars and the laminae's roots.
      // Sinking the bone there to open a gap was tried: the stretched surface folded into slivers.
      const dl = dirToLocal(l5.frame, dWorld);
      const { front, arch } = vertebraSDF(l5, sk.joints).halves;
      add('L5', 'spondylolisthesis', (m) =>
        fieldMorph(m, (p) => {
          const w = smoothstep(-1.5, 1.5, arch(...p) - front(...p));
          return [dl[0] * w, dl[1] * w, dl[2] * w];
        }),
      );
    }
    for (const n of ['disc_L1_L2', 'disc_L2_L3', 'disc_L3_L4', 'disc_L4_L5']) {
      const dl = dirToLocal(sk.discs[n].frame, dWorld);
      add(n, 'spondylolisthesis', (m) => fieldMorph(m, () => dl));
      add(`${n}/nucleus`, 'spondylolisthesis', (m) => fieldMorph(m, () => dl));
    }
    {
      const disc = sk.discs.disc_L5_S1;
      const dl = dirToLocal(disc.frame, dWorld);
      const shear = (p) => {
        const w = smoothstep(-disc.mid / 2 - 0.5, disc.mid / 2 + 0.5, p[1]);
        return [dl[0] * w, dl[1] * w, dl[2] * w];
      };
      add('disc_L5_S1', 'spondylolisthesis', (m) => fieldMorph(m, shear));
      add('disc_L5_S1/nucleus', 'spondylolisthesis', (m) => fieldMorph(m, shear));
    }
    const soft = (p) => {
      const w = smoothstep(-4, 14, heightAboveS1(p));
      return [dWorld[0] * w, dWorld[1] * w, dWorld[2] * w];
    };
    add('thecal_sac', 'spondylolisthesis', (m) => fieldMorph(m, soft));
    // The roots move with the column near the spine only: out beside it they run on into nerves that
    // stay put (the femoral nerve, the L1 nerve along the iliac crest).
    const rootShift = (p) => {
      const [x, y, z] = soft(p);
      const w = 1 - smoothstep(30, 50, Math.abs(p[0]));
      return [x * w, y * w, z * w];
    };
    for (const side of ['left', 'right'])
      for (const r of ['L1', 'L2', 'L3', 'L4', 'L5'])
        add(`root_${r}_${side}`, 'spondylolisthesis', (m) => fieldMorph(m, rootShift));
    conditions.spondylolisthesis = {
      node: 'L5',
      compresses: 'root_L5_left',
      nerves: ['root_L5_left', 'root_L5_right'],
      side: 'both',
      grade: 'II',
      slipPercent: Math.round(PATHOLOGY.slipFraction * 100),
      level: 'L5-S1',
      hotspot: toWorld(l5.frame, add3(dirToLocal(l5.frame, dWorld), [0, -l5.H / 2 + 2, l5.D / 2])),
    };
  }

  // --- piriformis-syndrome: right piriformis swollen (20-28 thick) against the sciatic nerve.
  {
    const healthy = defOf('piriformis_left').sdf;
    const sci = defOf('sciatic_nerve_left').sdf;
    // points on the nerve's surface where it leaves the pelvis below the muscle
    const C = sci.trunk[0];
    const surf = [];
    for (let x = C[0] - 15; x <= C[0] + 30; x += 1)
      for (let y = C[1] - 25; y <= C[1] + 12; y += 1)
        for (let z = C[2] - 30; z <= C[2] + 10; z += 1)
          if (Math.abs(sci(x, y, z)) < 0.4) surf.push([x, y, z]);
    const swollen = piriformisSDF(sk, S.P, S.gtTipWorld, S.sacrumSdf, PATHOLOGY.piriformisSwollen);
    const gap = (f) => Math.min(...surf.map((p) => f(...p)));
    // if swelling alone does not reach the nerve, let the lower border bulge down onto it
    const need = Math.max(0, gap(swollen) + 0.4);
    const fd =
      need > 0 ? (x, y, z) => swollen(x, y, z) - need * Math.exp(-(((y - C[1] - 8) / 12) ** 2)) : swollen;
    const fdR = mirrorSDF(fd);
    add(
      'piriformis_right',
      'piriformis-syndrome',
      (m) => surfaceMorph(m, fdR, mirrorSDF(healthy), 16, 20),
      true,
    );
    // The nerve lies flattened under the swollen muscle's lower border.
    const sciaticLine = sampleSpline(sci.trunk, 2).p.map((p) => [-p[0], p[1], p[2]]);
    add('sciatic_nerve_right', 'piriformis-syndrome', (m) =>
      pinchMorph(m, sciaticLine, fdR, { squeeze: 0.1, flatten: 0.3 }),
    );
    conditions['piriformis-syndrome'] = {
      node: 'piriformis_right',
      compresses: 'sciatic_nerve_right',
      nerves: ['sciatic_nerve_right'],
      side: 'right',
      thicknessMm: PIRIFORMIS.swollenThickness,
      hotspot: [-C[0], C[1] + 8, C[2]],
      /** where the swollen muscle meets the nerve: the hotspot snaps to the nearest morphed vertex */
      hotspotNear: [-C[0], C[1] + 8, C[2]],
    };
  }
  // Hotspots in metres.
  for (const c of Object.values(conditions)) c.hotspot = c.hotspot.map((v) => Math.round(v * 10) / 10000);
  return { targets, extras: { conditions } };
}
