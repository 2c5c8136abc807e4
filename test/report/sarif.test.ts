import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { fingerprint, sarifReporter } from '../../src/report/sarif.js';
import { CTX, makeReport, RESULTS } from './fixture.js';

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: string; justification: string }[];
  properties: { id: string };
}

interface SarifLog {
  version: string;
  runs: { tool: { driver: { name: string; version: string; rules: { id: string; helpUri: string }[] } }; results: SarifResult[] }[];
}

function render(results = RESULTS): SarifLog {
  return JSON.parse(sarifReporter.render(makeReport(results), CTX)) as SarifLog;
}

describe('--format sarif', () => {
  it('validates against a faithful subset of the SARIF 2.1.0 schema (draft-07)', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const schema = JSON.parse(readFileSync(fileURLToPath(new URL('./sarif-2.1.0.subset.json', import.meta.url)), 'utf8')) as object;
    const validate = ajv.compile(schema);
    const log = render();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    // The subset is strict enough to catch a stray property.
    (log.runs[0]!.results[0] as unknown as Record<string, unknown>).bogus = 1;
    expect(validate(log)).toBe(false);
  });

  it('has one rule per verdict and results that point at the rule and at the reference line', () => {
    const log = render();
    const run = log.runs[0]!;
    expect(log.version).toBe('2.1.0');
    expect(run.tool.driver.name).toBe('citecheck');
    expect(run.tool.driver.rules.map((rule) => rule.id)).toContain('citecheck/title-mismatch');
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
    }
    const mismatch = run.results.find((result) => result.properties.id === '8')!;
    expect(mismatch.level).toBe('error');
    expect(mismatch.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'sources.json' },
      region: { startLine: 80, startColumn: 5 },
    });
    expect(mismatch.message.text).toContain('[-deployed-] {+sent+}');
  });

  it('leaves verified and skipped out, warns for non-failing verdicts, suppresses live waivers only', () => {
    const results = render().runs[0]!.results;
    const byId = new Map(results.map((result) => [result.properties.id, result]));
    expect(byId.has('1')).toBe(false);
    expect(byId.has('2')).toBe(false);
    expect(byId.get('3')!.level).toBe('warning');
    expect(byId.get('10')!.level).toBe('warning');
    expect(byId.get('11')!.suppressions).toEqual([{ kind: 'external', justification: 'checked by hand in the library archive' }]);
    expect(byId.get('12')!.suppressions).toBeUndefined();
  });

  it('fingerprints are sha256 of id and url: stable across runs and line moves, distinct per reference', () => {
    const first = render().runs[0]!.results.map((result) => result.partialFingerprints['citecheck/v1']);
    const moved = RESULTS.map((result) => ({ ...result, location: { ...result.location, line: result.location.line + 7 } }));
    const second = render(moved).runs[0]!.results.map((result) => result.partialFingerprints['citecheck/v1']);
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    expect(first[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprint({ ...RESULTS[3]!, url: 'https://other.example/' })).not.toBe(fingerprint(RESULTS[3]!));
  });
});
