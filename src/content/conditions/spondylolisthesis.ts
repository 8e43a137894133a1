import type { Condition } from '../schema.ts';
import { SOURCES, URGENT_SIGNS } from '../sources.ts';

/**
 * L5 slipped forward on S1 by about a third of the S1 endplate depth, Meyerding grade II (26-50%; Meyerding
 * 1932), as the model builds it (its scene extras carry `grade` and `slipPercent`), narrowing both L5
 * foramina. Isthmic slips are mostly L5 on S1; degenerative ones mostly L4 on L5, more often in older
 * women (StatPearls).
 */
export const spondylolisthesis: Condition = {
  id: 'spondylolisthesis',
  name: { en: 'Spondylolisthesis', es: 'Espondilolistesis' },
  summary: {
    en: 'One bone of the spine slips forward on the bone below it and narrows the space for the nerves.',
    es: 'Un hueso de la columna se desliza hacia adelante sobre el hueso de abajo y reduce el espacio de los nervios.',
  },
  whatHappens: {
    en: 'Spondylolisthesis (say "spon-dee-lo-lis-THEE-sis") means that one bone of the spine has slid forward over the bone below it. Doctors grade a slip from I to V by how far it has moved across the bone below. Grade I is up to a quarter of the way, II up to half, III up to three quarters, IV up to all the way, and V is past the edge. Here L5 has slipped about a third of the way forward on the sacrum, which is grade II, and this narrows the windows where the two L5 nerve roots leave the spine.',
    es: 'Espondilolistesis quiere decir que un hueso de la columna se deslizó hacia adelante sobre el hueso de abajo. Los médicos clasifican el deslizamiento del grado I al V según cuánto avanzó sobre el hueso de abajo. El grado I es hasta una cuarta parte, el II hasta la mitad, el III hasta tres cuartas partes, el IV hasta todo el hueso, y el V cuando lo sobrepasa. Aquí L5 avanzó alrededor de un tercio sobre el sacro, lo que corresponde al grado II, y esto estrecha las ventanas por donde salen de la columna las dos raíces nerviosas L5.',
  },
  nerve: {
    node: 'root_L5_left',
    label: { en: 'The L5 nerve roots, on both sides', es: 'Las raíces nerviosas L5, de los dos lados' },
  },
  whereFelt: {
    en: 'The low back, the buttock, the side of the thigh, the outer calf, the top of the foot and the big toe. It can be felt in one leg or in both.',
    es: 'La parte baja de la espalda, la nalga, el costado del muslo, la parte externa de la pantorrilla, el empeine y el dedo gordo. Se puede sentir en una pierna o en las dos.',
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
    en: 'It can start from a small stress crack in the back of the bone, from an injury, or from wear of the disc and joints with age. The crack often comes from sports that arch the back a lot, and then the slip is usually at L5, as shown here. Slips from wear are more common in older adults, especially women, and are most often one level higher, at L4.',
    es: 'Puede empezar por una pequeña fisura por esfuerzo en la parte de atrás del hueso, por una lesión o por el desgaste del disco y de las articulaciones con la edad. La fisura suele deberse a deportes que arquean mucho la espalda, y entonces por lo general se desliza L5, como aquí. Los deslizamientos por desgaste son más comunes en adultos mayores, sobre todo en mujeres, y suelen estar un nivel más arriba, en L4.',
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
  section: { plane: 'sagittal', through: 'midline' },
  view: {
    direction: [1, 0, 0],
    frame: ['L4', 'L5', 'disc_L5_S1'],
    solid: ['L3', 'L4', 'disc_L3_L4', 'disc_L4_L5'],
    faded: [],
  },
  labels: [
    {
      at: 'culprit',
      // The grade out of the five, so that a patient hears how far along the scale the slip is.
      text: {
        en: 'L5 slipped: grade {grade} of V',
        es: 'L5 deslizada: grado {grade} de V',
      },
    },
    { at: 'sacrum', text: { en: 'Sacrum', es: 'Sacro' } },
    { at: 'nerve', text: { en: 'L5 nerve root', es: 'Raíz nerviosa L5' } },
  ],
  painSide: 'both',
  sources: [SOURCES.meyerding, SOURCES.statpearlsSpondylolisthesis, SOURCES.harrison, SOURCES.lee],
};
