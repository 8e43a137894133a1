// Every anatomical measurement the generator uses, in millimetres and degrees, with its source.
// The model file is written in metres; conversion happens in write.mjs.
// Sources (full references in docs/MODEL.md):
//   Cook 2021      Cook & Baker, Int J Spine Surg 2021;15:1072 (CT, n=196)
//   Clouthier 2023 Clouthier et al., J Biomech 2023;146:111421 (statistical shape model, SSM)
//   Nepal 2020     dry-bone pedicle study (Nepal 2020)
//   Griffith 2016  Griffith et al., QIMS 2016 (canal, n=1080)
//   Lavecchia 2017 / Li 2003 transverse process model inputs
//   Masharawi 2004 Masharawi et al., Spine 2004 (facet orientation)
//   Disc MRI       MRI disc-height study, n=14, age 40-60 (table in the anatomy reference)
//   SciRep 2022    segmental lordosis, Sci Rep 2022 (n=324)
//   Labelle 2011   Mac-Thiong/Labelle, Eur Spine J 2011 (n=709) pelvic parameters
//   Heinz 2003     body-dimension data (bicristal, bitrochanteric breadth)
//   CORS 2022      acetabulum width, Clin Orthop Surg 2022 (3D CT)
//   Woon 2013      coccyx, Eur Spine J 2013
//   Fardon 2014    disc nomenclature, Spine J 2014
//   Hasegawa 1995  foraminal stenosis, JBJS 1995
//   [GK]           general textbook knowledge, not traced to a single study

/** Generator version written into the scene extras. Bump when the geometry changes. */
export const GENERATOR = 'spine-model-generator 1.0.0';

/** Sagittal alignment (degrees). Labelle 2011: PI 53 (32-74), PT 13 (0-27), SS 40 (24-55); PI = PT + SS. */
export const ALIGN = {
  sacralSlope: 40,
  pelvicTilt: 13,
  /** Distance S1 endplate centre -> bicoxofemoral axis midpoint (mm) [GK, typical 100-120]. */
  sacroFemoral: 110,
  /** Half distance between femoral head centres (mm) [GK, inter-head distance ~170]. */
  hipHalfWidth: 85,
};

/**
 * Lumbar vertebrae, L1..L5.
 * W body width (trend [GK]; L5 47.4 dry bone Bhat 2025; SSM L2-L5 46.7 (39-59)),
 * D body depth (Cook 2021: 33-36, L5 35.7), H body height (Clouthier 2023 mean 27.8; Cook 2021 L5 30.3/26.3),
 * pedW/pedH pedicle width/height (Nepal 2020 7.4 at L1 -> 12-16 at L5; Cook 2021 height 15 -> 12.9),
 * canalAP (Cook 2021, Griffith 2016: 15-17, smallest at L3, L5 15.6), canalW interpedicular (Nepal 2020,
 * Cook 2021: ~20 at L1 -> 26-28 at L5), tp transverse process span (Lavecchia 2017 / Li 2003),
 * tip body front to spinous tip (Clouthier 2023 mean mesh 80-90, L5 shortest), spH spinous height
 * (SSM 23.5, 17-31), pedAngle medial pedicle angulation [GK].
 */
export const VERTEBRAE = [
  {
    name: 'L1',
    W: 42,
    D: 33,
    H: 26,
    pedW: 7.6,
    pedH: 15,
    canalAP: 17,
    canalW: 21,
    tp: 74,
    tip: 88,
    spH: 23.5,
    pedAngle: 8,
  },
  {
    name: 'L2',
    W: 44,
    D: 34,
    H: 27,
    pedW: 8.6,
    pedH: 14.6,
    canalAP: 16,
    canalW: 22,
    tp: 89,
    tip: 89,
    spH: 24,
    pedAngle: 10,
  },
  {
    name: 'L3',
    W: 46,
    D: 35,
    H: 27.5,
    pedW: 10,
    pedH: 14.2,
    canalAP: 15,
    canalW: 23,
    tp: 98,
    tip: 89,
    spH: 24,
    pedAngle: 12,
  },
  {
    name: 'L4',
    W: 48,
    D: 35.5,
    H: 27.5,
    pedW: 12,
    pedH: 13.6,
    canalAP: 15.3,
    canalW: 24.5,
    tp: 96,
    tip: 86,
    spH: 23,
    pedAngle: 15,
  },
  {
    name: 'L5',
    W: 50,
    D: 35.7,
    H: 28,
    pedW: 14,
    pedH: 12.9,
    canalAP: 15.6,
    canalW: 27,
    tp: 95,
    tip: 80,
    spH: 20,
    pedAngle: 20,
  },
];

