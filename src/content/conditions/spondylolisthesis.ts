import type { Condition } from '../schema.ts';
import { SOURCES, URGENT_SIGNS } from '../sources.ts';

/**
 * L5 slipped forward on S1 by Meyerding grade I-II (up to half the depth of the S1 endplate), narrowing
 * both L5 foramina. Isthmic slips are mostly L5 on S1; degenerative ones mostly L4 on L5 (ANATOMY.md).
 */
export const spondylolisthesis: Condition = {
  id: 'spondylolisthesis',
  name: { en: 'Spondylolisthesis', es: 'Espondilolistesis' },
  summary: {
    en: 'One bone of the spine slips forward on the bone below it and narrows the space for the nerves.',
    es: 'Un hueso de la columna se desliza hacia adelante sobre el hueso de abajo y reduce el espacio de los nervios.',
  },
  whatHappens: {
    en: 'Spondylolisthesis (say "spon-dee-lo-lis-THEE-sis") means that one bone of the spine has slid forward over the bone below it. It can start from a small crack in the back of the bone, from an injury, or from wear of the disc and joints. Here L5 has slipped forward on the sacrum by a mild to moderate amount, called grade 1 to 2. The slip narrows the windows where the two L5 nerve roots leave the spine.',
    es: 'Espondilolistesis quiere decir que un hueso de la columna se deslizó hacia adelante sobre el hueso de abajo. Puede empezar por una pequeña fisura en la parte de atrás del hueso, por una lesión o por el desgaste del disco y de las articulaciones. Aquí L5 se deslizó hacia adelante sobre el sacro en una medida leve a moderada, llamada grado 1 a 2. El deslizamiento estrecha las ventanas por donde salen de la columna las dos raíces nerviosas L5.',
  },
  nerve: {
    node: 'root_L5_left',
    label: { en: 'The L5 nerve roots, on both sides', es: 'Las raíces nerviosas L5, de los dos lados' },
  },
  whereFelt: {
    en: 'The low back, the buttock, the side of the thigh, the outer calf and the top of the foot. It can be felt in one leg or in both.',
    es: 'La parte baja de la espalda, la nalga, el costado del muslo, la parte externa de la pantorrilla y el empeine. Se puede sentir en una pierna o en las dos.',
  },
  symptoms: {
    en: [
      'Low back pain, often worse when standing or walking',
      'Tight hamstrings, the muscles at the back of the thigh',
      'Pain, numbness or tingling down one or both legs',
      'Legs that ache or tire when walking and feel better when sitting or bending forward',
    ],
    es: [
      'Dolor en la parte baja de la espalda, que suele empeorar al estar de pie o al caminar',
      'Isquiotibiales tensos, los músculos de la parte de atrás del muslo',
      'Dolor, adormecimiento u hormigueo en una o en las dos piernas',
      'Piernas que duelen o se cansan al caminar y mejoran al sentarse o al inclinarse hacia adelante',
    ],
  },
  whoGetsIt: {
    en: 'One kind starts with a small stress crack in the back of the bone, often from sports that arch the back a lot; it usually slips at L5, as shown here. Another kind comes from wear with age. It affects about 5 to 10 in 100 adults, mostly women over 40, and is most often one level higher, at L4.',
    es: 'Un tipo empieza con una pequeña fisura por esfuerzo en la parte de atrás del hueso, a menudo por deportes que arquean mucho la espalda; por lo general se desliza L5, como aquí. Otro tipo se debe al desgaste con la edad. Afecta a unos 5 a 10 de cada 100 adultos, sobre todo a mujeres mayores de 40 años, y suele estar un nivel más arriba, en L4.',
  },
  treatment: {
    conservative: {
      en: 'Most people do well without surgery. Care includes pain medicine, exercises that make the trunk stronger and physical therapy. It also helps to take a break from heavy lifting and from arching the back.',
      es: 'A la mayoría de las personas le va bien sin cirugía. El tratamiento incluye medicamentos para el dolor, ejercicios que fortalecen el tronco y fisioterapia. También ayuda dejar por un tiempo de cargar peso y de arquear la espalda.',
    },
    surgery: {
      en: 'If pain, numbness or weakness does not improve, or the slip gets worse, a surgeon may free the nerves and join the two bones together so they stay steady. This is called a spinal fusion.',
      es: 'Si el dolor, el adormecimiento o la debilidad no mejoran, o el deslizamiento aumenta, el cirujano puede liberar los nervios y unir los dos huesos para que se mantengan firmes. Esto se llama fusión espinal.',
    },
    redFlags: URGENT_SIGNS,
  },
  affected: ['L5', 'sacrum', 'disc_L5_S1', 'root_L5_left', 'root_L5_right'],
  view: { direction: [0.85, 0.2, -0.48], distance: 0.38 },
  painSide: 'both',
  sources: [SOURCES.meyerding, SOURCES.statpearlsSpondylolisthesis, SOURCES.harrison],
};
