import { useEffect } from 'react';
import { tour } from '../content';
import type { PresenterState } from './presenterSlice';
import { hashFor, parseHash } from './route';
import { clampStep } from './steps';
import { useViewer, type ViewerState } from './store';

function pathWith(hash: string): string {
  return `${window.location.pathname}${window.location.search}${hash}`;
}

/** The address of the selection: `#herniated-disc`, or none for the overview. */
function selectionHash(state: ViewerState): string {
  return hashFor(state.selected ? { kind: 'condition', id: state.selected } : { kind: 'overview' });
}

/**
 * Applies the address to the store: `#tour/3` presents step 3 (a reload resumes there), a condition
 * opens, and anything unknown opens the overview gently with a note.
 */
function applyAddress() {
  const route = parseHash(window.location.hash);
  const state = useViewer.getState();
  const presenter = state.presenter;
  if (route.kind === 'tour') {
    const step = clampStep(route.step, tour.length);
    if (!presenter.active) presenter.start(step);
    else if (presenter.step !== step) presenter.goTo(step);
    return;
  }
  if (presenter.active) presenter.leave();
  if (route.kind === 'condition') {
    if (state.selected !== route.id) state.select(route.id);
  } else if (route.kind === 'overview') {
    if (state.selected) state.select(null);
  } else {
    state.select(null);
    state.setNotice('unknownLink');
    history.replaceState(history.state, '', pathWith(''));
  }
}

/**
 * While presenting, the address names the step (`#tour/3`, 1-based): starting adds one history entry,
 * steps replace it, and leaving puts back the selection's own address.
 */
function writePresentation(state: ViewerState, before: PresenterState) {
  const { presenter } = state;
  const current = parseHash(window.location.hash);
  if (presenter.active) {
    const wanted = hashFor({ kind: 'tour', step: presenter.step });
    if (window.location.hash === wanted) return;
    if (current.kind === 'tour') history.replaceState(history.state, '', pathWith(wanted));
    else history.pushState(null, '', pathWith(wanted));
  } else if (before.active && current.kind === 'tour') {
    history.replaceState(history.state, '', pathWith(selectionHash(state)));
  }
}

/** Choosing a condition adds a history entry, unless the tour owns the address. */
function writeSelection(state: ViewerState) {
  if (state.presenter.active || parseHash(window.location.hash).kind === 'tour') return;
  const wanted = selectionHash(state);
  if ((window.location.hash || '') === wanted) return;
  history.pushState(null, '', wanted || pathWith(''));
}

/**
 * The one owner of the address: it keeps the selection and the presentation and the address in step,
 * so a link or a reload opens the same view, and Back and Forward move between selections and steps.
 */
export function useUrlSync(): void {
  useEffect(() => {
    applyAddress();
    window.addEventListener('popstate', applyAddress);
    const unsubscribe = useViewer.subscribe((state, before) => {
      if (state.presenter !== before.presenter) writePresentation(state, before.presenter);
      if (state.selected !== before.selected) writeSelection(state);
    });
    return () => {
      window.removeEventListener('popstate', applyAddress);
      unsubscribe();
    };
  }, []);
}
