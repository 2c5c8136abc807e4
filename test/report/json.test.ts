import { describe, expect, it } from 'vitest';
import { jsonReporter, ndjsonReporter, RESULTS_PER_CHUNK } from '../../src/report/json.js';
import { checkResultSchema, ndjsonEndSchema, runReportSchema } from '../../src/report/report-schema.js';
import { readSchema, strictAjv } from './ajv.js';
import { CTX, HOSTILE, makeReport, RESULTS } from './fixture.js';
import { pipelineResults } from './pipeline-results.js';

function reportValidator() {
  const ajv = strictAjv();
  ajv.addSchema(readSchema('report'), 'report');
  return {
    report: ajv.getSchema('report')!,
    result: ajv.getSchema('report#/properties/results/items')!,
    summary: ajv.getSchema('report#/properties/summary')!,
  };
}

describe('--format json', () => {
  it('prints the documented shape with 2-space indentation and key order', () => {
    const text = jsonReporter.render(makeReport(), CTX);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "schemaVersion": 1,');
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['schemaVersion', 'tool', 'sources', 'startedAt', 'durationMs', 'summary', 'results']);
    const first = (parsed.results as Record<string, unknown>[])[0]!;
    expect(Object.keys(first).slice(0, 7)).toEqual(['id', 'verdict', 'reason', 'location', 'outlet', 'url', 'finalUrl']);
  });

  it('validates against schema/report.schema.json, hand-built and as the verify stage builds results', () => {
    const validate = reportValidator().report;
    expect(pipelineResults().map((r) => r.verdict)).toEqual([
      'verified', 'title-mismatch', 'date-mismatch', 'dead', 'blocked', 'error', 'moved', 'unverifiable', 'skipped',
    ]);
    for (const results of [RESULTS, pipelineResults()]) {
      const parsed = JSON.parse(jsonReporter.render(makeReport(results), CTX)) as unknown;
      expect(validate(parsed), JSON.stringify(validate.errors)).toBe(true);
      expect(runReportSchema.safeParse(parsed).success).toBe(true);
    }
  });

  it('the schema rejects an undocumented field and an unknown verdict', () => {
    const validate = reportValidator().report;
    const parsed = JSON.parse(jsonReporter.render(makeReport(), CTX)) as { results: Record<string, unknown>[] };
    parsed.results[0]!.extra = 1;
    expect(validate(parsed)).toBe(false);
    delete parsed.results[0]!.extra;
    parsed.results[0]!.verdict = 'fine';
    expect(validate(parsed)).toBe(false);
  });

  it('escapes control characters (ESC becomes \\u001b, C1 and bidi too) and round-trips the text exactly', () => {
    const report = makeReport([{ ...RESULTS[7]!, title: { ...RESULTS[7]!.title, found: HOSTILE } }]);
    const text = jsonReporter.render(report, CTX);
    expect(text).toContain('\\u001b]0;pwned\\u0007');
    expect(text).toContain('\\u009b31m');
    expect(text).toContain('\\u202e');
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    const parsed = JSON.parse(text) as { results: { title: { found: string } }[] };
    expect(parsed.results[0]!.title.found).toBe(HOSTILE);
  });
});

describe('--format ndjson', () => {
  it('prints one valid result per line, then {"summary": ...}', () => {
    const { result, summary } = reportValidator();
    const report = makeReport([...RESULTS, ...pipelineResults()].map((r, i) => ({ ...r, id: String(i + 1) })));
    const lines = ndjsonReporter.render(report, CTX).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(report.results.length + 1);
    for (const line of lines.slice(0, -1)) {
      const parsed = JSON.parse(line) as unknown;
      expect(result(parsed), JSON.stringify(result.errors)).toBe(true);
      expect(checkResultSchema.safeParse(parsed).success).toBe(true);
    }
    const end = JSON.parse(lines.at(-1)!) as { summary: unknown };
    expect(Object.keys(end)).toEqual(['summary']);
    expect(summary(end.summary), JSON.stringify(summary.errors)).toBe(true);
    expect(ndjsonEndSchema.safeParse(end).success).toBe(true);
  });

  it('streams: renderResult and renderEnd give exactly the lines of render', () => {
    const report = makeReport();
    const streamed = report.results.map((r) => ndjsonReporter.renderResult!(r, CTX)).join('') + ndjsonReporter.renderEnd!(report, CTX);
    expect(streamed).toBe(ndjsonReporter.render(report, CTX));
    expect(ndjsonReporter.renderResult!(RESULTS[0]!, CTX).match(/\n/g)).toHaveLength(1);
  });
});

describe('--format json in pieces (renderChunks, for --output)', () => {
  const many = (count: number) =>
    Array.from({ length: count }, (_, i) => ({
      ...RESULTS[i % RESULTS.length]!,
      id: String(i + 1),
      // A line break, an astral character and the escaped controls must come out as render writes them.
      reason: `${HOSTILE} 😀 line\nbreak #${i}`,
    }));

  for (const count of [0, 1, RESULTS.length, 100, 101, 250]) {
    it(`is render's text, byte for byte, with ${count} results`, () => {
      const report = makeReport(many(count));
      const pieces = [...jsonReporter.renderChunks!(report, CTX)];
      expect(pieces.join('')).toBe(jsonReporter.render(report, CTX));
      expect(pieces.length).toBe(count === 0 ? 1 : 1 + Math.ceil(count / RESULTS_PER_CHUNK));
      // Under V8's large-object size (128 KB): larger strings are freed only by a full collection.
      for (const piece of pieces.slice(1)) expect(piece.length).toBeLessThan(128 * 1024);
    });
  }
});
