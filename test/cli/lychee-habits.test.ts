// What lychee users look for (issue 9.5), through main() in-process against loopback sites.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { koreaTimesPage } from '../helpers/outlet-pages.js';
import { redirect, startSite, type SiteServer } from '../helpers/site-server.js';
import { runMain } from '../helpers/main-in-process.js';

const TITLE = 'NK Troops Assigned to Russia’s Airborne Brigade, Marine Corps; Some Entered Combat: NIS';
const PAGE = koreaTimesPage(TITLE, '2024-11-20 16:37');
const FAST = ['--allow-private', '--ignore-robots', '--host-interval', '0', '--retries', '0', '--timeout', '3s'];
let site: SiteServer;
let other: SiteServer;
let dir: string;
const tokens: { site: string; path: string; token: string | undefined }[] = [];

const ref = (id: string, url: string) => ({ id, authors: [], title: TITLE, outlet: 'The Korea Times', date: '2024-11-20', url });
const results = (stdout: string) => JSON.parse(stdout).results.map((r: { id: string; verdict: string; reason: string }) => `${r.id} ${r.verdict}${r.verdict === 'skipped' ? ` ${r.reason}` : ''}`);

beforeAll(async () => {
  other = await startSite({
    '*': (request, response) => {
      tokens.push({ site: 'other', path: request.url ?? '', token: request.headers['x-token'] as string | undefined });
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(PAGE);
    },
  }, '127.0.0.41');
  site = await startSite({
    '/article': (request, response) => {
      tokens.push({ site: 'site', path: '/article', token: request.headers['x-token'] as string | undefined });
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(PAGE);
    },
    '/walled': { status: 403, body: PAGE },
    '/away': redirect(302, `${other.origin}/landed`),
  }, '127.0.0.40');
  dir = await mkdtemp(join(tmpdir(), 'citecheck-lychee-'));
  await writeFile(join(dir, 'sources.json'), JSON.stringify({ references: [ref('1', `${site.origin}/article`), ref('2', `${site.origin}/gone`), ref('3', `${site.origin}/walled`)] }, null, 2));
});
afterAll(async () => {
  await Promise.all([site?.close(), other?.close()]);
  if (dir) await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  tokens.length = 0;
});

describe('--exclude, --include and .citecheckignore', () => {
  it('does not request an excluded URL: skipped, reason "excluded"', async () => {
    const before = site.requests.length;
    const run = await runMain(['-f', 'json', '--exclude', '/gone$', '--exclude', 'walled', ...FAST], { cwd: dir });
    expect(results(run.stdout)).toEqual(['1 verified', '2 skipped excluded', '3 skipped excluded']);
    expect(site.requests.slice(before)).toEqual(['/article']);
    expect(run.code).toBe(0);
  });

  it('narrows the run to --include alone, and lets an include win over an exclude', async () => {
    const only = await runMain(['-f', 'json', '--include', 'article', ...FAST], { cwd: dir });
    expect(results(only.stdout)).toEqual(['1 verified', '2 skipped excluded', '3 skipped excluded']);
    const both = await runMain(['-f', 'json', '--exclude', '127\\.0\\.0\\.40', '--include', 'article', ...FAST], { cwd: dir });
    expect(results(both.stdout)).toEqual(['1 verified', '2 skipped excluded', '3 skipped excluded']);
  });

  it('reads .citecheckignore beside the sources file, comments and blank lines skipped; a bad line stops the run at its line', async () => {
    const sub = join(dir, 'ignore-sub');
    await mkdir(sub, { recursive: true });
    await writeFile(join(sub, 'sources.json'), JSON.stringify({ references: [ref('1', `${site.origin}/article`), ref('2', `${site.origin}/gone`)] }));
    await writeFile(join(sub, '.citecheckignore'), '# pages we know are gone\n\n/gone$   # the old one\n');
    const run = await runMain(['ignore-sub/sources.json', '-f', 'json', ...FAST], { cwd: dir });
    expect(results(run.stdout)).toEqual(['1 verified', '2 skipped excluded']);
    await writeFile(join(sub, '.citecheckignore'), '# fine\n(unclosed\n');
    const bad = await runMain(['ignore-sub/sources.json', ...FAST], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('ignore-sub/.citecheckignore:2:1');
  });

  it('refuses an --exclude that is not a regular expression', async () => {
    const run = await runMain(['--exclude', '(', ...FAST], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--exclude "(" is not a regular expression');
  });
});

describe('--accept', () => {
  it('reads and judges a 403 page when 403 is accepted; without it the page is blocked', async () => {
    const without = await runMain(['-f', 'json', '--only', '3', ...FAST], { cwd: dir });
    expect(results(without.stdout)[2]).toBe('3 blocked');
    const withAccept = await runMain(['-f', 'json', '--only', '3', '--accept', '403,999', ...FAST], { cwd: dir });
    expect(results(withAccept.stdout)[2]).toBe('3 verified');
  });
});

describe('--header', () => {
  it('is sent to the cited site, not after a redirect to another site, and its value is never printed', async () => {
    await writeFile(join(dir, 'away.json'), JSON.stringify({ references: [ref('1', `${site.origin}/article`), ref('2', `${site.origin}/away`)] }));
    const run = await runMain(['away.json', '-f', 'json', '-v', '--header', 'X-Token: s3cret-value', ...FAST], { cwd: dir });
    expect(tokens.find((t) => t.site === 'site')?.token).toBe('s3cret-value');
    expect(tokens.filter((t) => t.site === 'other')).toEqual([{ site: 'other', path: '/landed', token: undefined }]);
    expect(run.stdout + run.stderr).not.toContain('s3cret');
    expect(JSON.parse(run.stdout).options.headers).toEqual(['X-Token: ***']);
    const dump = await runMain(['away.json', '--dump', '--header', 'X-Token: s3cret-value', ...FAST], { cwd: dir });
    expect(dump.stdout).toContain('# header: X-Token: ***');
    expect(dump.stdout).not.toContain('s3cret');
  });

  it('refuses a header without "Name:", without echoing it', async () => {
    const run = await runMain(['--header', 'just-a-secret', ...FAST], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain('just-a-secret');
  });
});

describe('-v and --dump', () => {
  it('-v prints one line per request on stderr: method, URL, status, attempt, ms', async () => {
    const run = await runMain(['-v', '-q', '--only', '1,2', ...FAST], { cwd: dir });
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^citecheck: GET ${site.origin}/article → 200 \\(attempt 1, \\d+ ms\\)$`)));
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^citecheck: GET ${site.origin}/gone → 404 \\(attempt 1, \\d+ ms\\)$`)));
  });

  it('--dump prints id, URL, site and interval, requests nothing and exits 0', async () => {
    const before = site.requests.length;
    const run = await runMain(['--dump', '--only', '1,2', '--host-interval', '2s', '--exclude', 'gone'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').slice(1, 4)).toEqual([
      `1\t${site.origin}/article\t127.0.0.40\t2000 ms`,
      `2\t${site.origin}/gone\texcluded`,
      '3\t-\tleft out by --only',
    ]);
    expect(site.requests.length).toBe(before);
  });
});

