// `citecheck resolve`: run/ finds and verifies the URLs; this file prints them and returns the
// exit code (0 ran, 2 bad input, 3 neither the archive nor any site could be reached).
import { sanitizeForTerminal } from '../report/sanitize.js';
import type { ResolveOutput } from '../resolve/index.js';
import { proxyFromEnv } from '../fetch/proxy.js';
import { runResolve, type ResolveEntry, type ResolveFlags } from '../run/resolve.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { Terminal } from './terminal.js';

function why(entry: ResolveEntry): string {
  const { outcome } = entry;
  switch (outcome.status) {
    case 'proposed': {
      const { proposal } = outcome;
      const how = proposal.verified ? `verified ${proposal.via === 'live' ? 'live' : 'on its archived capture'}` : 'NOT verified: check it by hand';
      return `${proposal.url}  (${how}; score ${proposal.score.toFixed(2)}${proposal.capture ? `; capture ${proposal.capture}` : ''})`;
    }
    case 'no-match':
      return outcome.candidates.length === 0 ? 'no proposal: the archive holds no page of the outlet near the date' : `no proposal: ${outcome.candidates.length} candidates, none close enough (best: ${outcome.candidates[0]!.url})`;
    case 'unknown-outlet':
      return `no proposal: outlet "${entry.reference.outlet}" is not in the table; add it to the config's "outlets" map (name → site)`;
    case 'no-date':
      return 'no proposal: the citation has no full date (YYYY-MM-DD) to search around';
    case 'unavailable':
      return `no proposal: ${outcome.detail}`;
  }
}

export async function resolveCommand(sources: string | undefined, flags: ResolveFlags, terminal: Terminal): Promise<ExitCode> {
  const run = await runResolve({ sources, flags, cwd: terminal.cwd, stdin: terminal.stdin ?? process.stdin, proxy: proxyFromEnv(terminal.env) });
  if (flags.format === 'json') {
    const output: ResolveOutput = { proposals: run.proposals };
    terminal.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  } else {
    const lines = [`citecheck resolve · ${run.sourcesPath} · ${run.entries.length} ${run.entries.length === 1 ? 'reference' : 'references'} without a URL`];
    for (const entry of run.entries) lines.push(`  ${entry.reference.id}  ${why(entry)}`);
    terminal.stdout.write(`${sanitizeForTerminal(lines.join('\n'))}\n`);
  }
  if (run.written) {
    terminal.stderr.write(`citecheck: wrote ${run.written.ids.length} verified ${run.written.ids.length === 1 ? 'URL' : 'URLs'} (${run.written.ids.join(', ')}) into ${run.sourcesPath}; the previous file is ${run.written.backup}\n`);
  } else if (flags.write) {
    terminal.stderr.write(`citecheck: nothing written: no proposal was verified\n`);
  }
  if (run.unreachable) {
    terminal.stderr.write('citecheck: network unavailable: neither the archive nor any site could be reached.\n');
    return EXIT.networkUnavailable;
  }
  return EXIT.ok;
}
