// The machine-readable report, in its documented shape and key order (schema/report.schema.json).
// JSON.stringify already escapes C0 controls (ESC becomes \u001b); C1 controls, bidi marks and U+2028/2029 are escaped as well,
// so a report piped to a terminal or split into lines by a naive reader stays inert.
import type { CheckResult, RunReport, RunSummary } from '../types.js';
import type { Reporter } from './reporter.js';

// Outside strings JSON text is pure ASCII, so escaping these code points anywhere is safe.
const UNSAFE_IN_OUTPUT = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function stringify(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(
    UNSAFE_IN_OUTPUT,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A result in the documented key order; undefined optional fields disappear in JSON.stringify. */
export function jsonResult(result: CheckResult): Record<string, unknown> {
  return {
    id: result.id,
    verdict: result.verdict,
    reason: result.reason,
    location: result.location,
    outlet: result.outlet,
    url: result.url,
    finalUrl: result.finalUrl,
    suggestedUrl: result.suggestedUrl,
    http: result.http,
    title: result.title,
    date: result.date,
    waiver: result.waiver,
    via: result.via,
    fix: result.fix,
    alternates: result.alternates,
    failing: result.failing,
    cached: result.cached,
    pending: result.pending,
    archive: result.archive,
    drift: result.drift,
  };
}

export function jsonSummary(summary: RunSummary): Record<string, unknown> {
  return {
    total: summary.total,
    verdicts: summary.verdicts,
    exitCode: summary.exitCode,
    slowedSites: summary.slowedSites,
    networkUnavailable: summary.networkUnavailable,
    waived: summary.waived,
    pending: summary.pending,
  };
}

export function jsonReport(report: RunReport): Record<string, unknown> {
  return {
    schemaVersion: report.schemaVersion,
    tool: { name: report.tool.name, version: report.tool.version },
    sources: report.sources,
    startedAt: report.startedAt,
    durationMs: report.durationMs,
    options: report.options,
    summary: jsonSummary(report.summary),
    results: report.results.map(jsonResult),
  };
}

/** Results per piece of renderChunks: few writes, small pieces (≈ 300 KB). */
const RESULTS_PER_CHUNK = 100;

/**
 * The same text as render, a hundred results at a time: the report without its results, then each
 * result as JSON.stringify would indent it at that depth (results is the report's last key).
 */
function* jsonChunks(report: RunReport): Iterable<string> {
  const whole = jsonReport(report);
  const results = whole.results as Record<string, unknown>[];
  if (results.length === 0) {
    yield `${stringify(whole, 2)}\n`;
    return;
  }
  const head = stringify({ ...whole, results: [] }, 2);
  yield `${head.slice(0, head.length - '[]\n}'.length)}[\n`;
  for (let start = 0; start < results.length; start += RESULTS_PER_CHUNK) {
    const slice = results.slice(start, start + RESULTS_PER_CHUNK);
    // A newline inside a JSON string is written \n, so every raw newline starts a line to indent.
    const text = slice.map((result) => `    ${stringify(result, 2).replace(/\n/g, '\n    ')}`).join(',\n');
    yield start + RESULTS_PER_CHUNK < results.length ? `${text},\n` : `${text}\n  ]\n}\n`;
  }
}

export const jsonReporter: Reporter = {
  render: (report) => `${stringify(jsonReport(report), 2)}\n`,
  renderChunks: jsonChunks,
};

const ndjsonLine = (result: CheckResult) => `${stringify(jsonResult(result))}\n`;
const ndjsonEnd = (report: RunReport) => `${stringify({ summary: jsonSummary(report.summary) })}\n`;

export const ndjsonReporter: Reporter = {
  render: (report) => report.results.map(ndjsonLine).join('') + ndjsonEnd(report),
  renderResult: ndjsonLine,
  renderEnd: ndjsonEnd,
};
