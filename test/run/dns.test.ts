// No false "dead" (issue 9.2, 9.10): "no such host" means the domain is gone only when this run has
// seen the resolver work for another host name. DNS answers come from a table: no query leaves
// the machine.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkReport } from '../../src/run/check-report.js';
import type { Verdict } from '../../src/types.js';
import { tableLookup } from '../helpers/dns-table.js';
import { koreaTimesPage } from '../helpers/outlet-pages.js';
import { startSite, type SiteServer } from '../helpers/site-server.js';

const TITLE = 'NK Troops Assigned to Russia’s Airborne Brigade, Marine Corps; Some Entered Combat: NIS';
const FAST = { allowPrivate: true, ignoreRobots: true, hostInterval: 0, retries: 0, timeout: 3000 };
let site: SiteServer;
let port: string;
let dir: string;

beforeAll(async () => {
  site = await startSite({ '/article': koreaTimesPage(TITLE, '2024-11-20 16:37') }, '127.0.0.31');
  port = new URL(site.origin).port;
  dir = await mkdtemp(join(tmpdir(), 'citecheck-dns-'));
});
afterAll(async () => {
  await site?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const ref = (id: string, url: string) => ({ id, authors: [], title: TITLE, outlet: 'The Korea Times', date: '2024-11-20', url });

async function run(urls: string[], table: Record<string, string>, failOn?: Verdict[]) {
  const file = `s${Math.random().toString(36).slice(2)}.json`;
  await writeFile(join(dir, file), JSON.stringify({ references: urls.map((url, i) => ref(String(i + 1), url)) }));
  return checkReport({ sources: file, flags: { ...FAST, ...(failOn ? { failOn } : {}) }, cwd: dir, fetch: { lookup: tableLookup(table) } });
}

describe('no such host', () => {
  it('is dead when another host name resolved in the run', async () => {
    const report = await run([`http://news.test:${port}/article`, 'http://gone.test/a'], { 'news.test': '127.0.0.31' });
    expect(report.results.map((r) => r.verdict)).toEqual(['verified', 'dead']);
    expect(report.results[1]).toMatchObject({ failing: true, http: { error: 'dns' } });
    expect(report.summary.exitCode).toBe(1);
  });

  it('is an error, not checked, when only an IP literal was reached (a machine without DNS): exit 3', async () => {
    const report = await run([`${site.origin}/article`, 'http://gone.test/a', 'http://also-gone.test/b'], {});
    expect(report.results.map((r) => r.verdict)).toEqual(['verified', 'error', 'error']);
    for (const result of report.results.slice(1)) {
      expect(result).toMatchObject({ failing: false, http: { error: 'dns' } });
      expect(result.reason).toMatch(/^not checked: no such host, but no other host name resolved/);
    }
    expect(report.summary.exitCode).toBe(3);
  });

  it('does not count localhost as a resolved name', async () => {
    const report = await run([`http://localhost:${port}/article`, 'http://gone.test/a'], { localhost: '127.0.0.31' });
    expect(report.results.map((r) => r.verdict)).toEqual(['verified', 'error']);
    expect(report.summary.exitCode).toBe(3);
  });

  it('exits 1 when another result fails, even with unchecked references', async () => {
    const report = await run([`${site.origin}/missing`, 'http://gone.test/a'], {});
    expect(report.results.map((r) => [r.verdict, r.failing])).toEqual([['dead', true], ['error', false]]);
    expect(report.summary.exitCode).toBe(1);
  });

  it('exits 3 for unchecked references whatever --fail-on says', async () => {
    for (const failOn of [[], ['dead'], ['error']] as Verdict[][]) {
      const report = await run([`${site.origin}/article`, 'http://gone.test/a'], {}, failOn);
      expect(report.summary.exitCode).toBe(3);
    }
  });
});

describe('a temporary DNS failure (EAI_AGAIN)', () => {
  it('is always an error, never dead, even when other names resolved', async () => {
    const report = await run([`http://news.test:${port}/article`, 'http://flaky.test/a'], { 'news.test': '127.0.0.31', 'flaky.test': 'EAI_AGAIN' });
    expect(report.results[1]).toMatchObject({ verdict: 'error', failing: false, http: { error: 'dns', detail: 'EAI_AGAIN' } });
    expect(report.results[1]!.reason).toMatch(/^not checked: a temporary DNS failure/);
    expect(report.summary.exitCode).toBe(3);
  });
});
