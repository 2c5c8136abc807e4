// The gate's spacing on its own fake clock: exact times, no sockets, no load on the machine can
// shift them. test/fetch/politeness.test.ts keeps one real-socket check with wide margins.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SiteGate } from '../../src/fetch/site-gate.js';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate', 'Date'], now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Asks for `count` turns at `site`; each request is written at once and takes `busyMs`. */
function requests(gate: SiteGate, site: string, count: number, busyMs: number, starts: Record<string, number[]>): Promise<void>[] {
  return Array.from({ length: count }, async () => {
    const ticket = await gate.acquire(site);
    (starts[site] ??= []).push(Date.now());
    ticket.started();
    await new Promise((resolve) => setTimeout(resolve, busyMs));
    ticket.release();
  });
}

const gaps = (times: number[]): number[] => times.slice(1).map((at, i) => at - times[i]!);

describe('site gate spacing (fake clock)', () => {
  it('starts requests to one site exactly an interval apart, and serves two sites side by side', async () => {
    const gate = new SiteGate(8, () => ({ interval: 100, concurrency: 2 }), () => Date.now());
    const starts: Record<string, number[]> = {};
    const all = [...requests(gate, 'a.example', 6, 30, starts), ...requests(gate, 'b.example', 6, 30, starts)];
    await vi.runAllTimersAsync();
    await Promise.all(all);
    expect(starts['a.example']).toEqual([0, 100, 200, 300, 400, 500]);
    expect(starts['b.example']).toEqual([0, 100, 200, 300, 400, 500]);
    gate.dispose();
  });

  it('never lets a site waiting for its interval hold a global slot', async () => {
    const gate = new SiteGate(1, () => ({ interval: 300, concurrency: 1 }), () => Date.now());
    const starts: Record<string, number[]> = {};
    const busy = requests(gate, 'busy.example', 3, 10, starts);
    const other = requests(gate, 'other.example', 1, 10, starts);
    await vi.runAllTimersAsync();
    await Promise.all([...busy, ...other]);
    expect(starts['busy.example']).toEqual([0, 300, 600]);
    // The other site went as soon as the one global slot was free (10 ms), not after busy's 300 ms.
    expect(starts['other.example']).toEqual([10]);
    expect(Math.min(...gaps(starts['busy.example']!))).toBe(300);
    gate.dispose();
  });
});
