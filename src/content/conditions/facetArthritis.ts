import type { Condition } from '../schema.ts';
import { SOURCES, URGENT_SIGNS } from '../sources.ts';

/**
 * Arthritis of the right L4-L5 facet joint: the joint enlarges and spurs, narrowing the foramen of the
 * exiting L4 root (Hasegawa 1995). Present in most people over 65, mostly at L4-L5 and L5-S1 (Kalichman 2008).
 */
export const facetArthritis: Condition = {
  id: 'facet-arthritis',
  name: { en: 'Facet joint arthritis', es: 'Artrosis de las articulaciones facetarias' },
  summary: {
    en: 'The small joints at the back of the spine wear down, grow larger and crowd the nerve beside them.',
    es: 'Las pequeñas articulaciones de la parte de atrás de la columna se desgastan, crecen y aprietan el nervio que está al lado.',
  },
  whatHappens: {
    en: 'Each bone of the spine meets the one below it at two small joints in the back, called facet joints. They guide how the back bends and twists. With arthritis, the smooth cartilage that covers the joint surfaces wears thin, and the joints grow larger and form spurs. Here the right joint between L4 and L5 has grown big enough to narrow the window for the right L4 nerve root.',
    es: 'Cada hueso de la columna se une con el de abajo por dos pequeñas articulaciones en la parte de atrás, llamadas articulaciones facetarias. Guían cómo se dobla y gira la espalda. Con la artrosis, el cartílago liso que cubre las superficies de estas articulaciones se desgasta, y las articulaciones crecen y forman espolones. Aquí la articulación derecha entre L4 y L5 creció tanto que estrecha la ventana de la raíz nerviosa L4 derecha.',
  },
  nerve: {
    node: 'root_L4_right',
    label: { en: 'The right L4 nerve root', es: 'La raíz nerviosa L4 derecha' },
  },
  whereFelt: {
    en: 'An ache in the low back, sometimes in the buttock. When the nerve is pinched, pain can reach the front of the knee and the inner calf, here on the right.',
    es: 'Un dolor en la parte baja de la espalda, a veces en la nalga. Cuando el nervio queda apretado, el dolor puede llegar a la parte de adelante de la rodilla y a la cara interna de la pantorrilla, aquí del lado derecho.',
  },
  symptoms: {
    en: [
      'Low back pain and stiffness, often worse in the morning or after rest',
      'Pain when leaning back or twisting',
      'Feeling better when bending forward or sitting',
      'Leg pain, numbness or tingling if the nerve is pressed',
    ],
    es: [
      'Dolor y rigidez en la parte baja de la espalda, que suelen empeorar en la mañana o después de descansar',
      'Dolor al inclinarse hacia atrás o al girar el cuerpo',
      'Mejoría al inclinarse hacia adelante o al sentarse',
      'Dolor, adormecimiento u hormigueo en la pierna si el nervio está presionado',
    ],
  },
  whoGetsIt: {
    en: 'It is very common with age: most people over 65 show some facet arthritis on a scan. Many people who have it on a scan have no back pain at all. It is found most often at the two lowest levels of the back.',
    es: 'Es muy común con la edad: la mayoría de las personas mayores de 65 años tiene algo de artrosis facetaria en una imagen. Muchas personas que la tienen en una imagen no tienen ningún dolor de espalda. Se encuentra con más frecuencia en los dos niveles más bajos de la espalda.',
  },
  treatment: {
    conservative: {
      en: 'Care starts with pain medicine, gentle exercise, stretching, physical therapy and heat. Your doctor may also talk with you about an injection into or near the joint.',
      es: 'El tratamiento empieza con medicamentos para el dolor, ejercicio suave, estiramientos, fisioterapia y calor. Su médico también puede hablarle de una inyección en la articulación o cerca de ella.',
    },
    surgery: {
      en: 'Surgery may help if a pinched nerve still causes strong pain or weakness after several weeks of care. A surgeon can trim the enlarged joint and the spurs to free the nerve.',
      es: 'La cirugía puede ayudar si un nervio apretado sigue causando dolor fuerte o debilidad después de varias semanas de tratamiento. El cirujano puede recortar la articulación agrandada y los espolones para liberar el nervio.',
    },
    redFlags: URGENT_SIGNS,
  },
  affected: ['L4', 'L5', 'root_L4_right'],
  view: {
    direction: [0.9, 0.15, -0.42],
    frame: [],
    solid: ['L3', 'disc_L3_L4', 'disc_L4_L5', 'root_L3_right', 'root_L5_right'],
    faded: ['sacrum'],
    newBone: true,
  },
  labels: [
    { at: 'culprit', text: { en: 'Worn, enlarged joint', es: 'Articulación gastada y agrandada' } },
    { at: 'nerve', text: { en: 'L4 nerve root, squeezed', es: 'Raíz nerviosa L4, apretada' } },
    { at: 'root_L3_right', text: { en: 'Healthy L3 nerve above', es: 'Nervio L3 sano, arriba' } },
  ],
  painSide: 'right',
  sources: [SOURCES.kalichman, SOURCES.hasegawa, SOURCES.harrison],
  figures: [{ numbers: [65], source: SOURCES.kalichman }],
};
