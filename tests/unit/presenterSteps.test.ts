import { describe, expect, it } from 'vitest';
import { commandForKey } from '../../src/presenter/keys';
import { formatElapsed } from '../../src/presenter/PresenterClock';
import { clampStep, nextStep, parseTypedStep, previousStep, typeDigit } from '../../src/state/steps';

describe('tour step arithmetic', () => {
  it('keeps steps within 1..total, whatever comes in', () => {
    expect(clampStep(0, 12)).toBe(1);
    expect(clampStep(-4, 12)).toBe(1);
    expect(clampStep(13, 12)).toBe(12);
    expect(clampStep(Number.NaN, 12)).toBe(1);
    expect(clampStep(5, 12)).toBe(5);
  });

  it('stops at the ends when stepping by hand, and loops for autoplay', () => {
    expect(nextStep(3, 12)).toBe(4);
    expect(nextStep(12, 12)).toBe(12);
    expect(nextStep(12, 12, true)).toBe(1);
    expect(previousStep(4, 12)).toBe(3);
    expect(previousStep(1, 12)).toBe(1);
  });

  it('reads a typed step number, keeping the last three digits', () => {
    expect(typeDigit(typeDigit('', '1'), '2')).toBe('12');
    expect(typeDigit('123', '4')).toBe('234');
    expect(typeDigit('1', 'x')).toBe('1');
    expect(parseTypedStep('5', 12)).toBe(5);
    expect(parseTypedStep('12', 12)).toBe(12);
    expect(parseTypedStep('99', 12)).toBe(12);
    expect(parseTypedStep('0', 12)).toBeNull();
    expect(parseTypedStep('', 12)).toBeNull();
    expect(parseTypedStep('5a', 12)).toBeNull();
  });
});

describe('presenter keys', () => {
  const kind = (key: string, presenting = true, extra = {}) =>
    commandForKey({ key, ...extra }, presenting)?.kind;

  it('steps with clicker and arrow keys', () => {
    for (const key of ['PageDown', 'ArrowRight', 'ArrowDown', ' ']) expect(kind(key)).toBe('next');
    for (const key of ['PageUp', 'ArrowLeft', 'ArrowUp']) expect(kind(key)).toBe('previous');
    expect(kind(' ', true, { shiftKey: true })).toBe('previous');
    expect(kind('Home')).toBe('first');
    expect(kind('End')).toBe('last');
  });

  it('blanks with B or ".", jumps with digits and Enter, leaves with Esc', () => {
    expect(kind('b')).toBe('blank');
    expect(kind('B', true, { shiftKey: true })).toBe('blank');
    expect(kind('.')).toBe('blank');
    expect(commandForKey({ key: '7' }, true)).toEqual({ kind: 'digit', digit: '7' });
    expect(kind('Enter')).toBe('jump');
    expect(kind('Escape')).toBe('leave');
    expect(kind('s')).toBe('presenterView');
    expect(kind('p')).toBe('pointer');
    expect(kind('d')).toBe('draw');
    expect(kind('a')).toBe('autoplay');
  });

  it('treats F5 as "present" both before and during a presentation, so a clicker never reloads', () => {
    expect(kind('F5', false)).toBe('present');
    expect(kind('F5', true)).toBe('present');
  });

  it('leaves every other key to the app when not presenting, and modified keys to the browser', () => {
    for (const key of ['ArrowRight', 'PageDown', ' ', 'Escape', 'b', '5', 'Enter'])
      expect(kind(key, false)).toBeUndefined();
    expect(kind('F5', false, { ctrlKey: true })).toBeUndefined();
    expect(kind('ArrowRight', true, { altKey: true })).toBeUndefined();
    expect(kind('b', true, { metaKey: true })).toBeUndefined();
    expect(kind('x')).toBeUndefined();
  });
});

describe('the presenter clock', () => {
  it('shows elapsed time as m:ss, and h:mm:ss past an hour', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_400)).toBe('1:05');
    expect(formatElapsed(3_725_000)).toBe('1:02:05');
    expect(formatElapsed(-5)).toBe('0:00');
  });
});
