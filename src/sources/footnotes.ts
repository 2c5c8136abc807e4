// `citecheck extract DOCUMENT`: a commentary's footnotes → a sources file. Footnote markers are
// Unicode superscript digits (¹, ²⁷) as the document prints them; Markdown `[^n]` and named
// `[^kim]` labels are read too. Nothing is dropped silently: every footnote that cannot be read,
// every gap in a numbering and every citation without its footnote comes back as a problem.
import { readUserFile } from '../read-user-file.js';
import type { Reference, SourcesFile } from '../types.js';
import { readDocumentHeader } from './document-header.js';
import { parseFootnoteEntry, type FootnoteReference } from './footnote-entry.js';

/** Where `npm install citecheck` puts the schema, seen from the project folder that holds node_modules. */
export const SOURCES_SCHEMA_REF = './node_modules/citecheck/schema/sources.schema.json';

export interface ExtractProblem {
  footnote: string;
  text: string;
  message: string;
  /** 1-based line of the footnote, or of the first line citing a missing one; null when neither exists. */
  line: number | null;
  /** True when a footnote (or a citation) produced no reference; false when the reference was kept. */
  leftOut: boolean;
}

export interface ExtractResult {
  sources: SourcesFile;
  problems: ExtractProblem[];
  /** Reference id → the 1-based line its footnote starts on. */
  referenceLines: Map<string, number>;
  /** How many footnotes the document has, read or not. */
  footnoteCount: number;
}

export interface ExtractOptions {
  /** The sources file's `$schema` [SOURCES_SCHEMA_REF]. */
  schemaRef?: string;
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUPERSCRIPT_RUN = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu;

export function superscriptToNumber(run: string): number {
  return Number([...run].map((char) => SUPERSCRIPT_DIGITS.indexOf(char)).join(''));
}

interface Footnote {
  /** The id: the number as digits, or a Markdown label as written (`kim-2024`). */
  label: string;
  text: string;
  /** 1-based line the footnote starts on. */
  line: number;
  markdown: boolean;
}

/** `¹¹ Kim Arin, ...` or `[^11]: Kim Arin, ...` at the start of a line. */
function footnoteStart(line: string): Omit<Footnote, 'line'> | null {
  const superscript = /^\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(.*)$/u.exec(line);
  if (superscript) return { label: String(superscriptToNumber(superscript[1]!)), text: superscript[2]!, markdown: false };
  const markdown = /^\s*\[\^([^\]\s^]+)\]:\s*(.*)$/.exec(line);
  if (markdown) return { label: numericLabel(markdown[1]!), text: markdown[2]!, markdown: true };
  return null;
}

/** `[^007]` and `[^7]` are one footnote; a name stays as written. */
function numericLabel(label: string): string {
  return /^\d+$/.test(label) ? String(Number(label)) : label;
}

function isNumber(label: string): boolean {
  return /^\d+$/.test(label);
}

interface SplitDocument {
  footnotes: Footnote[];
  /** Footnote labels cited in the body → the first line citing each. */
  markers: Map<string, number>;
  bodyLines: string[];
}

function splitDocument(text: string): SplitDocument {
  const footnotes: Footnote[] = [];
  const markers = new Map<string, number>();
  const bodyLines: string[] = [];
  const cite = (label: string, line: number) => {
    if (!markers.has(label)) markers.set(label, line);
  };
  let open: Footnote | null = null;
  let blankSinceOpen = false;
  text.split(/\r?\n/).forEach((line, index) => {
    const start = footnoteStart(line);
    if (start) {
      open = { ...start, line: index + 1 };
      blankSinceOpen = false;
      footnotes.push(open);
    } else if (open && line.trim() !== '' && (!blankSinceOpen || (open.markdown && /^( {4}|\t)/.test(line)))) {
      // A wrapped footnote continues on the next line; a blank line ends it, except that a
      // Markdown footnote goes on with a paragraph indented under it, as Markdown defines.
      open.text += ` ${line.trim()}`;
    } else if (open && line.trim() === '') {
      blankSinceOpen = true;
      bodyLines.push(line);
    } else {
      open = null;
      bodyLines.push(line);
      for (const run of line.match(SUPERSCRIPT_RUN) ?? []) cite(String(superscriptToNumber(run)), index + 1);
      for (const marker of line.matchAll(/\[\^([^\]\s^]+)\](?!:)/g)) cite(numericLabel(marker[1]!), index + 1);
    }
  });
  return { footnotes, markers, bodyLines };
}

