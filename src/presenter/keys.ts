/** What a key press asks the presentation to do. */
export type PresenterCommand =
  | {
      kind:
        | 'present'
        | 'leave'
        | 'next'
        | 'previous'
        | 'first'
        | 'last'
        | 'blank'
        | 'jump'
        | 'presenterView'
        | 'pointer'
        | 'draw'
        | 'clearDrawing'
        | 'autoplay';
    }
  | { kind: 'digit'; digit: string };

/** The parts of a keyboard event the mapping looks at, so it can be tested without a browser. */
export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
}

type Kind = Exclude<PresenterCommand['kind'], 'digit'>;

/** Keys of presentation clickers (PageDown, PageUp, F5, Esc, B, ".") and of slide software. */
const WHILE_PRESENTING: Record<string, Kind> = {
  PageDown: 'next',
  ArrowRight: 'next',
  ArrowDown: 'next',
  ' ': 'next',
  PageUp: 'previous',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
  b: 'blank',
  '.': 'blank',
  Enter: 'jump',
  Escape: 'leave',
  F5: 'present',
  s: 'presenterView',
  p: 'pointer',
  d: 'draw',
  c: 'clearDrawing',
  a: 'autoplay',
};

/**
 * The command for a key press, or null when the key is not the presentation's.
 * Outside a presentation only F5 (start) counts, so the rest of the app keeps its keys.
 * Keys held with Ctrl, Alt or Meta are left to the browser (Ctrl+F5 still reloads); Shift+Space goes back.
 */
export function commandForKey(press: KeyPress, presenting: boolean): PresenterCommand | null {
  if (press.ctrlKey || press.altKey || press.metaKey) return null;
  if (!presenting) return press.key === 'F5' && !press.shiftKey ? { kind: 'present' } : null;
  if (press.key === ' ' && press.shiftKey) return { kind: 'previous' };
  if (/^\d$/.test(press.key)) return { kind: 'digit', digit: press.key };
  const kind = WHILE_PRESENTING[press.key.length === 1 ? press.key.toLowerCase() : press.key];
  return kind ? { kind } : null;
}

/** True when the key goes to a form field the user is typing in, which the presentation must not steal. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return false;
  if (target.closest('input, select, textarea')) return true;
  return target instanceof HTMLElement && target.isContentEditable;
}
