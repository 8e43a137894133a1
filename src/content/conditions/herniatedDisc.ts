import type { Condition } from '../schema.ts';
import { SOURCES, URGENT_SIGNS } from '../sources.ts';

/**
 * A posterolateral (paracentral) herniation of the L5-S1 disc on the left, pressing the traversing S1 root
 * (Fardon 2014). Most lumbar herniations are at L4-L5 or L5-S1 (Harrison's).
 */
export const herniatedDisc: Condition = {
  id: 'herniated-disc',
  name: { en: 'Herniated disc', es: 'Hernia de disco' },
  summary: {
    en: 'Soft gel from the middle of a disc pushes out through a tear and presses on a nerve root.',
    es: 'El gel blando del centro del disco sale por una grieta y presiona una raíz nerviosa.',
  },
  whatHappens: {
    en: 'Each disc has a tough outer ring and a soft, jelly-like center. If the ring tears, some of the center can push out through the gap. Here it happens at the lowest disc, between L5 and the sacrum, toward the back and to the left. The piece of disc presses on the S1 nerve root (the start of a nerve, where it leaves the spine) and irritates it.',
    es: 'Cada disco tiene un anillo externo resistente y un centro blando, como de gelatina. Si el anillo se rompe, parte del centro puede salir por la grieta. Aquí ocurre en el disco más bajo, entre L5 y el sacro, hacia atrás y a la izquierda. Ese trozo de disco presiona la raíz nerviosa S1 (el inicio de un nervio, donde sale de la columna) y la irrita.',
  },
  nerve: {
    node: 'root_S1_left',
    label: { en: 'The left S1 nerve root', es: 'La raíz nerviosa S1 izquierda' },
  },
  whereFelt: {
    en: 'The buttock, the back of the thigh and calf, and the sole and outer edge of the foot. In this example it is the left leg.',
    es: 'La nalga, la parte de atrás del muslo y de la pantorrilla, y la planta y el borde externo del pie. En este ejemplo es la pierna izquierda.',
  },
  symptoms: {
    en: [
      'Sharp or burning pain that shoots down the back of the leg',
      'Leg pain that is often worse than the back pain',
      'Pain that gets worse when sitting, bending, coughing or sneezing',
      'Numbness or tingling in the sole or outer edge of the foot',
      'In some people, trouble standing on tiptoe on that side',
    ],
    es: [
      'Dolor punzante o ardiente que recorre la parte de atrás de la pierna',
      'Dolor de pierna que suele ser más fuerte que el dolor de espalda',
      'Dolor que empeora al estar sentado, al agacharse, al toser o al estornudar',
      'Adormecimiento u hormigueo en la planta o en el borde externo del pie',
      'En algunas personas, dificultad para pararse en la punta del pie de ese lado',
    ],
  },
  whoGetsIt: {
    en: 'It is most common in adults of working age. It is the most common cause of sciatica: about 9 out of 10 cases. Most of them happen at the two lowest discs of the back.',
    es: 'Es más común en adultos en edad de trabajar. Es la causa más frecuente de ciática: alrededor de 9 de cada 10 casos. La mayoría ocurre en los dos discos más bajos de la espalda.',
  },
  treatment: {
    conservative: {
      en: 'Most people improve over weeks to a few months with pain medicine, gentle activity, stretching and physical therapy. Over time, the body can shrink the piece of disc that came out.',
      es: 'La mayoría de las personas mejora en el curso de semanas a unos pocos meses con medicamentos para el dolor, actividad suave, estiramientos y fisioterapia. Con el tiempo, el cuerpo puede encoger el trozo de disco que salió.',
    },
    surgery: {
      en: 'Surgery may help if leg pain is still strong after 6 to 8 weeks, or if the leg is getting weak. A surgeon can remove the piece of disc that presses on the nerve. Surgery brings relief sooner. But after one year, people do about as well with care that does not involve surgery.',
      es: 'La cirugía puede ayudar si el dolor de pierna sigue fuerte después de 6 a 8 semanas, o si la pierna se está debilitando. El cirujano puede quitar el trozo de disco que presiona el nervio. La cirugía alivia antes. Pero al cabo de un año, a las personas les va más o menos igual con el tratamiento sin cirugía.',
    },
    redFlags: URGENT_SIGNS,
  },
  affected: ['disc_L5_S1', 'root_S1_left'],
  view: {
    direction: [0.45, 0.85, -0.3],
    frame: [],
    solid: ['L5', 'sacrum', 'thecal_sac'],
    faded: [],
  },
  labels: [
    // On the gel, where the disc's middle is drawn: it names what the dashed line outlines.
    { at: 'disc_L5_S1', text: { en: 'Soft center of the disc', es: 'Centro blando del disco' } },
    { at: 'culprit', text: { en: 'Gel pushing out', es: 'El gel sale hacia afuera' } },
    { at: 'nerve', text: { en: 'S1 nerve root', es: 'Raíz nerviosa S1' } },
    { at: 'thecal_sac', text: { en: 'Nerve sac', es: 'Saco de los nervios' }, nearSpot: true },
  ],
  painSide: 'left',
  section: { plane: 'axial', through: 'disc_L5_S1' },
  sources: [SOURCES.fardon, SOURCES.koes, SOURCES.peul, SOURCES.harrison],
  // Sciatica from a disc (about 90%) and 6-8 weeks of care without surgery first (Koes 2007).
  figures: [{ numbers: [9, 10, 6, 8], source: SOURCES.koes }],
};
