// One footnote's text → a reference. The forms handled are the ones a commentary prints:
//   Author, “[Title](url)”, *Outlet*, 20 November 2024.
//   Author and Author, [“Title”](url), *Outlet*, November 20, 2024.
//   “[Title](#)”, KCNA, 20 June 2024.                        (no byline, outlet not italic)
//   A and B, “[Title](#)”, *Journal*, Vol. 31, No. 2, 2022, pp. 31–59.
// and the Chicago style many authors use instead, the comma inside the closing quote and the URL
// written out at the end:
//   Kim, "Title," *Outlet*, December 16, 2024, https://….
// Titles keep the document's own characters (curly apostrophes stay curly): the checker compares
// them with pages, and normalising here would hide what the author actually printed.
import type { Reference } from '../types.js';
import { parsePrintedDate } from './dates.js';

export type FootnoteReference = Omit<Reference, 'id'>;

export type FootnoteEntryResult =
  | { ok: true; reference: FootnoteReference; warnings: string[] }
  | { ok: false; message: string };

/** `comma`: the group holding a comma printed inside the closing quote (Chicago's `“Title,”`). */
const TITLE_FORMS: { pattern: RegExp; title: number; url: number | null; comma: number | null }[] = [
  // [“Title”](url): the quotes inside the link text.
  { pattern: /\[\s*[“"](.+?)(,?)[”"]\s*\]\(([^)\s]*)\)/u, title: 1, url: 3, comma: 2 },
  // “[Title](url)”: the quotes around the link.
  { pattern: /[“"]\[(.+?)\]\(([^)\s]*)\)(,?)[”"]/u, title: 1, url: 2, comma: 3 },
  // [Title](url) with no quotes.
  { pattern: /\[(.+?)\]\(([^)\s]*)\)/u, title: 1, url: 2, comma: null },
  // “Title”, or Chicago's “Title,” with no link: the quote must close before a comma or a space,
  // so an apostrophe-like stray quote inside a word does not end the title.
  { pattern: /[“"](.+?)(,?)[”"](?=\s|,|$)/u, title: 1, url: null, comma: 2 },
];

/**
 * A URL written out in the text (`…, 2024, https://….`): it runs to the next space, so commas
 * inside it stay; a sentence's full stop, a list comma and autolink brackets `<…>` around it do not.
 */
const BARE_URL = /<?(https?:\/\/[^\s<>]+?)>?(?=[.,;]?(?:\s|$))/g;
const DOI_URL = /^https?:\/\/(?:dx\.)?doi\.org\/10\./i;
/** A Markdown link after the title (`[https://…](https://…)`): its target is the URL written out. */
const TAIL_LINK = /\[[^\]]*\]\((https?:\/\/[^)\s]+)\)/g;
/** Chicago's journal form after the italic journal: ` 12, no. 3 (2021): 45–67`. */
const JOURNAL_TAIL = /^\s+(\d+)(?:,?\s*no\.\s*(\w+))?\s*\(([^)]+)\)(?::\s*([\d–-]+))?/i;

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

