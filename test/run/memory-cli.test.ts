// `citecheck check --state --confirm 3x24h --archive` as a daily CI job runs it: the real CLI
// in-process, a loopback site that goes down and comes back, a CDX-speaking loopback archive, the
// state file on disk between runs, and CITECHECK_NOW moving the clock from run to run.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closedAfterEach } from '../fetch/cleanup.js';
import { articleHtml, notFoundHtml, startArchive, type ArchiveStub } from '../helpers/cdx-server.js';
import { runMain } from '../helpers/main-in-process.js';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-12-01T06:00:00.000Z');
const TITLE = 'Seoul and Washington agree the nuclear talks will go on';
const PUBLISHED = '2024-11-07T09:20:00+09:00';
const FAST = ['--allow-private', '--ignore-robots', '--host-interval', '0', '--retries', '0', '--timeout', '3s', '-f', 'json'];

type Answer = 'article' | 'down' | 'gone';
interface Script {
  answer: Answer;
  /** The article's body text: a new version is a rewrite (new ETag, new fingerprint). */
  text: string;
}

const tools = closedAfterEach();
let dir: string;
let archive: ArchiveStub | null = null;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'citecheck-memory-'));
});
afterEach(async () => {
  await archive?.close();
  archive = null;
  await rm(dir, { recursive: true, force: true });
});

