// inspect, extract, --help and --version through main() in-process (a few spawn tests stay in check.test.ts).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { koreaTimesPage } from '../helpers/outlet-pages.js';
import { startSite, type SiteServer } from '../helpers/site-server.js';
import { runMain as runCli } from '../helpers/main-in-process.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/pages/${name}`, import.meta.url));
let site: SiteServer;

beforeAll(async () => {
  site = await startSite({
    '/pages/article.asp': koreaTimesPage('NK troops assigned to Russia\'s airborne brigade, Marine Corps; some entered combat: NIS', '2024-11-20 16:37'),
    // A hostile headline: terminal escapes that would retitle the window and clear the screen.
    '/hostile': koreaTimesPage('Breaking\u001b]0;pwned\u0007\u001b[2J news \u009b31m today', '2024-11-20 16:37'),
  });
});

afterAll(async () => {
  await site?.close();
});

describe('citecheck inspect', () => {
  it('prints one JSON object per target, for a URL and a local file', async () => {
    const run = await runCli(['inspect', '--json', '--allow-private', '--ignore-robots', `${site.origin}/pages/article.asp?newsIdx=386709`, fixture('koreatimes-m-386709.html')]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      target: `${site.origin}/pages/article.asp?newsIdx=386709`,
      title: { value: 'NK troops assigned to Russia\'s airborne brigade, Marine Corps; some entered combat: NIS' },
      date: { value: '2024-11-20' },
      signals: { notFound: false, botWall: false },
    });
    expect(lines[1].target).toBe(fixture('koreatimes-m-386709.html'));
    expect(lines[1].date.value).toBe('2024-11-20');
  });

  it('reads a PDF\'s metadata', async () => {
    const run = await runCli(['inspect', '--json', fixture('ijkus-31-2-lim-kim.pdf')]);
    const result = JSON.parse(run.stdout);
    expect(result.title.value).toMatch(/Impacts of Russia-Ukraine War on East Asian Regional Order/);
    expect(result.date.value).toMatch(/^2022/);
  });

  it('never lets a page\'s escape sequences reach the terminal', async () => {
    const run = await runCli(['inspect', '--allow-private', '--ignore-robots', `${site.origin}/hostile`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Breaking');
    expect(run.stdout).not.toMatch(/[\u001b\u0007\u009b]/);
  });

  it('exits 1 when a URL could not be read, and 3 when no URL reached a server', async () => {
    const missing = await runCli(['inspect', '--json', '--allow-private', '--ignore-robots', `${site.origin}/nothing-here`]);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout).http).toMatchObject({ status: 404, error: 'http-status' });
    const closed = await startSite({}, '127.0.0.11');
    await closed.close();
    const offline = await runCli(['inspect', '--allow-private', `${closed.origin}/a`]);
    expect(offline.code).toBe(3);
  });

  it('keeps them out of every check report that reaches a terminal, the title diff included', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'citecheck-hostile-'));
    try {
      const reference = { id: '1', authors: [], title: 'Breaking news today', outlet: 'X', date: '2024-11-20', url: `${site.origin}/hostile` };
      await writeFile(join(dir, 'sources.json'), JSON.stringify({ references: [reference] }));
      for (const format of ['text', 'github', 'markdown']) {
        const run = await runCli(['check', '--format', format, '--allow-private', '--ignore-robots', '--color'], { cwd: dir });
        expect(run.stdout).toContain('Breaking');
        // Colour codes of our own are fine with --color; nothing of the page's may survive.
        expect(run.stdout.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(/[\u001b\u0007\u009b]/);
        expect(run.stdout).not.toContain(']0;pwned');
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('lists, under the chosen headline and date, the page\'s other strong candidates once each', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'citecheck-inspect-'));
    try {
      const page = join(dir, 'page.html');
      await writeFile(page, `<!doctype html><html lang="en"><head><title>Quay plan approved after a decade of debate</title>
        <meta property="og:title" content="Harbour board approves the new quay">
        <meta property="article:published_time" content="2024-11-20T09:00:00+09:00">
        <meta property="article:modified_time" content="2024-11-22T10:00:00+09:00"></head>
        <body><article><h1>Harbour board approves the new quay</h1><p>${'The board met on Wednesday and approved the plan. '.repeat(8)}</p></article></body></html>`);
      const run = await runCli(['inspect', page]);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/title: {5}Harbour board approves the new quay {2}\((og:title|h1)\)\n {13}Quay plan approved after a decade of debate {2}\(<title>\)\n/);
      expect(run.stdout).toMatch(/date: {6}2024-11-20 {2}\(published, article:published_time\)\n {13}2024-11-22 {2}\(modified, article:modified_time\)\n/);
      expect(run.stdout.match(/Harbour board approves the new quay/g)).toHaveLength(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('shows a file that does not exist as that target\'s fault and goes on with the others (exit 1)', async () => {
    const run = await runCli(['inspect', `${site.origin}/pages/article.asp`, 'missing.html', '--allow-private']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/missing\.html\n {2}fault: {5}cannot read missing\.html: no such file/);
    expect(run.stdout).toContain(`${site.origin}/pages/article.asp`);
  });
});

describe('citecheck extract', () => {
  it('reproduces sources.json from the commentary, except the links the seed lost', async () => {
    const run = await runCli(['extract', fileURLToPath(new URL('../sources/fixtures/seed-commentary.txt', import.meta.url))]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const extracted = JSON.parse(run.stdout);
    const bundled = JSON.parse(await readFile(new URL('../../sources.json', import.meta.url), 'utf8'));
    const withoutLinks = (file: { references: Record<string, unknown>[] }) =>
      file.references.map(({ url: _url, alternates: _alternates, ...rest }) => rest);
    expect(withoutLinks(extracted)).toEqual(withoutLinks(bundled));
    expect(extracted.document).toEqual(bundled.document);
    expect(extracted.references.every((reference: { url: unknown }) => reference.url === null)).toBe(true);
  });
});

describe('--help and --version', () => {
  it('prints the version of package.json', async () => {
    const run = await runCli(['--version']);
    const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(run).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it('shows every command and examples for the terminal, CI and editor tooling', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    for (const text of ['check', 'inspect', 'extract', 'In CI', 'For editor tooling', '--format github']) expect(run.stdout).toContain(text);
  });

  it('shows the flags of check, the default command, in citecheck --help', async () => {
    const run = await runCli(['--help']);
    for (const flag of ['--fail-on <list>', '--exclude <regex>', '--report <format[=file]>', '-o, --output <file>']) expect(run.stdout).toContain(flag);
  });

  it('calls a mistyped command an unknown command, with a suggestion (exit 2), not a missing sources file', async () => {
    const run = await runCli(['chek']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown command 'chek' (did you mean check?)");
    expect(run.stderr).not.toContain('no such file');
  });

  it('calls an unknown option a usage error (exit 2)', async () => {
    const run = await runCli(['check', '--no-such-flag']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown option/);
  });
});
