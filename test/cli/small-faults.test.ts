// Smaller faults a new user met (issue 9.6: the parts in cli/, fetch/ and report/).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { koreaTimesPage } from '../helpers/outlet-pages.js';
import { runMain } from '../helpers/main-in-process.js';
import { startSite, type SiteServer } from '../helpers/site-server.js';

const TITLE = 'NK Troops Assigned to Russia’s Airborne Brigade, Marine Corps; Some Entered Combat: NIS';
const FAST = ['--allow-private', '--ignore-robots', '--host-interval', '0', '--retries', '0', '--timeout', '3s'];
let site: SiteServer;
let dir: string;
let busyHits = 0;

beforeAll(async () => {
  site = await startSite({
    '/article': koreaTimesPage(TITLE, '2024-11-20 16:37'),
    '/busy': (_request, response) => {
      busyHits++;
      response.writeHead(503, { 'content-type': 'text/html' });
      response.end('busy');
    },
    '/silent': () => {},
  }, '127.0.0.47');
  dir = await mkdtemp(join(tmpdir(), 'citecheck-faults-'));
  const ref = (id: string, path: string) => ({ id, authors: [], title: TITLE, outlet: 'X', date: '2024-11-20', url: `${site.origin}${path}` });
  await writeFile(join(dir, 'sources.json'), JSON.stringify({ references: [ref('1', '/article'), ref('2', '/silent'), ref('3', '/article?b')] }, null, 2));
});
afterAll(async () => {
  await site?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('check', () => {
  it('prints a fault once, not in the reason and again under it', async () => {
    const run = await runMain(['--only', '2', '--allow-private', '--ignore-robots', '--retries', '0', '--timeout', '300ms'], { cwd: dir });
    expect(run.stdout).toContain('timeout');
    const mentions = run.stdout.match(/deadline passed/g) ?? [];
    expect(mentions).toHaveLength(1);
  });

  it('--only prints how many references it left out, not one line each', async () => {
    const run = await runMain(['--only', '1', ...FAST], { cwd: dir });
    expect(run.stdout).toContain('2 references left out by --only');
    expect(run.stdout).not.toMatch(/skipped\s+X\s+left out by --only/);
  });

  it('does not make references refused as private addresses wait out the site interval', async () => {
    // At a 60 s interval, three refused references would take two minutes if each took a turn.
    const run = await runMain(['--only', '1,2,3', '--ignore-robots', '--retries', '0', '--host-interval', '60s', '-f', 'json'], { cwd: dir });
    const results = JSON.parse(run.stdout).results;
    expect(results.map((r: { http: { error: string } }) => r.http.error)).toEqual(['private-address', 'private-address', 'private-address']);
  });

  it('names --allow-private when a private address is refused', async () => {
    const run = await runMain(['--only', '1', '--ignore-robots', '--retries', '0', '-f', 'json'], { cwd: dir });
    expect(JSON.parse(run.stdout).results[0].reason).toContain('--allow-private');
  });
});

describe('inspect', () => {
  it('reports a missing file as that target\'s error and goes on with the others (exit 1)', async () => {
    const run = await runMain(['inspect', '--json', '--allow-private', '--ignore-robots', 'missing.html', `${site.origin}/article`], { cwd: dir });
    expect(run.code).toBe(1);
    const [missing, page] = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(missing).toMatchObject({ target: 'missing.html', fault: 'cannot read missing.html: no such file' });
    expect(page.title.value).toMatch(/^NK troops/i);
  });

  it('takes --retries', async () => {
    busyHits = 0;
    await runMain(['inspect', '--allow-private', '--ignore-robots', '--retries', '1', `${site.origin}/busy`], { cwd: dir });
    expect(busyHits).toBe(2);
  });
});
