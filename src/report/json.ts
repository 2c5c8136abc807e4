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

/** The report's fields in order, `results` last and given by the caller. */
function jsonReportWith(report: RunReport, results: Record<string, unknown>[]): Record<string, unknown> {
  return {
    schemaVersion: report.schemaVersion,
    tool: { name: report.tool.name, version: report.tool.version },
    sources: report.sources,
    startedAt: report.startedAt,
    durationMs: report.durationMs,
    options: report.options,
    summary: jsonSummary(report.summary),
    results,
  };
}

export function jsonReport(report: RunReport): Record<string, unknown> {
  return jsonReportWith(report, report.results.map(jsonResult));
}

/**
 * Results per piece of renderChunks (≈ 40 KB of text). Pieces stay under V8's large-object size
 * (128 KB): a larger string is allocated where only a full collection frees it, so the pieces of
 * a 10,000-result report would pile up until the end of the write.
 */
export const RESULTS_PER_CHUNK = 16;

// What JSON.stringify writes around the results when they are the only key: what remains is each
// result indented exactly as at its place in the whole report (results is the report's last key).
const RESULTS_OPEN = '{\n  "results": [\n';
const RESULTS_CLOSE = '\n  ]\n}';

/**
 * The same text as render, a few results at a time: the report without its results, then the
 * results, each made into a JSON object only when its piece is written.
 */
function* jsonChunks(report: RunReport): Iterable<string> {
  if (report.results.length === 0) {
    yield `${stringify(jsonReport(report), 2)}\n`;
    return;
  }
  const head = stringify(jsonReportWith(report, []), 2);
  yield `${head.slice(0, head.length - '[]\n}'.length)}[\n`;
  const results = report.results;
  for (let start = 0; start < results.length; start += RESULTS_PER_CHUNK) {
    const piece = stringify({ results: results.slice(start, start + RESULTS_PER_CHUNK).map(jsonResult) }, 2);
    const text = piece.slice(RESULTS_OPEN.length, piece.length - RESULTS_CLOSE.length);
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
