// The real pages without some of their metadata, to measure what citecheck makes of pages that
// carry less of it (many small sites, blogs and older pages, which the corpus's news pages rarely
// are). The bytes are handled as latin1 so that a page's own encoding passes through untouched.
//
// Without their machine-readable dates, for the visible-text reader alone: the date properties of
// JSON-LD (the rest, its headline among them, kept), every <meta> whose name, property or itemprop
// speaks of a date or time, and the datetime (and data-published/-timestamp/-date) attributes and
// microdata date properties of any element.

const DATE_WORD = /date|time|publish|modif|issued|created|updated/i;
const JSON_LD = /(<script\b[^>]*ld\+json[^>]*>)([\s\S]*?)(<\/script\s*>)/gi;
/** A JSON-LD date property and its value (a string or an array of strings), replaced by a dummy key: the JSON stays valid. */
const JSON_LD_DATE = /"(?:datePublished|dateModified|dateCreated|uploadDate|startDate|endDate|releaseDate|temporalCoverage)"\s*:\s*(?:"(?:[^"\\]|\\.)*"|\[[^\]]*\])/g;
const META = /<meta\b[^>]*>/gi;
const CONTENT = /\bcontent\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i;
const DATE_ATTRIBUTE = /\s(?:datetime|data-published|data-timestamp|data-date)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi;
/** Microdata date properties on any element (<span itemprop="datePublished" content="…">): its visible text stays. */
const ITEMPROP_DATE = /\sitemprop\s*=\s*(?:"[^"]*date[^"]*"|'[^']*date[^']*'|\S*date\S*?(?=[\s>]))/gi;

/** The page's bytes with its machine-readable dates taken out (everything else as it was). */
export function stripDates(bytes) {
  return latin1(bytes, (text) => text
    .replace(JSON_LD, (_, open, body, close) => open + body.replace(JSON_LD_DATE, '"strippedDate":""') + close)
    // The key words are looked for outside the content: "og:title" content may name a date.
    .replace(META, (tag) => (DATE_WORD.test(tag.replace(CONTENT, '')) ? '' : tag))
    .replace(DATE_ATTRIBUTE, '')
    .replace(ITEMPROP_DATE, ''));
}

// Without their headline fields, to measure what the printed headline and the <title> give alone:
// og:title, twitter:title and every other title meta, and JSON-LD's headline (its "name", which names
// authors and publishers too, stays).
const TITLE_WORD = /title|headline/i;
const JSON_LD_TITLE = /"(?:headline|alternativeHeadline)"\s*:\s*"(?:[^"\\]|\\.)*"/g;

/** The page's bytes with its headline metadata taken out (the <title> and the page's text kept). */
export function stripTitles(bytes) {
  return latin1(bytes, (text) => text
    .replace(JSON_LD, (_, open, body, close) => open + body.replace(JSON_LD_TITLE, '"strippedTitle":""') + close)
    .replace(META, (tag) => (TITLE_WORD.test(tag.replace(CONTENT, '')) ? '' : tag)));
}

/** The strippers by the name --strip takes. */
export const STRIPPERS = { dates: stripDates, titles: stripTitles };

function latin1(bytes, change) {
  return Buffer.from(change(Buffer.from(bytes).toString('latin1')), 'latin1');
}
