import { useCallback, useEffect, useRef, useState } from 'react';
import { isLang, tour } from '../content';
import { parseHash } from '../state/route';
import { clampStep, nextStep, previousStep } from '../state/steps';
import type { PresentationState, RemoteCommand } from './messages';
import { openPresenterLink, type PresenterLink } from './sync';

function stateFromAddress(): PresentationState {
  const route = parseHash(window.location.hash);
  const lang = new URLSearchParams(window.location.search).get('lang');
  return {
    type: 'state',
    step: route.kind === 'tour' ? clampStep(route.step, tour.length) : 1,
    active: false,
    blank: false,
    lang: isLang(lang) ? lang : 'en',
  };
}

function stepAfter(command: RemoteCommand, step: number): number {
  const total = tour.length;
  if (command === 'next') return nextStep(step, total);
  if (command === 'previous') return previousStep(step, total);
  if (command === 'first') return 1;
  if (command === 'last') return total;
  return step;
}

/** What the presenter view knows of the presentation, and how it steps it. */
export interface PresentationLink {
  state: PresentationState;
  command: (command: RemoteCommand) => void;
  go: (step: number) => void;
}

/**
 * The presenter view's side of the channel: on start it asks the presentation window where it is,
 * then follows every change. Its own steps show at once and are confirmed by the presentation window.
 */
export function usePresentationLink(): PresentationLink {
  const [state, setState] = useState(stateFromAddress);
  const link = useRef<PresenterLink | null>(null);

  useEffect(() => {
    const opened = openPresenterLink(tour.length, (message) => {
      if (message.type === 'state') setState(message);
    });
    link.current = opened;
    opened.post({ type: 'ask' });
    return () => {
      opened.close();
      link.current = null;
    };
  }, []);

  useEffect(() => {
    history.replaceState(history.state, '', `#tour/${state.step}`);
  }, [state.step]);

  const command = useCallback((name: RemoteCommand) => {
    setState((s) => (name === 'blank' ? { ...s, blank: !s.blank } : { ...s, step: stepAfter(name, s.step) }));
    link.current?.post({ type: 'command', command: name });
  }, []);
  const go = useCallback((step: number) => {
    setState((s) => ({ ...s, step }));
    link.current?.post({ type: 'go', step });
  }, []);
  return { state, command, go };
}
