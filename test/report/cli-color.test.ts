// src/cli/color.ts: decided once, in this order: flag, NO_COLOR, FORCE_COLOR, TTY.
import { describe, expect, it } from 'vitest';
import { decideColor } from '../../src/cli/color.js';
import { makePalette } from '../../src/report/palette.js';

describe('decideColor', () => {
  it.each([
    { flag: true, env: { NO_COLOR: '1' }, isTTY: false, expected: true },
    { flag: false, env: { FORCE_COLOR: '1' }, isTTY: true, expected: false },
    { flag: undefined, env: { NO_COLOR: '1' }, isTTY: true, expected: false },
    { flag: undefined, env: { NO_COLOR: '' }, isTTY: true, expected: true },
    { flag: undefined, env: { NO_COLOR: '1', FORCE_COLOR: '1' }, isTTY: true, expected: false },
    { flag: undefined, env: { FORCE_COLOR: '1' }, isTTY: false, expected: true },
    { flag: undefined, env: { FORCE_COLOR: '' }, isTTY: false, expected: true },
    { flag: undefined, env: { FORCE_COLOR: '0' }, isTTY: true, expected: false },
    { flag: undefined, env: { FORCE_COLOR: 'false' }, isTTY: true, expected: false },
    { flag: undefined, env: {}, isTTY: true, expected: true },
    { flag: undefined, env: {}, isTTY: false, expected: false },
    { flag: undefined, env: { TERM: 'dumb' }, isTTY: true, expected: false },
  ])('flag=$flag env=$env tty=$isTTY → $expected', ({ flag, env, isTTY, expected }) => {
    expect(decideColor({ flag, env, isTTY })).toBe(expected);
  });
});

describe('makePalette', () => {
  it('paints only when enabled', () => {
    expect(makePalette(false).verdict('dead', 'dead')).toBe('dead');
    expect(makePalette(false).removed('x')).toBe('x');
    expect(makePalette(true).verdict('dead', 'dead')).toBe('\u001b[31mdead\u001b[39m');
    expect(makePalette(true).verdict('verified', 'ok')).toBe('\u001b[32mok\u001b[39m');
  });
});
