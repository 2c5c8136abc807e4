// `citecheck extract` on the note styles authors use, from a file or standard input, and the
// command line's answers to a mistyped command and to --help. Through the built CLI.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'citecheck-extract-e2e-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** runCli with `input` on the child's standard input. */
function runWithInput(args: string[], input: string, cwd: string): Promise<CliRun> {
  return runCli(args, { cwd, input });
}

const NOTES = [
  '# A Title', //                                                                              1
  '', //                                                                                       2
  'Jane Doe', //                                                                               3
  '', //                                                                                       4
  'December 5, 2024', //                                                                       5
  '', //                                                                                       6
  'One.[^1] Two.[^2] Three.[^3]', //                                                           7
  '', //                                                                                       8
  '[^1]: Kim, "Title One," *The Korea Times*, December 16, 2024, https://example.com/a.', //  9
  '[^2]: Lee Min, “[Title Two](#)”, The Korea Herald, Nov 21, 2024, https://example.com/b', // 10
  '[^3]: See above.', //                                                                       11
].join('\n');

describe('citecheck extract', () => {
  it('reads Markdown footnotes in Chicago style with URLs written out, from a file; the unreadable one with its line', async () => {
    const path = join(dir, 'notes.md');
    writeFileSync(path, NOTES);
    const run = await runCli(['extract', path], { cwd: dir });
    expect(run.code).toBe(1);
    const sources = JSON.parse(run.stdout);
    expect(sources.$schema).toBe('./node_modules/citecheck/schema/sources.schema.json');
    expect(sources.document).toEqual({ title: 'A Title', author: 'Jane Doe', date: '2024-12-05' });
    expect(sources.references).toEqual([
      { id: '1', authors: ['Kim'], title: 'Title One', outlet: 'The Korea Times', date: '2024-12-16', url: 'https://example.com/a' },
      { id: '2', authors: ['Lee Min'], title: 'Title Two', outlet: 'The Korea Herald', date: '2024-11-21', url: 'https://example.com/b' },
    ]);
    expect(run.stderr).toBe(`${path}:11: footnote 3: no quoted or linked title found; footnote left out\n  See above.\n`);
  });

  it('`-` reads the document from standard input, named <stdin>', async () => {
    const run = await runWithInput(['extract', '-'], NOTES, dir);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).references.map((reference: { id: string }) => reference.id)).toEqual(['1', '2']);
    expect(run.stderr).toMatch(/^<stdin>:11: footnote 3: /);
  });
});

describe('citecheck extract on a document without footnotes', () => {
  it('refuses it (exit 2) and prints no sources file', async () => {
    const path = join(dir, 'prose.md');
    writeFileSync(path, '# Just prose\n\nNo notes here.\n');
    const run = await runCli(['extract', path], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/prose\.md has no footnotes/);
  });
});

describe('the command line', () => {
  it('a mistyped command is an unknown command with a suggestion, exit 2, nothing read', async () => {
    const run = await runCli(['chek'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown command 'chek'/);
    expect(run.stderr).toMatch(/did you mean check\?/);
  });

  it('an existing file named like a command is still checked as a sources file', async () => {
    writeFileSync(join(dir, 'chek'), '{ "references": [ }');
    const run = await runCli(['chek'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/chek is not valid JSON/);
    rmSync(join(dir, 'chek'));
  });

  it('`check chek` names the missing sources file, not a command', async () => {
    const run = await runCli(['check', 'chek'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot read chek: no such file/);
  });

  it('--help shows the flags of check, the default command', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    for (const flag of ['--format <format>', '--fail-on <list>', '--only <list>', '--timeout', '--allow-private']) expect(run.stdout).toContain(flag);
  });
});
