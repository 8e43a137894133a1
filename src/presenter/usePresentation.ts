import { useEffect } from 'react';
import { getPresenter, usePresenter } from '../state/store';
import { onFullscreenLeft } from './fullscreen';
import { usePresenterKeys } from './usePresenterKeys';
import { usePresenterSync } from './usePresenterSync';
import { useTourOnScreen } from './useTourOnScreen';

/**
 * Everything presenter mode needs in the patient's window: the keys, the tour shown in
 * the 3D view and the link to the presenter view. Leaving full screen (Esc) ends the presentation.
 */
export function usePresentation(): boolean {
  useTourOnScreen();
  usePresenterKeys();
  usePresenterSync();
  useEffect(() => onFullscreenLeft(() => getPresenter().leave()), []);
  return usePresenter((s) => s.active);
}