describe('short flags and the config file', () => {
  it('takes -f -o -q -c', async () => {
    await writeFile(join(dir, 'short.json'), JSON.stringify({ failOn: ['error'] }));
    const run = await runMain(['-f', 'json', '-o', 'short-report.txt', '-q', '-c', 'short.json', ...FAST], { cwd: dir });
    expect(run).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const report = JSON.parse(await readFile(join(dir, 'short-report.txt'), 'utf8'));
    expect(report.options).toMatchObject({ failOn: ['error'], config: 'short.json' });
  });

  it('finds the config beside the sources file before the one in the working folder, and the report says which', async () => {
    const sub = join(dir, 'config-sub');
    await mkdir(sub, { recursive: true });
    await writeFile(join(sub, 'sources.json'), JSON.stringify({ references: [ref('1', `${site.origin}/gone`)] }));
    await writeFile(join(sub, 'citecheck.config.json'), JSON.stringify({ failOn: ['error'] }));
    await writeFile(join(dir, 'citecheck.config.json'), JSON.stringify({ failOn: ['dead'] }));
    try {
      const beside = await runMain(['config-sub/sources.json', '-f', 'json', ...FAST], { cwd: dir });
      expect(beside.code).toBe(0);
      expect(JSON.parse(beside.stdout).options.config).toBe(join('config-sub', 'citecheck.config.json'));
      await rm(join(sub, 'citecheck.config.json'));
      const here = await runMain(['config-sub/sources.json', ...FAST], { cwd: dir });
      expect(here.code).toBe(1);
      expect(here.stdout).toContain('config: citecheck.config.json');
    } finally {
      await rm(join(dir, 'citecheck.config.json'), { force: true });
    }
  });

  it('warns about a waiver that names no reference, and still runs', async () => {
    await writeFile(join(dir, 'waivers.json'), JSON.stringify({ waivers: [{ id: '99', verdicts: ['dead'], reason: 'typo' }, { site: 'nowhere.example', verdicts: ['dead'], reason: 'old' }] }));
    const run = await runMain(['-c', 'waivers.json', '--only', '1', ...FAST], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('citecheck: warning: waivers.json waivers[0] names id "99", which no reference has');
    expect(run.stderr).toContain('waivers.json waivers[1] names the site nowhere.example, where no reference points');
  });
});
