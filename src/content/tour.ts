import type { LayerMode, TourStep } from './schema.ts';
import { SOURCES } from './sources.ts';
import { ContentError, validateTour } from './validate.ts';

type Layers = TourStep['layers'];

function layers(bones: LayerMode, discs: LayerMode, muscles: LayerMode, nerves: LayerMode): Layers {
  return { bones, discs, muscles, nerves };
}

const ALL_SHOWN = layers('shown', 'shown', 'shown', 'shown');
/** Bones see-through so the discs and the nerves behind them can be seen. */
const SEE_THROUGH_BONE = layers('translucent', 'shown', 'hidden', 'shown');

const ROOTS = [
  'root_L4_left',
  'root_L4_right',
  'root_L5_left',
  'root_L5_right',
  'root_S1_left',
  'root_S1_right',
];

/**
 * Every step a presenter tour can have, in teaching order. A condition's step shows the condition's own
 * teaching view (its camera, cross-section and focus), the same picture as when it is chosen from the list.
 * Other views are in metres, scene axes (+X the patient's left, +Y up, +Z forward), origin at the centre
 * of the S1 top endplate; the posterior views have negative Z positions.
 */
export const TOUR_STEPS: TourStep[] = validateTour([
  {
    id: 'region',
    title: { en: 'Your lower back and hips', es: 'La parte baja de la espalda y las caderas' },
    caption: {
      en: 'This is the lower back, the pelvis and the top of the legs, where hip and leg nerve pain often begins.',
      es: 'La parte baja de la espalda, la pelvis y la parte de arriba de las piernas: aquí suele empezar el dolor de nervio de la cadera y la pierna.',
    },
    notes: {
      en: 'Orient the patient from the front: the five lumbar vertebrae (L1 to L5), the discs, the sacrum and tailbone, the hip bones and thigh bones. Explain that pain felt in the hip or leg often comes from a nerve that is pinched in the back.',
      es: 'Oriente al paciente desde el frente: las cinco vértebras lumbares (L1 a L5), los discos, el sacro y el cóccix, los huesos de la cadera y los fémures. Explique que el dolor que se siente en la cadera o la pierna muchas veces viene de un nervio apretado en la espalda.',
    },
    view: { target: [0, -0.08, 0.02], position: [0.55, 0.12, 0.85] },
    layers: ALL_SHOWN,
    condition: null,
    stage: 0,
    animate: false,
    highlight: [],
  },
  {
    id: 'sciatic-path',
    title: { en: 'The path of the sciatic nerve', es: 'El recorrido del nervio ciático' },
    caption: {
      en: 'Five nerve roots, L4 to S3, form the sciatic nerve. In most people it leaves the pelvis just below the piriformis.',
      es: 'Cinco raíces nerviosas, de L4 a S3, forman el nervio ciático. En la mayoría de las personas sale de la pelvis justo debajo del piriforme.',
    },
    notes: {
      en: 'The L4 to S3 roots leave the spine through the foramina and join in front of piriformis to form the sciatic nerve, the largest nerve in the body. It leaves through the greater sciatic notch below piriformis in 85-90% of people (Beaton and Anson type A), runs down the back of the thigh and divides above the knee. A pinch anywhere along this path can cause leg pain. The model draws the roots from L1 to S3.',
      es: 'Las raíces de L4 a S3 salen de la columna por los forámenes y se unen delante del piriforme para formar el nervio ciático, el más grande del cuerpo. Sale por la escotadura ciática mayor, por debajo del piriforme en el 85 a 90% de las personas (tipo A de Beaton y Anson), baja por la parte de atrás del muslo y se divide arriba de la rodilla. Una compresión en cualquier punto de este recorrido puede causar dolor en la pierna. El modelo muestra las raíces de L1 a S3.',
    },
    view: { target: [0, -0.1, -0.03], position: [-0.25, 0.02, -0.85] },
    layers: layers('translucent', 'shown', 'translucent', 'shown'),
    condition: null,
    stage: 0,
    animate: false,
    highlight: [...ROOTS, 'sciatic_nerve_left', 'sciatic_nerve_right', 'hip_left', 'hip_right'],
    sources: [SOURCES.beatonAnson],
    figures: [{ numbers: [85, 90], source: SOURCES.beatonAnson }],
  },
  {
    id: 'piriformis-syndrome',
    title: { en: 'Piriformis syndrome', es: 'Síndrome del piriforme' },
    caption: {
      en: 'A tight or swollen piriformis muscle can squeeze the sciatic nerve deep in the buttock.',
      es: 'Un músculo piriforme tenso o inflamado puede apretar el nervio ciático en lo profundo de la nalga.',
    },
    notes: {
      en: 'Spasm, swelling or scarring of piriformis irritates the sciatic nerve; the model shows the right piriformis swollen, thicker than the left. Typical: deep buttock pain, worse sitting and with the hip bent, crossed and turned in. Reported more often in women; runners of either sex are susceptible. Usually treated with stretching, physiotherapy and sometimes an injection.',
      es: 'El espasmo, la inflamación o la cicatrización del piriforme irritan el nervio ciático; el modelo muestra el piriforme derecho inflamado, más grueso que el izquierdo. Lo típico: dolor profundo en la nalga, peor al estar sentado y con la cadera doblada, cruzada y girada hacia adentro. Se reporta más en mujeres; los corredores de ambos sexos son propensos. Suele tratarse con estiramientos, fisioterapia y a veces una inyección.',
    },
    layers: ALL_SHOWN,
    condition: 'piriformis-syndrome',
    stage: 1,
    animate: true,
    highlight: ['piriformis_right', 'sciatic_nerve_right'],
    sources: [SOURCES.statpearlsPiriformis],
  },
  {
    id: 'true-sciatica',
    title: { en: 'True sciatica compared', es: 'Comparación con la ciática verdadera' },
    caption: {
      en: 'True sciatica starts in the spine, where a nerve root is pressed. Piriformis syndrome pinches the nerve lower down.',
      es: 'La ciática verdadera empieza en la columna, donde se presiona una raíz nerviosa. El síndrome del piriforme aprieta el nervio más abajo.',
    },
    notes: {
      en: 'Contrast the two sites: a spinal cause presses a nerve root in the canal or the foramen; piriformis syndrome presses the trunk of the sciatic nerve in the buttock. The symptoms overlap. About 90% of sciatica comes from a disc herniation (Koes, BMJ 2007). The pain pattern, back pain, the exam and, when needed, imaging tell them apart.',
      es: 'Compare los dos lugares: una causa en la columna presiona una raíz nerviosa en el canal o en el foramen; el síndrome del piriforme presiona el tronco del nervio ciático en la nalga. Los síntomas se parecen. Alrededor del 90% de la ciática se debe a una hernia de disco (Koes, BMJ 2007). El patrón del dolor, el dolor de espalda, el examen y, si hace falta, las imágenes permiten distinguirlos.',
    },
    view: { target: [-0.03, -0.04, -0.03], position: [-0.4, 0.05, -0.6] },
    layers: layers('translucent', 'shown', 'translucent', 'shown'),
    condition: null,
    stage: 0,
    animate: false,
    highlight: ['disc_L5_S1', 'root_S1_left', 'piriformis_right', 'sciatic_nerve_right'],
    sources: [SOURCES.koes],
    figures: [{ numbers: [90], source: SOURCES.koes }],
  },
  {
    id: 'facet-arthritis',
    title: { en: 'Facet joint arthritis', es: 'Artrosis de las articulaciones facetarias' },
    caption: {
      en: 'Worn facet joints at the back of the spine can grow larger and crowd the nerve root beside them.',
      es: 'Las articulaciones facetarias desgastadas pueden crecer y apretar la raíz nerviosa que está a su lado.',
    },
    notes: {
      en: 'The right L4-L5 facet joint is enlarged and spurred, narrowing the right L4-L5 foramen and pressing the exiting L4 root. Facet arthritis is found in most people over 65, mostly at L4-L5 and L5-S1, and on its own it is often painless: Kalichman found no link between facet arthritis on CT and low back pain (Kalichman, Spine 2008). Pain is often worse leaning back or twisting; L4 root pain reaches the front of the knee and the inner calf.',
      es: 'La articulación facetaria derecha L4-L5 está agrandada y con espolones, lo que estrecha el foramen derecho L4-L5 y presiona la raíz L4 que sale por él. La artrosis facetaria se encuentra en la mayoría de las personas mayores de 65 años, sobre todo en L4-L5 y L5-S1, y por sí sola muchas veces no duele: Kalichman no encontró relación entre la artrosis facetaria en la TC y el dolor lumbar (Kalichman, Spine 2008). El dolor suele empeorar al inclinarse hacia atrás o al girar; el dolor de la raíz L4 llega a la parte de adelante de la rodilla y a la cara interna de la pantorrilla.',
    },
    layers: ALL_SHOWN,
    condition: 'facet-arthritis',
    stage: 1,
    animate: true,
    highlight: ['L4', 'L5', 'root_L4_right'],
    sources: [SOURCES.kalichman, SOURCES.harrison],
    figures: [{ numbers: [65], source: SOURCES.kalichman }],
  },
  {
    id: 'bone-spurs',
    title: { en: 'Bone spurs', es: 'Espolones óseos' },
    caption: {
      en: 'Bone spurs from wear and tear can narrow the small window where a nerve leaves the spine.',
      es: 'Los espolones óseos causados por el desgaste pueden estrechar la pequeña ventana por donde un nervio sale de la columna.',
    },
    notes: {
      en: 'Osteophytes on the back of the L4 and L5 vertebral bodies and on the left L4-L5 facet narrow the left foramen and press the L4 root. A root is at risk when the foraminal height falls to about 15 mm or the posterior disc height to about 4 mm (Hasegawa, JBJS 1995). Spurs are very common with age and most cause no symptoms.',
      es: 'Los osteofitos en la parte de atrás de los cuerpos vertebrales L4 y L5 y en la faceta izquierda L4-L5 estrechan el foramen izquierdo y presionan la raíz L4. Una raíz está en riesgo cuando la altura del foramen baja a unos 15 mm o la altura posterior del disco a unos 4 mm (Hasegawa, JBJS 1995). Los espolones son muy comunes con la edad y la mayoría no causa síntomas.',
    },
    layers: ALL_SHOWN,
    condition: 'bone-spurs',
    stage: 1,
    animate: true,
    highlight: ['L4', 'L5', 'root_L4_left'],
    sources: [SOURCES.hasegawa, SOURCES.harrison],
    figures: [{ numbers: [15, 4], source: SOURCES.hasegawa }],
  },
  {
    id: 'bulging-disc',
    title: { en: 'Bulging disc', es: 'Disco abultado (abombamiento discal)' },
    caption: {
      en: 'A worn disc can bulge out all along its back edge and press on the nerve roots on both sides.',
      es: 'Un disco desgastado puede abultarse a lo largo de su borde de atrás y presionar las raíces nerviosas de ambos lados.',
    },
    notes: {
      en: 'A broad posterior bulge of the L4-L5 disc, beyond the rim over more than a quarter of its circumference (Fardon, Spine J 2014), touching both traversing L5 roots. Bulges are common on scans of people without any pain (Jensen, NEJM 1994; Brinjikji, AJNR 2015), so a bulge matters only when it fits the symptoms.',
      es: 'Un abultamiento posterior amplio del disco L4-L5, que sobrepasa el borde en más de una cuarta parte de su contorno (Fardon, Spine J 2014) y toca las dos raíces L5 que pasan por ahí. Los abultamientos son frecuentes en imágenes de personas sin dolor (Jensen, NEJM 1994; Brinjikji, AJNR 2015), así que un abultamiento solo importa cuando coincide con los síntomas.',
    },
    layers: ALL_SHOWN,
    condition: 'bulging-disc',
    stage: 1,
    animate: true,
    highlight: ['disc_L4_L5', 'root_L5_left', 'root_L5_right'],
    sources: [SOURCES.fardon, SOURCES.jensen, SOURCES.brinjikji],
  },
  {
    id: 'herniated-disc',
    title: { en: 'Herniated disc', es: 'Hernia de disco' },
    caption: {
      en: 'In a herniated disc, soft gel pushes through a tear in the disc wall and presses on a nerve root.',
      es: 'En una hernia de disco, el gel blando sale por una grieta de la pared del disco y presiona una raíz nerviosa.',
    },
    notes: {
      en: 'A left posterolateral (paracentral) L5-S1 herniation pressing the traversing S1 root. Most lumbar herniations are at L4-L5 or L5-S1, and disc herniation causes about 90% of sciatica (Koes, BMJ 2007). S1 pain: buttock, back of the thigh and calf, sole and outer foot (Harrison); look for weak push-off and a reduced ankle reflex.',
      es: 'Una hernia posterolateral (paracentral) izquierda en L5-S1 que presiona la raíz S1 que pasa por ahí. La mayoría de las hernias lumbares están en L4-L5 o L5-S1, y la hernia de disco causa alrededor del 90% de la ciática (Koes, BMJ 2007). Dolor de S1: nalga, parte de atrás del muslo y de la pantorrilla, planta y borde externo del pie (Harrison); buscar debilidad para empujar con el pie y un reflejo aquiliano disminuido.',
    },
    layers: ALL_SHOWN,
    condition: 'herniated-disc',
    stage: 1,
    animate: true,
    highlight: ['disc_L5_S1', 'root_S1_left'],
    sources: [SOURCES.fardon, SOURCES.koes, SOURCES.harrison],
    figures: [{ numbers: [90], source: SOURCES.koes }],
  },
  {
    id: 'spondylolisthesis',
    title: { en: 'Spondylolisthesis', es: 'Espondilolistesis' },
    caption: {
      en: 'When one bone of the spine slips forward on the one below, the windows for the nerves get smaller.',
      es: 'Cuando un hueso de la columna se desliza hacia adelante sobre el de abajo, las ventanas de los nervios se hacen más pequeñas.',
    },
    notes: {
      en: 'L5 slipped forward on S1 by about a third of the S1 endplate depth: Meyerding grade II (26-50%; grade I is up to 25%, III up to 75%, IV up to 100%, V beyond), narrowing both L5 foramina. Isthmic slips are mostly L5 on S1; degenerative slips are more common in older women and most often L4 on L5. The view from the side shows the step between the bones best.',
      es: 'L5 deslizada hacia adelante sobre S1 alrededor de un tercio de la profundidad del platillo de S1: grado II de Meyerding (26 a 50%; el grado I llega al 25%, el III al 75%, el IV al 100% y el V lo sobrepasa), que estrecha los dos forámenes de L5. Los deslizamientos ístmicos son casi siempre de L5 sobre S1; los degenerativos son más comunes en mujeres mayores y suelen ser de L4 sobre L5. La vista de lado muestra mejor el escalón entre los huesos.',
    },
    layers: ALL_SHOWN,
    condition: 'spondylolisthesis',
    stage: 1,
    animate: true,
    highlight: ['L5', 'sacrum', 'root_L5_left', 'root_L5_right'],
    sources: [SOURCES.meyerding, SOURCES.statpearlsSpondylolisthesis],
    figures: [{ numbers: [26, 50, 25, 75, 100], source: SOURCES.meyerding }],
  },
  {
    id: 'conservative-care',
    title: { en: 'Care without surgery comes first', es: 'Primero, tratamiento sin cirugía' },
    caption: {
      en: 'Most nerve pain gets better without surgery. Care starts with medicine, movement, stretching and physical therapy.',
      es: 'La mayoría del dolor de nervio mejora sin cirugía. Se empieza con medicamentos, movimiento, estiramientos y fisioterapia.',
    },
    notes: {
      en: 'The usual advice is 6 to 8 weeks of conservative care first: pain medication, staying active, exercise, stretching and physiotherapy. Most patients improve; 20-30% still have problems after one to two years (Koes, BMJ 2007). Encourage gentle activity rather than bed rest.',
      es: 'Lo habitual es empezar con 6 a 8 semanas de tratamiento conservador: medicamentos para el dolor, mantenerse activo, ejercicio, estiramientos y fisioterapia. La mayoría de los pacientes mejora; del 20 al 30% sigue con molestias después de uno o dos años (Koes, BMJ 2007). Anime a la actividad suave en lugar del reposo en cama.',
    },
    view: { target: [0, -0.05, 0], position: [0.45, 0.1, 0.75] },
    layers: ALL_SHOWN,
    condition: null,
    stage: 0,
    animate: false,
    highlight: [],
    sources: [SOURCES.koes],
    figures: [{ numbers: [6, 8, 20, 30], source: SOURCES.koes }],
  },
  {
    id: 'when-surgery',
    title: { en: 'When surgery is considered', es: 'Cuándo se considera la cirugía' },
    caption: {
      en: 'Surgery may be an option if leg pain lasts beyond 6 to 8 weeks of care, or if a leg is getting weak.',
      es: 'La cirugía puede ser una opción si el dolor de pierna dura más de 6 a 8 semanas de tratamiento o si una pierna se debilita.',
    },
    notes: {
      en: 'Surgery, such as removing the herniated part of a disc, relieves leg pain faster, but at one year the results are similar to prolonged conservative care (Peul, NEJM 2007). It is a shared decision based on pain, function and what matters to the patient. Urgent surgery is kept for severe or worsening weakness and for loss of bladder or bowel control.',
      es: 'La cirugía, por ejemplo quitar la parte herniada del disco, alivia el dolor de pierna más rápido, pero al año los resultados son parecidos a los del tratamiento conservador prolongado (Peul, NEJM 2007). Es una decisión compartida según el dolor, la función y lo que le importa al paciente. La cirugía urgente se reserva para la debilidad grave o que empeora y para la pérdida del control de la orina o las heces.',
    },
    layers: ALL_SHOWN,
    condition: 'herniated-disc',
    stage: 1,
    animate: false,
    highlight: ['disc_L5_S1', 'root_S1_left'],
    sources: [SOURCES.koes, SOURCES.peul],
    figures: [{ numbers: [6, 8], source: SOURCES.koes }],
  },
  {
    id: 'red-flags',
    title: { en: 'Warning signs', es: 'Señales de alarma' },
    caption: {
      en: 'Go to the emergency department now if you lose bladder or bowel control, have saddle numbness or a leg gets weaker.',
      es: 'Acuda a urgencias de inmediato si no controla la orina o las heces, tiene adormecida la zona de la silla de montar o una pierna se debilita.',
    },
    notes: {
      en: 'Loss of bladder or bowel control, saddle numbness, worsening weakness and new symptoms in both legs suggest cauda equina syndrome or severe root compression: the emergency department now, not a walk-in urgent care clinic. Back pain with fever, a history of cancer or a recent injury needs a doctor the same day, to look for infection, cancer or a fracture (Finucane, JOSPT 2020). Make sure the patient knows what to watch for and whom to call. Offer the printed handout.',
      es: 'La pérdida del control de la orina o las heces, el adormecimiento en la zona de la silla de montar, la debilidad que empeora y los síntomas nuevos en las dos piernas sugieren un síndrome de cola de caballo o una compresión grave de una raíz: urgencias de inmediato, no una clínica sin cita. El dolor de espalda con fiebre, antecedentes de cáncer o una lesión reciente requiere un médico el mismo día, para buscar una infección, un cáncer o una fractura (Finucane, JOSPT 2020). Asegúrese de que el paciente sepa qué vigilar y a quién llamar. Ofrezca la hoja impresa.',
    },
    view: { target: [0, 0, -0.02], position: [0, 0.08, -0.7] },
    layers: SEE_THROUGH_BONE,
    condition: null,
    stage: 0,
    animate: false,
    highlight: ['thecal_sac', ...ROOTS],
    sources: [SOURCES.finucane, SOURCES.koes],
  },
]);

/** The step with the warning signs, which every tour must keep: a patient must leave knowing them. */
export const URGENT_SIGNS_STEP = 'red-flags';

/**
 * The tour a clinic presents: the steps `ids` names, in that order, or every step when `ids` is null.
 * Throws when an id names no step, so that a typo in the clinic's configuration fails the build, and when
 * the tour leaves out the warning signs.
 */
export function chooseTour(steps: TourStep[], ids: readonly string[] | null): TourStep[] {
  const chosen = ids === null ? steps : pickSteps(steps, ids);
  if (!chosen.some((s) => s.id === URGENT_SIGNS_STEP)) {
    throw new ContentError(
      'clinic configuration',
      'tour',
      `must include the "${URGENT_SIGNS_STEP}" step: every patient must see the warning signs`,
    );
  }
  return chosen;
}

function pickSteps(steps: TourStep[], ids: readonly string[]): TourStep[] {
  return ids.map((id, index) => {
    const step = steps.find((s) => s.id === id);
    if (!step) {
      const known = steps.map((s) => s.id).join(', ');
      throw new ContentError(
        'clinic configuration',
        `tour.${index}`,
        `names no tour step "${id}" (known: ${known})`,
      );
    }
    return step;
  });
}
