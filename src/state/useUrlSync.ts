import { useEffect } from 'react';
import { hashFor, parseHash } from './route';
import { useViewer } from './store';

/** Applies the address's hash to the store: a condition opens, anything unknown opens the overview gently. */
function applyHash() {
  const route = parseHash(window.location.hash);
  const state = useViewer.getState();
  if (route.kind === 'condition') {
    if (state.selected !== route.id) state.select(route.id);
  } else if (route.kind === 'overview') {
    if (state.selected) state.select(null);
  } else if (route.kind === 'unknown') {
    state.select(null);
    state.setNotice('unknownLink');
    history.replaceState(history.state, '', `${window.location.pathname}${window.location.search}`);
  }
}

/** How the address sync shares the address with other features. */
export interface UrlSyncOptions {
  /** True while a presentation owns the address (`#tour/N`): the selections its steps make add no history. */
  isPresenting?: () => boolean;
}

/**
 * Keeps the selection and the address in step: loading `#herniated-disc` opens it, choosing a
 * condition adds a history entry, and Back and Forward move between selections.
 */
export function useUrlSync({ isPresenting }: UrlSyncOptions = {}): void {
  useEffect(() => {
    applyHash();
    window.addEventListener('popstate', applyHash);
    const unsubscribe = useViewer.subscribe((state, previous) => {
      if (state.selected === previous.selected || isPresenting?.()) return;
      const current = parseHash(window.location.hash);
      if (current.kind === 'tour') return;
      const wanted = hashFor(
        state.selected ? { kind: 'condition', id: state.selected } : { kind: 'overview' },
      );
      if ((window.location.hash || '') === wanted) return;
      history.pushState(null, '', wanted || `${window.location.pathname}${window.location.search}`);
    });
    return () => {
      window.removeEventListener('popstate', applyHash);
      unsubscribe();
    };
  }, [isPresenting]);
}
