import { useEffect } from 'react';
import { tour } from '../content';
import { getPresenter, onPresenterChange, useViewer } from '../state/store';
import type { PresentationState, PresenterMessage } from './messages';
import { openPresenterLink } from './sync';

function currentState(): PresentationState {
  const { step, active, blank } = getPresenter();
  return { type: 'state', step, active, blank, lang: useViewer.getState().lang };
}

function obey(message: PresenterMessage) {
  const p = getPresenter();
  if (message.type === 'go' || message.type === 'command') {
    // The clinician steps from the laptop: the patient's screen presents, even if it had been left.
    if (!p.active) p.start(message.type === 'go' ? message.step : p.step);
  }
  if (message.type === 'go') getPresenter().goTo(message.step);
  if (message.type !== 'command') return;
  const actions = {
    next: p.next,
    previous: p.previous,
    first: p.first,
    last: p.last,
    blank: p.toggleBlank,
  };
  actions[message.command]();
}

/**
 * The presentation window's side of the presenter channel: it tells the presenter view every change,
 * answers its question on start (so either window can reload), and carries out its commands.
 */
export function usePresenterSync(): void {
  useEffect(() => {
    const link = openPresenterLink(tour.length, (message) => {
      if (message.type === 'ask') link.post(currentState());
      else obey(message);
    });
    link.post(currentState());
    const tell = () => link.post(currentState());
    const stopPresenter = onPresenterChange((s, before) => {
      if (s.step !== before.step || s.active !== before.active || s.blank !== before.blank) tell();
    });
    const stopViewer = useViewer.subscribe((s, before) => {
      if (s.lang !== before.lang) tell();
    });
    return () => {
      stopPresenter();
      stopViewer();
      link.close();
    };
  }, []);
}
