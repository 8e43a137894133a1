import { useEffect } from 'react';
import { getPresenter } from '../state/store';
import { commandForKey, isTypingTarget, type PresenterCommand } from './keys';
import { openPresenterView } from './openPresenterView';
import { endPresentation, startPresentation } from './presentation';

type Action = () => void;

/** Holding the pointer key longer than this shows the pointer only while held; a tap toggles it. */
const POINTER_HOLD_MS = 400;
/** When the pointer key went down, while it is down. */
let pointerKeyDownAt: number | null = null;

/** What each key does in this window; the store's actions are read when the key is pressed. */
const ACTIONS: Record<Exclude<PresenterCommand['kind'], 'digit'>, Action> = {
  // Clickers alternate F5 and Esc: F5 while presenting only asks for full screen again.
  present: startPresentation,
  leave: endPresentation,
  next: () => getPresenter().next(),
  previous: () => getPresenter().previous(),
  first: () => getPresenter().first(),
  last: () => getPresenter().last(),
  blank: () => getPresenter().toggleBlank(),
  jump: () => getPresenter().jumpToTyped(),
  presenterView: openPresenterView,
  pointer: () => getPresenter().togglePointer(),
  draw: () => getPresenter().toggleDrawing(),
  clearDrawing: () => getPresenter().clearDrawing(),
  autoplay: () => getPresenter().toggleAutoplay(),
};

/** Carries out a presentation command in this window. */
export function runCommand(command: PresenterCommand): void {
  if (command.kind === 'digit') getPresenter().typeDigit(command.digit);
  else ACTIONS[command.kind]();
}

function onKeyDown(event: KeyboardEvent) {
  if (isTypingTarget(event.target)) return;
  const { active, typed } = getPresenter();
  const command = commandForKey(event, active);
  if (!command) return;
  const onButton = event.target instanceof HTMLButtonElement;
  // Space and Enter on a focused button press that button; Enter alone (no digits typed) is not ours.
  if (onButton && (event.key === ' ' || event.key === 'Enter')) return;
  if (command.kind === 'jump' && typed === '') return;
  event.preventDefault();
  if (command.kind === 'pointer') {
    // A held key repeats: only its first press counts.
    if (event.repeat) return;
    pointerKeyDownAt = performance.now();
  }
  // Arrow keys also turn the model when the 3D view has focus; while presenting they change the step.
  event.stopPropagation();
  runCommand(command);
}

/** Letting go of a held pointer key hides the pointer again, like a laser pointer's button. */
function onKeyUp(event: KeyboardEvent) {
  if (pointerKeyDownAt === null || event.key.toLowerCase() !== 'p') return;
  const held = performance.now() - pointerKeyDownAt;
  pointerKeyDownAt = null;
  if (held >= POINTER_HOLD_MS && getPresenter().pointer) getPresenter().togglePointer();
}

/**
 * The presentation's keys, for the whole window: F5 starts, clicker keys step, Esc leaves.
 * Listens in the capture phase so the 3D view's own arrow keys do not also turn the model.
 */
export function usePresenterKeys(): void {
  useEffect(() => {
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('keyup', onKeyUp, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('keyup', onKeyUp, true);
    };
  }, []);
}
