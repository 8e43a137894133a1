import { create } from 'zustand';
import { type ConditionId, conditionById, type Lang, type LayerMode, type UiKey } from '../content';
import type { Vec3 } from '../lib/vec';
import type { CameraNudge } from './cameraNudge';
import { framingFor, homeFraming, type NodeBox } from './framing';
import { createPresenterSlice, PRESENTER_START, type PresenterState } from './presenterSlice';
import {
  clampPosition,
  SECTION_OFF,
  type SectionPlane,
  type SectionState,
  sectionOf,
  startOfPlane,
} from './section';

/** Whether the 3D view is usable; mirrored on the canvas holder as `data-scene-state`. */
export type SceneState = 'loading' | 'ready' | 'error' | 'context-lost';

/**
 * The groups of anatomy a user can show, hide or make translucent: the four inner groups, and the
 * surface layers over them (the gluteus maximus and the skin outline).
 */
export type LayerName = 'skin' | 'gluteus' | 'bones' | 'discs' | 'muscles' | 'nerves';
export type Layers = Record<LayerName, LayerMode>;
/** The four inner groups a tour step or the layer buttons set; the surface layers keep the viewer's choice. */
export type InnerLayers = Omit<Layers, 'skin' | 'gluteus'>;

/** A place for the camera to go; `token` changes on every request so repeating one still moves. */
export interface CameraGoal {
  position: Vec3;
  target: Vec3;
  token: number;
}

/** Where a condition's marker sits and what it presses, read from the model file. */
export interface ModelCondition {
  node: string;
  compresses: string;
  hotspot: Vec3;
  side: 'left' | 'right' | 'both';
  /** For a slip: its Meyerding grade (I-V) and the share of the endplate it has slipped, in percent. */
  grade?: string;
  slipPercent?: number;
}

export const ALL_SHOWN: InnerLayers = { bones: 'shown', discs: 'shown', muscles: 'shown', nerves: 'shown' };

/** What the app opens with: everything inside shown, a faint skin outline, the gluteus off. */
export const DEFAULT_LAYERS: Layers = { ...ALL_SHOWN, skin: 'translucent', gluteus: 'hidden' };

/** The view the app opens with before the model has said how big it is: from the front-left. */
export const HOME_VIEW = { position: [0.62, 0.1, 1.07] as Vec3, target: [0, -0.1, 0] as Vec3 };

export interface ViewerState {
  lang: Lang;
  sceneState: SceneState;
  sceneError: string | null;
  /** Share of the model file received, 0 to 1. */
  loadProgress: number;
  /** The condition shown in the panel and the scene, or null for the overview. */
  selected: ConditionId | null;
  /** How far the selected pathology is shown, 0 healthy to 1 affected; the scene eases towards it. */
  stage: number;
  /** Healthy and affected side by side, in two halves of the 3D view. */
  compare: boolean;
  /** Bumped to play the healthy-to-affected animation again. */
  replayToken: number;
  layers: Layers;
  /** The structure shown alone, by structure id, or null. */
  isolated: string | null;
  /** Extra node names to light up, such as the nerve's path in a tour step. */
  highlight: readonly string[];
  /** Node name under the pointer, for the name label. */
  hovered: string | null;
  /** A short message for the user, such as an unknown link, as an interface text key. */
  notice: UiKey | null;
  cameraGoal: CameraGoal;
  /** Where the camera last came to rest, so a rebuilt 3D view opens where the old one was. */
  restingView: { position: Vec3; target: Vec3 } | null;
  /** Marker positions and compressed nerves from the model file, once it has loaded. */
  modelConditions: Partial<Record<ConditionId, ModelCondition>>;
  /** The cross-section through the model; a condition whose teaching view uses one turns it on. */
  section: SectionState;
  /** Cut faces in the greys of a T2-weighted MRI instead of the colours of an illustration. */
  mriLook: boolean;
  /** The last turn or zoom step asked for by a button or key; a new object each time, so a repeat moves. */
  cameraNudge: CameraNudge | null;
  /** Draws the 3D view into a PNG data URL for the handout; registered by the 3D view while it is up. */
  drawPicture: (() => string) | null;
  /** The presentation (tour step, blank screen, pointer, drawing), with its own actions. */
  presenter: PresenterState;
  /** The box around each top-level model node, so views are fitted to the model, not hard-coded. */
  nodeBoxes: Readonly<Record<string, NodeBox>>;
  /** Width over height of the 3D view, so views are fitted to the screen's shape. */
  viewAspect: number;
  /** Whether the camera goal is the fitted home or teaching view (refitted when the view changes shape). */
  fittedGoal: boolean;
  /** Whether the short callouts in the picture ("Disc", "S1 nerve root") are shown. */
  labelsShown: boolean;

