// The CLI, end to end: a sources file in, a JSON report and an exit code out. Three tests spawn the
// built binary (the JSON report, a closed pipe, no network); the others call main() in-process.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joongAngPage, koreaTimesPage } from '../helpers/outlet-pages.js';
import { redirect, startSite, type SiteServer } from '../helpers/site-server.js';
import { runMain } from '../helpers/main-in-process.js';
import { runCli } from './run-cli.js';

let site: SiteServer;
let dir: string;
const FAST = ['--allow-private', '--ignore-robots', '--host-interval', '0', '--retries', '0', '--timeout', '3000'];

function sourcesFile(origin: string): string {
  return `{
  "references": [
    {
      "id": "3",
      "authors": ["Yonhap"],
      "title": "NK Troops Assigned to Russia’s Airborne Brigade, Marine Corps; Some Entered Combat: NIS",
      "outlet": "The Korea Times",
      "date": "2024-11-20",
      "url": "${origin}/pages/article.asp?newsIdx=386709"
    },
    {
      "id": "26",
      "authors": ["Sarah Kim"],
      "title": "Yoon, Trump Discuss Alliance, Economic Cooperation, North Korea in First Phone Call",
      "outlet": "Korea JoongAng Daily",
      "date": "2024-11-07",
      "url": "${origin}/old/2173128"
    },
    {
      "id": "5",
      "authors": ["Yonhap"],
      "title": "Some 8,000 N. Korean Troops in Russia’s Kursk Region",
      "outlet": "The Korea Herald",
      "date": "2024-11-01",
      "url": "${origin}/view.php?ud=20241101000000"
    },
    {
      "id": "13",
      "authors": [],
      "title": "Unknown link",
      "outlet": "Korea JoongAng Daily",
      "date": "2024-08-05",
      "url": null
    }
  ]
}
`;
}

beforeAll(async () => {
  site = await startSite({
    '/pages/article.asp': koreaTimesPage('NK troops assigned to Russia\'s airborne brigade, Marine Corps; some entered combat: NIS', '2024-11-20 16:37'),
    '/old/2173128': redirect(301, '/news/2024-11-07/national/diplomacy/Yoon-Trump/2173128'),
    '/news/2024-11-07/national/diplomacy/Yoon-Trump/2173128': {
      body: joongAngPage('Yoon, Trump discuss alliance, economic cooperation, North Korea in first phone call', '07 Nov. 2024, 18:20'),
    },
  });
  dir = await mkdtemp(join(tmpdir(), 'citecheck-e2e-'));
  await writeFile(join(dir, 'sources.json'), sourcesFile(site.origin));
});

