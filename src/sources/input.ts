// What `check` and `extract` are given as their input: a sources file (JSON), a document whose
// footnotes are read as `extract` reads them, or `-` for standard input. One entry point, so the
// commands cannot disagree about which is which.
import { extname, resolve } from 'node:path';
import { CitecheckError } from '../errors.js';
import type { LocatedReference, SourceLocation } from '../types.js';
import { extractSources, readDocumentFile, type ExtractOptions, type ExtractProblem } from './footnotes.js';
import { readUserFile } from '../read-user-file.js';
import { parseSources, SOURCES_HINT, type LoadedSources } from './load.js';

/** The file name locations carry for standard input. */
export const STDIN_NAME = '<stdin>';

const DOCUMENT_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);

export type SourcesInputKind = 'json' | 'document';

/** A footnote that could not be read (or read only in part), with where it stands. */
export interface DocumentProblem extends Omit<ExtractProblem, 'line'> {
  /** The footnote's line (column 1), or the line citing a missing one; null when there is neither. */
  location: SourceLocation | null;
}

export interface SourcesInput extends LoadedSources {
  kind: SourcesInputKind;
  /** Always empty for a sources file: it is valid or refused whole. */
  problems: DocumentProblem[];
}

/** A document in which not one footnote was found: most likely the wrong file or an unread style. */
export function noFootnotes(name: string): CitecheckError {
  return new CitecheckError(
    'SOURCES_SCHEMA',
    `${name} has no footnotes`,
    [],
    'a footnote starts its line with its number in superscript (¹ ²) or as [^1]: in Markdown; or pass a sources file (JSON)',
  );
}

export function isDocumentPath(path: string): boolean {
  return DOCUMENT_EXTENSIONS.has(extname(path).toLowerCase());
}

/** Pure: a document's text in, its footnotes as located references and located problems out. */
export function sourcesFromDocument(text: string, name: string, options: ExtractOptions = {}): SourcesInput {
  const { sources, problems, referenceLines, footnoteCount } = extractSources(text, name, options);
  if (footnoteCount === 0 && problems.length === 0) throw noFootnotes(name);
  const references = sources.references.map((reference): LocatedReference => ({
    ...reference,
    location: { file: name, line: referenceLines.get(reference.id) ?? 1, column: 1 },
  }));
  return {
    kind: 'document',
    file: sources,
    references,
    path: name,
    problems: problems.map(({ line, ...problem }) => ({ ...problem, location: line === null ? null : { file: name, line, column: 1 } })),
  };
}

/** `notes.md:11: footnote 3: <message>` and the footnote's text indented below it, as both commands print it. */
export function formatDocumentProblem(problem: DocumentProblem, name: string): string {
  const where = problem.location === null ? name : `${problem.location.file}:${problem.location.line}`;
  return `${where}: footnote ${problem.footnote}: ${problem.message}\n${problem.text ? `  ${problem.text}\n` : ''}`;
}

/**
 * Reads standard input whole. A terminal is refused rather than waited on: a command that sits
 * silent until Ctrl-D looks hung to someone who forgot the pipe.
 */
/** What `-` reads: the text a caller gave, or the stream piped in. */
export async function standardInputText(stdin: string | (NodeJS.ReadableStream & { isTTY?: boolean }) | undefined): Promise<string> {
  if (stdin === undefined) throw new CitecheckError('USAGE', 'standard input (-) was asked for but none was given', [], 'pipe the sources file or the document in');
  return typeof stdin === 'string' ? stdin : readStandardInput(stdin);
}

export async function readStandardInput(stream: NodeJS.ReadableStream & { isTTY?: boolean }): Promise<string> {
  if (stream.isTTY) {
    throw new CitecheckError('USAGE', 'standard input is a terminal, not a piped file', [], 'pipe a file in, e.g. `citecheck extract - < commentary.md` or `citecheck check - < sources.json`');
  }
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
  // Decoded once at the end: a character split across two chunks must not become two U+FFFDs.
  return Buffer.concat(chunks).toString('utf8');
}

/** Standard input holds a sources file when its first character (past a BOM and spaces) opens JSON. */
function looksLikeJson(text: string): boolean {
  return /^\uFEFF?\s*[{[]/.test(text);
}

/**
 * `check`'s input: PATH ending in .md, .markdown or .txt is a document, any other PATH a sources
 * file; `-` is standard input, a sources file when it starts with `{` (or `[`), else a document.
 * `stdin` is the text already read, or the stream to read (the CLI passes process.stdin).
 * Throws CitecheckError for input that cannot be used at all; a document's unreadable footnotes
 * come back in `problems` instead, so the others can still be checked.
 */
export async function loadSourcesInput(
  pathOrDash: string,
  stdin?: string | (NodeJS.ReadableStream & { isTTY?: boolean }),
  options: {
    /** A PATH is read relative to it and named as given [the process's working folder]. */
    cwd?: string;
    /** A sources file's references also say where their url values stand (location.url). */
    locateUrls?: boolean;
  } = {},
): Promise<SourcesInput> {
  const cwd = options.cwd ?? '.';
  const json = (text: string, name: string): SourcesInput => ({ kind: 'json', problems: [], ...parseSources(text, name, { locateUrls: options.locateUrls }) });
  if (pathOrDash === '-') {
    const text = await standardInputText(stdin);
    return looksLikeJson(text) ? json(text, STDIN_NAME) : sourcesFromDocument(text, STDIN_NAME);
  }
  const path = resolve(cwd, pathOrDash);
  if (isDocumentPath(pathOrDash)) return sourcesFromDocument(await readDocumentFile(path, pathOrDash), pathOrDash);
  return json((await readUserFile(path, 'SOURCES_NOT_FOUND', SOURCES_HINT, pathOrDash)).toString('utf8'), pathOrDash);
}
