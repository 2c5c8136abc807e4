// CI output that lands where people look (issue 9.4), through main() in-process.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitTopLevel } from '../../src/cli/repo-path.js';
import { runMain } from '../helpers/main-in-process.js';
import { startSite, type SiteServer } from '../helpers/site-server.js';

const FAST = ['--allow-private', '--ignore-robots', '--host-interval', '0', '--retries', '0', '--timeout', '3s'];
let site: SiteServer;
let repo: string;
let sub: string;

beforeAll(async () => {
  site = await startSite({}, '127.0.0.45');
  repo = await mkdtemp(join(tmpdir(), 'citecheck-ci-'));
  sub = join(repo, 'docs', 'refs');
  await mkdir(sub, { recursive: true });
  await writeFile(
    join(sub, 'sources.json'),
    JSON.stringify({ references: [{ id: '1', authors: [], title: 'Gone story', outlet: 'X', date: '2024-11-20', url: `${site.origin}/gone` }] }, null, 2),
  );
});
afterAll(async () => {
  await site?.close();
  if (repo) await rm(repo, { recursive: true, force: true });
});

describe('annotation and SARIF paths', () => {
  it('are relative to GITHUB_WORKSPACE when it is set', async () => {
    const run = await runMain(['sources.json', '-f', 'github', '--report', `sarif=${join(sub, 'out.sarif')}`, ...FAST], { cwd: sub, env: { GITHUB_WORKSPACE: repo } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error file=docs/refs/sources.json,line=3,');
    const sarif = JSON.parse(await readFile(join(sub, 'out.sarif'), 'utf8'));
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('docs/refs/sources.json');
  });

  it('are relative to the git top level without GITHUB_WORKSPACE, else to the working folder', async () => {
    const plain = await runMain(['sources.json', '-f', 'github', ...FAST], { cwd: sub });
    if (gitTopLevel(sub) === null) expect(plain.stdout).toContain('::error file=sources.json,line=3,');
    await mkdir(join(repo, '.git'));
    try {
      const run = await runMain(['sources.json', '-f', 'github', ...FAST], { cwd: sub });
      expect(run.stdout).toContain('::error file=docs/refs/sources.json,line=3,');
    } finally {
      await rm(join(repo, '.git'), { recursive: true });
    }
  });
});

describe('--report FORMAT[=FILE]', () => {
  it('writes several reports from one run: each page is fetched once', async () => {
    const before = site.requests.filter((path) => path === '/gone').length;
    const run = await runMain(['-f', 'github', '--report', 'sarif=r.sarif', '--report', 'json=r.json', '--report', 'junit=r.xml', ...FAST], { cwd: sub });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error /);
    expect(JSON.parse(await readFile(join(sub, 'r.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(JSON.parse(await readFile(join(sub, 'r.json'), 'utf8')).results[0].verdict).toBe('dead');
    expect(await readFile(join(sub, 'r.xml'), 'utf8')).toMatch(/^<\?xml/);
    expect(site.requests.filter((path) => path === '/gone').length - before).toBe(1);
    expect(run.stderr).toContain('→ r.sarif, r.json, r.xml');
  });

  it('sends a --report without a file to stdout when the main report goes to a file, and refuses two on stdout', async () => {
    const run = await runMain(['-o', 'main.json', '--report', 'markdown', ...FAST], { cwd: sub });
    expect(run.stdout).toMatch(/^\| # \| Verdict/);
    expect(JSON.parse(await readFile(join(sub, 'main.json'), 'utf8')).schemaVersion).toBe(1);
    const before = site.requests.length;
    const two = await runMain(['--report', 'markdown', ...FAST], { cwd: sub });
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('2 reports would go to stdout (text, markdown); at most one can');
    expect(site.requests.length).toBe(before);
  });

  it('refuses an unknown format', async () => {
    const run = await runMain(['--report', 'pdf=x.pdf'], { cwd: sub });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/FORMAT or FORMAT=FILE/);
  });
});