/**
 * Facet joint angle to the sagittal plane, by joint (degrees). Masharawi 2004 (T12-L2 26-34, L3-L5 40-56);
 * per-level split [GK]: L1-2 ~28, L2-3 ~32, L3-4 ~40, L4-5 ~45, L5-S1 ~50-56.
 */
export const FACET_ANGLE = { 'T12-L1': 26, 'L1-L2': 28, 'L2-L3': 32, 'L3-L4': 40, 'L4-L5': 45, 'L5-S1': 52 };

/** Facet joint space (mm): 2-4 normal, < 2 in arthritis (anatomy reference, Degeneration). */
export const FACET_GAP = 2.6;

/**
 * Discs: anterior / posterior height (mm), Disc MRI table: L1-2 10.8/7.3, L2-3 13.1/8.6, L3-4 15.2/9.1,
 * L4-5 18.1/10.1, L5-S1 18.7/8.5. Values below sit near those ranges and are tuned so the wedges give a
 * lordosis of 58.5 degrees with 58% from L4-S1 (SciRep 2022 segmental lordosis 1.2/5.9/9.1/12.7/21.6, each
 * +/- about 4). That is the upper half of normal (40-60) on purpose: from the side the iliac wing hides L5
 * and S1, and at the mean 50 degrees the L1-L4 stack above the crest looked straight.
 * The middle height is the mean of the two, the disc AP depth that of the bodies (30-36). L4-5 sits a
 * little below the MRI means so that, measured 3 mm inside the rim, its back stays within 5-11 (check 6).
 */
export const DISCS = [
  { name: 'disc_L1_L2', upper: 'L1', lower: 'L2', ant: 10.4, post: 7.4 },
  { name: 'disc_L2_L3', upper: 'L2', lower: 'L3', ant: 13.1, post: 7.9 },
  { name: 'disc_L3_L4', upper: 'L3', lower: 'L4', ant: 15.3, post: 8.5 },
  { name: 'disc_L4_L5', upper: 'L4', lower: 'L5', ant: 17.7, post: 8.8 },
  { name: 'disc_L5_S1', upper: 'L5', lower: 'S1', ant: 19.9, post: 7.3 },
];

/** Nucleus pulposus semi-axes as fractions of the disc (area ~40-50% of the disc [GK]), shifted posteriorly. */
export const NUCLEUS = { fx: 0.33, fz: 0.3, fy: 0.36, shiftZ: -0.06 };

/**
 * Sacrum and coccyx (mm). Sacrum height ~98-107, width ~104, curved length ~119; S1 body width ~40-50
 * [anatomy reference]; coccyx curved length 44 +/- 8 (men), 4 segments (Woon 2013).
 */
export const SACRUM = {
  s1W: 46,
  s1D: 34,
  width: 104,
  length: 112,
  /** The axis curves on a radius of `radius` down to `bend` mm below S1, then of `lowerRadius`. */
  radius: 150,
  bend: 40,
  lowerRadius: 110,
  coccyxLength: 42,
};

/**
 * Pelvis (mm). Bicristal breadth 281 +/- 21 over skin (Heinz 2003) -> bony ~270; acetabulum width
 * 61.5 +/- 4.6 men / 56.5 women (CORS 2022); femoral head 48-50 men, 42-44 women; greater sciatic notch
 * width ~40-50, depth ~25-35 [GK]. Bitrochanteric 325 +/- 19 men (Heinz 2003).
 */
export const PELVIS = {
  bicristal: 270,
  acetabulumRim: 56,
  headDiameter: 46,
  cartilage: 1.6,
  bitrochanteric: 320,
  neckShaftAngle: 128,
  anteversion: 12,
  femurLength: 445,
  kneeHalfWidth: 55,
};

