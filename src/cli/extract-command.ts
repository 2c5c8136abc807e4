// `citecheck extract`: a document's footnotes as a sources file on stdout; what cannot be
// read goes to stderr with its footnote number and line, never dropped in silence.
import { readDocumentFile } from '../sources/footnotes.js';
import { formatDocumentProblem, sourcesFromDocument, standardInputText, STDIN_NAME } from '../sources/input.js';
import { schemaRefFor } from '../sources/schema-ref.js';
import { EXIT, type ExitCode } from '../exit-codes.js';
import type { Terminal } from './terminal.js';

export async function extractCommand(document: string, terminal: Terminal): Promise<ExitCode> {
  const name = document === '-' ? STDIN_NAME : document;
  const text = document === '-' ? await standardInputText(terminal.stdin ?? process.stdin) : await readDocumentFile(document);
  // The output is redirected into the working folder: the schema's address is relative to it.
  // A document without a single footnote is refused there: an empty file would look like success.
  const { file, problems } = sourcesFromDocument(text, name, { schemaRef: schemaRefFor(terminal.cwd) });
  terminal.stdout.write(`${JSON.stringify(file, null, 2)}\n`);
  for (const problem of problems) terminal.stderr.write(formatDocumentProblem(problem, name));
  return problems.length > 0 ? EXIT.failingVerdicts : EXIT.ok;
}
