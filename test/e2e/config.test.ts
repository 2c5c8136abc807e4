// citecheck.config.json through main() in-process: defaults, per-site overrides, waivers, errors.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { koreaTimesPage } from '../helpers/outlet-pages.js';
import { startSite, type SiteServer } from '../helpers/site-server.js';
import { runMain as runCli } from '../helpers/main-in-process.js';

const TITLE = 'NK Troops Assigned to Russia’s Airborne Brigade, Marine Corps; Some Entered Combat: NIS';
let site: SiteServer;
let dir: string;
const seenHeaders: string[] = [];

beforeAll(async () => {
  site = await startSite({
    // This site answers 403 to every bot but still serves the article: the config accepts 403 for it.
    '/article': (request, response) => {
      seenHeaders.push(String(request.headers['x-newsroom'] ?? ''));
      response.writeHead(403, { 'content-type': 'text/html; charset=utf-8' });
      response.end(koreaTimesPage(TITLE, '2024-11-20 16:37'));
    },
  });
  dir = await mkdtemp(join(tmpdir(), 'citecheck-config-'));
  await writeFile(
    join(dir, 'sources.json'),
    JSON.stringify({
      references: [
        { id: '3', authors: [], title: TITLE, outlet: 'The Korea Times', date: '2024-11-20', url: `${site.origin}/article` },
        { id: '5', authors: [], title: 'Gone story', outlet: 'The Korea Herald', date: '2024-11-01', url: `${site.origin}/gone` },
      ],
    }),
  );
});

afterAll(async () => {
  await site?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

function config(expires: string): string {
  return JSON.stringify(
    {
      $schema: './schema/config.schema.json',
      format: 'json',
      allowPrivate: true,
      ignoreRobots: true,
      hostInterval: 0,
      retries: 0,
      sites: { '127.0.0.1': { headers: { 'x-newsroom': 'desk-7' }, acceptStatuses: [403] } },
      waivers: [{ id: '5', verdicts: ['dead'], reason: 'print edition only', expires }],
    },
    null,
    2,
  );
}

describe('citecheck.config.json', () => {
  it('supplies defaults and per-site overrides, and a live waiver keeps a dead link from failing the run', async () => {
    await writeFile(join(dir, 'citecheck.config.json'), config('2999-01-01'));
    const run = await runCli([], { cwd: dir });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.results[0]).toMatchObject({ id: '3', verdict: 'verified' });
    expect(seenHeaders.at(-1)).toBe('desk-7');
    expect(report.results[1]).toMatchObject({ id: '5', verdict: 'dead', waiver: { reason: 'print edition only', expired: false } });
  });

  it('lets an expired waiver fail the run again, and says it expired', async () => {
    await writeFile(join(dir, 'citecheck.config.json'), config('2020-01-01'));
    const run = await runCli(['--format', 'text'], { cwd: dir });
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 1, stderr: '' });
    expect(run.stdout).toMatch(/waiver expired/i);
  });

  it('lets a flag override the file', async () => {
    await writeFile(join(dir, 'citecheck.config.json'), config('2020-01-01'));
    const run = await runCli(['--fail-on', 'error'], { cwd: dir });
    expect(run.code).toBe(0);
  });

  it('stops with exit 2 and a located message for a typo in the config, before any request', async () => {
    const before = site.requests.length;
    await writeFile(join(dir, 'typo.json'), '{\n  "hostIntervall": 100\n}\n');
    const run = await runCli(['--config', 'typo.json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/typo\.json:2:3/);
    expect(run.stderr).toMatch(/hostIntervall/);
    expect(site.requests.length).toBe(before);
  });

  it('stops with exit 2 when --config names a missing file', async () => {
    const run = await runCli(['--config', 'nope.json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/nope\.json/);
  });
});
