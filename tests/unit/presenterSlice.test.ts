import { afterEach, describe, expect, it } from 'vitest';
import { tour } from '../../src/content';
import { readMessage } from '../../src/presenter/messages';
import { getPresenter, resetViewer, useViewer } from '../../src/state/store';

afterEach(resetViewer);

const total = tour.length;
const p = getPresenter;

describe('the presenter store', () => {
  it('starts at the first step, steps, and stops at the last step saying the tour is over', () => {
    p().start();
    expect(p()).toMatchObject({ active: true, step: 1 });
    p().next();
    p().next();
    expect(p().step).toBe(3);
    p().previous();
    expect(p().step).toBe(2);
    p().last();
    p().next();
    expect(p()).toMatchObject({ step: total, endReached: true });
    p().previous();
    expect(p()).toMatchObject({ step: total - 1, endReached: false });
  });

  it('resumes where it was left, but starts over after the last step', () => {
    p().start(5);
    p().leave();
    expect(p().active).toBe(false);
    p().start();
    expect(p().step).toBe(5);
    p().last();
    p().leave();
    p().start();
    expect(p().step).toBe(1);
  });

  it('jumps to a typed number, ignores nonsense, and unblanks on any step change', () => {
    p().start();
    p().typeDigit('5');
    p().jumpToTyped();
    expect(p()).toMatchObject({ step: 5, typed: '' });
    p().typeDigit('0');
    p().jumpToTyped();
    expect(p().step).toBe(5);
    p().toggleBlank();
    expect(p().blank).toBe(true);
    p().first();
    expect(p()).toMatchObject({ step: 1, blank: false });
  });

  it('loops when autoplay advances past the end', () => {
    p().start(total);
    p().advance();
    expect(p().step).toBe(1);
  });

  it('has the pointer and drawing take turns, and turns both off on leaving', () => {
    p().start();
    p().togglePointer();
    p().toggleDrawing();
    expect(p()).toMatchObject({ pointer: false, drawing: true });
    p().togglePointer();
    expect(p()).toMatchObject({ pointer: true, drawing: false });
    p().leave();
    expect(p()).toMatchObject({ pointer: false, drawing: false, autoplay: false, blank: false });
  });
});

describe('presenter channel messages', () => {
  it('accepts well-formed messages', () => {
    expect(readMessage({ type: 'ask' }, total)).toEqual({ type: 'ask' });
    expect(readMessage({ type: 'go', step: 3 }, total)).toEqual({ type: 'go', step: 3 });
    expect(readMessage({ type: 'command', command: 'next' }, total)).toEqual({
      type: 'command',
      command: 'next',
    });
    const state = { type: 'state', step: 2, active: true, blank: false, lang: 'es' };
    expect(readMessage({ ...state, extra: '<b>' }, total)).toEqual(state);
  });

  it('ignores malformed or hostile ones', () => {
    const bad: unknown[] = [
      null,
      'next',
      42,
      [],
      {},
      { type: 'reload' },
      { type: 'go', step: 0 },
      { type: 'go', step: total + 1 },
      { type: 'go', step: 2.5 },
      { type: 'go', step: '3' },
      { type: 'command', command: 'leave' },
      { type: 'command', command: 'constructor' },
      { type: 'state', step: 2, active: 'yes', blank: false, lang: 'en' },
      { type: 'state', step: 2, active: true, blank: false, lang: 'fr' },
    ];
    for (const data of bad) expect(readMessage(data, total)).toBeNull();
  });
});

describe('the presentation in the one store', () => {
  it('is seen by store subscribers, counts Clear drawing, and resets with the viewer', () => {
    const seen: number[] = [];
    const stop = useViewer.subscribe((s) => seen.push(s.presenter.step));
    p().start(4);
    p().clearDrawing();
    p().clearDrawing();
    stop();
    expect(seen).toEqual([4, 4, 4]);
    expect(p().drawingCleared).toBe(2);
    resetViewer();
    expect(p()).toMatchObject({ active: false, step: 1, drawingCleared: 0 });
    // The actions survive a reset.
    p().start();
    expect(p().active).toBe(true);
  });
});
