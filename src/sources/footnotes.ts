// `citecheck extract DOCUMENT`: a commentary's footnotes → a sources file. Footnote markers are
// Unicode superscript digits (¹, ²⁷) as the document prints them; markdown `[^n]` is read too.
// Nothing is dropped silently: every footnote that cannot be read, and every gap in the
// numbering, comes back as a problem for the CLI to print.
import { readUserFile } from '../read-user-file.js';
import type { Reference, SourcesFile } from '../types.js';
import { readDocumentHeader } from './document-header.js';
import { parseFootnoteEntry, type FootnoteReference } from './footnote-entry.js';

export const SOURCES_SCHEMA_REF = './schema/sources.schema.json';

export interface ExtractProblem {
  footnote: string;
  text: string;
  message: string;
}

export interface ExtractResult {
  sources: SourcesFile;
  problems: ExtractProblem[];
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUPERSCRIPT_RUN = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu;

export function superscriptToNumber(run: string): number {
  return Number([...run].map((char) => SUPERSCRIPT_DIGITS.indexOf(char)).join(''));
}

/** `¹¹ Kim Arin, ...` or `[^11]: Kim Arin, ...` at the start of a line. */
function footnoteStart(line: string): { number: number; text: string } | null {
  const superscript = /^\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(.*)$/u.exec(line);
  if (superscript) return { number: superscriptToNumber(superscript[1]!), text: superscript[2]! };
  const markdown = /^\s*\[\^(\d+)\]:\s*(.*)$/.exec(line);
  if (markdown) return { number: Number(markdown[1]), text: markdown[2]! };
  return null;
}

interface SplitDocument {
  footnotes: { number: number; text: string }[];
  /** Footnote numbers cited in the body. */
  markers: Set<number>;
  bodyLines: string[];
}

function splitDocument(text: string): SplitDocument {
  const footnotes: { number: number; text: string }[] = [];
  const markers = new Set<number>();
  const bodyLines: string[] = [];
  let open: { number: number; text: string } | null = null;
  for (const line of text.split(/\r?\n/)) {
    const start = footnoteStart(line);
    if (start) {
      open = { ...start };
      footnotes.push(open);
    } else if (open && line.trim() !== '') {
      // A wrapped footnote continues on the next line; a blank line ends it.
      open.text += ` ${line.trim()}`;
    } else {
      open = null;
      bodyLines.push(line);
      for (const run of line.match(SUPERSCRIPT_RUN) ?? []) markers.add(superscriptToNumber(run));
      for (const cite of line.matchAll(/\[\^(\d+)\](?!:)/g)) markers.add(Number(cite[1]));
    }
  }
  return { footnotes, markers, bodyLines };
}

function numberingProblems(split: SplitDocument): ExtractProblem[] {
  const problems: ExtractProblem[] = [];
  const seen = new Set<number>();
  for (const footnote of split.footnotes) {
    if (seen.has(footnote.number)) {
      problems.push({ footnote: String(footnote.number), text: footnote.text, message: `footnote ${footnote.number} appears twice; the later one is left out` });
    }
    seen.add(footnote.number);
  }
  const highest = Math.max(0, ...seen, ...split.markers);
  for (let number = 1; number <= highest; number++) {
    if (seen.has(number)) continue;
    const cited = split.markers.has(number) ? 'the text cites it, but ' : '';
    problems.push({ footnote: String(number), text: '', message: `${cited}no footnote ${number} was found: footnotes must run 1..N without gaps` });
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
export function extractSources(text: string, documentName: string): ExtractResult {
  const split = splitDocument(text);
  const problems = numberingProblems(split);
  const references: Reference[] = [];
  const used = new Set<number>();
  for (const footnote of split.footnotes) {
    if (used.has(footnote.number)) continue;
    used.add(footnote.number);
    const id = String(footnote.number);
    const result = parseFootnoteEntry(footnote.text);
    if (!result.ok) {
      problems.push({ footnote: id, text: footnote.text, message: `${result.message}; footnote left out` });
      continue;
    }
    for (const warning of result.warnings) problems.push({ footnote: id, text: footnote.text, message: warning });
    references.push(orderedReference(id, result.reference));
  }
  problems.sort((a, b) => Number(a.footnote) - Number(b.footnote));
  const fallbackTitle = documentName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const document = readDocumentHeader(split.bodyLines, fallbackTitle);
  return { sources: { $schema: SOURCES_SCHEMA_REF, document, references }, problems };
}

export async function extractSourcesFromFile(path: string): Promise<ExtractResult> {
  const bytes = await readUserFile(path, 'DOCUMENT_NOT_FOUND', 'pass the path of a text or markdown document with footnotes');
  return extractSources(bytes.toString('utf8'), path);
}
