// run/ owns the run: options in, the whole report out as data (config, --only, waivers, failing,
// exit code), with no terminal involved.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkReport } from '../../src/run/check-report.js';
import { koreaTimesPage } from '../helpers/outlet-pages.js';
import { startSite, type SiteServer } from '../helpers/site-server.js';

const TITLE = 'NK Troops Assigned to Russia’s Airborne Brigade, Marine Corps; Some Entered Combat: NIS';
const FAST = { allowPrivate: true, ignoreRobots: true, hostInterval: 0, retries: 0, timeout: 3000 };
let site: SiteServer;
let dir: string;

beforeAll(async () => {
  site = await startSite({ '/article': koreaTimesPage(TITLE, '2024-11-20 16:37') });
  dir = await mkdtemp(join(tmpdir(), 'citecheck-run-'));
  await writeFile(
    join(dir, 'sources.json'),
    JSON.stringify({
      references: [
        { id: '1', authors: [], title: TITLE, outlet: 'The Korea Times', date: '2024-11-20', url: `${site.origin}/article` },
        { id: '2', authors: [], title: 'Gone', outlet: 'The Korea Herald', date: '2024-11-01', url: `${site.origin}/gone` },
        { id: '3', authors: [], title: 'Also gone', outlet: 'The Korea Herald', date: '2024-11-01', url: `${site.origin}/gone-too` },
      ],
    }),
  );
  await writeFile(
    join(dir, 'citecheck.config.json'),
    JSON.stringify({ waivers: [{ id: '3', verdicts: ['dead'], reason: 'print only', expires: '2030-01-01' }] }),
  );
});

afterAll(async () => {
  await site?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
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
