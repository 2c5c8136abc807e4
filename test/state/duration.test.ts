import { describe, expect, it } from 'vitest';
import { parseConfirm, parseDuration } from '../../src/duration.js';
import { CitecheckError } from '../../src/errors.js';

function usageError(run: () => unknown): CitecheckError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CitecheckError);
    expect((error as CitecheckError).code).toBe('USAGE');
    return error as CitecheckError;
  }
  throw new Error('expected a usage error');
}

describe('parseDuration', () => {
  it.each([
    ['1500ms', 1500],
    ['15s', 15_000],
    ['2m', 120_000],
    ['24h', 86_400_000],
    ['3d', 259_200_000],
    ['1.5h', 5_400_000],
    ['250', 250],
    [' 10S ', 10_000],
  ])('%s is %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', 'h', '-5s', '5 hours', '1h30m', '5w', '400d'])('refuses %j, naming the flag and the fix', (text) => {
    const error = usageError(() => parseDuration(text, '--max-age'));
    expect(error.message).toContain('--max-age');
    expect(error.message).toContain(JSON.stringify(text));
    expect(error.message).toMatch(/24h/);
  });
});

describe('parseConfirm', () => {
  it('reads N and NxDURATION; the interval defaults to 24 hours', () => {
    expect(parseConfirm('3x24h')).toEqual({ n: 3, intervalMs: 86_400_000 });
    expect(parseConfirm('2x15s')).toEqual({ n: 2, intervalMs: 15_000 });
    expect(parseConfirm('3')).toEqual({ n: 3, intervalMs: 86_400_000 });
    expect(parseConfirm('1x0')).toEqual({ n: 1, intervalMs: 0 });
  });

  it.each(['0', '20', 'x24h', '3x', '3y24h', '3x24x', 'three', '-1'])('refuses %j', (text) => {
    const error = usageError(() => parseConfirm(text));
    expect(error.message).toContain('--confirm');
  });
});
