// `citecheck check`: config → sources → run → waivers → report → exit code.
import { resolve } from 'node:path';
import { applyWaivers, isFailing, loadConfig } from '../config/index.js';
import { CitecheckError } from '../errors.js';
import { siteKey } from '../fetch/site-key.js';
import { githubStepSummary, reporters, type ReportContext } from '../report/index.js';
import { runCheck } from '../run/check.js';
import { loadSources } from '../sources/load.js';
import { parseOnly } from '../sources/only.js';
import type { CheckResult, RunReport, Verdict } from '../types.js';
import { decideColor } from './color.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { createProgress, progressEnabled } from './progress.js';
import { checkSettings, type CheckFlags } from './settings.js';
import type { Terminal } from './terminal.js';
import { packageInfo } from './version.js';
import { appendStepSummary, assertWritableFolder, writeFileAtomic } from './write-output.js';

function countVerdicts(results: readonly CheckResult[]): Partial<Record<Verdict, number>> {
  const counts: Partial<Record<Verdict, number>> = {};
  for (const result of results) counts[result.verdict] = (counts[result.verdict] ?? 0) + 1;
  return counts;
}

function today(now: Date): string {
  return now.toISOString().slice(0, 10);
}

function unknownOnlyIds(only: ReadonlySet<string>, ids: readonly string[]): string[] {
  const known = new Set(ids);
  return [...only].filter((id) => !known.has(id));
}

export async function checkCommand(sourcesArg: string | undefined, flags: CheckFlags & { config?: string }, terminal: Terminal): Promise<ExitCode> {
  const { config } = await loadConfig(flags.config, terminal.cwd);
  const settings = checkSettings(flags, config);
  const only = settings.only === undefined ? null : parseOnly(settings.only).ids;
  const outputPath = settings.output ? resolve(terminal.cwd, settings.output) : null;
  if (outputPath) await assertWritableFolder(outputPath);
  const sourcesPath = sourcesArg ?? 'sources.json';
  const { references } = await loadSources(sourcesPath);
  if (only) {
    const unknown = unknownOnlyIds(only, references.map((reference) => reference.id));
    if (unknown.length > 0) {
      throw new CitecheckError('USAGE', `the --only list names ${unknown.join(', ')}, not an id in ${sourcesPath}`, [], 'use the ids of the sources file, e.g. --only 3,5-7');
    }
  }

  const reporter = reporters[settings.format];
  // A report written to a file is read later, by something other than this terminal: no colour.
  const color = !outputPath && decideColor({ flag: settings.color, env: terminal.env, isTTY: Boolean(terminal.stdout.isTTY) });
  const context: ReportContext = { color, failOn: settings.failOn };
  const waive = (result: CheckResult) => applyWaivers([result], config.waivers ?? [], today(new Date()), siteKey)[0]!;
  const streaming = reporter.renderResult && !settings.output;
  const progress = createProgress({
    stream: terminal.stderr,
    enabled: !settings.quiet && progressEnabled(terminal.env, terminal.stderr),
    total: references.length,
  });

  let run;
  try {
    run = await runCheck(
      references,
      { fetch: settings.fetch, verify: { titleThreshold: settings.titleThreshold, dateTolerance: settings.dateTolerance }, only },
      {
        onFetchEvent: (event) => progress.onEvent(event),
        onResult: (result) => {
          progress.onEvent({ type: 'result' });
          if (streaming) terminal.stdout.write(reporter.renderResult!(waive(result), context));
        },
      },
    );
  } finally {
    progress.stop();
  }

  const results = run.results.map(waive);
  const exitCode: ExitCode = run.networkUnavailable
    ? EXIT.networkUnavailable
    : results.some((result) => isFailing(result, settings.failOn))
      ? EXIT.failingVerdicts
      : EXIT.ok;
  const report: RunReport = {
    schemaVersion: 1,
    tool: { name: 'citecheck', version: packageInfo().version },
    sources: sourcesPath,
    startedAt: run.startedAt.toISOString(),
    durationMs: run.durationMs,
    summary: {
      total: results.length,
      verdicts: countVerdicts(results),
      exitCode,
      slowedSites: run.slowedSites,
      networkUnavailable: run.networkUnavailable,
    },
    results,
  };

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
    await appendStepSummary(terminal.env, githubStepSummary(report, settings.failOn)).catch((error: Error) =>
      terminal.stderr.write(`citecheck: warning: ${error.message}\n`),
    );
  }
  if (run.networkUnavailable) terminal.stderr.write('citecheck: network unavailable: no site could be reached; no verdict is claimed.\n');
  return exitCode;
}

function oneLineSummary(report: RunReport): string {
  const counts = Object.entries(report.summary.verdicts).map(([verdict, count]) => `${count} ${verdict}`);
  return `citecheck: ${report.summary.total} references: ${counts.join(', ')}`;
}
