import { create } from 'zustand';
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
  typeDigit: (digit: string) => void;
  /** Goes to the typed step number, if any, and forgets the digits. */
  jumpToTyped: () => void;
}

const total = () => tour.length;

const initial = {
  active: false,
  step: 1,
  blank: false,
  pointer: false,
  drawing: false,
  autoplay: false,
  typed: '',
  endReached: false,
};

/** A step change also unblanks the screen and clears pending digits, as slide software does. */
const at = (step: number) => ({ step: clampStep(step, total()), blank: false, typed: '', endReached: false });

/** The presenter's store, separate from the viewer's: it says what to show, the viewer store shows it. */
export const usePresenter = create<PresenterState>()((set, get) => ({
  ...initial,
  start: (step) =>
    set((s) => {
      // A tour left on its last step starts over for the next patient; otherwise it resumes.
      const resume = s.step >= total() ? 1 : s.step;
      return { ...at(step ?? resume), active: true };
    }),
  leave: () =>
    set({ active: false, blank: false, typed: '', pointer: false, drawing: false, autoplay: false }),
  goTo: (step) => set(at(step)),
  next: () => {
    const { step } = get();
    if (step >= total()) set({ blank: false, typed: '', endReached: true });
    else set(at(nextStep(step, total())));
  },
  previous: () => set(at(previousStep(get().step, total()))),
  first: () => set(at(1)),
  last: () => set(at(total())),
  advance: () => set(at(nextStep(get().step, total(), true))),
  toggleBlank: () => set((s) => ({ blank: !s.blank })),
  togglePointer: () => set((s) => ({ pointer: !s.pointer, drawing: false })),
  toggleDrawing: () => set((s) => ({ drawing: !s.drawing, pointer: false })),
  toggleAutoplay: () => set((s) => ({ autoplay: !s.autoplay })),
  typeDigit: (digit) => set((s) => ({ typed: typeDigit(s.typed, digit) })),
  jumpToTyped: () => {
    const step = parseTypedStep(get().typed, total());
    set(step === null ? { typed: '' } : at(step));
  },
}));

/** Puts the presenter store back to its first state; tests call it between cases. */
export function resetPresenter(): void {
  usePresenter.setState(initial);
}
