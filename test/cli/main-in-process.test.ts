// main(argv, terminal) runs in the caller's process: it returns the exit code instead of setting
// process.exitCode, and writes only to the terminal it is given.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMain } from '../helpers/main-in-process.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'citecheck-main-'));
  await writeFile(join(dir, 'sources.json'), '{ "references": [ { "id": "1" } ] }\n');
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('main in-process', () => {
  it('returns 2 for a bad sources file, reads it relative to the terminal\'s folder, and leaves process.exitCode alone', async () => {
    const before = process.exitCode;
    const run = await runMain(['check', 'sources.json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('sources.json does not match the sources file schema');
    expect(run.stdout).toBe('');
    expect(process.exitCode).toBe(before);
  });

  it('prints --version on the given stdout', async () => {
    const run = await runMain(['--version'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
