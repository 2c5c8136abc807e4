// `citecheck extract`: a document's footnotes as a sources file on stdout; what cannot be
// read goes to stderr with its footnote number, never dropped in silence.
import { extractSourcesFromFile } from '../sources/footnotes.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import type { Terminal } from './terminal.js';

export async function extractCommand(document: string, terminal: Terminal): Promise<ExitCode> {
  const { sources, problems } = await extractSourcesFromFile(document);
  terminal.stdout.write(`${JSON.stringify(sources, null, 2)}\n`);
  for (const problem of problems) {
    terminal.stderr.write(`${document}: footnote ${problem.footnote}: ${problem.message}\n  ${problem.text}\n`);
  }
  return problems.length > 0 ? EXIT.failingVerdicts : EXIT.ok;
}
