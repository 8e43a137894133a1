import type { Lang, Localized } from './schema.ts';
import { validateUi } from './validate.ts';

/** Every interface string. `{name}` placeholders are filled by `t()`. */
const strings = {
  // App frame
  appTitle: { en: 'Spine and nerve pain explorer', es: 'Explorador de la columna y el dolor de nervio' },
  skipToContent: { en: 'Skip to the explanation', es: 'Ir a la explicación' },
  language: { en: 'Language', es: 'Idioma' },
  close: { en: 'Close', es: 'Cerrar' },
  dismiss: { en: 'Dismiss', es: 'Cerrar' },
  detailsLabel: { en: 'Explanation', es: 'Explicación' },
  /** The notice on every screen: below the text panel and under the presenter caption (handout: overview.disclaimer). */
  disclaimer: {
    en: 'For learning only. This is not a diagnosis: your doctor will look at your own symptoms and scans.',
    es: 'Solo para aprender. Esto no es un diagnóstico: su médico revisará sus propios síntomas e imágenes.',
  },

  // Loading and errors
  loading: { en: 'Loading…', es: 'Cargando…' },
  loadingModel: { en: 'Loading the 3D model…', es: 'Cargando el modelo 3D…' },
  retry: { en: 'Try again', es: 'Intentar de nuevo' },
  modelError: {
    en: 'The 3D model could not be loaded. The explanations still work.',
    es: 'No se pudo cargar el modelo 3D. Las explicaciones siguen disponibles.',
  },
  webglUnavailable: { en: '3D view not available', es: 'La vista 3D no está disponible' },
  webglUnavailableBody: {
    en: 'This browser or device cannot show 3D graphics. You can still read about each condition below.',
    es: 'Este navegador o dispositivo no puede mostrar gráficos 3D. Aun así puede leer sobre cada afección más abajo.',
  },
  modelReady: { en: 'The 3D model is ready.', es: 'El modelo 3D está listo.' },
  restoring3d: { en: 'Restoring the 3D view…', es: 'Restaurando la vista 3D…' },
  unknownLink: {
    en: 'That link did not match a topic, so the overview is shown.',
    es: 'Ese enlace no coincide con ningún tema, así que se muestra la introducción.',
  },
  offline: {
    en: 'You are offline. Everything already loaded still works.',
    es: 'No hay conexión. Todo lo que ya se cargó sigue funcionando.',
  },

  // Panels and sections
  overview: { en: 'Overview', es: 'Introducción' },
  conditions: { en: 'Causes of nerve pain', es: 'Causas del dolor de nervio' },
  condition: { en: 'Cause', es: 'Causa' },
  structures: { en: 'Parts of the body', es: 'Partes del cuerpo' },
  structure: { en: 'Body part', es: 'Parte del cuerpo' },
  whatHappens: { en: 'What happens', es: 'Qué pasa' },
  nerveAffected: { en: 'Nerve affected', es: 'Nervio afectado' },
  whereFelt: { en: 'Where you may feel it', es: 'Dónde se puede sentir' },
  symptoms: { en: 'Common symptoms', es: 'Síntomas comunes' },
  whoGetsIt: { en: 'Who gets it', es: 'A quién afecta' },
  treatment: { en: 'Treatment', es: 'Tratamiento' },
  conservative: { en: 'Care without surgery', es: 'Tratamiento sin cirugía' },
  surgery: { en: 'When surgery may help', es: 'Cuándo puede ayudar la cirugía' },
  warningSigns: { en: 'Warning signs', es: 'Señales de alarma' },
  redFlags: {
    en: 'Go to the emergency department now if you notice',
    es: 'Acuda a urgencias de inmediato si nota',
  },
  sameDaySigns: {
    en: 'See a doctor the same day if you have back pain with',
    es: 'Consulte a un médico el mismo día si tiene dolor de espalda con',
  },
  sources: { en: 'Sources', es: 'Fuentes' },
  sciaticNerve: { en: 'The sciatic nerve', es: 'El nervio ciático' },

  // Callouts in the picture
  pictureLabels: { en: 'Labels in the picture', es: 'Etiquetas en la imagen' },
  showLabels: { en: 'Labels', es: 'Etiquetas' },

  // Layers and display
  layers: { en: 'Layers', es: 'Capas' },
  bones: { en: 'Bones', es: 'Huesos' },
  discs: { en: 'Discs', es: 'Discos' },
  muscles: { en: 'Muscles and ligaments', es: 'Músculos y ligamentos' },
  nerves: { en: 'Nerves', es: 'Nervios' },
  gluteus: { en: 'Buttock muscle (gluteus maximus)', es: 'Músculo de la nalga (glúteo mayor)' },
  skin: { en: 'Skin outline', es: 'Contorno de la piel' },
  shown: { en: 'Shown', es: 'Visible' },
  translucent: { en: 'See-through', es: 'Transparente' },
  hidden: { en: 'Hidden', es: 'Oculto' },
  xray: { en: 'X-ray view', es: 'Vista de rayos X' },
  isolate: { en: 'Show only this', es: 'Mostrar solo esto' },
  showAll: { en: 'Show everything', es: 'Mostrar todo' },
  hotspot: { en: 'Show {name}', es: 'Mostrar {name}' },
  selectedItem: { en: 'Selected: {name}', es: 'Seleccionado: {name}' },

  // Healthy versus affected
  healthy: { en: 'Healthy', es: 'Sano' },
  affected: { en: 'Affected', es: 'Afectado' },
  stage: { en: 'Change from healthy to affected', es: 'Cambio de sano a afectado' },
  replay: { en: 'Play again', es: 'Ver de nuevo' },
  compare: { en: 'Compare healthy and affected', es: 'Comparar sano y afectado' },

  // Cross-section
  crossSection: { en: 'Cross-section', es: 'Corte' },
  showCrossSection: { en: 'Show a cut through the body', es: 'Mostrar un corte del cuerpo' },
  sectionPlane: { en: 'Direction of the cut', es: 'Dirección del corte' },
  sectionAxial: { en: 'Across, seen from above', es: 'De lado a lado, visto desde arriba' },
  sectionSagittal: { en: 'Lengthwise, seen from the side', es: 'A lo largo, visto de lado' },
  moveSection: { en: 'Move the cut', es: 'Mover el corte' },
  sectionAtDisc: { en: 'Through the {level} disc', es: 'Por el disco {level}' },
  sectionAtVertebra: { en: 'Through the {level} vertebra', es: 'Por la vértebra {level}' },
  sectionMidline: { en: 'Through the middle of the spine', es: 'Por el centro de la columna' },
  sectionLeft: { en: '{mm} mm left of the middle', es: '{mm} mm a la izquierda del centro' },
  sectionRight: { en: '{mm} mm right of the middle', es: '{mm} mm a la derecha del centro' },
  /** After a marker's name while its spot lies behind bone, so a still picture does not seem to point at the front. */
  markerBehind: { en: '(behind)', es: '(detrás)' },
  keyPressedNerve: { en: 'Pressed nerve', es: 'Nervio apretado' },
  keyHealthyNerve: { en: 'Healthy nerve', es: 'Nervio sano' },
  healthyEdgeKey: { en: 'Dashed line: the healthy shape', es: 'Línea de trazos: la forma sana' },
  mriLook: { en: 'MRI look', es: 'Aspecto de resonancia' },
  mriNote: {
    en: 'Grays like an MRI: fluid and healthy disc gel look bright, a worn disc looks dark. This is a drawing in the style of an MRI, not your own scan.',
    es: 'Grises como en una resonancia: el líquido y el gel sano del disco se ven claros, un disco gastado se ve oscuro. Es un dibujo al estilo de una resonancia, no su propio estudio.',
  },

  // Camera
  viewControls: { en: 'View controls', es: 'Controles de la vista' },
  resetView: { en: 'Reset view', es: 'Vista inicial' },
  zoomIn: { en: 'Zoom in', es: 'Acercar' },
  zoomOut: { en: 'Zoom out', es: 'Alejar' },
  rotateLeft: { en: 'Turn left', es: 'Girar a la izquierda' },
  rotateRight: { en: 'Turn right', es: 'Girar a la derecha' },
  rotateUp: { en: 'Tilt up', es: 'Inclinar hacia arriba' },
  rotateDown: { en: 'Tilt down', es: 'Inclinar hacia abajo' },
  sceneLabel: {
    en: '3D model of the lower back and hips',
    es: 'Modelo 3D de la parte baja de la espalda y las caderas',
  },
  sceneDescription: {
    en: 'A 3D model of the lower back, pelvis and upper legs. It shows the five lumbar vertebrae, the discs between them, the sacrum and tailbone, the hip bones, the thigh bones, the piriformis muscles and the nerves that form the sciatic nerve. Use the view buttons or the arrow keys to turn the model, and plus or minus to zoom.',
    es: 'Modelo 3D de la parte baja de la espalda, la pelvis y la parte de arriba de las piernas. Muestra las cinco vértebras lumbares, los discos entre ellas, el sacro y el cóccix, los huesos de la cadera, los fémures, los músculos piriformes y los nervios que forman el nervio ciático. Use los botones de la vista o las flechas del teclado para girar el modelo, y más o menos para acercar o alejar.',
  },
  viewportKeysHint: {
    en: '3D view. Use the arrow keys to turn the model, and plus or minus to zoom.',
    es: 'Vista 3D. Use las flechas del teclado para girar el modelo, y más o menos para acercar o alejar.',
  },

  // Presenter mode
  present: { en: 'Present', es: 'Presentar' },
  next: { en: 'Next', es: 'Siguiente' },
  previous: { en: 'Previous', es: 'Anterior' },
  exitPresentation: { en: 'End presentation', es: 'Terminar presentación' },
  stepOf: { en: 'Step {n} of {total}', es: 'Paso {n} de {total}' },
  stepAnnounce: { en: 'Step {n} of {total}: {title}', es: 'Paso {n} de {total}: {title}' },
  tourComplete: { en: 'End of the tour', es: 'Fin del recorrido' },
  presenterView: { en: 'Presenter view', es: 'Vista del presentador' },
  openPresenterView: { en: 'Open presenter view', es: 'Abrir vista del presentador' },
  presenterBlocked: {
    en: 'The presenter window was blocked. Allow pop-ups for this page and try again.',
    es: 'Se bloqueó la ventana del presentador. Permita las ventanas emergentes en esta página e intente de nuevo.',
  },
  speakerNotes: { en: 'Speaker notes', es: 'Notas del presentador' },
  nextStep: { en: 'Next step', es: 'Paso siguiente' },
  noNextStep: { en: 'This is the last step', es: 'Este es el último paso' },
  elapsed: { en: 'Elapsed', es: 'Tiempo transcurrido' },
  clock: { en: 'Clock', es: 'Reloj' },
  resetTimer: { en: 'Reset timer', es: 'Reiniciar el tiempo' },
  pointer: { en: 'Pointer', es: 'Puntero' },
  draw: { en: 'Draw', es: 'Dibujar' },
  clearDrawing: { en: 'Clear drawing', es: 'Borrar dibujo' },
  autoplay: { en: 'Play automatically', es: 'Reproducir automáticamente' },
  play: { en: 'Play', es: 'Reproducir' },
  pause: { en: 'Pause', es: 'Pausa' },

  // Handout
  printHandout: { en: 'Print a handout', es: 'Imprimir hoja informativa' },
  handoutScan: {
    en: 'Scan the code or type this address to see this page again at home:',
    es: 'Escanee el código o escriba esta dirección para volver a ver esta página en casa:',
  },
  handoutAsk: {
    en: 'To see this page again at home, ask {clinic} for the web address of this guide.',
    es: 'Para volver a ver esta página en casa, pida a {clinic} la dirección web de esta guía.',
  },

  // Updates and offline use
  updateReady: {
    en: 'A new version of this app is ready.',
    es: 'Hay una nueva versión de esta aplicación.',
  },
  updateNow: { en: 'Load it now', es: 'Cargarla ahora' },
  updateLater: { en: 'Later', es: 'Más tarde' },
} satisfies Record<string, Localized>;

/** The name of an interface string; a misspelt key is a type error. */
export type UiKey = keyof typeof strings;

/** Every interface string in every language, validated at import. */
export const ui: Record<UiKey, Localized> = validateUi(strings);

/** Every UiKey, for tests and tooling. */
export const UI_KEYS = Object.keys(ui) as UiKey[];

/** Replaces `{name}` placeholders with `vars[name]`; placeholders without a value are left as they are. */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : match,
  );
}

/**
 * The interface string `key` in `lang`, with `{placeholders}` filled from `vars`.
 * An unknown key (only possible from untyped data) returns the key itself rather than crashing the page.
 */
export function t(key: UiKey, lang: Lang, vars?: Record<string, string | number>): string {
  const text = Object.hasOwn(ui, key) ? ui[key][lang] : undefined;
  return text === undefined ? key : fill(text, vars);
}

/** A content text in `lang`. */
export function localize(text: Localized, lang: Lang): string {
  return text[lang];
}
