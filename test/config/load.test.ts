import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { CitecheckError, formatProblem } from '../../src/errors.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'citecheck-config-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function failure(promise: Promise<unknown>): Promise<CitecheckError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(CitecheckError);
  return error as CitecheckError;
}

const VALID = `{
  "$schema": "./schema/config.schema.json",
  "format": "markdown",
  "hostInterval": 2000,
  "failOn": ["dead", "error"],
  "sites": {
    "koreatimes.co.kr": { "interval": 5000, "userAgent": "Mozilla/5.0 citecheck", "acceptStatuses": [403] }
  },
  "waivers": [
    { "id": "11", "verdicts": ["blocked"], "reason": "paywall, checked by hand", "expires": "2026-06-01" }
  ]
}
`;

describe('loadConfig', () => {
  it('reads ./citecheck.config.json when present', async () => {
    await writeFile(join(dir, 'citecheck.config.json'), VALID);
    const { config, path } = await loadConfig(undefined, dir);
    expect(path).toBe(join(dir, 'citecheck.config.json'));
    expect(config.format).toBe('markdown');
    expect(config.sites?.['koreatimes.co.kr']?.interval).toBe(5000);
    expect(config.waivers?.[0]).toEqual({ id: '11', verdicts: ['blocked'], reason: 'paywall, checked by hand', expires: '2026-06-01' });
  });

  it('without a config file and without --config, runs on defaults', async () => {
    expect(await loadConfig(undefined, dir)).toEqual({ config: {}, path: null });
  });

  it('--config with a missing file is an error', async () => {
    const error = await failure(loadConfig('nope.json', dir));
    expect(error.code).toBe('CONFIG_NOT_FOUND');
    expect(error.message).toContain('nope.json');
  });

  it('invalid JSON is located by line and column', async () => {
    await writeFile(join(dir, 'bad.json'), '{\n  "format": "json",\n  "timeout": 10\n  "retries": 1\n}\n');
    const error = await failure(loadConfig('bad.json', dir));
    expect(error.code).toBe('CONFIG_INVALID_JSON');
    expect(formatProblem(error.problems[0]!)).toBe('bad.json:4:3 invalid JSON: a comma is expected');
  });

  it('schema violations are located with their JSON path, line and column', async () => {
    const text = '{\n  "timeout": -5,\n  "sites": {\n    "example.org": { "interval": "fast" }\n  },\n  "failOn": ["dead", "gone"]\n}\n';
    await writeFile(join(dir, 'citecheck.config.json'), text);
    const error = await failure(loadConfig(undefined, dir));
    expect(error.code).toBe('CONFIG_SCHEMA');
    const located = error.problems.map((problem) => `${problem.line}:${problem.column} ${problem.path}`);
    expect(located).toEqual(['2:3 timeout', '4:22 sites.example.org.interval', '6:22 failOn[1]']);
  });

  it('an unknown key (a typo) is rejected at the key itself', async () => {
    await writeFile(join(dir, 'c.json'), '{\n  "format": "text",\n  "hostIntervall": 500\n}\n');
    const error = await failure(loadConfig('c.json', dir));
    expect(error.code).toBe('CONFIG_SCHEMA');
    expect(formatProblem(error.problems[0]!)).toMatch(/^c\.json:3:3 hostIntervall: unknown key "hostIntervall": did you mean "hostInterval"\?/);
  });

  it('a waiver must name exactly one of id, url, site', async () => {
    const text = '{\n  "waivers": [\n    { "id": "3", "site": "koreatimes.co.kr", "verdicts": ["blocked"], "reason": "r" },\n    { "verdicts": ["dead"], "reason": "r" }\n  ]\n}\n';
    await writeFile(join(dir, 'c.json'), text);
    const error = await failure(loadConfig('c.json', dir));
    expect(error.problems.map((problem) => [problem.path, problem.line])).toEqual([
      ['waivers[0].site', 3],
      ['waivers[1]', 4],
    ]);
    expect(error.problems[0]!.message).toContain('exactly one of "id", "url" or "site"');
  });

  it('a waiver expiry must be a real YYYY-MM-DD date', async () => {
    await writeFile(join(dir, 'c.json'), '{ "waivers": [{ "url": "https://a.example/x", "verdicts": ["dead"], "reason": "r", "expires": "2025-02-30" }] }');
    const error = await failure(loadConfig('c.json', dir));
    expect(error.problems[0]!.path).toBe('waivers[0].expires');
  });
});

describe('site keys', () => {
  it('rejects a site written as a URL, with its location', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'citecheck-sites-'));
    const path = join(dir, 'c.json');
    await writeFile(path, '{\n  "sites": {\n    "https://www.koreatimes.co.kr": { "interval": 5000 }\n  }\n}\n');
    const error = await loadConfig(path, dir).catch((caught: unknown) => caught as CitecheckError);
    await rm(dir, { recursive: true, force: true });
    expect(error).toBeInstanceOf(CitecheckError);
    expect((error as CitecheckError).problems[0]!.message).toMatch(/without scheme/);
    expect((error as CitecheckError).problems[0]!.line).toBe(3);
  });
});