  setLang: (lang: Lang) => void;
  setSceneState: (state: SceneState, error?: string) => void;
  setLoadProgress: (share: number) => void;
  select: (id: ConditionId | null) => void;
  setStage: (stage: number) => void;
  replay: () => void;
  setCompare: (compare: boolean) => void;
  setLayer: (layer: LayerName, mode: LayerMode) => void;
  /** Sets the given layers and keeps the others. */
  setLayers: (layers: Partial<Layers>) => void;
  isolate: (structureId: string | null) => void;
  setHighlight: (nodes: readonly string[]) => void;
  setHovered: (node: string | null) => void;
  setNotice: (notice: UiKey | null) => void;
  goTo: (position: Vec3, target: Vec3) => void;
  resetView: () => void;
  /** Frames what is chosen now as if just chosen: the condition's teaching view, or home. */
  fitView: () => void;
  setModelConditions: (
    conditions: Partial<Record<ConditionId, ModelCondition>>,
    boxes?: Readonly<Record<string, NodeBox>>,
  ) => void;
  setViewAspect: (aspect: number) => void;
  setLabelsShown: (shown: boolean) => void;
  setRestingView: (view: { position: Vec3; target: Vec3 }) => void;
  setSectionOn: (on: boolean) => void;
  /** Another plane starts at the selected condition's place for it, or at a default place. */
  setSectionPlane: (plane: SectionPlane) => void;
  setSectionPosition: (position: number) => void;
  /** The whole section at once, as a tour step names it. */
  setSection: (section: SectionState) => void;
  setMriLook: (on: boolean) => void;
  nudgeCamera: (nudge: CameraNudge) => void;
  setDrawPicture: (draw: (() => string) | null) => void;
}

const initial = {
  lang: 'en' as Lang,
  sceneState: 'loading' as SceneState,
  sceneError: null,
  loadProgress: 0,
  selected: null,
  stage: 0,
  compare: false,
  replayToken: 0,
  layers: DEFAULT_LAYERS,
  isolated: null,
  highlight: [] as readonly string[],
  hovered: null,
  notice: null,
  cameraGoal: { ...HOME_VIEW, token: 0 },
  modelConditions: {},
  nodeBoxes: {},
  viewAspect: 16 / 9,
  fittedGoal: true,
  labelsShown: true,
  restingView: null,
  section: SECTION_OFF,
  mriLook: false,
  cameraNudge: null,
  drawPicture: null,
};

/** The fitted view for what is chosen now: the condition's teaching view, or home. */
function fittedGoal(
  s: Pick<ViewerState, 'selected' | 'modelConditions' | 'nodeBoxes' | 'viewAspect' | 'cameraGoal'>,
): CameraGoal | null {
  const token = s.cameraGoal.token + 1;
  if (s.selected) return framingFor(s.selected, s.modelConditions, s.nodeBoxes, s.viewAspect, token);
  const home = homeFraming(s.nodeBoxes, s.viewAspect);
  return home && { ...home, token };
}