function numberingProblems(split: SplitDocument): ExtractProblem[] {
  const problems: ExtractProblem[] = [];
  const seen = new Set<string>();
  for (const footnote of split.footnotes) {
    if (seen.has(footnote.label)) {
      problems.push({ footnote: footnote.label, text: footnote.text, message: `footnote ${footnote.label} appears twice; the later one is left out`, line: footnote.line, leftOut: true });
    }
    seen.add(footnote.label);
  }
  // Named labels have no order to check, only a definition to find.
  for (const [label, line] of split.markers) {
    if (!isNumber(label) && !seen.has(label)) {
      problems.push({ footnote: label, text: '', message: `the text cites [^${label}], but no footnote ${label} was found`, line, leftOut: true });
    }
  }
  // Gaps are counted up to the highest footnote written; above it only what the text cites is
  // missing. A stray "10⁶" or "[^2024]" must not become thousands of problems (or a long loop).
  const defined = [...seen].filter(isNumber).map(Number);
  const highestDefined = Math.max(0, ...defined);
  const citedAbove = [...split.markers.keys()].filter(isNumber).map(Number).filter((number) => number > highestDefined);
  const missing = [...Array.from({ length: highestDefined }, (_, index) => index + 1), ...new Set(citedAbove)];
  for (const number of missing) {
    if (seen.has(String(number))) continue;
    const citedAt = split.markers.get(String(number));
    const cited = citedAt !== undefined ? 'the text cites it, but ' : '';
    problems.push({
      footnote: String(number), text: '', message: `${cited}no footnote ${number} was found: footnotes must run 1..N without gaps`,
      line: citedAt ?? null, leftOut: citedAt !== undefined,
    });
  }
  return problems;
}

/** The sources file's key order: what a person reads first comes first. */
function orderedReference(id: string, entry: FootnoteReference): Reference {
  const { authors, title, outlet, date, volume, issue, pages, doi, url } = entry;
  const ordered: Reference = { id, authors, title, outlet, date, volume, issue, pages, doi, url };
  for (const key of Object.keys(ordered) as (keyof Reference)[]) if (ordered[key] === undefined) delete ordered[key];
  return ordered;
}

/** Pure: a commentary's text in, a sources file and the footnotes it could not read out. */
export function extractSources(text: string, documentName: string, options: ExtractOptions = {}): ExtractResult {
  const split = splitDocument(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const problems = numberingProblems(split);
  const references: Reference[] = [];
  const referenceLines = new Map<string, number>();
  const used = new Set<string>();
  for (const footnote of split.footnotes) {
    if (used.has(footnote.label)) continue;
    used.add(footnote.label);
    const id = footnote.label;
    const result = parseFootnoteEntry(footnote.text);
    if (!result.ok) {
      problems.push({ footnote: id, text: footnote.text, message: `${result.message}; footnote left out`, line: footnote.line, leftOut: true });
      continue;
    }
    for (const warning of result.warnings) problems.push({ footnote: id, text: footnote.text, message: warning, line: footnote.line, leftOut: false });
    references.push(orderedReference(id, result.reference));
    referenceLines.set(id, footnote.line);
  }
  // Numbered footnotes in their order, then named ones as the document has them.
  const order = (problem: ExtractProblem) => (isNumber(problem.footnote) ? Number(problem.footnote) : Number.MAX_SAFE_INTEGER);
  problems.sort((a, b) => order(a) - order(b) || (a.line ?? 0) - (b.line ?? 0));
  const fallbackTitle = documentName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const document = readDocumentHeader(split.bodyLines, fallbackTitle);
  const sources: SourcesFile = { $schema: options.schemaRef ?? SOURCES_SCHEMA_REF, document, references };
  return { sources, problems, referenceLines, footnoteCount: split.footnotes.length };
}

export async function readDocumentFile(path: string, shownAs: string = path): Promise<string> {
  const bytes = await readUserFile(path, 'DOCUMENT_NOT_FOUND', 'pass the path of a text or markdown document with footnotes', shownAs);
  return bytes.toString('utf8');
}
