// `citecheck check`: run/ builds the report; this file prints it and returns its exit code.
import { resolve } from 'node:path';
import { githubStepSummary, reporters, type ReportContext } from '../report/index.js';
import { executeCheck, prepareCheck } from '../run/check-report.js';
import type { CheckFlags } from '../run/settings.js';
import type { RunReport } from '../types.js';
import { decideColor } from './color.js';
import type { ExitCode } from './exit-codes.js';
import { createProgress, progressEnabled } from './progress.js';
import type { Terminal } from './terminal.js';
import { appendStepSummary, assertWritableFolder, writeFileAtomic } from './write-output.js';

export async function checkCommand(sourcesArg: string | undefined, flags: CheckFlags & { config?: string }, terminal: Terminal): Promise<ExitCode> {
  const prepared = await prepareCheck({ sources: sourcesArg, flags, cwd: terminal.cwd });
  const { settings } = prepared;
  const outputPath = settings.output ? resolve(terminal.cwd, settings.output) : null;
  if (outputPath) await assertWritableFolder(outputPath);
  if (settings.formatFromExtension && !settings.quiet) {
    terminal.stderr.write(`citecheck: writing a ${settings.format} report to ${settings.output} (from its extension; --format chooses another)\n`);
  }

  const reporter = reporters[settings.format];
  // A report written to a file is read later, by something other than this terminal: no colour.
  const color = !outputPath && decideColor({ flag: settings.color, env: terminal.env, isTTY: Boolean(terminal.stdout.isTTY) });
  const context: ReportContext = { color };
  const streaming = reporter.renderResult && !settings.output;
  const progress = createProgress({
    stream: terminal.stderr,
    enabled: !settings.quiet && progressEnabled(terminal.env, terminal.stderr),
    total: prepared.references.length,
  });

  let report: RunReport;
  try {
    report = await executeCheck(prepared, {
      onFetchEvent: (event) => progress.onEvent(event),
      onResult: (result) => {
        progress.onEvent({ type: 'result' });
        if (streaming) terminal.stdout.write(reporter.renderResult!(result, context));
      },
    });
  } finally {
    progress.stop();
  }

  const rendered = streaming ? (reporter.renderEnd?.(report, context) ?? '') : reporter.render(report, context);
  if (outputPath) {
    // The folder was checked before the run; if the write still fails (disk full), the results
    // must not be lost: they go to stdout, and the exit code still says what the references did.
    const written = await writeFileAtomic(outputPath, rendered).then(
      () => true,
      (error: Error) => (terminal.stderr.write(`citecheck: ${error.message}; the report follows on stdout\n`), false),
    );
    if (!written) terminal.stdout.write(rendered);
    else if (!settings.quiet) terminal.stderr.write(`${oneLineSummary(report)} → ${settings.output}\n`);
  } else {
    terminal.stdout.write(rendered);
  }
  if (settings.format === 'github') {
    // The report is out already: a step summary that cannot be written costs a warning, not the verdicts.
    await appendStepSummary(terminal.env, githubStepSummary(report)).catch((error: Error) =>
      terminal.stderr.write(`citecheck: warning: ${error.message}\n`),
    );
  }
  if (report.summary.networkUnavailable) terminal.stderr.write('citecheck: network unavailable: no site could be reached; no verdict is claimed.\n');
  return report.summary.exitCode as ExitCode;
}

function oneLineSummary(report: RunReport): string {
  const counts = Object.entries(report.summary.verdicts).map(([verdict, count]) => `${count} ${verdict}`);
  return `citecheck: ${report.summary.total} references: ${counts.join(', ')}`;
}
