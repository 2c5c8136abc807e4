// A copy of the cited text elsewhere: it carries the verdict of a reference without a URL, and is
// proposed as the fix for one whose own URL fails (which keeps its failing verdict).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMain } from '../helpers/main-in-process.js';
import { startSite, type SiteServer } from '../helpers/site-server.js';

const FAST = ['--allow-private', '--ignore-robots', '--host-interval', '0', '--retries', '0', '--timeout', '3s'];
const headline = 'North Korean troops reach the front, officials say';
const copy = `<!doctype html><html><head><title>${headline}</title><meta property="og:title" content="${headline}">
  <meta property="article:published_time" content="2024-11-20T09:00:00+09:00"></head><body><article><h1>${headline}</h1></article></body></html>`;
let site: SiteServer;
let dir: string;

beforeAll(async () => {
  site = await startSite({ '/syndicated/1': copy }, '127.0.0.47');
  dir = await mkdtemp(join(tmpdir(), 'citecheck-alt-'));
  const reference = (id: string, url: string | null) => ({
    id, authors: [], title: headline, outlet: 'Yonhap', date: '2024-11-20', url,
    alternates: [{ url: `${site.origin}/syndicated/1`, relation: 'syndication' }],
  });
  await writeFile(join(dir, 'sources.json'), JSON.stringify({ references: [reference('1', null), reference('2', `${site.origin}/gone`)] }, null, 2));
});
afterAll(async () => {
  await site?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('alternates', () => {
  it('verify a reference without a URL through the copy, and propose the copy for a dead URL', async () => {
    const run = await runMain(['sources.json', '-f', 'json', ...FAST], { cwd: dir });
    const [noUrl, dead] = JSON.parse(run.stdout).results;
    expect(noUrl).toMatchObject({ id: '1', verdict: 'verified', url: null, via: { relation: 'syndication', url: `${site.origin}/syndicated/1` }, failing: false });
    expect(dead).toMatchObject({ id: '2', verdict: 'dead', failing: true, fix: { url: `${site.origin}/syndicated/1` } });
    expect(dead.fix.why).toContain('syndication copy verifies');
    expect(run.code).toBe(1);
  });

  it('show the fix and the copy in the text report', async () => {
    const run = await runMain(['sources.json', ...FAST], { cwd: dir });
    expect(run.stdout).toContain(`fix: cite ${site.origin}/syndicated/1`);
    expect(run.stdout).toContain(`verified through its syndication copy: ${site.origin}/syndicated/1`);
  });
});
