// The reporters' map keyed by --format: adding a format is one file and one line here.
import { githubReporter } from './github.js';
import { jsonReporter, ndjsonReporter } from './json.js';
import { junitReporter } from './junit.js';
import { markdownReporter } from './markdown.js';
import type { Reporter } from './reporter.js';
import { sarifReporter } from './sarif.js';
import { textReporter } from './text.js';
import type { ReportFormat } from './formats.js';

export { REPORT_FORMATS, type ReportFormat } from './formats.js';
export type { ReportContext, Reporter } from './reporter.js';
export { githubStepSummary } from './markdown.js';
export { sanitizeForTerminal } from './sanitize.js';

export const reporters: Record<ReportFormat, Reporter> = {
  text: textReporter,
  json: jsonReporter,
  ndjson: ndjsonReporter,
  junit: junitReporter,
  github: githubReporter,
  sarif: sarifReporter,
  markdown: markdownReporter,
};
