import { useEffect } from 'react';
import { getPresenter, usePresenter } from '../state/store';

/** How long each step stays on a waiting-room screen: time to read a caption twice. */
export const AUTOPLAY_SECONDS = 12;

/** Moves the tour on every AUTOPLAY_SECONDS while autoplay is on, looping; a blank screen pauses it. */
export function useAutoplay(): void {
  const running = usePresenter((s) => s.active && s.autoplay && !s.blank);
  const step = usePresenter((s) => s.step);
  useEffect(() => {
    if (!running) return;
    const timer = window.setTimeout(() => {
      if (getPresenter().step === step) getPresenter().advance();
    }, AUTOPLAY_SECONDS * 1000);
    return () => window.clearTimeout(timer);
  }, [running, step]);
}