afterAll(async () => {
  await site?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('citecheck check (built CLI)', () => {
  it('prints the JSON report, valid against the committed schema, and exits 1 on a dead link', async () => {
    const run = await runCli(['check', 'sources.json', '--format', 'json', ...FAST], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    const schema = JSON.parse(await readFile(new URL('../../schema/report.schema.json', import.meta.url), 'utf8'));
    const ajv = new Ajv2020.default({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const valid = ajv.validate(schema, report);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(report.results.map((r: { id: string; verdict: string }) => [r.id, r.verdict])).toEqual([
      ['3', 'verified'],
      ['26', 'moved'],
      ['5', 'dead'],
      ['13', 'skipped'],
    ]);
    expect(report.summary).toMatchObject({ total: 4, exitCode: 1, verdicts: { verified: 1, moved: 1, dead: 1, skipped: 1 } });
    expect(report.results[0].location).toEqual({ file: 'sources.json', line: 3, column: 5, url: { line: 9, column: 14 } });
    expect(report.results[1].http.redirects[0].status).toBe(301);
  });

  it('exits 0 when the failing verdicts are left out of --fail-on, and writes the report atomically with --output', async () => {
    const run = await runMain(['check', '--fail-on', 'error', '--output', 'report.json', '--format', 'json', ...FAST], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/4 references/);
    const report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8'));
    expect(report.summary.exitCode).toBe(0);
    // Written through a temp file and a rename: nothing else is left beside it.
    expect((await readdir(dir)).filter((name) => name.includes('report.json'))).toEqual(['report.json']);
  });

  it('checks only the references named by --only; the others are skipped', async () => {
    const run = await runMain(['check', '--only', '3', '--format', 'json', ...FAST], { cwd: dir });
    const report = JSON.parse(run.stdout);
    expect(report.results.map((r: { verdict: string }) => r.verdict)).toEqual(['verified', 'skipped', 'skipped', 'skipped']);
    expect(run.code).toBe(0);
  });

  it('stops with exit 2 and located problems for an invalid sources file, before any request', async () => {
    const before = site.requests.length;
    const bad = sourcesFile(site.origin).replace('"date": "2024-11-07"', '"date": "7 Nov 2024"').replace(`"${site.origin}/old/2173128"`, '"ftp://example.org/x"');
    await writeFile(join(dir, 'bad.json'), bad);
    const run = await runMain(['check', 'bad.json', ...FAST], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/bad\.json:\d+:\d+ references\[1\]\.date/);
    expect(run.stderr).toMatch(/bad\.json:\d+:\d+ references\[1\]\.url/);
    expect(site.requests.length).toBe(before);
  });

  it('stops with exit 2 on broken JSON, naming line and column', async () => {
    await writeFile(join(dir, 'broken.json'), '{\n  "references": [\n    { "id": "1", }\n  ]\n}\n');
    const run = await runMain(['check', 'broken.json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/broken\.json:3:\d+ invalid JSON/);
  });

  it('refuses an --output in a folder that does not exist before any request', async () => {
    const before = site.requests.length;
    const run = await runMain(['check', '--output', 'no/such/folder/report.json', ...FAST], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot write .*report\.json: the folder .* does not exist/);
    const intoFolder = await runMain(['check', '--output', '.', ...FAST], { cwd: dir });
    expect(intoFolder.code).toBe(2);
    expect(intoFolder.stderr).toMatch(/it is a folder/);
    expect(site.requests.length).toBe(before);
  });

  it('ends quietly when the reader of its output goes away', async () => {
    const { spawn } = await import('node:child_process');
    const { BIN } = await import('./run-cli.js');
    const child = spawn(process.execPath, [BIN, 'check', '--format', 'ndjson', ...FAST], { cwd: dir, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).not.toBe(4);
  });

  it('rejects a bad flag value with exit 2', async () => {
    const run = await runMain(['check', '--concurrency', 'zero'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--concurrency/);
  });

  it('exits 3 with one clear message when no site can be reached', async () => {
    // Two sites whose every connection is refused, as on a machine with no route: loopback only.
    const closed = await Promise.all(['127.0.0.9', '127.0.0.10'].map((host) => startSite({}, host)));
    await Promise.all(closed.map((server) => server.close()));
    await writeFile(
      join(dir, 'offline.json'),
      JSON.stringify({
        references: [
          { id: '1', authors: [], title: 'A', outlet: 'X', date: '2024-11-01', url: `${closed[0]!.origin}/a` },
          { id: '2', authors: [], title: 'B', outlet: 'Y', date: '2024-11-01', url: `${closed[1]!.origin}/b` },
        ],
      }),
    );
    const run = await runCli(['check', 'offline.json', '--format', 'json', ...FAST], { cwd: dir });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/network unavailable: no site could be reached/);
    // No reference is declared dead because this machine is offline.
    const report = JSON.parse(run.stdout);
    expect(report.results.map((r: { verdict: string }) => r.verdict)).toEqual(['error', 'error']);
    expect(report.results[0].reason).toMatch(/not checked: the network is unavailable/);
    expect(report.summary).toMatchObject({ exitCode: 3, networkUnavailable: true });
  });
});
