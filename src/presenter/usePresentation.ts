import { useEffect } from 'react';
import { onFullscreenLeft } from './fullscreen';
import { usePresenter } from './presenterStore';
import { usePresenterKeys } from './usePresenterKeys';
import { usePresenterSync } from './usePresenterSync';
import { usePresenterUrl } from './usePresenterUrl';
import { useTourOnScreen } from './useTourOnScreen';

/**
 * Everything presenter mode needs in the patient's window: the keys, the address, the tour shown in
 * the 3D view and the link to the presenter view. Leaving full screen (Esc) ends the presentation.
 */
export function usePresentation(): boolean {
  useTourOnScreen();
  usePresenterUrl();
  usePresenterKeys();
  usePresenterSync();
  useEffect(() => onFullscreenLeft(() => usePresenter.getState().leave()), []);
  return usePresenter((s) => s.active);
}
