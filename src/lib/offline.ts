import { registerSW } from 'virtual:pwa-register';

/**
 * Starts the service worker that keeps the app, the models and the decoder on this machine, so the
 * app opens without a network after one visit. A new version is only announced through `onUpdate`;
 * it is applied when the clinician says so, never in the middle of a consultation.
 */
export function startOfflineSupport(onUpdate: (apply: () => void) => void): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const update = registerSW({
    onNeedRefresh: () => onUpdate(() => void update(true)),
    onRegisterError: (error) => console.warn('Offline support is unavailable:', error),
  });
}
