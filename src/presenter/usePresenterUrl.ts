import { useEffect } from 'react';
import { tour } from '../content';
import { hashFor, parseHash } from '../state/route';
import { useViewer } from '../state/store';
import { usePresenter } from './presenterStore';
import { clampStep } from './steps';

function pathWith(hash: string): string {
  return `${window.location.pathname}${window.location.search}${hash}`;
}

/** Follows the address: `#tour/3` presents step 3, on load (a reload resumes) and on Back or Forward. */
function followAddress() {
  const route = parseHash(window.location.hash);
  const presenter = usePresenter.getState();
  if (route.kind === 'tour') {
    const step = clampStep(route.step, tour.length);
    if (!presenter.active) presenter.start(step);
    else if (presenter.step !== step) presenter.goTo(step);
  } else if (presenter.active) {
    presenter.leave();
  }
}

/**
 * Keeps the address naming the step while presenting (`#tour/3`, 1-based), so a reload resumes there.
 * Starting adds one history entry; steps replace it; leaving puts back the selection's own address.
 */
export function usePresenterUrl(): void {
  useEffect(() => {
    followAddress();
    window.addEventListener('popstate', followAddress);
    const unsubscribe = usePresenter.subscribe((s, before) => {
      const current = parseHash(window.location.hash);
      if (s.active) {
        const wanted = hashFor({ kind: 'tour', step: s.step });
        if (window.location.hash === wanted) return;
        if (current.kind === 'tour') history.replaceState(history.state, '', pathWith(wanted));
        else history.pushState(null, '', pathWith(wanted));
      } else if (before.active && current.kind === 'tour') {
        const selected = useViewer.getState().selected;
        const own = hashFor(selected ? { kind: 'condition', id: selected } : { kind: 'overview' });
        history.replaceState(history.state, '', pathWith(own));
      }
    });
    return () => {
      window.removeEventListener('popstate', followAddress);
      unsubscribe();
    };
  }, []);
}
