import type { Condition } from '../schema.ts';
import { SOURCES, URGENT_SIGNS } from '../sources.ts';

/**
 * A swollen right piriformis, thicker than the healthy left in the model, pressing the sciatic nerve that
 * runs below it (Beaton and Anson 1937, type A, 85-90% of people). The muscle starts on the front of the
 * sacrum.
 */
export const piriformisSyndrome: Condition = {
  id: 'piriformis-syndrome',
  name: { en: 'Piriformis syndrome', es: 'Síndrome del piriforme' },
  summary: {
    en: 'A tight or swollen muscle deep in the buttock squeezes the sciatic nerve.',
    es: 'Un músculo tenso o inflamado en lo profundo de la nalga aprieta el nervio ciático.',
  },
  whatHappens: {
    en: 'The piriformis is a small muscle deep in the buttock. It runs from the front of the sacrum to the top of the thigh bone and helps turn the leg outward. The sciatic nerve passes right beside it, usually just below it, as it leaves the pelvis. If the muscle tightens, swells or scars, it can squeeze and irritate the nerve, here on the right side.',
    es: 'El piriforme es un músculo pequeño que está en lo profundo de la nalga. Va de la cara de adelante del sacro a la parte de arriba del hueso del muslo y ayuda a girar la pierna hacia afuera. El nervio ciático pasa justo a su lado, casi siempre por debajo, cuando sale de la pelvis. Si el músculo se tensa, se inflama o forma cicatriz, puede apretar e irritar el nervio, aquí del lado derecho.',
  },
  nerve: {
    node: 'sciatic_nerve_right',
    label: { en: 'The right sciatic nerve', es: 'El nervio ciático derecho' },
  },
  whereFelt: {
    en: 'Deep in the buttock, on the right in this example. The pain can spread down the back of the thigh, and sometimes lower, much like sciatica.',
    es: 'En lo profundo de la nalga, del lado derecho en este ejemplo. El dolor puede bajar por la parte de atrás del muslo, y a veces más abajo, de forma muy parecida a la ciática.',
  },
  symptoms: {
    en: [
      'A deep ache in the buttock',
      'Pain that gets worse after sitting for a long time, for example while driving',
      'Pain when the hip is bent, the legs are crossed or the leg is turned inward',
      'Tingling or pain down the back of the leg',
    ],
    es: [
      'Un dolor profundo en la nalga',
      'Dolor que empeora después de estar sentado mucho tiempo, por ejemplo al manejar',
      'Dolor al doblar la cadera, al cruzar las piernas o al girar la pierna hacia adentro',
      'Hormigueo o dolor que baja por la parte de atrás de la pierna',
    ],
  },
  whoGetsIt: {
    en: 'It is reported more often in women than in men. Runners and other athletes who work their hip muscles hard can get it too, both men and women.',
    es: 'Se reporta con más frecuencia en mujeres que en hombres. Los corredores y otros deportistas que exigen mucho a los músculos de la cadera también pueden tenerlo, tanto hombres como mujeres.',
  },
  treatment: {
    conservative: {
      en: 'Most people get better with stretching, physical therapy and pain medicine. Getting up often, instead of sitting for a long time, also helps. If the pain goes on, your doctor may suggest an injection into the muscle.',
      es: 'La mayoría de las personas mejora con estiramientos, fisioterapia y medicamentos para el dolor. También ayuda levantarse seguido en lugar de pasar mucho tiempo sentado. Si el dolor continúa, su médico puede sugerir una inyección en el músculo.',
    },
    surgery: {
      en: 'Surgery is rarely needed. If nothing else helps, a surgeon may release the tight muscle to free the nerve.',
      es: 'La cirugía casi nunca es necesaria. Si nada más ayuda, el cirujano puede liberar el músculo tenso para soltar el nervio.',
    },
    redFlags: URGENT_SIGNS,
  },
  affected: ['piriformis_right', 'sciatic_nerve_right'],
  view: {
    direction: [0.5, -0.35, -0.79],
    frame: ['sacrum', 'piriformis_right'],
    solid: ['sacrum', 'coccyx', 'hip_right', 'femur_right', 'L5'],
    faded: ['hip_left', 'L4'],
  },
  labels: [
    { at: 'culprit', text: { en: 'Tight piriformis muscle', es: 'Músculo piriforme tenso' } },
    { at: 'nerve', text: { en: 'Sciatic nerve, squeezed', es: 'Nervio ciático, apretado' } },
    { at: 'sacrum', text: { en: 'Sacrum', es: 'Sacro' } },
  ],
  painSide: 'right',
  sources: [SOURCES.statpearlsPiriformis, SOURCES.beatonAnson, SOURCES.koes],
};
