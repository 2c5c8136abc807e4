// One shared copy of the short strings that thousands of results repeat: a content type, a
// reason such as "title matches (h1), date matches", a date's source ("article:published_time").
// Each result would otherwise hold its own copy until the report is written (10,000 results:
// a few megabytes of the same few dozen strings).

/** Strings longer than this are rarely repeated word for word: kept as they are. */
const LONGEST = 64;
/** A bound, so a run of all-different strings cannot grow the pool without end. */
const MOST = 4096;

const pool = new Map<string, string>();

/** `text`, or the equal string interned before it. */
export function intern(text: string): string {
  if (text.length > LONGEST) return text;
  const known = pool.get(text);
  if (known !== undefined) return known;
  if (pool.size < MOST) pool.set(text, text);
  return text;
}

/** How many strings the pool holds (for the tests of its bound). */
export function internedCount(): number {
  return pool.size;
}
