// The document block comes from the commentary's own header, e.g.
//   MP-IDSA *Commentary*            ← publisher, with its italic series label dropped
//   South Korea's Response to ...   ← title
//   Ranjit Kumar Dhawan             ← author
//   December 05, 2024               ← date
// The date line anchors the header: the lines before it are read from the bottom up
// (author, title, publisher), so a header without a publisher line still reads right.
import type { DocumentInfo } from '../types.js';
import { parsePrintedDate } from './dates.js';
import { unescapeMarkdown } from './footnote-entry.js';

/** How far down the header may reach: past this, lines are the body. */
const HEADER_LINES = 6;

function plainLine(line: string): string {
  return unescapeMarkdown(line.replace(/^#+\s*/, '').replace(/\s+/g, ' ').trim());
}

/** A publisher line such as "MP-IDSA *Commentary*": the italic part labels the series, not the publisher. */
function publisherOf(line: string): string {
  const withoutLabel = line.replace(/([*_]{1,2})[^*_]+\1/g, '').trim();
  return plainLine(withoutLabel === '' ? line.replace(/[*_]/g, '') : withoutLabel);
}

export function readDocumentHeader(lines: readonly string[], fallbackTitle: string): DocumentInfo {
  const header = lines.map((line) => line.trim()).filter((line) => line !== '').slice(0, HEADER_LINES);
  const dateIndex = header.findIndex((line) => parsePrintedDate(plainLine(line)) !== null);
  if (dateIndex === -1) {
    const title = header[0] === undefined ? fallbackTitle : plainLine(header[0]);
    return title === '' ? {} : { title };
  }
  const info: DocumentInfo = {};
  const above = header.slice(0, dateIndex);
  const author = above.length >= 2 ? above[above.length - 1] : undefined;
  const title = above.length >= 2 ? above[above.length - 2] : above[0];
  const publisher = above.length >= 3 ? above[above.length - 3] : undefined;
  info.title = title === undefined ? fallbackTitle : plainLine(title);
  if (author !== undefined) info.author = plainLine(author);
  if (publisher !== undefined) info.publisher = publisherOf(publisher);
  info.date = parsePrintedDate(plainLine(header[dateIndex]!))!;
  // Keep the documented key order of the sources file.
  return Object.fromEntries(
    (['title', 'author', 'publisher', 'date'] as const).filter((key) => info[key]).map((key) => [key, info[key]]),
  ) as DocumentInfo;
}
