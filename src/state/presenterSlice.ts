import { tour } from '../content';
import { clampStep, nextStep, parseTypedStep, previousStep, typeDigit } from './steps';

/** The presentation: which tour step is on the screen and which presenting tools are on. */
export interface PresenterState {
  /** True while presenting: interface hidden, captions and tour keys on. */
  active: boolean;
  /** The step on the screen, 1-based as in the counter and the address; kept after leaving, to resume. */
  step: number;
  /** The screen is black (B or "."), so the patient looks at the clinician. */
  blank: boolean;
  /** A large glowing dot follows the mouse for the patient to follow. */
  pointer: boolean;
  /** The mouse draws on the view instead of turning the model. */
  drawing: boolean;
  /** The tour moves on by itself and loops, for a waiting-room screen. */
  autoplay: boolean;
  /** Digits typed so far to jump to a step ("1", "2", then Enter). */
  typed: string;
  /** Next was pressed on the last step: the end of the tour is announced. */
  endReached: boolean;
  /** Bumped by Clear drawing (button or C): the drawing overlay wipes itself when it changes. */
  drawingCleared: number;

  start: (step?: number) => void;
  leave: () => void;
  goTo: (step: number) => void;
  next: () => void;
  previous: () => void;
  first: () => void;
  last: () => void;
  /** The autoplay move: the next step, or the first after the last. */
  advance: () => void;
  toggleBlank: () => void;
  togglePointer: () => void;
  toggleDrawing: () => void;
  toggleAutoplay: () => void;
  clearDrawing: () => void;
  typeDigit: (digit: string) => void;
  /** Goes to the typed step number, if any, and forgets the digits. */
  jumpToTyped: () => void;
}

type PresenterFields = Omit<
  PresenterState,
  {
    [K in keyof PresenterState]: PresenterState[K] extends (...a: never[]) => void ? K : never;
  }[keyof PresenterState]
>;

const total = () => tour.length;

export const PRESENTER_START: PresenterFields = {
  active: false,
  step: 1,
  blank: false,
  pointer: false,
  drawing: false,
  autoplay: false,
  typed: '',
  endReached: false,
  drawingCleared: 0,
};

/** A step change also unblanks the screen and clears pending digits, as slide software does. */
const at = (step: number) => ({ step: clampStep(step, total()), blank: false, typed: '', endReached: false });

/** The part of the store that owns the presentation; it lives under `presenter` in the one store. */
interface WithPresenter {
  presenter: PresenterState;
}

/**
 * The presenter's slice of the app store: it says what to show, and the presenter's hooks show it in
 * the rest of the store. `set` and `get` are the store's own.
 */
export function createPresenterSlice(
  set: (update: (s: WithPresenter) => WithPresenter) => void,
  get: () => WithPresenter,
): PresenterState {
  const patch = (change: (p: PresenterState) => Partial<PresenterFields>) =>
    set((s) => ({ presenter: { ...s.presenter, ...change(s.presenter) } }));
  const now = () => get().presenter;
  return {
    ...PRESENTER_START,
    start: (step) =>
      patch((p) => {
        // A tour left on its last step starts over for the next patient; otherwise it resumes.
        const resume = p.step >= total() ? 1 : p.step;
        return { ...at(step ?? resume), active: true };
      }),
    leave: () =>
      patch(() => ({
        active: false,
        blank: false,
        typed: '',
        pointer: false,
        drawing: false,
        autoplay: false,
      })),
    goTo: (step) => patch(() => at(step)),
    next: () => {
      const { step } = now();
      if (step >= total()) patch(() => ({ blank: false, typed: '', endReached: true }));
      else patch(() => at(nextStep(step, total())));
    },
    previous: () => patch((p) => at(previousStep(p.step, total()))),
    first: () => patch(() => at(1)),
    last: () => patch(() => at(total())),
    advance: () => patch((p) => at(nextStep(p.step, total(), true))),
    toggleBlank: () => patch((p) => ({ blank: !p.blank })),
    togglePointer: () => patch((p) => ({ pointer: !p.pointer, drawing: false })),
    toggleDrawing: () => patch((p) => ({ drawing: !p.drawing, pointer: false })),
    toggleAutoplay: () => patch((p) => ({ autoplay: !p.autoplay })),
    clearDrawing: () => patch((p) => ({ drawingCleared: p.drawingCleared + 1 })),
    typeDigit: (digit) => patch((p) => ({ typed: typeDigit(p.typed, digit) })),
    jumpToTyped: () => {
      const step = parseTypedStep(now().typed, total());
      patch(() => (step === null ? { typed: '' } : at(step)));
    },
  };
}
