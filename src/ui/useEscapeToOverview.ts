import { useEffect } from 'react';
import { useViewer } from '../state/store';

/** Input types where Esc has a meaning of its own (clearing the text); a slider or a checkbox has none. */
const TEXT_INPUT = /^(text|search|email|number|password|tel|url)$/;

/** True when Esc belongs to the field that has focus: a text field, a drop-down list or editable text. */
export function keepsEscape(target: EventTarget | null): boolean {
  if (target instanceof HTMLInputElement) return TEXT_INPUT.test(target.type);
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA')
  );
}

/** Esc closes the condition and returns to the overview, unless something else already used the key. */
export function useEscapeToOverview(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || keepsEscape(event.target)) return;
      useViewer.getState().select(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
