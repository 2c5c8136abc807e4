// `citecheck inspect`: what title and date a page carries, as JSON lines or for a person.
import { otherCandidates } from '../report/details.js';
import { sanitizeForTerminal } from '../report/sanitize.js';
import { inspectTargets, type InspectResult } from '../run/inspect.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { proxyFromEnv } from '../fetch/proxy.js';
import { fetchSettings, type CheckFlags } from '../run/settings.js';
import type { Terminal } from './terminal.js';
import { tuneInliningForShortRun } from './short-run-jit.js';

function forPerson(result: InspectResult): string {
  const clean = (text: string | null | undefined) => (text ? sanitizeForTerminal(text) : '—');
  const lines = [clean(result.target)];
  if (result.fault) lines.push(`  fault:     ${clean(result.fault)}`);
  if (result.http && (result.http.error || result.http.status !== 200)) {
    lines.push(`  http:      ${result.http.status ?? '-'} ${result.http.error ?? ''} ${clean(result.http.detail)}`.trimEnd());
  }
  lines.push(`  title:     ${clean(result.title.value)}${result.title.source ? `  (${result.title.source})` : ''}`);
  // The page's other strong candidates, under the one chosen: what a citation may also match, and
  // why the choice was made (--json has every candidate).
  for (const other of otherCandidates(result.title.candidates, result.title.value, (c) => c.strong !== false)) {
    lines.push(`             ${clean(other.value)}  (${other.source})`);
  }
  const date = result.date.value ? `${result.date.value}  (${result.date.kind}, ${result.date.source})` : '—';
  lines.push(`  date:      ${date}`);
  for (const other of otherCandidates(result.date.candidates, result.date.value, (c) => c.strong === true)) {
    lines.push(`             ${other.value}  (${other.kind}, ${other.source})`);
  }
  if (result.canonical) lines.push(`  canonical: ${clean(result.canonical)}`);
  if (result.siteName) lines.push(`  site:      ${clean(result.siteName)}`);
  const signals = Object.entries(result.signals).filter(([, on]) => on).map(([name]) => name);
  if (signals.length > 0) lines.push(`  signals:   ${signals.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

export async function inspectCommand(targets: string[], flags: CheckFlags & { json?: boolean }, terminal: Terminal): Promise<ExitCode> {
  tuneInliningForShortRun();
  const results = await inspectTargets(targets, { ...fetchSettings(flags), proxy: proxyFromEnv(terminal.env) });
  for (const result of results) {
    terminal.stdout.write(flags.json ? `${JSON.stringify(result)}\n` : forPerson(result));
  }
  return inspectExitCode(results);
}

/** 0 when every target was read; 1 when one could not be; 3 when no URL reached any server. */
function inspectExitCode(results: readonly InspectResult[]): ExitCode {
  const fetchedOnes = results.filter((result) => result.http);
  if (fetchedOnes.length > 0 && fetchedOnes.every((result) => !result.http!.reachedServer)) return EXIT.networkUnavailable;
  const unread = results.some((result) => result.fault || (result.http && (result.http.error || result.http.status === null)));
  return unread ? EXIT.failingVerdicts : EXIT.ok;
}
