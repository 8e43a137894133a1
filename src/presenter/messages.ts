import { isLang, type Lang } from '../content';

/** The BroadcastChannel the presentation window and the presenter view share (same origin only). */
export const PRESENTER_CHANNEL = 'spine-presenter';

/** Commands the presenter view may send; the presentation window carries them out. */
export const REMOTE_COMMANDS = ['next', 'previous', 'first', 'last', 'blank'] as const;
export type RemoteCommand = (typeof REMOTE_COMMANDS)[number];

/** Where the presentation stands, sent by the presentation window after every change and when asked. */
export interface PresentationState {
  type: 'state';
  step: number;
  active: boolean;
  blank: boolean;
  lang: Lang;
}

/** Everything the two windows say to each other. */
export type PresenterMessage =
  | { type: 'ask' }
  | PresentationState
  | { type: 'go'; step: number }
  | { type: 'command'; command: RemoteCommand };

function isStep(value: unknown, total: number): value is number {
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= total;
}

/**
 * The message in `data` when it is well formed for a tour of `total` steps, else null.
 * Another page of the same origin could post anything on the channel, so nothing is trusted unchecked.
 */
export function readMessage(data: unknown, total: number): PresenterMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  switch (m.type) {
    case 'ask':
      return { type: 'ask' };
    case 'go':
      return isStep(m.step, total) ? { type: 'go', step: m.step } : null;
    case 'command':
      return (REMOTE_COMMANDS as readonly unknown[]).includes(m.command)
        ? { type: 'command', command: m.command as RemoteCommand }
        : null;
    case 'state':
      if (!isStep(m.step, total) || typeof m.active !== 'boolean' || typeof m.blank !== 'boolean')
        return null;
      if (!isLang(m.lang)) return null;
      return { type: 'state', step: m.step, active: m.active, blank: m.blank, lang: m.lang };
    default:
      return null;
  }
}
