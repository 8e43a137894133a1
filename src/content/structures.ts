import type { Structure } from './schema.ts';
import { validateStructures } from './validate.ts';

/** The nerve roots the conditions in this app press on: L4, L5 and S1 on each side. */
const ROOT_NODES = [
  'root_L4_left',
  'root_L4_right',
  'root_L5_left',
  'root_L5_right',
  'root_S1_left',
  'root_S1_right',
];

/**
 * The parts of the model a patient can click and ask about. Order matters for `structureForNode`:
 * a node listed by more than one structure belongs to the first one.
 */
export const structures: Structure[] = validateStructures([
  {
    id: 'vertebra',
    nodes: ['L1', 'L2', 'L3', 'L4', 'L5'],
    name: { en: 'Lumbar vertebrae (L1 to L5)', es: 'Vértebras lumbares (L1 a L5)' },
    description: {
      en: 'The five bones of the lower back, numbered L1 to L5 from the top down. Each has a solid block in front that carries your weight and a ring of bone behind it that shields the nerves.',
      es: 'Los cinco huesos de la parte baja de la espalda, numerados de L1 a L5 de arriba hacia abajo. Cada uno tiene un bloque sólido adelante que carga el peso del cuerpo y un anillo de hueso atrás que protege los nervios.',
    },
  },
  {
    id: 'disc',
    nodes: ['disc_L1_L2', 'disc_L2_L3', 'disc_L3_L4', 'disc_L4_L5', 'disc_L5_S1'],
    name: { en: 'Intervertebral discs', es: 'Discos intervertebrales' },
    description: {
      en: 'Soft cushions between the bones of the spine. Each has a tough outer ring and a jelly-like center, so the back can bend and absorb shocks.',
      es: 'Cojines blandos entre los huesos de la columna. Cada uno tiene un anillo externo resistente y un centro como de gelatina, para que la espalda pueda doblarse y amortiguar los golpes.',
    },
  },
  {
    id: 'facet-joint',
    nodes: ['L1', 'L2', 'L3', 'L4', 'L5', 'sacrum'],
    name: { en: 'Facet joints', es: 'Articulaciones facetarias' },
    description: {
      en: 'Pairs of small joints at the back of the spine, where each bone meets the one below. They guide bending and twisting. Next to each one is the small window where a nerve root leaves the spine.',
      es: 'Pares de pequeñas articulaciones en la parte de atrás de la columna, donde cada hueso se une con el de abajo. Guían los movimientos de doblarse y girar. Al lado de cada una está la pequeña ventana por donde sale una raíz nerviosa.',
    },
  },
  {
    id: 'sacrum',
    nodes: ['sacrum'],
    name: { en: 'Sacrum', es: 'Sacro' },
    description: {
      en: 'A strong, triangle-shaped bone at the base of the spine, made of five bones joined together. It sits between the two hip bones like a keystone.',
      es: 'Un hueso fuerte, en forma de triángulo, en la base de la columna, formado por cinco huesos unidos. Está entre los dos huesos de la cadera como la piedra central de un arco.',
    },
  },
  {
    id: 'coccyx',
    nodes: ['coccyx'],
    name: { en: 'Coccyx (tailbone)', es: 'Cóccix (rabadilla)' },
    description: {
      // Usually four small segments (Woon, Eur Spine J 2013).
      en: 'The tailbone: a few small bones, usually four, joined below the sacrum. It helps hold up the muscles of the pelvic floor.',
      es: 'La rabadilla: unos pocos huesos pequeños, casi siempre cuatro, unidos debajo del sacro. Ayuda a sostener los músculos del piso pélvico.',
    },
  },
  {
    id: 'pelvis',
    nodes: ['hip_left', 'hip_right'],
    name: { en: 'Pelvis (hip bones)', es: 'Pelvis (huesos de la cadera)' },
    description: {
      en: 'The two large hip bones. Together with the sacrum they form a bowl that carries the weight of the upper body down to the legs.',
      es: 'Los dos huesos grandes de la cadera. Junto con el sacro forman una especie de tazón que pasa el peso de la parte de arriba del cuerpo a las piernas.',
    },
  },
  {
    id: 'greater-sciatic-notch',
    nodes: ['hip_left', 'hip_right'],
    name: { en: 'Greater sciatic notch', es: 'Escotadura ciática mayor' },
    description: {
      en: 'A wide, curved opening at the back of each hip bone. The piriformis muscle and the sciatic nerve pass through it on their way from the pelvis to the buttock.',
      es: 'Una abertura ancha y curva en la parte de atrás de cada hueso de la cadera. Por ella pasan el músculo piriforme y el nervio ciático al salir de la pelvis hacia la nalga.',
    },
  },
  {
    id: 'femur',
    nodes: ['femur_left', 'femur_right'],
    name: { en: 'Femur (thigh bone)', es: 'Fémur (hueso del muslo)' },
    description: {
      en: 'The long bone of the thigh. Its round head fits into the hip socket, and the bump on its upper outer side is where the piriformis muscle attaches.',
      es: 'El hueso largo del muslo. Su cabeza redonda encaja en la cavidad de la cadera, y en el abultamiento de su parte alta y externa se sujeta el músculo piriforme.',
    },
  },
  {
    id: 'piriformis',
    nodes: ['piriformis_left', 'piriformis_right'],
    name: { en: 'Piriformis muscle', es: 'Músculo piriforme' },
    description: {
      // Origin on the front of the sacrum; the nerve runs below it in 85-90% of people (Beaton and Anson 1937).
      en: 'A small muscle deep in the buttock that runs from the front of the sacrum to the top of the thigh bone and helps turn the leg outward. The sciatic nerve usually passes just below it.',
      es: 'Un músculo pequeño en lo profundo de la nalga que va de la cara de adelante del sacro a la parte de arriba del hueso del muslo y ayuda a girar la pierna hacia afuera. El nervio ciático casi siempre pasa justo debajo de él.',
    },
  },
  {
    id: 'gluteus-maximus',
    nodes: ['gluteus_maximus_left', 'gluteus_maximus_right'],
    name: { en: 'Gluteus maximus (buttock muscle)', es: 'Glúteo mayor (músculo de la nalga)' },
    description: {
      // From the back of the ilium, sacrum and coccyx to the iliotibial tract and the femur; it covers
      // piriformis and the sciatic nerve (Gray's Anatomy, 42nd ed.).
      en: 'The large muscle that shapes the buttock. It runs from the back of the hip bone, sacrum and tailbone down to the side of the thigh. It straightens the hip when you climb stairs or stand up. The piriformis muscle and the sciatic nerve lie under it.',
      es: 'El músculo grande que da forma a la nalga. Va de la parte de atrás del hueso de la cadera, el sacro y la rabadilla hasta el costado del muslo. Estira la cadera cuando usted sube escaleras o se levanta. El músculo piriforme y el nervio ciático están debajo de él.',
    },
  },
  {
    id: 'nerve-root',
    nodes: ROOT_NODES,
    name: { en: 'Nerve roots', es: 'Raíces nerviosas' },
    description: {
      en: 'A nerve root is the start of a nerve, where it leaves the spine through a small window between two bones. In the lower back, each is named after the bone just above its window, such as L4 or L5.',
      es: 'Una raíz nerviosa es el inicio de un nervio, donde sale de la columna por una pequeña ventana entre dos huesos. En la parte baja de la espalda, cada una lleva el nombre del hueso que está justo arriba de su ventana, como L4 o L5.',
    },
  },
  {
    id: 'sciatic-nerve',
    nodes: ['sciatic_nerve_left', 'sciatic_nerve_right'],
    name: { en: 'Sciatic nerve', es: 'Nervio ciático' },
    description: {
      // Below piriformis in 85-90% of people, through or above it in the rest (Beaton and Anson 1937).
      en: 'The largest nerve in the body, formed by the L4 to S3 nerve roots. In most people it leaves the pelvis just below the piriformis muscle. It runs down the back of the thigh, carrying feeling and movement to most of the leg.',
      es: 'El nervio más grande del cuerpo, formado por las raíces nerviosas de L4 a S3. En la mayoría de las personas sale de la pelvis justo debajo del músculo piriforme. Baja por la parte de atrás del muslo, llevando sensibilidad y movimiento a casi toda la pierna.',
    },
  },
  {
    id: 'femoral-nerve',
    nodes: ['femoral_nerve_left', 'femoral_nerve_right'],
    name: { en: 'Femoral nerve', es: 'Nervio femoral' },
    description: {
      // From the L2-L4 roots inside psoas, under the inguinal ligament into the thigh; it works the
      // quadriceps and, through the saphenous nerve, feels the inner leg (Gray's Anatomy, 42nd ed.).
      en: 'The main nerve of the front of the thigh, formed by the L2, L3 and L4 nerve roots. It runs down inside the pelvis and through the front of the groin into the thigh. It helps straighten the knee, and it carries feeling from the front of the thigh and the inner side of the lower leg.',
      es: 'El nervio principal de la parte de adelante del muslo, formado por las raíces nerviosas L2, L3 y L4. Baja por dentro de la pelvis y pasa por la parte de adelante de la ingle hacia el muslo. Ayuda a estirar la rodilla y lleva la sensibilidad de la parte de adelante del muslo y del lado de adentro de la pierna.',
    },
  },
  {
    id: 'sciatic-ligaments',
    nodes: [
      'ligament_sacrospinous_left',
      'ligament_sacrospinous_right',
      'ligament_sacrotuberous_left',
      'ligament_sacrotuberous_right',
    ],
    name: {
      en: 'Pelvic ligaments (sacrospinous and sacrotuberous)',
      es: 'Ligamentos de la pelvis (sacroespinoso y sacrotuberoso)',
    },
    description: {
      // They turn the greater sciatic notch into the greater sciatic foramen (Gray's Anatomy, 42nd ed.).
      en: 'Two strong bands on each side that run from the sacrum and tailbone to the lower hip bone. They close the notch at the back of the hip bone into an opening. The piriformis muscle and the sciatic nerve leave the pelvis through it.',
      es: 'Dos bandas fuertes a cada lado que van del sacro y la rabadilla a la parte baja del hueso de la cadera. Cierran la escotadura de atrás del hueso de la cadera y forman una abertura. Por ella salen de la pelvis el músculo piriforme y el nervio ciático.',
    },
  },
  {
    id: 'ligamentum-flavum',
    nodes: [
      'ligamentum_flavum_L1_L2',
      'ligamentum_flavum_L2_L3',
      'ligamentum_flavum_L3_L4',
      'ligamentum_flavum_L4_L5',
      'ligamentum_flavum_L5_S1',
    ],
    name: { en: 'Ligamentum flavum', es: 'Ligamento amarillo' },
    description: {
      // About 3 mm thick in health; it thickens with age and can narrow the canal (Sakamaki, Spine 2009).
      en: 'A stretchy yellow band that joins the back parts of the spine bones at each level. It forms the back wall of the spinal canal. With age it can get thicker and press on the nerves from behind.',
      es: 'Una banda elástica y amarilla que une las partes de atrás de los huesos de la columna en cada nivel. Forma la pared de atrás del canal de la columna. Con la edad puede engrosarse y apretar los nervios desde atrás.',
    },
  },
  {
    id: 'thecal_sac',
    nodes: ['thecal_sac'],
    name: { en: 'Thecal sac', es: 'Saco dural' },
    description: {
      en: 'A tube of tough tissue inside the spinal canal, filled with fluid. It holds the bundle of nerves that runs down the lower back before each nerve root branches off.',
      es: 'Un tubo de tejido resistente dentro del canal de la columna, lleno de líquido. Contiene el grupo de nervios que baja por la parte baja de la espalda antes de que salga cada raíz nerviosa.',
    },
  },
]);

const byId = new Map(structures.map((s) => [s.id, s]));

/** The structure with this id, or undefined. */
export function structureById(id: string): Structure | undefined {
  return byId.get(id);
}

/**
 * The structure a model node belongs to. A facet child node such as `L4/facet_superior_left` is a facet
 * joint; otherwise the first structure listing the top-level node wins (so `L4` is a vertebra).
 */
export function structureForNode(node: string): Structure | undefined {
  const [top = '', ...children] = node.split('/');
  if (children.some((c) => c.startsWith('facet_'))) return byId.get('facet-joint');
  return structures.find((s) => s.nodes.includes(top));
}
