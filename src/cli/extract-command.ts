// `citecheck extract`: a document's footnotes as a sources file on stdout; what cannot be
// read goes to stderr with its footnote number and line, never dropped in silence.
import { extractSources, readDocumentFile } from '../sources/footnotes.js';
import { noFootnotes, readStandardInput, STDIN_NAME } from '../sources/input.js';
import { schemaRefFor } from '../sources/schema-ref.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import type { Terminal } from './terminal.js';

/** `stdin` is the stream `-` reads; the process's own unless a caller passes another. */
export async function extractCommand(document: string, terminal: Terminal, stdin: NodeJS.ReadableStream = process.stdin): Promise<ExitCode> {
  const name = document === '-' ? STDIN_NAME : document;
  const text = document === '-' ? await readStandardInput(stdin) : await readDocumentFile(document);
  // The output is redirected into the working folder: the schema's address is relative to it.
  const { sources, problems, footnoteCount } = extractSources(text, name, { schemaRef: schemaRefFor(terminal.cwd) });
  // An empty sources file would look like success for the wrong file or an unread note style.
  if (footnoteCount === 0 && problems.length === 0) throw noFootnotes(name);
  terminal.stdout.write(`${JSON.stringify(sources, null, 2)}\n`);
  for (const problem of problems) {
    const where = problem.line === null ? name : `${name}:${problem.line}`;
    terminal.stderr.write(`${where}: footnote ${problem.footnote}: ${problem.message}\n${problem.text ? `  ${problem.text}\n` : ''}`);
  }
  return problems.length > 0 ? EXIT.failingVerdicts : EXIT.ok;
}
