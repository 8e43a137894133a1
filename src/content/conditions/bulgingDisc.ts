import type { Condition } from '../schema.ts';
import { SOURCES, URGENT_SIGNS } from '../sources.ts';

/** A broad bulge of the L4-L5 disc (Fardon 2014: more than a quarter of the rim) touching both L5 roots. */
export const bulgingDisc: Condition = {
  id: 'bulging-disc',
  name: { en: 'Bulging disc', es: 'Disco abultado (abombamiento discal)' },
  summary: {
    en: 'A worn disc spreads out past the edge of the bones and can crowd the nerves behind it.',
    es: 'Un disco desgastado se extiende más allá del borde de los huesos y puede apretar los nervios que están detrás.',
  },
  whatHappens: {
    en: 'A disc is the soft cushion between two bones of the spine. With age, a disc loses water and gets flatter, so its tough outer wall spreads out past the edge of the bones, like a tire low on air. Here the bulge is wide and runs along the back of the disc between L4 and L5. It pushes into the space where the nerves run and can press on the L5 nerve roots on both sides.',
    es: 'El disco es el cojín blando que hay entre dos huesos de la columna. Con la edad, el disco pierde agua y se aplana, y su pared externa, que es resistente, se sale del borde de los huesos, como una llanta con poco aire. Aquí el abultamiento es ancho y ocupa la parte de atrás del disco entre L4 y L5. Invade el espacio por donde pasan los nervios y puede presionar las raíces nerviosas L5 de los dos lados.',
  },
  nerve: {
    node: 'root_L5_left',
    label: { en: 'The L5 nerve roots, on both sides', es: 'Las raíces nerviosas L5, de los dos lados' },
  },
  whereFelt: {
    en: 'The buttock, the side of the thigh, the outer calf, the top of the foot and the big toe. It can be felt in one leg or in both.',
    es: 'La nalga, el costado del muslo, la parte externa de la pantorrilla, el empeine (la parte de arriba del pie) y el dedo gordo. Se puede sentir en una pierna o en las dos.',
  },
  symptoms: {
    en: [
      'An ache in the low back, often worse after sitting for a long time',
      'Pain that spreads from the buttock down the side of the leg',
      'Tingling or numbness on the top of the foot or in the big toe',
      'In some people, a weak ankle or big toe when lifting the foot',
    ],
    es: [
      'Dolor en la parte baja de la espalda, que suele empeorar después de estar mucho tiempo sentado',
      'Dolor que baja desde la nalga por el costado de la pierna',
      'Hormigueo o adormecimiento en el empeine o en el dedo gordo',
      'En algunas personas, debilidad del tobillo o del dedo gordo al levantar el pie',
    ],
  },
  whoGetsIt: {
    en: 'Bulging discs are very common as we get older. Many people have one on a scan and feel no pain at all. A bulge causes sharp leg pain mostly when it presses on a nerve. A worn disc can also send a dull ache into the buttock or thigh without pressing on one.',
    es: 'Los discos abultados son muy comunes con la edad. Muchas personas tienen uno en una resonancia y no sienten ningún dolor. Un abultamiento causa dolor fuerte de pierna sobre todo cuando presiona un nervio. Un disco desgastado también puede causar un dolor sordo en la nalga o el muslo sin presionar ningún nervio.',
  },
  treatment: {
    conservative: {
      en: 'Most people get better without surgery. Care starts with pain medicine, staying gently active, stretching and physical therapy, usually for 6 to 8 weeks.',
      es: 'La mayoría de las personas mejora sin cirugía. El tratamiento empieza con medicamentos para el dolor, mantenerse activo con suavidad, estiramientos y fisioterapia, por lo general durante 6 a 8 semanas.',
    },
    surgery: {
      en: 'If leg pain stays strong after several weeks of care, or a leg becomes weak, a surgeon may take away the part of the disc or bone that presses on the nerves to give them more room.',
      es: 'Si el dolor de pierna sigue fuerte después de varias semanas de tratamiento, o una pierna se debilita, el cirujano puede quitar la parte del disco o del hueso que presiona los nervios para darles más espacio.',
    },
    redFlags: URGENT_SIGNS,
  },
  affected: ['disc_L4_L5', 'root_L5_left', 'root_L5_right'],
  view: {
    direction: [0.25, 0.88, -0.4],
    frame: [],
    solid: ['L4', 'L5'],
    faded: ['thecal_sac'],
  },
  labels: [
    { at: 'disc_L4_L5', text: { en: 'Disc', es: 'Disco' } },
    { at: 'culprit', text: { en: 'Disc bulging backward', es: 'El disco se abomba hacia atrás' } },
    { at: 'nerve', text: { en: 'L5 nerve root', es: 'Raíz nerviosa L5' } },
    { at: 'thecal_sac', text: { en: 'Nerve sac', es: 'Saco de los nervios' }, nearSpot: true },
  ],
  painSide: 'both',
  section: { plane: 'axial', through: 'disc_L4_L5' },
  sources: [SOURCES.fardon, SOURCES.jensen, SOURCES.brinjikji, SOURCES.harrison, SOURCES.lee, SOURCES.koes],
  figures: [{ numbers: [6, 8], source: SOURCES.koes }],
};
