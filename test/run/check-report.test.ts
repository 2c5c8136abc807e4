// run/ owns the run: options in, the whole report out as data (config, --only, waivers, failing,
// exit code), with no terminal involved.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkReport } from '../../src/run/check-report.js';
import { readSchema, strictAjv } from '../report/ajv.js';
import { runMain } from '../helpers/main-in-process.js';
import { koreaTimesPage } from '../helpers/outlet-pages.js';
import { startSite, type SiteServer } from '../helpers/site-server.js';

const TITLE = 'NK Troops Assigned to Russia’s Airborne Brigade, Marine Corps; Some Entered Combat: NIS';
const FAST = { allowPrivate: true, ignoreRobots: true, hostInterval: 0, retries: 0, timeout: 3000 };
let site: SiteServer;
let dir: string;
let SOURCES_TEXT: string;

beforeAll(async () => {
  site = await startSite({ '/article': koreaTimesPage(TITLE, '2024-11-20 16:37') });
  dir = await mkdtemp(join(tmpdir(), 'citecheck-run-'));
  const reference = (id: string, title: string, path: string) =>
    `    { "id": "${id}", "authors": [], "title": "${title}", "outlet": "X", "date": "2024-11-20",\n      "url": "${site.origin}${path}" }`;
  SOURCES_TEXT = `{\n  "references": [\n${[reference('1', TITLE, '/article'), reference('2', 'Gone', '/gone'), reference('3', 'Also gone', '/gone-too')].join(',\n')}\n  ]\n}\n`;
  await writeFile(join(dir, 'sources.json'), SOURCES_TEXT);
  await writeFile(
    join(dir, 'citecheck.config.json'),
    JSON.stringify({ waivers: [{ id: '3', verdicts: ['dead'], reason: 'print only', expires: '2030-01-01' }] }),
  );
});

afterAll(async () => {
  await site?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the JSON report for editors', () => {
  it('has failing and the waiver per result, summary.waived, the options used and where each url value stands', async () => {
    const run = await runMain(['--format', 'json', '--allow-private', '--ignore-robots', '--host-interval', '0', '--retries', '0', '--timeout', '3s', '--fail-on', 'dead'], { cwd: dir });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    const ajv = strictAjv();
    expect(ajv.validate(readSchema('report'), report), JSON.stringify(ajv.errors)).toBe(true);
    expect(report.results.map((r: { id: string; failing: boolean }) => [r.id, r.failing])).toEqual([['1', false], ['2', true], ['3', false]]);
    expect(report.results[2].waiver).toEqual({ reason: 'print only', expires: '2030-01-01', expired: false });
    expect(report.results[0].waiver).toBeUndefined();
    expect(report.summary.waived).toBe(1);
    expect(report.options).toEqual({
      failOn: ['dead'],
      titleThreshold: 0.85,
      dateTolerance: 1,
      hostInterval: 0,
      hostConcurrency: 2,
      timeout: 3000,
      retries: 0,
      config: 'citecheck.config.json',
      state: null,
    });
    // Each reference spans two lines; its url value opens on the second, after `      "url": `.
    expect(report.results.map((r: { location: unknown }) => r.location)).toEqual([
      { file: 'sources.json', line: 3, column: 5, url: { line: 4, column: 14 } },
      { file: 'sources.json', line: 5, column: 5, url: { line: 6, column: 14 } },
      { file: 'sources.json', line: 7, column: 5, url: { line: 8, column: 14 } },
    ]);
    const lines = SOURCES_TEXT.split('\n');
    for (const result of report.results) expect(lines[result.location.url.line - 1]!.slice(result.location.url.column - 1)).toMatch(/^"http/);
  });
});

describe('checkReport', () => {
  it('returns the report as data: verdicts, waivers from the config, failing per result, the exit code', async () => {
    const report = await checkReport({ sources: 'sources.json', flags: FAST, cwd: dir, now: () => new Date('2026-01-01T00:00:00Z') });
    const byId = Object.fromEntries(report.results.map((result) => [result.id, result]));
    expect(byId['1']).toMatchObject({ verdict: 'verified', failing: false });
    expect(byId['2']).toMatchObject({ verdict: 'dead', failing: true });
    expect(byId['3']).toMatchObject({ verdict: 'dead', failing: false, waiver: { reason: 'print only', expired: false } });
    expect(report.summary).toMatchObject({ total: 3, exitCode: 1, verdicts: { verified: 1, dead: 2 } });
    expect(report.sources).toBe('sources.json');
  });

  it('applies --only and --fail-on from the flags; an expired waiver fails again', async () => {
    const report = await checkReport({
      sources: 'sources.json',
      flags: { ...FAST, only: '1,3' },
      cwd: dir,
      now: () => new Date('2031-01-01T00:00:00Z'),
    });
    expect(report.results.map((result) => [result.id, result.verdict, result.failing])).toEqual([
      ['1', 'verified', false],
      ['2', 'skipped', false],
      ['3', 'dead', true],
    ]);
    const none = await checkReport({ sources: 'sources.json', flags: { ...FAST, only: '2', failOn: [] }, cwd: dir });
    expect(none.summary.exitCode).toBe(0);
  });

  it('refuses an --only id the sources file does not have, before any request', async () => {
    const before = site.requests.length;
    await expect(checkReport({ sources: 'sources.json', flags: { ...FAST, only: '9' }, cwd: dir })).rejects.toMatchObject({
      code: 'USAGE',
      message: expect.stringContaining('names 9'),
    });
    expect(site.requests.length).toBe(before);
  });
});
