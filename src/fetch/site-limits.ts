// A site's spacing and concurrency, apart from the fetcher so --dump can show them without loading it.
import type { FetchOptions } from './index.js';

/** A site's spacing and concurrency: its config override, else the run's. */
export function siteLimits(options: Pick<FetchOptions, 'siteOverrides' | 'hostInterval' | 'hostConcurrency'>, site: string): { interval: number; concurrency: number } {
  const override = options.siteOverrides?.[site];
  return { interval: override?.interval ?? options.hostInterval, concurrency: override?.concurrency ?? options.hostConcurrency };
}
