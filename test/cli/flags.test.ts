// Flags that used to do nothing or the wrong thing (issue 9.3), through main() in-process. The
// references here have no URL, so no request is ever made.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidArgumentError } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duration, verdictList } from '../../src/cli/parse-flags.js';
import { runMain } from '../helpers/main-in-process.js';

let dir: string;
const ref = (id: string) => ({ id, authors: [], title: `Story ${id}`, outlet: 'X', date: '2024-11-20', url: null });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'citecheck-flags-'));
  await writeFile(join(dir, 'sources.json'), JSON.stringify({ references: [ref('1'), ref('2'), ref('3')] }, null, 2));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('--fail-on and --only', () => {
  it("refuses an empty --fail-on '' (none stays the way to say never fail)", async () => {
    const empty = await runMain(['--fail-on', ''], { cwd: dir });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('--fail-on none');
    expect((await runMain(['--fail-on', 'none', '--quiet'], { cwd: dir })).code).toBe(0);
  });

  it('adds up repeated --fail-on flags', async () => {
    // Every reference is skipped: only a list that kept "skipped" fails the run.
    expect((await runMain(['--fail-on', 'skipped', '--fail-on', 'dead'], { cwd: dir })).code).toBe(1);
    expect((await runMain(['--fail-on', 'dead'], { cwd: dir })).code).toBe(0);
    expect(verdictList('error', ['dead'])).toEqual(['dead', 'error']);
  });

  it('adds up repeated --only flags', async () => {
    const run = await runMain(['--only', '1', '--only', '3', '--format', 'json'], { cwd: dir });
    const reasons = JSON.parse(run.stdout).results.map((result: { id: string; reason: string }) => `${result.id} ${result.reason}`);
    expect(reasons).toEqual(['1 no URL recorded', '2 left out by --only', '3 no URL recorded']);
  });
});

describe('--output', () => {
  it('refuses a value that looks like a flag, and writes no file named after it', async () => {
    const run = await runMain(['--output', '--quiet'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/looks like a flag/);
    expect(await readdir(dir)).not.toContain('--quiet');
  });

  it.each([
    ['r.json', 'json', (text: string) => JSON.parse(text).schemaVersion === 1],
    ['r.ndjson', 'ndjson', (text: string) => JSON.parse(text.trim().split('\n').at(-1)!).summary.total === 3],
    ['r.xml', 'junit', (text: string) => text.startsWith('<?xml')],
    ['r.sarif', 'sarif', (text: string) => JSON.parse(text).version === '2.1.0'],
    ['r.md', 'markdown', (text: string) => text.startsWith('| # |')],
  ])('without --format, %s gets a %s report, and stderr says so', async (file, format, looksRight) => {
    const run = await runMain(['--output', file], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`writing a ${format} report to ${file} (from its extension`);
    expect(looksRight(await readFile(join(dir, file), 'utf8'))).toBe(true);
  });

  it('keeps an explicit --format over the extension, and text for an unknown extension', async () => {
    await runMain(['--output', 'r2.json', '--format', 'text'], { cwd: dir });
    expect(await readFile(join(dir, 'r2.json'), 'utf8')).toMatch(/^citecheck /);
    await runMain(['--output', 'r.txt'], { cwd: dir });
    expect(await readFile(join(dir, 'r.txt'), 'utf8')).toMatch(/^citecheck /);
  });
});

describe('durations', () => {
  it('reads 15s, 1500ms, 2m and a bare number as milliseconds', () => {
    const timeout = duration({ minimum: 1, bareMinimum: 100 });
    expect([timeout('15s'), timeout('1500ms'), timeout('2m'), timeout('250'), timeout('0.5s')]).toEqual([15_000, 1500, 120_000, 250, 500]);
    expect(duration()('0')).toBe(0);
    for (const bad of ['fast', '15 h', '-1', '']) expect(() => timeout(bad)).toThrow(InvalidArgumentError);
  });

  it('refuses a bare --timeout under 100 with a hint, through the CLI', async () => {
    const run = await runMain(['--timeout', '20'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('write 20s for seconds');
    expect((await runMain(['--timeout', '20s', '--host-interval', '2s', '--quiet'], { cwd: dir })).code).toBe(0);
  });
});

describe("the project's own words", () => {
  it('says what is wrong in a config file, at its line, without the validation library\'s texts', async () => {
    await writeFile(join(dir, 'bad.json'), '{\n  "concurrency": 0,\n  "timeout": "5",\n  "retries": 1.5\n}\n');
    const run = await runMain(['--config', 'bad.json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('bad.json:2:3 concurrency: must be 1 or more');
    expect(run.stderr).toContain('bad.json:3:3 timeout: must be a number, not the text "5"');
    expect(run.stderr).toContain('bad.json:4:3 retries: must be a whole number, not 1.5');
    expect(run.stderr).not.toMatch(/Too small|Invalid input|expected number/);
  });

  it('says why a step summary cannot be written in words, not as an errno', async () => {
    const run = await runMain(['--format', 'github'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: join(dir, 'no', 'such', 'summary.md') } });
    expect(run.stderr).toContain('no such file');
    expect(run.stderr).not.toContain('ENOENT');
  });
});
