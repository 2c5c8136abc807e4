// `citecheck check` reading a document's footnotes, or standard input, instead of a sources file.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMain } from '../helpers/main-in-process.js';
import { startSite, type SiteServer } from '../helpers/site-server.js';

const FAST = ['--allow-private', '--ignore-robots', '--host-interval', '0', '--retries', '0', '--timeout', '3s'];
const headline = 'Seoul weighs its response to the troop deployment';
const article = `<!doctype html><html><head><title>${headline}</title><meta property="og:title" content="${headline}">
  <meta property="article:published_time" content="2024-11-20T09:00:00+09:00"></head><body><article><h1>${headline}</h1></article></body></html>`;
let site: SiteServer;
let dir: string;

beforeAll(async () => {
  site = await startSite({ '/a': article }, '127.0.0.46');
  dir = await mkdtemp(join(tmpdir(), 'citecheck-docin-'));
  await writeFile(join(dir, 'commentary.md'), [
    '# Troops', //                                                                              1
    '', //                                                                                      2
    'One.[^1] Two.[^2] Three.[^3]', //                                                          3
    '', //                                                                                      4
    `[^1]: Kim, "${headline}," *The Korea Times*, November 20, 2024, ${site.origin}/a.`, //     5
    `[^2]: Lee, "Another Story Entirely Here," *The Korea Herald*, Nov 21, 2024, ${site.origin}/gone`, // 6
    '[^3]: See above.', //                                                                      7
  ].join('\n'));
});
afterAll(async () => {
  await site?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a document as input', () => {
  it('checks its footnotes, locates them at their lines, and reports the one it cannot read', async () => {
    const run = await runMain(['commentary.md', '-f', 'json', '--fail-on', 'none', ...FAST], { cwd: dir });
    const report = JSON.parse(run.stdout);
    expect(report.sources).toBe('commentary.md');
    const byId = Object.fromEntries(report.results.map((r: { id: string }) => [r.id, r]));
    expect(byId['1']).toMatchObject({ verdict: 'verified', location: { file: 'commentary.md', line: 5 } });
    expect(byId['2']).toMatchObject({ verdict: 'dead', location: { file: 'commentary.md', line: 6 } });
    expect(byId['3']).toBeUndefined();
    expect(run.stderr).toMatch(/commentary\.md:7.*footnote 3/);
    // Nothing fails by --fail-on, but a footnote was left unread: never exit 0 over it.
    expect(run.code).toBe(1);
    expect(report.summary.exitCode).toBe(1);
  });
});

describe('standard input', () => {
  it('reads a sources file from - and locates it as <stdin>', async () => {
    const sources = JSON.stringify({ references: [{ id: '7', authors: [], title: headline, outlet: 'X', date: '2024-11-20', url: `${site.origin}/a` }] }, null, 2);
    const run = await runMain(['check', '-', '-f', 'json', ...FAST], { cwd: dir, stdin: sources });
    const report = JSON.parse(run.stdout);
    expect(report.sources).toBe('<stdin>');
    expect(report.results[0]).toMatchObject({ id: '7', verdict: 'verified', location: { file: '<stdin>', line: 3 } });
    expect(run.code).toBe(0);
  });

  it('reads a document from - when it does not start like JSON', async () => {
    const doc = `Text.¹\n\n¹ Kim, “${headline},” *The Korea Times*, November 20, 2024, ${site.origin}/a.\n`;
    const run = await runMain(['check', '-', '-f', 'json', ...FAST], { cwd: dir, stdin: doc });
    const report = JSON.parse(run.stdout);
    expect(report.results).toHaveLength(1);
    expect(report.results[0]).toMatchObject({ verdict: 'verified', location: { file: '<stdin>', line: 3 } });
  });
});
