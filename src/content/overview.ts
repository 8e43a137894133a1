import type { Overview } from './schema.ts';
import { SOURCES } from './sources.ts';
import { validateOverview } from './validate.ts';

/** The opening text: what the model shows and how nerve pain in the hip and leg comes about. */
export const overview: Overview = validateOverview({
  title: { en: 'Hip and leg nerve pain', es: 'Dolor de nervio en la cadera y la pierna' },
  intro: {
    en: 'Pain in the hip, buttock or leg often starts in the lower back. The nerves for the legs leave the spine low in the back and travel down past the hip. If something presses on one of these nerves, you can feel pain far away from the spot where it is pinched. This model shows the lower back, the pelvis and the top of the legs, and the most common places where a nerve can get squeezed.',
    es: 'El dolor en la cadera, la nalga o la pierna muchas veces empieza en la parte baja de la espalda. Los nervios de las piernas salen de la columna en la parte baja de la espalda y bajan pasando por la cadera. Si algo presiona uno de estos nervios, el dolor se puede sentir lejos del lugar donde está apretado. Este modelo muestra la parte baja de la espalda, la pelvis y la parte de arriba de las piernas, y los lugares más comunes donde un nervio puede quedar apretado.',
  },
  sciaticNerve: {
    en: 'The sciatic nerve is the largest nerve in the body, about as wide as your thumb. It forms from five nerve roots, L4, L5, S1, S2 and S3, that leave the lowest part of the spine. It passes out of the pelvis through a wide opening in the hip bone called the greater sciatic notch, usually just below the piriformis muscle. Then it runs down the back of the thigh and splits into two branches above the knee.',
    es: 'El nervio ciático es el nervio más grande del cuerpo, más o menos del ancho de un pulgar. Se forma con cinco raíces nerviosas, L4, L5, S1, S2 y S3, que salen de la parte más baja de la columna. Sale de la pelvis por una abertura ancha del hueso de la cadera llamada escotadura ciática mayor, casi siempre justo debajo del músculo piriforme. Después baja por la parte de atrás del muslo y se divide en dos ramas arriba de la rodilla.',
  },
  // Most sciatica comes from a herniated disc (Koes, BMJ 2007). The hip joint itself is a common source of
  // hip and groin pain that can be mistaken for pain from the back (Harrison's, Back and Neck Pain).
  sciaticaVsPiriformis: {
    en: 'True sciatica starts in the spine: a disc, a bone spur, a worn joint or a slipped bone presses on a nerve root as it leaves the spine. Most cases come from a herniated disc. Piriformis syndrome can feel much the same, but the nerve is squeezed farther down, by a muscle deep in the buttock. Not all hip pain comes from the back: the hip joint itself is a common cause of pain in the hip and groin. Your doctor tells them apart by asking about your pain, examining you and, if needed, ordering a scan.',
    es: 'La ciática verdadera empieza en la columna: un disco, un espolón óseo, una articulación desgastada o un hueso deslizado presiona una raíz nerviosa cuando sale de la columna. La mayoría de los casos se debe a una hernia de disco. El síndrome del piriforme se puede sentir casi igual, pero el nervio queda apretado más abajo, por un músculo que está en lo profundo de la nalga. No todo el dolor de cadera viene de la espalda: la articulación de la cadera es una causa común de dolor en la cadera y la ingle. Su médico los distingue preguntándole por su dolor, examinándolo y, si hace falta, pidiendo una imagen.',
  },
  disclaimer: {
    en: 'This tool is for learning only. It shows common examples, not your own spine, and it does not give a diagnosis. Your doctor will look at your symptoms, your exam and any scans to find the cause of your pain and plan your care.',
    es: 'Esta herramienta es solo para aprender. Muestra ejemplos comunes, no su propia columna, y no da un diagnóstico. Su médico revisará sus síntomas, su examen y los estudios de imagen que tenga para encontrar la causa de su dolor y planear su tratamiento.',
  },
  sources: [SOURCES.koes, SOURCES.harrison, SOURCES.beatonAnson, SOURCES.finucane],
});