/**
 * Piriformis: origin anterior sacrum S2-S4 (three slips), out through the upper greater sciatic foramen
 * to the upper border of the greater trochanter. Thickness 17 +/- 4 (9-25) CT; 16.6 normal and 22.4 in
 * piriformis syndrome (MRI). Length ~100-130 [GK].
 */
export const PIRIFORMIS = {
  thickness: 16.6,
  width: 27,
  swollenThickness: 22.4,
  /** Shallow grooves between bundles of fibres, drawn so the fibres' direction shows (illustration). */
  bundles: { spacing: 7, depth: 0.9 },
};

/**
 * Gluteus maximus: about 2.5-3 cm thick in the middle of the buttock, a broad sheet (~19 cm of origin
 * along the ilium, sacrum and coccyx) narrowing to ~9 cm at the iliotibial tract and gluteal tuberosity
 * (Gray's Anatomy, 42nd ed. [GK]); eight fascicles suggest its coarse fibre bundles. `gap`: the clearance
 * kept from what it covers (mm).
 */
/**
 * Skin outline (scene mm, +Z front): waist ~290 and hips ~340 wide (bicristal 281 and bitrochanteric
 * 325 over skin, Heinz 2003), abdominal depth ~235 [GK]; buttocks and thighs rounded textbook girths [GK].
 * It ends well above L1, out of the usual views, and at the knees.
 */
export const SKIN = {
  topY: 320,
  waistY: 140,
  hipY: -115,
  waistHalfWidth: 145,
  hipHalfWidth: 172,
  front: 150,
  back: -85,
  buttock: { centre: [72, -150, -42], radii: [82, 92, 78] },
  thigh: [
    { c: [92, -215, 14], r: 88 },
    { c: [64, -575, 22], r: 56 },
  ],
};

export const GLUTEUS = { fascicles: 8, thickness: 26, gap: 3, originWidth: 190, insertionWidth: 90 };

/**
 * Sciatic nerve: width ~15.5 at the lower edge of piriformis, ~5 thick; type A exit below piriformis
 * (Beaton & Anson, 85-90%); divides ~65 above the popliteal fossa.
 */
export const SCIATIC = { width: 15.5, thickness: 5.2, divisionAboveKnee: 95 };

/** Roots: radius of a spinal nerve root (mm) [GK]; dorsal root ganglion 4-6 wide (Hasegawa 1995 context). */
export const ROOT = { radius: 1.9, drgHalfWidth: 2.6, drgHalfLength: 6 };

/**
 * Pathology magnitudes. Fardon 2014: bulge > 90 degrees of the circumference, herniation < 90.
 * Meyerding grade II: 26-50% slip. Osteophytes mean ~3.5, up to ~28 long; the foraminal spur is drawn
 * broad-based (radius at its base and at its blunt tip, mm) and ~7 long, reaching the exiting root
 * [anatomy reference, Degeneration]. Facet arthritis: SAP cross-section ~129 vs 98 mm^2 (x1.3 in area),
 * joint space < 2; the process is drawn enlarged ~1.5x each way so the enlarged joint reads at a glance.
 */
export const PATHOLOGY = {
  bulge: { depth: 4.6, sigmaDeg: 70 },
  herniation: { depth: 7.5, sideDeg: 28 },
  slipFraction: 0.35,
  spur: { baseRadius: 6.5, tipRadius: 3.2 },
  facetGrowth: 1.2,
  piriformisSwollen: 22.4,
};

/**
 * Ligaments (mm): sacrospinous ~3 thick with a base ~35 wide on the sacrum and coccyx; sacrotuberous
 * ~4 thick, ~45 wide at its upper attachment, its fibres reaching on down the sacrum to the coccyx [GK].
 * Ligamentum flavum ~3 thick in health, more than 4 counts as thickened (Sakamaki, Spine 2009; MRI norms
 * vary).
 */
export const PELVIS_LIGAMENTS = {
  thickness: 3,
  tuberousTop: 44,
  flavumThickness: 3,
};
