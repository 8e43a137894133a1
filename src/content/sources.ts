import type { LocalizedList, Source } from './schema.ts';

/** The published references behind the content (the same ones listed in ANATOMY.md). */
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
  masharawi: {
    title:
      'Masharawi Y et al. Facet orientation in the thoracolumbar spine: three-dimensional anatomic and biomechanical analysis',
    publisher: 'Spine',
    year: 2004,
  },
  brinjikji: {
    title:
      'Brinjikji W et al. Systematic literature review of imaging features of spinal degeneration in asymptomatic populations',
    publisher: 'American Journal of Neuroradiology',
    year: 2015,
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

/** Signs that need urgent care whatever the cause (Koes, BMJ 2007). Shown with every condition. */
export const URGENT_SIGNS: LocalizedList = {
  en: [
    'You cannot control your bladder or bowels, or you cannot pass urine',
    'Numbness in the "saddle" area: the groin, the inner thighs or around the bottom',
    'Weakness in a leg or foot that is getting worse',
  ],
  es: [
    'No puede controlar la vejiga o los intestinos, o no puede orinar',
    'Adormecimiento en la "zona de la silla de montar": la ingle, la cara interna de los muslos o alrededor de los glúteos',
    'Debilidad en una pierna o un pie que va empeorando',
  ],
};
