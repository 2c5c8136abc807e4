// `citecheck check`: run/ builds the report; this file prints it and returns its exit code.
import { resolve } from 'node:path';
import { githubStepSummary, reporters, type ReportContext, type ReportFormat } from '../report/index.js';
import { CitecheckError } from '../errors.js';
import { siteKey } from '../fetch/site-key.js';
import { siteLimits } from '../fetch/site-limits.js';
import type { FetchEvent } from '../fetch/index.js';
import { proxyFromEnv } from '../fetch/proxy.js';
import { sanitizeForTerminal } from '../report/sanitize.js';
import { executeCheck, prepareCheck, type PreparedCheck } from '../run/check-report.js';
import { maskedHeader, type CheckFlags } from '../run/settings.js';
import type { MemoryFlags } from '../run/memory-settings.js';
import type { ReportRequest } from './parse-flags.js';
import { repoPathResolver } from './repo-path.js';
import { LEFT_OUT_BY_ONLY, type RunReport } from '../types.js';
import { decideColor } from './color.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { createProgress, progressEnabled } from './progress.js';
import type { Terminal } from './terminal.js';
import { appendStepSummary, assertWritableFolder, writeFileAtomic } from './write-output.js';

/** --dump: what would be requested, one line per reference, and nothing is. */
function dumpLines(prepared: PreparedCheck): string {
  const { settings } = prepared;
  const lines = [`# sources: ${prepared.sourcesPath}; config: ${prepared.configPath ?? 'none'}${prepared.filter.ignoreFile ? `; ignore file: ${prepared.filter.ignoreFile}` : ''}`];
  for (const name of Object.keys(settings.fetch.headers ?? {})) lines.push(`# header: ${maskedHeader(`${name}:`)}`);
  for (const reference of prepared.references) {
    const id = sanitizeForTerminal(reference.id);
    if (prepared.only && !prepared.only.has(reference.id)) lines.push(`${id}\t-\t${LEFT_OUT_BY_ONLY}`);
    else if (reference.url === null) lines.push(`${id}\t-\tno URL recorded`);
    else if (prepared.filter.excludes(reference.url)) lines.push(`${id}\t${sanitizeForTerminal(reference.url)}\texcluded`);
    else {
      const site = siteKey(reference.url);
      lines.push(`${id}\t${sanitizeForTerminal(reference.url)}\t${site}\t${siteLimits(settings.fetch, site).interval} ms`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** -v: one line per HTTP attempt. Header values are never part of it. */
function verboseLine(event: Extract<FetchEvent, { type: 'request' }>): string {
  const outcome = event.status !== null ? String(event.status) : (event.error ?? 'no answer');
  return `citecheck: ${event.method} ${sanitizeForTerminal(event.url)} → ${outcome} (attempt ${event.attempt}, ${event.ms} ms)\n`;
}

export async function checkCommand(sourcesArg: string | undefined, flags: CheckFlags & MemoryFlags & { config?: string; report?: ReportRequest[] }, terminal: Terminal): Promise<ExitCode> {
  const prepared = await prepareCheck({ sources: sourcesArg, flags, cwd: terminal.cwd, env: terminal.env, stdin: terminal.stdin, proxy: proxyFromEnv(terminal.env) });
  const { settings } = prepared;
  for (const warning of prepared.warnings) terminal.stderr.write(`citecheck: warning: ${warning}\n`);
  if (flags.dump) {
    terminal.stdout.write(dumpLines(prepared));
    return EXIT.ok;
  }
  const outputs = reportOutputs(settings.format, settings.output, flags.report ?? [], terminal.cwd);
  for (const output of outputs) if (output.path) await assertWritableFolder(output.path);
  if (settings.formatFromExtension && !settings.quiet) {
    terminal.stderr.write(`citecheck: writing a ${settings.format} report to ${settings.output} (from its extension; --format chooses another)\n`);
  }

  const pathOf = repoPathResolver(terminal.cwd, terminal.env);
  // A report written to a file is read later, by something other than this terminal: no colour.
  const stdoutColor = decideColor({ flag: settings.color, env: terminal.env, isTTY: Boolean(terminal.stdout.isTTY) });
  const contextOf = (output: ReportOutput): ReportContext => ({ color: output.path === null && stdoutColor, pathOf });
  const onStdout = outputs.find((output) => output.path === null);
  const streamer = onStdout && reporters[onStdout.format].renderResult ? onStdout : undefined;
  const progress = createProgress({
    stream: terminal.stderr,
    enabled: !settings.quiet && progressEnabled(terminal.env, terminal.stderr),
    total: prepared.references.length,
  });

  let report: RunReport;
  try {
    report = await executeCheck(prepared, {
      onFetchEvent: (event) => {
        if (event.type === 'request') {
          if (flags.verbose) terminal.stderr.write(verboseLine(event));
        } else {
          progress.onEvent(event);
        }
      },
      onResult: (result) => {
        progress.onEvent({ type: 'result' });
        if (streamer) terminal.stdout.write(reporters[streamer.format].renderResult!(result, contextOf(streamer)));
      },
    });
  } finally {
    progress.stop();
  }

  const written: string[] = [];
  for (const output of outputs) {
    const reporter = reporters[output.format];
    const context = contextOf(output);
    const render = () => (output === streamer ? (reporter.renderEnd?.(report, context) ?? '') : reporter.render(report, context));
    if (output.path === null) {
      terminal.stdout.write(render());
      continue;
    }
    // The folder was checked before the run; if the write still fails (disk full), the results
    // must not be lost: they go to stdout, and the exit code still says what the references did.
    const ok = await writeFileAtomic(output.path, reporter.renderChunks?.(report, context) ?? render()).then(
      () => true,
      (error: Error) => (terminal.stderr.write(`citecheck: ${error.message}; the report follows on stdout\n`), false),
    );
    if (ok) written.push(output.shown);
    else terminal.stdout.write(render());
  }
  if (written.length > 0 && !settings.quiet) terminal.stderr.write(`${oneLineSummary(report)} → ${written.join(', ')}\n`);
  if (outputs.some((output) => output.format === 'github')) {
    // The report is out already: a step summary that cannot be written costs a warning, not the verdicts.
    await appendStepSummary(terminal.env, githubStepSummary(report)).catch((error: Error) =>
      terminal.stderr.write(`citecheck: warning: ${error.message}\n`),
    );
  }
  if (report.summary.networkUnavailable) terminal.stderr.write('citecheck: network unavailable: no site could be reached; no verdict is claimed.\n');
  else {
    const unchecked = report.results.filter((result) => result.notChecked).length;
    if (unchecked > 0) {
      terminal.stderr.write(`citecheck: ${unchecked} ${unchecked === 1 ? 'reference was' : 'references were'} not checked: DNS did not answer for ${unchecked === 1 ? 'its host' : 'their hosts'} and no other host name resolved (exit status 3 unless another reference fails).\n`);
    }
  }
  return report.summary.exitCode as ExitCode;
}

interface ReportOutput {
  format: ReportFormat;
  /** Absolute path, or null for stdout. */
  path: string | null;
  /** The path as the user wrote it. */
  shown: string;
}

/** The main report (--format/--output) and each --report FORMAT[=FILE]; at most one goes to stdout. */
function reportOutputs(format: ReportFormat, output: string | undefined, extra: readonly ReportRequest[], cwd: string): ReportOutput[] {
  const all = [{ format, file: output }, ...extra].map((request) => ({
    format: request.format,
    path: request.file === undefined ? null : resolve(cwd, request.file),
    shown: request.file ?? '<stdout>',
  }));
  const onStdout = all.filter((entry) => entry.path === null);
  if (onStdout.length > 1) {
    throw new CitecheckError(
      'USAGE',
      `${onStdout.length} reports would go to stdout (${onStdout.map((entry) => entry.format).join(', ')}); at most one can`,
      [],
      'give the others a file: --report sarif=citecheck.sarif, or --output FILE for the main report',
    );
  }
  return all;
}

function oneLineSummary(report: RunReport): string {
  const counts = Object.entries(report.summary.verdicts).map(([verdict, count]) => `${count} ${verdict}`);
  return `citecheck: ${report.summary.total} references: ${counts.join(', ')}`;
}
