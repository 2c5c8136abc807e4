// A Title Case headline's names, read from the article below it, through the real fetcher and
// extractor: a citation naming someone else is a title-mismatch; inspect does not show the names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck, type CheckRunOptions } from '../../src/run/check.js';
import { inspectTargets } from '../../src/run/inspect.js';
import type { CheckResult, LocatedReference } from '../../src/types.js';
import { startSite, type SiteServer } from '../helpers/site-server.js';

const HEADLINE = 'Kim Jong Un Sends Greetings to Russian President';
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${HEADLINE} | Agency</title>
<meta name="date" content="2024-10-07"></head><body><header><a href="/">Agency</a></header><main><article><h1>${HEADLINE}</h1>
<p>Kim Jong Un, general secretary of the party, sent a message of greeting to the Russian President on his birthday.
In the message, Kim Jong Un wished the president success in his work.</p></article></main></body></html>`;

let site: SiteServer;
const results = new Map<string, CheckResult>();

const ref = (id: string, url: string, title: string): LocatedReference => ({
  id, authors: [], title, outlet: 'Agency', date: '2024-10-07', url, location: { file: 'sources.json', line: Number(id), column: 5 },
});

const options: CheckRunOptions = {
  fetch: { concurrency: 2, hostInterval: 0, hostConcurrency: 2, timeout: 2000, retries: 0, maxBytes: 1_000_000, userAgent: 'citecheck-test', ignoreRobots: true, allowPrivate: true, backoffBaseMs: 10 },
  verify: { titleThreshold: 0.85, dateTolerance: 1 },
  only: null,
};

beforeAll(async () => {
  site = await startSite({ '/news/greetings': { body: PAGE } }, '127.0.0.6');
  const url = `${site.origin}/news/greetings`;
  const run = await runCheck([ref('1', url, HEADLINE), ref('2', url, 'Kim Jong Il Sends Greetings to Russian President')], options);
  for (const result of run.results) results.set(result.id, result);
});

afterAll(async () => {
  await site?.close();
});

describe('a Title Case headline checked against a live page', () => {
  it('verifies the headline as cited and catches another name in its place', () => {
    expect(results.get('1')?.verdict).toBe('verified');
    expect(results.get('2')?.verdict).toBe('title-mismatch');
    expect(results.get('2')?.reason).toMatch(/a name differs/);
  });

  it('keeps the names out of what inspect shows', async () => {
    const [shown] = await inspectTargets([`${site.origin}/news/greetings`], options.fetch);
    expect(shown?.title.value).toBe(HEADLINE);
    expect(shown).not.toHaveProperty('articleNames');
  });
});
