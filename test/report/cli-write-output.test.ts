// src/cli/write-output.ts: --output is replaced atomically, and $GITHUB_STEP_SUMMARY appended.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendStepSummary, writeFileAtomic } from '../../src/cli/write-output.js';
import { CitecheckError } from '../../src/errors.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'citecheck-output-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('replaces the target and leaves no temp file', async () => {
    const target = join(dir, 'report.json');
    await writeFile(target, 'old report, longer than the new one');
    await writeFileAtomic(target, '{"new":true}\n');
    expect(await readFile(target, 'utf8')).toBe('{"new":true}\n');
    expect(await readdir(dir)).toEqual(['report.json']);
  });

  it('writes a report given in pieces, in order, as one file', async () => {
    const target = join(dir, 'report.json');
    await writeFile(target, 'an older and much longer report that must not show through at the end');
    function* pieces() {
      yield '{"a": "';
      yield 'é😀'.repeat(50_000);
      yield '"}\n';
    }
    await writeFileAtomic(target, pieces());
    expect(await readFile(target, 'utf8')).toBe(`{"a": "${'é😀'.repeat(50_000)}"}\n`);
    expect(await readdir(dir)).toEqual(['report.json']);
  });

  it('on failure throws OUTPUT_WRITE and removes its temp file', async () => {
    const target = join(dir, 'is-a-directory');
    await mkdir(target);
    await writeFile(join(target, 'keep'), 'x');
    const error = await writeFileAtomic(target, 'report').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CitecheckError);
    expect((error as CitecheckError).code).toBe('OUTPUT_WRITE');
    expect(await readdir(dir)).toEqual(['is-a-directory']);
  });
});

describe('appendStepSummary', () => {
  it('appends to $GITHUB_STEP_SUMMARY when set, and does nothing otherwise', async () => {
    const summary = join(dir, 'step-summary.md');
    await writeFile(summary, '# earlier step\n');
    await appendStepSummary({ GITHUB_STEP_SUMMARY: summary }, '### citecheck');
    expect(await readFile(summary, 'utf8')).toBe('# earlier step\n### citecheck\n');
    await appendStepSummary({}, 'ignored');
    expect(await readdir(dir)).toEqual(['step-summary.md']);
  });
});
