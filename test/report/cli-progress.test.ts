// src/cli/progress.ts: one redrawn status line, only on a terminal outside CI.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProgress, progressEnabled } from '../../src/cli/progress.js';

function fakeTerminal(isTTY = true) {
  const writes: string[] = [];
  const stream = { isTTY, columns: 200, write: (chunk: string) => writes.push(chunk) > 0 };
  return { stream: stream as unknown as NodeJS.WriteStream, writes };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('progressEnabled', () => {
  it.each([
    { env: {}, isTTY: true, expected: true },
    { env: {}, isTTY: false, expected: false },
    { env: { CI: 'true' }, isTTY: true, expected: false },
    { env: { CI: '1' }, isTTY: true, expected: false },
    { env: { CI: 'false' }, isTTY: true, expected: true },
    { env: { TERM: 'dumb' }, isTTY: true, expected: false },
  ])('env=$env tty=$isTTY → $expected', ({ env, isTTY, expected }) => {
    expect(progressEnabled(env, { isTTY })).toBe(expected);
  });
});

describe('createProgress', () => {
  it('writes nothing when disabled', () => {
    const { stream, writes } = fakeTerminal(false);
    const progress = createProgress({ stream, enabled: false, total: 3 });
    progress.onEvent({ type: 'started', url: 'https://a.example/', site: 'a.example' });
    progress.onEvent({ type: 'result' });
    progress.stop();
    expect(writes).toEqual([]);
  });

  it('shows done, sites in flight and who asked us to wait; redraws at most every 100 ms; clears on stop', () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const { stream, writes } = fakeTerminal();
    const progress = createProgress({ stream, enabled: true, total: 27 });
    progress.onEvent({ type: 'started', url: 'https://a.example/1', site: 'a.example' });
    expect(writes.at(-1)).toBe('\r\u001b[K0/27 done · 1 site in flight');

    progress.onEvent({ type: 'started', url: 'https://b.example/1', site: 'b.example' });
    progress.onEvent({ type: 'waiting', site: 'koreatimes.co.kr', ms: 30_000, reason: 'Retry-After' });
    for (let i = 0; i < 12; i++) progress.onEvent({ type: 'result' });
    expect(writes).toHaveLength(1); // throttled: the burst waits for the next frame
    vi.advanceTimersByTime(100);
    expect(writes).toHaveLength(2);
    expect(writes.at(-1)).toBe(
      '\r\u001b[K12/27 done · 2 sites in flight · waiting 30 s: koreatimes.co.kr asked us to slow down (Retry-After)',
    );

    vi.advanceTimersByTime(5_000); // the countdown moves without events
    expect(writes.at(-1)).toContain('waiting 25 s: koreatimes.co.kr');

    progress.stop();
    expect(writes.at(-1)).toBe('\r\u001b[K');
    const count = writes.length;
    vi.advanceTimersByTime(5_000);
    expect(writes).toHaveLength(count);
  });

  it('strips control sequences a site name or reason could carry', () => {
    const { stream, writes } = fakeTerminal();
    const progress = createProgress({ stream, enabled: true, total: 1 });
    progress.onEvent({ type: 'waiting', site: 'evil\u001b]0;pwned\u0007.example', ms: 5_000, reason: '\u001b[2J' });
    progress.stop();
    expect(writes.join('')).not.toContain('pwned');
    expect(writes.join('')).not.toContain('[2J');
  });
});
