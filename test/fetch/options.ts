import type { FetchOptions } from '../../src/fetch/index.js';

/** Fast settings for loopback tests: short deadlines, tiny backoff, private addresses allowed. */
export function testOptions(overrides: Partial<FetchOptions> = {}): FetchOptions {
  return {
    concurrency: 8,
    hostInterval: 0,
    hostConcurrency: 2,
    timeout: 1_000,
    retries: 0,
    maxBytes: 1_000_000,
    userAgent: 'citecheck-test/1.0',
    ignoreRobots: true,
    allowPrivate: true,
    backoffBaseMs: 10,
    ...overrides,
  };
}
