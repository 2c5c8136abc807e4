// Text that was UTF-8, read once as windows-1252 and written back ("sanciÃ³n", "fÃ¼r", "â€™"):
// CMS plugins do this to one meta tag while the rest of the page is right.
import { isUtf8 } from 'node:buffer';
import { iconv } from '../lazy-modules.js';

// A UTF-8 lead byte (Â..ô) read as windows-1252, then a continuation byte read the same way.
const SUSPECT = /[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]/;

/** The text as it was meant, when it is whole UTF-8 mojibake; otherwise the text unchanged. */
export function repairMojibake(text: string): string {
  if (!SUSPECT.test(text)) return text;
  const bytes = iconv().encode(text, 'windows-1252');
  // Every character must have survived the round trip: otherwise the text was not all mojibake.
  if (iconv().decode(bytes, 'windows-1252') !== text || !isUtf8(bytes)) return text;
  return bytes.toString('utf8');
}
