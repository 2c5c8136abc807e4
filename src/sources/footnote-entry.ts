// One footnote's text → a reference. The forms handled are the ones a commentary prints:
//   Author, “[Title](url)”, *Outlet*, 20 November 2024.
//   Author and Author, [“Title”](url), *Outlet*, November 20, 2024.
//   “[Title](#)”, KCNA, 20 June 2024.                        (no byline, outlet not italic)
//   A and B, “[Title](#)”, *Journal*, Vol. 31, No. 2, 2022, pp. 31–59.
// Titles keep the document's own characters (curly apostrophes stay curly): the checker compares
// them with pages, and normalising here would hide what the author actually printed.
import type { Reference } from '../types.js';
import { parsePrintedDate } from './dates.js';

export type FootnoteReference = Omit<Reference, 'id'>;

export type FootnoteEntryResult =
  | { ok: true; reference: FootnoteReference; warnings: string[] }
  | { ok: false; message: string };

const TITLE_FORMS: { pattern: RegExp; title: number; url: number | null }[] = [
  // [“Title”](url): the quotes inside the link text.
  { pattern: /\[\s*[“"](.+?)[”"]\s*\]\(([^)\s]*)\)/u, title: 1, url: 2 },
  // “[Title](url)”: the quotes around the link.
  { pattern: /[“"]\[(.+?)\]\(([^)\s]*)\)[”"]/u, title: 1, url: 2 },
  // [Title](url) with no quotes.
  { pattern: /\[(.+?)\]\(([^)\s]*)\)/u, title: 1, url: 2 },
  // “Title”, with no link: the closing quote must be followed by the comma before the outlet.
  { pattern: /[“"](.+?)[”"](?=\s*,)/u, title: 1, url: null },
];

/**
 * Markdown escapes (`\$`, `\*`) are the converter's, not the author's. Documents converted twice
 * carry doubled escapes (`\\$` for `$`), so a whole run of backslashes before punctuation goes.
 */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\+([!-/:-@[-`{-~])/g, '$1');
}

function tidy(text: string): string {
  return unescapeMarkdown(text).replace(/\s+/g, ' ').trim();
}

export function splitAuthors(byline: string): string[] {
  const text = tidy(byline).replace(/[,;]\s*$/, '');
  if (text === '') return [];
  return text
    .split(/\s*[,;]\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

function readUrl(link: string | undefined, warnings: string[]): string | null {
  if (link === undefined || link === '' || link === '#') return null;
  try {
    const url = new URL(link);
    if (url.protocol === 'http:' || url.protocol === 'https:') return link;
  } catch {
    // falls through to the warning
  }
  warnings.push(`link "${link}" is not an absolute http: or https: URL; url left null`);
  return null;
}

/** Outlet first (italic `*X*` / `_X_`, or plain up to the next comma), then the rest's comma-separated parts. */
function splitOutletAndParts(afterTitle: string): { outlet: string; parts: string[] } | null {
  const rest = afterTitle.trim().replace(/^,\s*/, '').replace(/\.\s*$/, '');
  const italic = /^([*_]{1,2})(.+?)\1(?=\s*(?:,|$))/.exec(rest);
  const outletText = italic ? italic[2]! : rest.split(',')[0]!;
  const tail = italic ? rest.slice(italic[0].length) : rest.slice(outletText.length);
  const parts = tail.split(',').map((part) => part.trim()).filter((part) => part !== '');
  // "November 20, 2024" was cut at its comma: put it back together.
  const joined: string[] = [];
  for (const part of parts) {
    const previous = joined[joined.length - 1];
    if (previous !== undefined && /^\d{4}$/.test(part) && /^[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?$/.test(previous)) {
      joined[joined.length - 1] = `${previous}, ${part}`;
    } else joined.push(part);
  }
  const outlet = tidy(outletText);
  return outlet === '' ? null : { outlet, parts: joined };
}

function numberOrText(value: string): string | number {
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** Fills volume, issue, pages, doi and date from the parts after the outlet; returns the parts it could not read. */
function readDetails(parts: string[], reference: FootnoteReference): string[] {
  const unread: string[] = [];
  for (const part of parts) {
    let match: RegExpExecArray | null;
    const date = parsePrintedDate(part);
    if ((match = /^Vol(?:ume)?\.?\s*(\S+)$/i.exec(part)) && reference.volume === undefined) reference.volume = numberOrText(match[1]!);
    else if ((match = /^(?:No|Issue|Iss)\.?\s*(\S+)$/i.exec(part)) && reference.issue === undefined) reference.issue = numberOrText(match[1]!);
    else if ((match = /^pp?\.\s*(.+)$/.exec(part)) && reference.pages === undefined) reference.pages = match[1]!;
    else if ((match = /^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)?(10\.\d{4,9}\/\S+)$/i.exec(part)) && reference.doi === undefined) reference.doi = match[1]!;
    else if (date !== null && reference.date === undefined) reference.date = date;
    else unread.push(part);
  }
  return unread;
}

export function parseFootnoteEntry(text: string): FootnoteEntryResult {
  const body = text.replace(/\s+/g, ' ').trim();
  const form = TITLE_FORMS.map((candidate) => ({ candidate, match: candidate.pattern.exec(body) })).find((found) => found.match);
  if (!form?.match) return { ok: false, message: 'no quoted or linked title found' };
  const { candidate, match } = form;
  const title = tidy(match[candidate.title]!);
  if (title === '') return { ok: false, message: 'the title is empty' };

  const warnings: string[] = [];
  const url = readUrl(candidate.url === null ? undefined : match[candidate.url], warnings);
  const afterTitle = body.slice(match.index + match[0].length);
  if (!/^\s*(,|$)/.test(afterTitle)) return { ok: false, message: `expected a comma after the title, found "${afterTitle.trim()}"` };
  const outletAndParts = splitOutletAndParts(afterTitle);
  if (outletAndParts === null) return { ok: false, message: 'no outlet after the title' };
  if (parsePrintedDate(outletAndParts.outlet) !== null) {
    return { ok: false, message: `no outlet after the title ("${outletAndParts.outlet}" is a date)` };
  }

  const reference: FootnoteReference = { authors: splitAuthors(body.slice(0, match.index)), title, outlet: outletAndParts.outlet, url };
  const unread = readDetails(outletAndParts.parts, reference);
  for (const part of unread) warnings.push(`could not read "${part}" (not a date, volume, issue, pages or DOI); left out`);
  return { ok: true, reference, warnings };
}