/** The one store: the viewer's state and, under `presenter`, the presentation's. */
export const useViewer = create<ViewerState>()((set, get) => ({
  ...initial,
  presenter: createPresenterSlice(set, get),
  setLang: (lang) => set({ lang }),
  setSceneState: (sceneState, error) => set({ sceneState, sceneError: error ?? null }),
  setLoadProgress: (loadProgress) => set({ loadProgress }),
  select: (selected) =>
    set((s) => {
      const framed = selected && fittedGoal({ ...s, selected });
      return {
        cameraGoal: framed || s.cameraGoal,
        fittedGoal: framed ? true : s.fittedGoal,
        selected,
        stage: selected ? 1 : 0,
        replayToken: selected && selected !== s.selected ? s.replayToken + 1 : s.replayToken,
        isolated: null,
        notice: null,
        compare: selected ? s.compare : false,
        section:
          selected === s.selected
            ? s.section
            : sectionOf(selected ? conditionById(selected) : undefined, s.section),
      };
    }),
  setStage: (stage) => set({ stage: Math.min(1, Math.max(0, stage)) }),
  replay: () => set((s) => ({ stage: 1, replayToken: s.replayToken + 1 })),
  setCompare: (compare) => set({ compare }),
  setLayer: (layer, mode) => set((s) => ({ layers: { ...s.layers, [layer]: mode } })),
  setLayers: (layers) => set((s) => ({ layers: { ...s.layers, ...layers } })),
  isolate: (isolated) => set({ isolated }),
  setHighlight: (highlight) => set({ highlight }),
  setHovered: (hovered) => set({ hovered }),
  setNotice: (notice) => set({ notice }),
  goTo: (position, target) =>
    set((s) => ({ cameraGoal: { position, target, token: s.cameraGoal.token + 1 }, fittedGoal: false })),
  resetView: () =>
    set((s) => {
      const token = s.cameraGoal.token + 1;
      const home = homeFraming(s.nodeBoxes, s.viewAspect) ?? HOME_VIEW;
      return { cameraGoal: { ...home, token }, fittedGoal: true };
    }),
  fitView: () =>
    set((s) => {
      const goal = fittedGoal(s);
      return goal ? { cameraGoal: goal, fittedGoal: true } : {};
    }),
  setRestingView: (restingView) => set({ restingView }),
  setSectionOn: (on) => set((s) => ({ section: { ...s.section, on } })),
  setSectionPlane: (plane) =>
    set((s) =>
      plane === s.section.plane
        ? {}
        : {
            section: {
              ...s.section,
              plane,
              position: startOfPlane(plane, s.selected ? conditionById(s.selected) : undefined),
            },
          },
    ),
  setSectionPosition: (position) =>
    set((s) => ({ section: { ...s.section, position: clampPosition(s.section.plane, position) } })),
  setSection: (section) =>
    set({ section: { ...section, position: clampPosition(section.plane, section.position) } }),
  setMriLook: (mriLook) => set({ mriLook }),
  nudgeCamera: (nudge) => set({ cameraNudge: { ...nudge } }),
  setDrawPicture: (drawPicture) => set({ drawPicture }),
  setModelConditions: (modelConditions, nodeBoxes = {}) =>
    set((s) => {
      // A condition opened by link before the model arrived is framed as soon as it can be; otherwise
      // the home view is fitted to the model, unless something else already moved the camera. A model
      // read again (a rebuilt 3D view) keeps the camera where the clinician left it.
      const next = { ...s, modelConditions, nodeBoxes };
      const firstRead = Object.keys(s.modelConditions).length === 0;
      const framed = s.fittedGoal && firstRead ? fittedGoal(next) : null;
      return { modelConditions, nodeBoxes, cameraGoal: framed || s.cameraGoal };
    }),
  setViewAspect: (viewAspect) =>
    set((s) => {
      if (Math.abs(viewAspect / s.viewAspect - 1) < 0.02) return {};
      // A fitted view is fitted again when the screen changes shape (a laptop window moved onto a TV).
      const framed = s.fittedGoal ? fittedGoal({ ...s, viewAspect }) : null;
      return { viewAspect, cameraGoal: framed || s.cameraGoal };
    }),
  setLabelsShown: (labelsShown) => set({ labelsShown }),
}));

/** The presentation's state and actions, for event handlers and effects (outside React's render). */
export const getPresenter = (): PresenterState => useViewer.getState().presenter;

/** Reads the presentation in a component, re-rendering when the selected value changes. */
export function usePresenter<T>(select: (p: PresenterState) => T): T {
  return useViewer((s) => select(s.presenter));
}

/** Calls `listener` on every change of the presentation, outside React; returns the unsubscribe function. */
export function onPresenterChange(
  listener: (now: PresenterState, before: PresenterState) => void,
): () => void {
  return useViewer.subscribe((s, before) => {
    if (s.presenter !== before.presenter) listener(s.presenter, before.presenter);
  });
}

/** Puts the store back to its first state, the presentation too; tests call it between cases. */
export function resetViewer(): void {
  useViewer.setState((s) => ({ ...initial, presenter: { ...s.presenter, ...PRESENTER_START } }));
}
