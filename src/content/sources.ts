import type { Source, UrgentSigns } from './schema.ts';

/** The published references behind the content. */
export const SOURCES = {
  fardon: {
    title: 'Fardon DF et al. Lumbar disc nomenclature: version 2.0',
    publisher: 'The Spine Journal',
    year: 2014,
  },
  koes: {
    title: 'Koes BW, van Tulder MW, Peul WC. Diagnosis and treatment of sciatica',
    publisher: 'BMJ',
    year: 2007,
  },
  peul: {
    title: 'Peul WC et al. Surgery versus prolonged conservative treatment for sciatica',
    publisher: 'New England Journal of Medicine',
    year: 2007,
  },
  hasegawa: {
    title:
      'Hasegawa T et al. Lumbar foraminal stenosis: critical heights of the intervertebral discs and foramina',
    publisher: 'Journal of Bone and Joint Surgery (American volume)',
    year: 1995,
  },
  harrison: {
    title:
      "Harrison's Principles of Internal Medicine: Back and Neck Pain, Table 48-1 (lumbosacral radiculopathy)",
    publisher: 'McGraw Hill',
  },
  meyerding: {
    title: 'Meyerding HW. Spondylolisthesis',
    publisher: 'Surgery, Gynecology and Obstetrics',
    year: 1932,
  },
  kalichman: {
    title:
      'Kalichman L et al. Facet joint osteoarthritis and low back pain in the community-based population',
    publisher: 'Spine',
    year: 2008,
  },
  brinjikji: {
    title:
      'Brinjikji W et al. Systematic literature review of imaging features of spinal degeneration in asymptomatic populations',
    publisher: 'American Journal of Neuroradiology',
    year: 2015,
  },
  jensen: {
    title: 'Jensen MC et al. Magnetic resonance imaging of the lumbar spine in people without back pain',
    publisher: 'New England Journal of Medicine',
    year: 1994,
  },
  finucane: {
    title:
      'Finucane LM, Greenhalgh S et al. International framework for red flags for potential serious spinal pathologies',
    publisher: 'Journal of Orthopaedic and Sports Physical Therapy',
    year: 2020,
  },
  lee: {
    title: 'Lee MWL, McPhee RW, Stringer MD. An evidence-based approach to human dermatomes',
    publisher: 'Clinical Anatomy',
    year: 2008,
  },
  beatonAnson: {
    title:
      'Beaton LE, Anson BJ. The relation of the sciatic nerve and of its subdivisions to the piriformis muscle',
    publisher: 'The Anatomical Record',
    year: 1937,
  },
  statpearlsPiriformis: { title: 'Piriformis Syndrome', publisher: 'StatPearls Publishing' },
  statpearlsSpondylolisthesis: { title: 'Spondylolisthesis', publisher: 'StatPearls Publishing' },
  woon: {
    title: 'Woon JTK et al. CT morphology and morphometry of the normal adult coccyx',
    publisher: 'European Spine Journal',
    year: 2013,
  },
} satisfies Record<string, Source>;

/** A reference as one line of text: "Title. Publisher, 2007." */
export function citation(source: Source): string {
  const publisher = source.publisher ? `. ${source.publisher}` : '';
  const year = source.year ? `, ${source.year}` : '';
  return `${source.title}${publisher}${year}.`;
}

/**
 * Warning signs shown with every condition, on the overview and on the handout. Loss of bladder or bowel
 * control, saddle numbness, worsening weakness and new symptoms in both legs can mean cauda equina
 * syndrome or severe nerve pressure: the emergency department, now. Back pain with a fever, a history of
 * cancer or a recent injury can mean infection, cancer or a broken bone: a doctor the same day
 * (Koes, BMJ 2007; Finucane et al., JOSPT 2020).
 */
export const URGENT_SIGNS: UrgentSigns = {
  emergency: {
    en: [
      'You cannot control your bladder or bowels, or you cannot pass urine',
      'Numbness in the "saddle" area: the groin, the inner thighs or around the bottom',
      'Weakness in a leg or foot that is getting worse',
      'New numbness, tingling or weakness in both legs',
    ],
    es: [
      'No puede controlar la orina o las heces, o no puede orinar',
      'Adormecimiento en la "zona de la silla de montar": la ingle, la cara interna de los muslos o alrededor de los glúteos',
      'Debilidad en una pierna o un pie que va empeorando',
      'Adormecimiento, hormigueo o debilidad nuevos en las dos piernas',
    ],
  },
  sameDay: {
    en: ['A fever, or feeling very unwell', 'A history of cancer', 'A recent fall, accident or other injury'],
    es: [
      'Fiebre, o mucho malestar',
      'Antecedentes de cáncer',
      'Una caída, un accidente u otra lesión reciente',
    ],
  },
};
