// The order and pace at which a run starts its references: dealt round the sites, a bounded
// window in flight (see bench:scale for why).
import { siteKey } from '../fetch/site-key.js';
import type { LocatedReference } from '../types.js';

/**
 * References in flight at once: the concurrency, at least 64. Each one waiting at a site's gate
 * holds a chain of suspended calls (about 2.5 KB), and the longer the queues, the longer each
 * waits: long enough to outlive two young-generation collections, which moves it to the old
 * generation, where only a full collection frees it. Dealt round the sites (startOrder), a window
 * of the concurrency still keeps every site busy (bench:scale: the same wall time as twice the
 * concurrency; peak RSS 166 -> 157 MB at 10,000 references).
 */
export function startWindow(concurrency: number): number {
  return Math.max(64, concurrency);
}

/**
 * Sources order, dealt round the sites: a sources file grouped by outlet must not fill the window
 * with one site while the others sit idle (the run takes as long as its busiest site needs).
 */
export function startOrder(references: readonly LocatedReference[]): number[] {
  const bySite = new Map<string, number[]>();
  references.forEach((reference, index) => {
    const site = reference.url === null ? '' : siteKey(reference.url);
    const queue = bySite.get(site) ?? [];
    queue.push(index);
    bySite.set(site, queue);
  });
  const queues = [...bySite.values()];
  const order: number[] = [];
  for (let round = 0; order.length < references.length; round++) {
    for (const queue of queues) if (round < queue.length) order.push(queue[round]!);
  }
  return order;
}

/** Runs `task` over `order` with at most `width` in flight. */
export async function inWindow(order: readonly number[], width: number, task: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < order.length) await task(order[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(width, order.length) }, worker));
}