async function site(script: Script) {
  const conditional: Array<string | undefined> = [];
  const server = await tools.serve('127.0.0.23', (req, res) => {
    if (req.url !== '/news/talks') {
      res.writeHead(404, { 'content-type': 'text/html' });
      return res.end('<html><title>Not Found</title><body><h1>Not Found</h1></body></html>');
    }
    conditional.push(req.headers['if-none-match']);
    if (script.answer === 'down') {
      res.writeHead(503, { 'content-type': 'text/html' });
      return res.end('<html><title>Service Unavailable</title></html>');
    }
    if (script.answer === 'gone') {
      res.writeHead(404, { 'content-type': 'text/html' });
      return res.end('<html><title>Not Found</title><body><h1>Not Found</h1></body></html>');
    }
    const etag = `"v${script.text.length}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag });
      return res.end();
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag });
    res.end(articleHtml(TITLE, PUBLISHED, script.text));
  });
  return { url: `${server.origin}/news/talks`, conditional, server };
}

/** Captures shaped like the real archive's: one before the date, a redirect, a "not found" served with 200, then the article. */
async function archiveOf(url: string): Promise<ArchiveStub> {
  archive = await startArchive([
    { original: url, timestamp: '20240302101500', body: articleHtml('An older story at the same address', '2024-03-02T10:00:00+09:00') },
    { original: url, timestamp: '20241106230000', statuscode: 302, location: 'http://127.0.0.23/' },
    { original: url, timestamp: '20241107010000', body: notFoundHtml(), digest: 'NOTFOUND' },
    { original: url, timestamp: '20241107120000', body: articleHtml(TITLE, PUBLISHED) },
  ]);
  return archive;
}

async function sources(url: string, title = TITLE): Promise<void> {
  await writeFile(join(dir, 'sources.json'), JSON.stringify({ references: [{ id: '7', authors: [], title, outlet: 'The Daily Example', date: '2024-11-07', url }] }, null, 2));
}

interface Result {
  verdict: string;
  failing?: boolean;
  cached?: string;
  pending?: { seen: number; needed: number; since: string };
  archive?: { url: string; timestamp: string; verdict: string };
  drift?: boolean;
  fix?: { url: string; why: string };
}

async function check(hours: number, extra: string[] = []): Promise<{ code: number; result: Result; report: Record<string, any>; stderr: string }> {
  const env = { CITECHECK_NOW: new Date(T0 + hours * HOUR).toISOString() };
  const run = await runMain(['--state', 'citecheck.state.json', ...FAST, ...extra], { cwd: dir, env });
  const report = run.stdout ? JSON.parse(run.stdout) : {};
  return { code: run.code, result: report.results?.[0], report, stderr: run.stderr };
}

async function storedVerdicts(): Promise<string[]> {
  const state = JSON.parse(await readFile(join(dir, 'citecheck.state.json'), 'utf8'));
  return state.references[0].observations.map((o: { verdict: string }) => o.verdict);
}

describe('check --state --confirm 3x24h --archive across daily runs', () => {
  it('holds a failure back until seen three times a day apart, offers the verified capture, and fails once confirmed', async () => {
    const script: Script = { answer: 'article', text: 'Seoul said on Thursday that the talks would go on.' };
    const { url, conditional } = await site(script);
    const stub = await archiveOf(url);
    await sources(url);
    const flags = ['--confirm', '3x24h', '--archive-endpoint', stub.endpoint];

    const first = await check(0, flags);
    expect(first).toMatchObject({ code: 0, result: { verdict: 'verified' } });
    expect(first.result.cached).toBeUndefined();
    expect(first.report.options.state).toBe('citecheck.state.json');
    expect(first.report.summary.pending).toBe(0);

    // The next day the page has not changed: the validators bring a 304 and the stored reading is compared.
    const second = await check(24, flags);
    expect(second).toMatchObject({ code: 0, result: { verdict: 'verified', cached: 'not-modified' } });
    expect(conditional.at(-1)).toBe(`"v${script.text.length}"`);

    // Gone: pending (not failing, exit 0), and the archive's capture as published is offered.
    script.answer = 'gone';
    const third = await check(48, flags);
    expect(third.code).toBe(0);
    expect(third.result).toMatchObject({ verdict: 'dead', failing: false, pending: { seen: 1, needed: 3 } });
    expect(third.report.summary.pending).toBe(1);
    expect(third.result.archive).toMatchObject({ timestamp: '20241107120000', verdict: 'verified' });
    expect(third.result.fix?.url).toBe(`${stub.endpoint}/web/20241107120000/${url}`);
    // The redirect capture was never fetched; the "not found" capture was, and did not verify.
    expect(stub.requests.some((path) => path.startsWith('/web/20241106230000'))).toBe(false);
    expect(stub.requests.some((path) => path.startsWith('/web/20241107010000id_/'))).toBe(true);

    // Twelve hours later is no new sighting.
    expect((await check(60, flags)).result.pending).toMatchObject({ seen: 1, needed: 3 });
    // Down instead of gone: moving between failing kinds keeps the count.
    script.answer = 'down';
    const fifth = await check(72, flags);
    expect(fifth).toMatchObject({ code: 0, result: { verdict: 'error', pending: { seen: 2, needed: 3 } } });
    // The third sighting a day later: confirmed, failing, exit 1; the fix is still offered.
    script.answer = 'gone';
    const sixth = await check(96, flags);
    expect(sixth.code).toBe(1);
    expect(sixth.result).toMatchObject({ verdict: 'dead', failing: true });
    expect(sixth.result.pending).toBeUndefined();
    expect(sixth.result.fix?.url).toContain('/web/20241107120000/');
    expect(await storedVerdicts()).toEqual(['verified', 'verified', 'dead', 'dead', 'error', 'dead']);
  });

  it('a working observation in between resets the count', async () => {
    const script: Script = { answer: 'article', text: 'Seoul said on Thursday that the talks would go on.' };
    const { url } = await site(script);
    await sources(url);
    const flags = ['--confirm', '2x24h'];
    expect((await check(0, flags)).code).toBe(0);
    script.answer = 'gone';
    expect((await check(24, flags)).result.pending).toMatchObject({ seen: 1, needed: 2 });
    script.answer = 'article';
    expect((await check(48, flags)).result.verdict).toBe('verified');
    script.answer = 'gone';
    const again = await check(72, flags);
    expect(again).toMatchObject({ code: 0, result: { pending: { seen: 1, needed: 2 } } });
    expect((await check(96, flags)).code).toBe(1);
  });

  it('a reference never seen working fails at once; a changed headline fails at once', async () => {
    const script: Script = { answer: 'gone', text: 'Seoul said on Thursday that the talks would go on.' };
    const { url } = await site(script);
    await sources(url);
    const never = await check(0, ['--confirm', '3']);
    expect(never).toMatchObject({ code: 1, result: { verdict: 'dead', failing: true } });
    expect(never.result.pending).toBeUndefined();

    script.answer = 'article';
    expect((await check(24, ['--confirm', '3'])).code).toBe(0);
    await sources(url, 'Seoul and Washington agree the nuclear talks are over');
    const changed = await check(48, ['--confirm', '3']);
    expect(changed).toMatchObject({ code: 1, result: { verdict: 'title-mismatch', failing: true } });
  });

  it('--max-age reuses a young verified reading without any request; an older one is fetched', async () => {
    const script: Script = { answer: 'article', text: 'Seoul said on Thursday that the talks would go on.' };
    const { url, conditional } = await site(script);
    await sources(url);
    await check(0);
    const requests = conditional.length;
    const young = await check(6, ['--max-age', '12h']);
    expect(young).toMatchObject({ code: 0, result: { verdict: 'verified', cached: 'max-age' } });
    expect(conditional.length).toBe(requests);
    const old = await check(13, ['--max-age', '12h']);
    expect(old.result.cached).toBe('not-modified');
    expect(conditional.length).toBe(requests + 1);
  });

  it('a reading reused under --max-age counts neither way for exit 3', async () => {
    const script: Script = { answer: 'article', text: 'Seoul said on Thursday that the talks would go on.' };
    const { url, server } = await site(script);
    await sources(url);
    await check(0);
    await server.close();
    // Nothing is requested, so nothing says the network is down: exit 0 on the stored reading.
    expect(await check(6, ['--max-age', '12h'])).toMatchObject({ code: 0, result: { verdict: 'verified', cached: 'max-age' } });
    // Too old to reuse: the request fails to connect, and that alone is exit 3.
    expect((await check(13, ['--max-age', '12h'])).code).toBe(3);
  });

  it('a soft-404 page is asked for in full again: its judgement rests on signals the state does not keep', async () => {
    const seen: Array<string | undefined> = [];
    const server = await tools.serve('127.0.0.23', (req, res) => {
      seen.push(req.headers['if-none-match']);
      if (req.headers['if-none-match'] === '"nf"') {
        res.writeHead(304, { etag: '"nf"' });
        return res.end();
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: '"nf"' });
      res.end(notFoundHtml());
    });
    await sources(`${server.origin}/news/talks`);
    expect((await check(0)).result.verdict).toBe('soft-404');
    const again = await check(24);
    expect(again.result.verdict).toBe('soft-404');
    expect(again.result.cached).toBeUndefined();
    expect(seen.filter((tag) => tag !== undefined)).toEqual([]);
  });

  it('a rewritten article is reported as drift and keeps its verdict', async () => {
    const script: Script = { answer: 'article', text: 'Seoul said on Thursday that the talks would go on.' };
    const { url } = await site(script);
    await sources(url);
    expect((await check(0)).result.drift).toBeUndefined();
    script.text = 'Seoul said on Thursday that the talks would go on, and named a date in January for the next round.';
    const rewritten = await check(24);
    expect(rewritten).toMatchObject({ code: 0, result: { verdict: 'verified', drift: true } });
    expect((await check(48)).result.drift).toBeUndefined();
  });

  it('a run without network records no sighting, and its exit 3 stands', async () => {
    const script: Script = { answer: 'article', text: 'Seoul said on Thursday that the talks would go on.' };
    const { url, server } = await site(script);
    await sources(url);
    await check(0, ['--confirm', '2']);
    const before = await readFile(join(dir, 'citecheck.state.json'), 'utf8');
    await server.close();
    const offline = await check(24, ['--confirm', '2']);
    expect(offline.code).toBe(3);
    expect(offline.result.failing).toBe(false);
    expect(await readFile(join(dir, 'citecheck.state.json'), 'utf8')).toBe(before);
  });
});

describe('the other reports and the state file around a run', () => {
  it('text, GitHub and SARIF say pending and offer the capture as the fix', async () => {
    const script: Script = { answer: 'article', text: 'Seoul said on Thursday that the talks would go on.' };
    const { url } = await site(script);
    const stub = await archiveOf(url);
    await sources(url);
    const flags = ['--confirm', '3x24h', '--archive-endpoint', stub.endpoint];
    await check(0, flags);
    script.answer = 'gone';
    const env = { CITECHECK_NOW: new Date(T0 + 24 * HOUR).toISOString() };
    const fixUrl = `${stub.endpoint}/web/20241107120000/${url}`;
    const run = await runMain(
      ['--state', 'citecheck.state.json', ...FAST.slice(0, -2), '--format', 'github', '--report', 'sarif=out.sarif', '--report', 'text=out.txt', ...flags],
      { cwd: dir, env },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^::warning file=sources\.json,line=\d+.*pending: seen failing 1 of 3 times since 2026-12-02/m);
    expect(run.stdout).toContain(`fix: cite ${fixUrl}`);
    const text = await readFile(join(dir, 'out.txt'), 'utf8');
    expect(text).toContain('pending: seen failing 1 of 3 times');
    expect(text).toContain('pending: 1 reference failing but not yet confirmed');
    expect(text).toContain('state: citecheck.state.json');
    const sarif = JSON.parse(await readFile(join(dir, 'out.sarif'), 'utf8'));
    const result = sarif.runs[0].results[0];
    expect(result.level).toBe('warning');
    const replacement = result.fixes[0].artifactChanges[0].replacements[0];
    expect(replacement.insertedContent.text).toBe(JSON.stringify(fixUrl));
    // The deleted region is exactly the url value in the sources file.
    const lines = (await readFile(join(dir, 'sources.json'), 'utf8')).split('\n');
    const region = replacement.deletedRegion;
    expect(lines[region.startLine - 1]!.slice(region.startColumn - 1, region.endColumn - 1)).toBe(JSON.stringify(url));
  });

  it('fetches captures through the same fetcher and gate as any site (they show in -v), the index through its own client', async () => {
    const script: Script = { answer: 'gone', text: '' };
    const { url } = await site(script);
    const stub = await archiveOf(url);
    await sources(url);
    const run = await runMain([...FAST, '-v', '--archive-endpoint', stub.endpoint], { cwd: dir });
    const requested = run.stderr.split('\n').filter((line) => line.includes(stub.endpoint));
    expect(requested.some((line) => line.includes(`GET ${stub.endpoint}/web/20241107120000id_/${url} → 200`))).toBe(true);
    expect(requested.some((line) => line.includes('/cdx/search/cdx'))).toBe(false);
    expect(JSON.parse(run.stdout).results[0].fix.url).toBe(`${stub.endpoint}/web/20241107120000/${url}`);
  });

  it('keeps the entries --only leaves out, prunes references gone from the sources, and restarts a changed URL', async () => {
    const script: Script = { answer: 'article', text: 'Seoul said on Thursday that the talks would go on.' };
    const { url } = await site(script);
    const refs = (second: string) => ({
      references: [
        { id: '7', authors: [], title: TITLE, outlet: 'The Daily Example', date: '2024-11-07', url },
        { id: '8', authors: [], title: TITLE, outlet: 'The Daily Example', date: '2024-11-07', url: second },
      ],
    });
    await writeFile(join(dir, 'sources.json'), JSON.stringify(refs(url)));
    await check(0);
    await check(24, ['--only', '8']);
    const state = async () => JSON.parse(await readFile(join(dir, 'citecheck.state.json'), 'utf8')).references;
    expect((await state()).map((r: { id: string; observations: unknown[] }) => [r.id, r.observations.length])).toEqual([['7', 1], ['8', 2]]);
    await writeFile(join(dir, 'sources.json'), JSON.stringify(refs(`${url}?page=1`)));
    await check(48);
    const after = await state();
    expect(after[1]).toMatchObject({ id: '8', url: `${url}?page=1` });
    expect(after[1].observations).toHaveLength(1);
    await writeFile(join(dir, 'sources.json'), JSON.stringify({ references: [refs(url).references[1]] }));
    await check(72);
    expect((await state()).map((r: { id: string }) => r.id)).toEqual(['8']);
  });
});

describe('bad input around --state', () => {
  it('refuses a damaged or foreign state file (exit 2) and leaves it as it was', async () => {
    await sources('http://127.0.0.23:9/news/talks');
    for (const text of ['{"stateVersion": 1, "references": [', '{"name": "something else"}', '{"stateVersion": 9, "references": []}']) {
      await writeFile(join(dir, 'citecheck.state.json'), text);
      const run = await check(0);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/state file|not a citecheck state file/);
      expect(run.stderr).toContain('Nothing was fetched');
      expect(await readFile(join(dir, 'citecheck.state.json'), 'utf8')).toBe(text);
    }
  });

  it('refuses --confirm and --max-age without --state, a bad --confirm, and a bad CITECHECK_NOW', async () => {
    await sources('http://127.0.0.23:9/news/talks');
    const noState = await runMain(['--confirm', '3x24h', ...FAST], { cwd: dir });
    expect(noState.code).toBe(2);
    expect(noState.stderr).toContain('--confirm needs --state FILE');
    const maxAge = await runMain(['--max-age', '1h', ...FAST], { cwd: dir });
    expect(maxAge.stderr).toContain('--max-age needs --state FILE');
    const bad = await runMain(['--state', 's.json', '--confirm', '3xsoon', ...FAST], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--confirm');
    const clock = await runMain(['--state', 's.json', ...FAST], { cwd: dir, env: { CITECHECK_NOW: 'tomorrow' } });
    expect(clock.code).toBe(2);
    expect(clock.stderr).toContain('CITECHECK_NOW');
  });
});
