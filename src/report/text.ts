// The default report: one line per reference, and under each one that needs attention what a
// person has to do about it; then the run in numbers. Written for a terminal 80+ columns wide.
import { makePalette, type Palette } from './palette.js';
import { LEFT_OUT_BY_ONLY, type CheckResult, type RunReport } from '../types.js';
import { fixLines, formatDuration, formatLocation, PLAIN_DIFF, type DiffStyle } from './details.js';
import { oneLine } from './sanitize.js';
import type { Reporter } from './reporter.js';
import { plural, severityOf, verdictCounts } from './verdict-info.js';

const VERDICT_WIDTH = 'title-mismatch'.length;
const OUTLET_MAX = 24;
const REASON_MAX = 100;

function fit(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function diffStyle(palette: Palette): DiffStyle {
  return palette.enabled ? { removed: palette.removed, added: palette.added } : PLAIN_DIFF;
}

function resultLines(result: CheckResult, widths: { id: number; outlet: number }, palette: Palette): string[] {
  const id = oneLine(result.id).padStart(widths.id);
  const verdict = palette.verdict(result.verdict, result.verdict.padEnd(VERDICT_WIDTH));
  const outlet = widths.outlet > 0 ? `  ${fit(oneLine(result.outlet), widths.outlet)}` : '';
  const lines = [`  ${id}  ${verdict}${outlet}  ${truncate(oneLine(result.reason), REASON_MAX)}`.trimEnd()];
  if (severityOf(result) === 'fine' && !result.alternates?.length && !result.drift) return lines;
  const indent = ' '.repeat(2 + widths.id + 2);
  const where = `${formatLocation(result)}${result.url ? `  ${oneLine(result.url)}` : ''}`;
  lines.push(indent + palette.dim(where));
  for (const line of fixLines(result, diffStyle(palette))) lines.push(indent + line);
  return lines;
}

function exitLine(report: RunReport): string {
  const { exitCode } = report.summary;
  if (exitCode === 3 && report.summary.networkUnavailable) return 'exit status 3: the network is unavailable, no verdict is claimed';
  if (exitCode === 3) {
    const unchecked = report.results.filter((result) => result.notChecked).length;
    return `exit status 3: ${plural(unchecked, 'reference')} could not be checked (DNS did not answer); nothing else failed`;
  }
  const failing = report.results.filter((result) => result.failing === true);
  if (failing.length === 0) return `exit status ${exitCode}: no reference has a verdict in --fail-on`;
  const verdicts = [...new Set(failing.map((result) => result.verdict))].join(', ');
  return `exit status ${exitCode}: ${plural(failing.length, 'reference')} failed (${verdicts})`;
}

function summaryLines(report: RunReport, palette: Palette): string[] {
  const { summary } = report;
  const waived = report.results.filter((result) => result.waiver && !result.waiver.expired).length;
  const counts = verdictCounts(summary.verdicts) || 'nothing to check';
  const lines = [`${plural(summary.total, 'reference')}: ${counts}${waived > 0 ? ` (${waived} waived)` : ''}`];
  lines.push(`time: ${formatDuration(report.durationMs)}`);
  if (report.options?.config) lines.push(`config: ${oneLine(report.options.config)}`);
  if (report.options?.state) {
    const cached = report.results.filter((result) => result.cached).length;
    lines.push(`state: ${oneLine(report.options.state)}${cached > 0 ? ` (${plural(cached, 'reading')} reused: 304 or --max-age)` : ''}`);
  }
  if (summary.pending) lines.push(`pending: ${plural(summary.pending, 'reference')} failing but not yet confirmed (--confirm); not counted for the exit status`);
  const slowed = summary.slowedSites ?? [];
  if (slowed.length > 0) {
    lines.push(`slowed down by: ${slowed.map((entry) => `${oneLine(entry.site)} (${oneLine(entry.reason)})`).join(', ')}`);
  }
  const exit = exitLine(report);
  lines.push(summary.exitCode === 0 ? palette.success(exit) : palette.bold(palette.failure(exit)));
  return lines;
}

export const textReporter: Reporter = {
  render(report, ctx) {
    const palette = makePalette(ctx.color);
    const widths = {
      id: Math.max(0, ...report.results.map((result) => oneLine(result.id).length)),
      outlet: Math.min(OUTLET_MAX, Math.max(0, ...report.results.map((result) => oneLine(result.outlet).length))),
    };
    const header = palette.bold(
      `citecheck ${oneLine(report.tool.version)} · ${oneLine(report.sources)} · ${plural(report.results.length, 'reference')}`,
    );
    // `--only 3` on 500 references: one line says what was left out, not 499.
    const leftOut = report.results.filter((result) => result.verdict === 'skipped' && result.reason === LEFT_OUT_BY_ONLY).length;
    const shown = leftOut === 0 ? report.results : report.results.filter((result) => result.reason !== LEFT_OUT_BY_ONLY);
    const body = shown.flatMap((result) => resultLines(result, widths, palette));
    if (leftOut > 0) body.push(palette.dim(`  ${plural(leftOut, 'reference')} left out by --only`));
    return [header, '', ...body, '', ...summaryLines(report, palette)].join('\n') + '\n';
  },
};