/** Outlet first (italic `*X*` / `_X_`, or plain up to the next comma), then the rest's comma-separated parts and the URLs written out. */
function splitOutletAndParts(afterTitle: string): { outlet: string; parts: string[]; urls: string[] } | null {
  const urls: string[] = [];
  // DOI links stay in place: readDetails files them under `doi`.
  const withoutUrls = afterTitle
    .replace(TAIL_LINK, (_whole: string, url: string) => ` ${url} `)
    .replace(BARE_URL, (whole: string, url: string) => (DOI_URL.test(url) ? whole : (urls.push(url), '')));
  const rest = withoutUrls.trim().replace(/^,\s*/, '').replace(/[\s,.;]+$/, '');
  const italic = /^([*_]{1,2})(.+?)\1(?=\s*(?:,|$)|\s+\d)/.exec(rest);
  const outletText = italic ? italic[2]! : rest.split(',')[0]!;
  let tail = italic ? rest.slice(italic[0].length) : rest.slice(outletText.length);
  const journal = italic ? JOURNAL_TAIL.exec(tail) : null;
  if (journal) {
    // Rewritten into the parts readDetails knows: "Vol. 12", "No. 3", the date, "pp. 45–67".
    const [, volume, issue, date, pages] = journal;
    const details = [`Vol. ${volume}`, issue && `No. ${issue}`, date, pages && `pp. ${pages}`].filter(Boolean);
    tail = `, ${details.join(', ')}${tail.slice(journal[0].length)}`;
  }
  const parts = tail.split(',').map((part) => part.trim()).filter((part) => part !== '');
  // "November 20, 2024" was cut at its comma: put it back together.
  const joined: string[] = [];
  for (const part of parts) {
    const previous = joined[joined.length - 1];
    if (previous !== undefined && /^\d{4}$/.test(part) && /\b[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?$/.test(previous)) {
      joined[joined.length - 1] = `${previous}, ${part}`;
    } else joined.push(part);
  }
  const outlet = tidy(outletText);
  return outlet === '' ? null : { outlet, parts: joined, urls };
}

function numberOrText(value: string): string | number {
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** Fills volume, issue, pages, doi and date from the parts after the outlet; returns the parts it could not read. */
function readDetails(parts: string[], reference: FootnoteReference): string[] {
  const unread: string[] = [];
  for (const part of parts) {
    let match: RegExpExecArray | null;
    // When the author read the page is not when it was published: nothing to record.
    const accessed = /^(?:last\s+)?(?:accessed|retrieved|viewed)(?:\s+on)?\s+(.+)$/i.exec(part);
    if (accessed && parsePrintedDate(accessed[1]!) !== null) continue;
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
  // The title is the first quoted or linked text: a link written after the outlet is a URL. At
  // the same place, the forms' order decides (`[“T”](u)` before a bare `[…](u)`).
  let form: { candidate: (typeof TITLE_FORMS)[number]; match: RegExpExecArray } | undefined;
  for (const candidate of TITLE_FORMS) {
    const match = candidate.pattern.exec(body);
    if (match && (form === undefined || match.index < form.match.index)) form = { candidate, match };
  }
  if (form === undefined) return { ok: false, message: 'no quoted or linked title found' };
  const { candidate, match } = form;
  const title = tidy(match[candidate.title]!);
  if (title === '') return { ok: false, message: 'the title is empty' };

  const warnings: string[] = [];
  let url = readUrl(candidate.url === null ? undefined : match[candidate.url], warnings);
  const afterTitle = body.slice(match.index + match[0].length);
  // Chicago puts the comma inside the quotes, and after a question or exclamation mark prints none.
  const separated = (candidate.comma !== null && match[candidate.comma] === ',') || /[?!]$/.test(title);
  if (!/^\s*(,|$)/.test(afterTitle) && !(separated && /^\s/.test(afterTitle))) {
    return { ok: false, message: `expected a comma after the title, found "${afterTitle.trim()}"` };
  }
  const outletAndParts = splitOutletAndParts(afterTitle);
  if (outletAndParts === null) return { ok: false, message: 'no outlet after the title' };
  if (parsePrintedDate(outletAndParts.outlet) !== null) {
    return { ok: false, message: `no outlet after the title ("${outletAndParts.outlet}" is a date)` };
  }

  for (const written of outletAndParts.urls) {
    if (url === null) url = readUrl(written, warnings);
    else if (written !== url) warnings.push(`a second URL "${written}" differs from the link; the link is kept`);
  }
  const reference: FootnoteReference = { authors: splitAuthors(body.slice(0, match.index)), title, outlet: outletAndParts.outlet, url };
  const unread = readDetails(outletAndParts.parts, reference);
  for (const part of unread) warnings.push(`could not read "${part}" (not a date, volume, issue, pages or DOI); left out`);
  return { ok: true, reference, warnings };
}
