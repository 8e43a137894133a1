import type { Condition } from '../schema.ts';
import { SOURCES, URGENT_SIGNS } from '../sources.ts';

/**
 * Osteophytes on the back of the L4/L5 body margins and on the left L4-L5 facet narrow the left L4-L5
 * foramen; the exiting L4 root is pressed when foraminal height falls to about 15 mm (Hasegawa 1995).
 */
export const boneSpurs: Condition = {
  id: 'bone-spurs',
  name: { en: 'Bone spurs (osteophytes)', es: 'Espolones óseos (osteofitos)' },
  summary: {
    en: 'Small bony growths from wear and tear narrow the opening where a nerve leaves the spine.',
    es: 'Pequeños crecimientos de hueso causados por el desgaste estrechan la abertura por donde un nervio sale de la columna.',
  },
  whatHappens: {
    en: 'As the spine wears with age, the body builds small extra ridges of bone called bone spurs, or osteophytes. Most spurs cause no trouble at all. Here they grow on the back edges of the L4 and L5 bones and on the left joint between them. Together they narrow the foramen, the small window where the L4 nerve root leaves the spine, and squeeze the nerve.',
    es: 'Cuando la columna se desgasta con la edad, el cuerpo forma pequeños bordes de hueso extra llamados espolones óseos u osteofitos. La mayoría de los espolones no causa ningún problema. Aquí crecen en los bordes de atrás de los huesos L4 y L5 y en la articulación izquierda que los une. Juntos estrechan el foramen, la pequeña ventana por donde sale de la columna la raíz nerviosa L4, y aprietan el nervio.',
  },
  nerve: {
    node: 'root_L4_left',
    label: { en: 'The left L4 nerve root', es: 'La raíz nerviosa L4 izquierda' },
  },
  whereFelt: {
    en: 'The front of the knee and the inner side of the calf. In this example it is the left leg.',
    es: 'La parte de adelante de la rodilla y la cara interna de la pantorrilla. En este ejemplo es la pierna izquierda.',
  },
  symptoms: {
    en: [
      'Back ache and stiffness',
      'Leg pain that is worse when standing, walking or leaning back',
      'Relief when sitting or bending forward, which opens the window a little',
      'Numbness or tingling on the inner side of the calf',
      'In some people, a weak knee that may feel like it could give way',
    ],
    es: [
      'Dolor y rigidez en la espalda',
      'Dolor de pierna que empeora al estar de pie, al caminar o al inclinarse hacia atrás',
      'Alivio al sentarse o al inclinarse hacia adelante, porque así la ventana se abre un poco',
      'Adormecimiento u hormigueo en la cara interna de la pantorrilla',
      'En algunas personas, una rodilla débil que parece que se va a doblar',
    ],
  },
  whoGetsIt: {
    en: 'Bone spurs are very common as we get older. Only a few of them grow where they press on a nerve.',
    es: 'Los espolones óseos son muy comunes con la edad. Solo unos pocos crecen en un lugar donde presionan un nervio.',
  },
  treatment: {
    conservative: {
      en: 'Care starts with pain medicine, physical therapy to strengthen the trunk and keep the back moving, and staying active. Your doctor may also talk with you about an injection near the nerve.',
      es: 'El tratamiento empieza con medicamentos para el dolor, fisioterapia para fortalecer el tronco y mantener la espalda en movimiento, y mantenerse activo. Su médico también puede hablarle de una inyección cerca del nervio.',
    },
    surgery: {
      en: 'If pain or weakness lasts despite this care, surgery may help. A surgeon can shave away the spurs and widen the window, so the nerve has room again.',
      es: 'Si el dolor o la debilidad continúan a pesar de este tratamiento, la cirugía puede ayudar. El cirujano puede quitar los espolones y agrandar la ventana, para que el nervio vuelva a tener espacio.',
    },
    redFlags: URGENT_SIGNS,
  },
  affected: ['L4', 'L5', 'root_L4_left'],
  view: {
    direction: [0.93, -0.3, 0.2],
    frame: [],
    solid: ['L3', 'disc_L3_L4', 'disc_L4_L5', 'root_L3_left', 'root_L5_left'],
    faded: ['sacrum'],
    newBone: true,
  },
  labels: [
    { at: 'culprit', text: { en: 'Bone spurs', es: 'Espolones óseos' } },
    { at: 'nerve', text: { en: 'L4 nerve root, squeezed', es: 'Raíz nerviosa L4, apretada' } },
    { at: 'root_L3_left', text: { en: 'Healthy L3 nerve above', es: 'Nervio L3 sano, arriba' } },
  ],
  painSide: 'left',
  sources: [SOURCES.hasegawa, SOURCES.harrison, SOURCES.koes],
};
