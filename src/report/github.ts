// GitHub Actions workflow commands: annotations on the reference's line in the sources file.
// GitHub shows at most 10 errors, 10 warnings and 10 notices per step, so findings a person must
// act on are spent first and the rest are counted in a closing notice rather than silently lost.
import type { CheckResult, RunReport, Verdict } from '../types.js';
import { fixLines, PLAIN_DIFF } from './details.js';
import type { Reporter } from './reporter.js';
import { oneLine, sanitizeForTerminal } from './sanitize.js';
import { plural, severityOf, verdictCounts } from './verdict-info.js';

const ANNOTATION_CAP = 10;

// The escaping rules of @actions/core (toolkit/packages/core/src/command.ts).
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Findings a person must act on (fix the citation, update the URL, check by hand) before transient
 * errors that the next run may not repeat; the sources-file order among equals.
 */
const ANNOTATION_ORDER: readonly Verdict[] = ['dead', 'soft-404', 'title-mismatch', 'date-mismatch', 'moved', 'blocked', 'unverifiable', 'error'];

type Level = 'error' | 'warning' | 'notice';

function inAnnotationOrder(results: readonly CheckResult[]): CheckResult[] {
  const rank = (result: CheckResult) => {
    const index = ANNOTATION_ORDER.indexOf(result.verdict);
    return index === -1 ? ANNOTATION_ORDER.length : index;
  };
  return results
    .map((result, index) => ({ result, index }))
    .sort((a, b) => rank(a.result) - rank(b.result) || a.index - b.index)
    .map(({ result }) => result);
}

/** failing → error; a live waiver → notice (a decision already taken); any other problem → warning. */
function levelOf(result: CheckResult): Level | null {
  const severity = severityOf(result);
  if (severity === 'failure') return 'error';
  if (severity === 'fine') return null;
  return result.waiver && !result.waiver.expired ? 'notice' : 'warning';
}

function annotation(level: Level, result: CheckResult, pathOf: (file: string) => string): string {
  const { line, column } = result.location;
  const file = pathOf(result.location.file);
  const title = `[${oneLine(result.id)}] ${result.verdict}${result.outlet ? ` · ${oneLine(result.outlet)}` : ''}`;
  const properties = `file=${escapeProperty(oneLine(file))},line=${line},col=${column},title=${escapeProperty(title)}`;
  const message = [oneLine(result.reason), oneLine(result.url), ...fixLines(result, PLAIN_DIFF)].filter(Boolean).join('\n');
  return `::${level} ${properties}::${escapeData(sanitizeForTerminal(message))}`;
}

function closingNotice(report: RunReport, omitted: Record<Level, number>, waived: number, pathOf: (file: string) => string): string {
  const parts = [`${plural(report.summary.total, 'reference')}: ${verdictCounts(report.summary.verdicts) || 'nothing to check'}`];
  if (waived > 0) parts.push(`${waived} waived`);
  if (omitted.error + omitted.warning + omitted.notice > 0) {
    const counts = [plural(omitted.error, 'more error'), plural(omitted.warning, 'more warning')];
    if (omitted.notice > 0) counts.push(plural(omitted.notice, 'more waived notice'));
    parts.push(`not annotated (GitHub shows 10 of each): ${counts.join(', ')}`);
  }
  parts.push(`exit status ${report.summary.exitCode}`);
  return `::notice file=${escapeProperty(oneLine(pathOf(report.sources)))},title=citecheck::${escapeData(parts.join('; '))}`;
}

export const githubReporter: Reporter = {
  render(report, ctx) {
    const pathOf = ctx.pathOf ?? ((file: string) => file);
    const lines: string[] = [];
    // The closing notice is a notice too: one of the 10 is kept for it.
    const caps: Record<Level, number> = { error: ANNOTATION_CAP, warning: ANNOTATION_CAP, notice: ANNOTATION_CAP - 1 };
    const used: Record<Level, number> = { error: 0, warning: 0, notice: 0 };
    const omitted: Record<Level, number> = { error: 0, warning: 0, notice: 0 };
    const waivedNotices: string[] = [];
    let waived = 0;
    for (const result of inAnnotationOrder(report.results)) {
      const level = levelOf(result);
      if (level === null) continue;
      if (level === 'notice') waived++;
      if (used[level] >= caps[level]) {
        omitted[level]++;
        continue;
      }
      used[level]++;
      // Waived results come after everything that still needs a person.
      (level === 'notice' ? waivedNotices : lines).push(annotation(level, result, pathOf));
    }
    lines.push(...waivedNotices, closingNotice(report, omitted, waived, pathOf));
    return lines.join('\n') + '\n';
  },
};
