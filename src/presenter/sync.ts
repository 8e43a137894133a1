import { PRESENTER_CHANNEL, type PresenterMessage, readMessage } from './messages';

/** One window's end of the presenter channel. */
export interface PresenterLink {
  post: (message: PresenterMessage) => void;
  close: () => void;
}

/**
 * Opens the channel between the presentation and the presenter view; `onMessage` gets only valid messages.
 * Where BroadcastChannel is missing the link does nothing, and each window still works on its own.
 */
export function openPresenterLink(
  total: number,
  onMessage: (message: PresenterMessage) => void,
): PresenterLink {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
  const channel = new BroadcastChannel(PRESENTER_CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    const message = readMessage(event.data, total);
    if (message) onMessage(message);
  };
  return {
    post: (message) => channel.postMessage(message),
    close: () => channel.close(),
  };
}
