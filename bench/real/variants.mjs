// The citations the bench checks, one sources file per variant:
//   a    the labelled headline and day;
//   b    the same in citation typography (Title Case where the script has case, curly quotes);
//   c    the headline of another page in the same script sharing no word longer than four
//        letters, with the page's own labelled day (a wrong headline: expect title-mismatch);
//   d45  the labelled headline, the day 45 days off (expect date-mismatch);
//   d3   the same, 3 days off.
// The d variants go later for pages at an even index (id order) and earlier for odd ones.
import { shiftDay } from './corpus.mjs';
import { citationTypography, dominantScript, longWords } from './typography.mjs';

export const VARIANTS = ['a', 'b', 'c', 'd45', 'd3'];

/** What each variant expects, and what the figures call it. */
export const EXPECT = {
  a: { want: ['verified', 'moved'], label: '(a) true citation: verified' },
  b: { want: ['verified', 'moved'], label: '(b) citation typography: verified' },
  c: { want: ['title-mismatch'], label: '(c) another headline: title-mismatch' },
  d45: { want: ['date-mismatch'], label: '(d45) day 45 off: date-mismatch' },
  d3: { want: ['date-mismatch'], label: '(d3) day 3 off: date-mismatch' },
};

/**
 * For each entry with a headline, the next entry in id order (cyclic) whose headline is in the
 * same script and shares no long word with it; null when none qualifies.
 */
export function partners(entries) {
  const info = entries.map((entry) => entry.title
    ? { script: dominantScript(entry.title), words: longWords(entry.title) }
    : null);
  return entries.map((entry, i) => {
    if (!info[i]) return null;
    for (let step = 1; step < entries.length; step++) {
      const j = (i + step) % entries.length;
      const other = info[j];
      if (!other || other.script !== info[i].script) continue;
      if ([...other.words].some((word) => info[i].words.has(word))) continue;
      return entries[j];
    }
    return null;
  });
}

/**
 * All citations, per variant: { variant → [{ entry, title, day, partner? }] }. Entries without a
 * headline label are left out (a citation needs a title); pages without a dated label are cited
 * without a date in a, b and c and have no d citations.
 */
export function buildCitations(entries) {
  const partnerOf = partners(entries);
  const out = Object.fromEntries(VARIANTS.map((variant) => [variant, []]));
  entries.forEach((entry, i) => {
    if (!entry.title) return;
    const day = entry.day;
    out.a.push({ entry, title: entry.title, day });
    out.b.push({ entry, title: citationTypography(entry.title), day });
    if (partnerOf[i]) out.c.push({ entry, title: partnerOf[i].title, day, partner: partnerOf[i].id });
    if (day) {
      const sign = entry.index % 2 === 0 ? 1 : -1;
      out.d45.push({ entry, title: entry.title, day: shiftDay(day, 45 * sign) });
      out.d3.push({ entry, title: entry.title, day: shiftDay(day, 3 * sign) });
    }
  });
  return out;
}

/** A sources file (as an object) for one variant's citations. */
export function sourcesFile(variant, citations, urlOf) {
  return {
    document: { title: `citecheck real-page bench, variant ${variant}` },
    references: citations.map(({ entry, title, day }) => ({
      id: entry.id,
      authors: [],
      title,
      outlet: new URL(entry.url).hostname,
      ...(day ? { date: day } : {}),
      url: urlOf(entry),
    })),
  };
}
