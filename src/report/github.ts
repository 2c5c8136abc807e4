// GitHub Actions workflow commands: annotations on the reference's line in the sources file.
// GitHub shows at most 10 errors and 10 warnings per step, so the worst are spent first and the
// rest are counted in a closing notice rather than silently lost.
import type { CheckResult, RunReport } from '../types.js';
import { fixLines, PLAIN_DIFF } from './details.js';
import type { Reporter } from './reporter.js';
import { oneLine, sanitizeForTerminal } from './sanitize.js';
import { plural, severityOf, verdictCounts, worstFirst } from './verdict-info.js';

const ANNOTATION_CAP = 10;

// The escaping rules of @actions/core (toolkit/packages/core/src/command.ts).
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function annotation(level: 'error' | 'warning', result: CheckResult): string {
  const { file, line, column } = result.location;
  const title = `[${oneLine(result.id)}] ${result.verdict}${result.outlet ? ` · ${oneLine(result.outlet)}` : ''}`;
  const properties = `file=${escapeProperty(oneLine(file))},line=${line},col=${column},title=${escapeProperty(title)}`;
  const message = [oneLine(result.reason), oneLine(result.url), ...fixLines(result, PLAIN_DIFF)].filter(Boolean).join('\n');
  return `::${level} ${properties}::${escapeData(sanitizeForTerminal(message))}`;
}

function closingNotice(report: RunReport, omitted: { error: number; warning: number }, waived: number): string {
  const parts = [`${plural(report.summary.total, 'reference')}: ${verdictCounts(report.summary.verdicts) || 'nothing to check'}`];
  if (waived > 0) parts.push(`${waived} waived`);
  if (omitted.error + omitted.warning > 0) {
    parts.push(
      `not annotated (GitHub shows 10 of each): ${plural(omitted.error, 'more error')}, ${plural(omitted.warning, 'more warning')}`,
    );
  }
  parts.push(`exit status ${report.summary.exitCode}`);
  return `::notice file=${escapeProperty(oneLine(report.sources))},title=citecheck::${escapeData(parts.join('; '))}`;
}

export const githubReporter: Reporter = {
  render(report) {
    const lines: string[] = [];
    const used = { error: 0, warning: 0 };
    const omitted = { error: 0, warning: 0 };
    let waived = 0;
    for (const result of worstFirst(report.results)) {
      const severity = severityOf(result);
      if (severity === 'fine') continue;
      // A live waiver is a decision already taken: it is counted, not annotated again on every run.
      if (severity === 'problem' && result.waiver && !result.waiver.expired) {
        waived++;
        continue;
      }
      const level = severity === 'failure' ? 'error' : 'warning';
      if (used[level] < ANNOTATION_CAP) {
        used[level]++;
        lines.push(annotation(level, result));
      } else {
        omitted[level]++;
      }
    }
    lines.push(closingNotice(report, omitted, waived));
    return lines.join('\n') + '\n';
  },
};
