// A Markdown table for a pull-request comment or $GITHUB_STEP_SUMMARY. GitHub renders HTML and
// Markdown inside cells, so page-borne text is escaped until it can only be read, never rendered.
import type { CheckResult, RunReport } from '../types.js';
import { fixLines, formatDuration, formatLocation, type DiffStyle } from './details.js';
import type { Reporter } from './reporter.js';
import { oneLine, sanitizeForTerminal } from './sanitize.js';
import { plural, severityOf, VERDICT_BADGES, verdictCounts } from './verdict-info.js';

/** Escapes a table cell: HTML, Markdown emphasis, code, links, pipes; folds newlines. */
export function escapeCell(text: string | null | undefined): string {
  return escapeMarkup(oneLine(text));
}

function escapeMarkup(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~!#])/g, '\\$1');
}

/** A URL usable as a Markdown link target, or null when it is not an http(s) URL. */
function linkTarget(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(oneLine(url));
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20');
  } catch {
    return null;
  }
}

// The diff marks its words with control characters, which only the diff can put there: every
// page-borne string has lost its controls to oneLine() by then (private-use placeholders, which a
// page may carry, let a headline inject bold text). Fix lines are escaped around the marks, which
// then become Markdown strikethrough and bold.
const MARK = { removedOpen: '\u0001', removedClose: '\u0002', addedOpen: '\u0003', addedClose: '\u0004' };
const MARKS = /([\u0001-\u0004])/;
const stripMarks = (text: string) => text.replace(/[\u0001-\u0004]/g, '');
const MARKED_DIFF: DiffStyle = {
  removed: (text) => `${MARK.removedOpen}${stripMarks(text)}${MARK.removedClose}`,
  added: (text) => `${MARK.addedOpen}${stripMarks(text)}${MARK.addedClose}`,
};

function escapeFixLine(line: string): string {
  return line
    .split(MARKS)
    .map((piece) => {
      if (piece === MARK.removedOpen || piece === MARK.removedClose) return '~~';
      if (piece === MARK.addedOpen || piece === MARK.addedClose) return '**';
      // Pieces keep their edge spaces (the words around a mark): sanitized, folded, not trimmed.
      return escapeMarkup(sanitizeForTerminal(piece).replace(/\s+/g, ' '));
    })
    .join('')
    .trim();
}

function row(result: CheckResult): string {
  const target = linkTarget(result.url);
  const id = target ? `[${escapeCell(result.id)}](${target})` : escapeCell(result.id);
  const verdict = `${VERDICT_BADGES[result.verdict]} ${result.verdict}`;
  const details = [escapeCell(result.reason)];
  if (severityOf(result) !== 'fine' || result.alternates?.length) {
    details.push(...fixLines(result, MARKED_DIFF).map(escapeFixLine));
    details.push(escapeCell(formatLocation(result, false)));
  }
  return `| ${id} | ${verdict} | ${escapeCell(result.outlet)} | ${details.join('<br>')} |`;
}

function summaryLine(report: RunReport): string {
  const counts = verdictCounts(report.summary.verdicts) || 'nothing to check';
  return `**${plural(report.summary.total, 'reference')}**: ${counts} · ${formatDuration(report.durationMs)} · exit status ${report.summary.exitCode}`;
}

function table(results: readonly CheckResult[]): string[] {
  return ['| # | Verdict | Outlet | Reason |', '|---|---|---|---|', ...results.map((result) => row(result))];
}

export const markdownReporter: Reporter = {
  render(report) {
    return [...table(report.results), '', summaryLine(report), ''].join('\n');
  },
};

/** For $GITHUB_STEP_SUMMARY: the counts, then only the references that need a look. */
export function githubStepSummary(report: RunReport): string {
  const attention = report.results.filter((result) => severityOf(result) !== 'fine');
  const lines = [`### citecheck: ${escapeCell(report.sources)}`, '', summaryLine(report), ''];
  if (attention.length > 0) lines.push(...table(attention), '');
  else lines.push('Every checked reference is verified.', '');
  const slowed = report.summary.slowedSites ?? [];
  if (slowed.length > 0) {
    lines.push(`Sites that asked us to slow down: ${slowed.map((entry) => `${escapeCell(entry.site)} (${escapeCell(entry.reason)})`).join(', ')}`, '');
  }
  return lines.join('\n');
}
