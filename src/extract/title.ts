// Headline candidates, with the site's name taken off, and the headline chosen by agreement.
import { decodeHTMLStrict } from '../entities.js';
import { foldTitle } from '../title-fold.js';
import { tldts } from '../lazy-modules.js';
import type { PageMetadata, TitleCandidate } from '../types.js';
import type { Heading, ParsedPage } from './page.js';
import type { JsonLdFacts } from './jsonld.js';
import { repairMojibake } from './mojibake.js';
import { isPlaceholderTitle, isPrintViewTitle } from './placeholder-title.js';
import { ownString } from '../own-string.js';

const SEPARATOR = /\s+(?:\||-|–|—|::|·|•|»|｜|\/\/)\s+/g;
const PRIORITY = ['citation_title', 'og:title', 'json-ld', 'h1', 'twitter:title', 'dc.title', '<title>'];
const META_TITLES: Record<string, string> = {
  citation_title: 'citation_title', 'og:title': 'og:title', 'twitter:title': 'twitter:title',
  'dc.title': 'dc.title', 'dcterms.title': 'dc.title',
  // Analytics and newsletter tags that CMSs fill with the story's own headline (often the print one).
  'parsely-title': 'parsely-title', 'sailthru.title': 'sailthru.title',
};
const SITE_NAME_METAS = new Set(['og:site_name', 'application-name', 'apple-mobile-web-app-title', 'al:ios:app_name', 'twitter:app:name:iphone', 'publisher', 'citation_journal_title']);

export function collectSiteNames(page: ParsedPage, jsonLd: JsonLdFacts, url: string | null): string[] {
  const names = new Set<string>();
  // A "site name" that is the page's whole <title> and reads like a sentence is a CMS filling the
  // field with the headline, not a name: it must not erase the headline everywhere else.
  const documentTitle = page.title === null ? '' : key(decodeEntities(page.title));
  const isHeadlineCopy = (name: string): boolean => key(name) === documentTitle && key(name).split(' ').length > 6;
  for (const meta of page.metas) {
    if (!SITE_NAME_METAS.has(meta.key) || !meta.content) continue;
    const name = decodeEntities(meta.content);
    if (!isHeadlineCopy(name)) names.add(name);
  }
  for (const name of jsonLd.siteNames) names.add(decodeEntities(name));
  for (const meta of page.metas) if (meta.key === 'twitter:site' && meta.content.startsWith('@')) names.add(meta.content.slice(1));
  const domain = url ? tldts().getDomainWithoutSuffix(url) : null;
  if (domain) names.add(domain);
  return [...names].filter((n) => key(n).length >= 2);
}

export function collectTitles(page: ParsedPage, jsonLd: JsonLdFacts, knownSiteNames: string[], pageUrls: string[] = []): TitleCandidate[] {
  const out: TitleCandidate[] = [];
  const rawTitle = page.title === null ? null : decodeEntities(page.title).replace(/\s+/g, ' ').trim();
  let visible = page.h1s.filter((h) => !h.excluded && h.text);
  const masthead = rawTitle === null ? null : mastheadBeforeColon(rawTitle, page.h1s);
  // "Blog Name » Blog Archive » Post": the blog's name, which its header's h1 prints, and the post's title.
  const archive = rawTitle === null ? null : blogArchiveParts(rawTitle, page.h1s);
  const logo = rawTitle === null ? null : logoHeading(rawTitle, visible) ?? masthead?.name ?? archive?.blog ?? mastheadAtEdge(rawTitle, page.h1s, page.h2s);
  // The logo's h1 names the site: not a headline, and a name to take off the other titles.
  const siteNames = logo === null ? knownSiteNames : [...knownSiteNames, logo];
  if (logo !== null) visible = visible.filter((h) => key(h.text) !== key(logo));
  // An h1 that is the site's or blog's name is its masthead, never a headline.
  visible = visible.filter((h) => !isSiteName(h.text, siteNames));
  const push = (raw: string | null | undefined, source: string, strong = true): void => {
    if (!raw) return;
    const value = decodeEntities(raw).replace(/\s+/g, ' ').trim();
    if (value.length === 0 || value.length > 500 || out.some((c) => c.source === source && c.value === value)) return;
    out.push({ value, source, strong: strong && !isPlaceholderTitle(value) });
  };

  const declaredNames = new Set(page.metas.filter((meta) => meta.key === 'og:site_name' || meta.key === 'application-name').map((meta) => key(decodeEntities(meta.content))));
  for (const meta of page.metas) {
    const source = META_TITLES[meta.key];
    if (!source || meta.excluded) continue;
    const title = stripSiteName(decodeEntities(meta.content), siteNames).title;
    // og:title set to the site's own og:site_name (a CMS's error or index template) names no article.
    push(title, source, !declaredNames.has(key(title)));
  }
  // Not another article's, when the page says which URL it is: an @graph may hold a related story.
  const own = jsonLd.headlines.filter((_, i) => !namesAnotherPage(jsonLd.headlineUrls[i] ?? null, pageUrls));
  for (const headline of own.slice(0, 2)) push(stripSiteName(headline, siteNames).title, 'json-ld');
  if (jsonLd.headlines.length === 0) for (const name of jsonLd.names.slice(0, 1)) push(stripSiteName(name, siteNames).title, 'json-ld');

  const metaKeys = out.map((c) => key(c.value));
  // Several h1s (section name, logo, headline): the one the metadata agrees with, else the article's.
  const h1 = visible.find((h) => metaKeys.includes(key(h.text)))
    ?? visible.find((h) => metaKeys.some((k) => k.length > 0 && (k.includes(key(h.text)) || key(h.text).includes(k)) && key(h.text).length > 10))
    ?? visible.find((h) => h.inArticle) ?? visible[0];
  if (h1) {
    push(h1.text, 'h1');
    // A second headline printed beside the first (the print edition's over the web one, a
    // feature's display line): a citation may quote either. Only h1s of the same story count, and
    // the one heading the <article> that holds the story's text, before any of it (whatever a
    // sticky header above repeats; not a widget's h1 inside the text, nor a next story's).
    for (const other of visible) {
      const headsStory = page.storyArticle !== 0 && other.article === page.storyArticle && other.beforeText;
      const sameStory = other.article === h1.article || other.article === 0 || headsStory;
      if (other !== h1 && sameStory && out.length < 12) push(other.text, 'h1');
    }
    // A subtitle printed as the h2 right under the headline ("The Kursk Gamble" / "Why North Korea
    // sent troops to Russia"): a citation may give both, as "Title: Subtitle".
    // Only to match a citation against, never a vote for the headline; and only an h2 that reads
    // as a line of its own (not "Videos", "Hauptinhalt", "Das Wichtigste in Kürze:").
    const underHeadline = (h: Heading | null | undefined): h is Heading => !!h && h.seq === h1.seq + 1 && h.article === h1.article && h.beforeText && !h.excluded && h.text.length > 0;
    const subtitle = page.h2s.find(underHeadline) ?? (underHeadline(page.subtitle) ? page.subtitle : undefined);
    if (subtitle && readsAsSubtitle(subtitle.text) && key(subtitle.text) !== key(h1.text)) push(`${h1.text}: ${subtitle.text}`, HEADLINE_AND_SUBTITLE);
  } else {
    // A page wrapped in a chrome-looking class still has its headline; count it only as weak.
    const fallback = page.h1s.find((h) => h.text && !isSiteName(h.text, siteNames));
    if (fallback) push(fallback.text, 'h1', false);
    // The page's own headline fields: a second JSON-LD headline may be another record's (a live
    // blog's first update, a listing's first teaser), and the chosen headline picks the record
    // that dates the page.
    const firstJsonLd = out.find((c) => c.source === 'json-ld');
    const ownFields = out.filter((c) => c.strong && c.source !== 'h1' && (c.source !== 'json-ld' || c === firstJsonLd));
    const shown = headlineShownInOpeningH2(page, ownFields);
    if (shown !== null) push(shown, 'h2');
  }

  // A page with no headline field (older pages): its h1 a blog's masthead, the post's headline
  // printed in the h2 heading its <article>, which the <title> repeats.
  if (rawTitle && !out.some((c) => c.strong && c.source !== 'h1' && c.source !== HEADLINE_AND_SUBTITLE)) {
    const titled = h2RepeatedByTitle(page, rawTitle, out);
    if (titled !== null) push(titled, 'h2');
  }

  if (rawTitle) {
    const raw = masthead?.title ?? archive?.post ?? rawTitle;
    const others = out.map((c) => key(c.value));
    const cleaned = cleanDocumentTitle(raw, siteNames, others);
    if (cleaned && !isSiteName(cleaned, siteNames) && !isPrintViewOf(cleaned, siteNames)) push(cleaned, '<title>');
    if (cleaned !== rawTitle) push(rawTitle, '<title>', false);
  }
  return out;
}

/**
 * A print view's title before a publication's name ("Print : The Korea Times", "인쇄하기 | 한국신문")
 * when that name was not known to cut: the page type and the site, never a headline ("Print -
 * Harbour reopens" is one).
 */
function isPrintViewOf(title: string, siteNames: string[]): boolean {
  const split = /^\s*(\S+(?:\s\S+)?)\s*[:|｜\-–—·]\s*(.+)$/u.exec(title);
  return split !== null && isPrintViewTitle(split[1]!) && looksLikePublication(split[2]!, siteNames);
}

/** The source of "h1: subtitle", a candidate only for citations that give both. */
const HEADLINE_AND_SUBTITLE = 'h1+subtitle';

function readsAsSubtitle(text: string): boolean {
  return !/[:：]\s*$/u.test(text) && saysEnough(text);
}

/** Three words at least, or for a script written without spaces, MIN_UNSPACED_CHARS letters. */
function saysEnough(text: string): boolean {
  const words = key(text);
  return words.split(' ').length >= 3 || (!words.includes(' ') && words.length >= MIN_UNSPACED_CHARS);
}

/** Words a kicker set before the headline in the same heading may have ("Umbau des Weissen Hauses"). */
const MAX_KICKER_WORDS = 6;
/** Characters a headline written without spaces (Chinese, Japanese) needs to be matched at all. */
const MIN_UNSPACED_CHARS = 8;

/**
 * A page whose h1 is chrome (a breadcrumb's or a sticky bar's copy of the SEO title) prints its
 * headline in an h2 that opens the story (the <article> holding most of the page's text, before
 * any of that text; never a teaser card's), often after a kicker, in the h2 or in an h2 of its own
 * before it. Which of the headline fields that h2 shows is the one a reader sees: it gets the
 * printed headline's vote. Only a field's text is ever returned (never the chrome h1's, nor the
 * h2's own), so the page offers no new text to match a citation against.
 */
function headlineShownInOpeningH2(page: ParsedPage, fields: TitleCandidate[]): string | null {
  if (page.storyArticle === 0) return null;
  const usable = fields.filter((field) => saysEnough(field.value));
  for (const h2 of page.h2s) {
    if (h2.article !== page.storyArticle || h2.excluded || !h2.beforeText || !h2.text) continue;
    const shown = key(h2.text);
    const matches = usable.filter((field) => {
      const headline = key(field.value);
      return shown === headline || (shown.endsWith(` ${headline}`) && shown.slice(0, -headline.length - 1).split(' ').length <= MAX_KICKER_WORDS);
    });
    // "Kicker Headline" shown, and fields carrying both "Kicker: Headline" and "Headline": the bare
    // headline, as chooseTitle takes it under a kicker.
    if (matches.length > 0) return matches.reduce((bare, field) => (key(field.value).length < key(bare.value).length ? field : bare)).value;
  }
  return null;
}

/**
 * An h2 heading the <article> that the <title> gives whole or as its first part ("Post | Code |
 * Blog Name" under a blog's <h1>Hi, I'm Nicolas.</h1>): three words at least, and only where no h1
 * is in the <title>.
 */
function h2RepeatedByTitle(page: ParsedPage, rawTitle: string, found: TitleCandidate[]): string | null {
  const whole = key(rawTitle);
  // An h1 the <title> carries is the headline already.
  if (found.some((c) => c.source === 'h1' && key(c.value).length > 0 && whole.includes(key(c.value)))) return null;
  // The whole or its first part: a last part is as often the blog's name, which a sidebar's h2 repeats.
  const wanted = new Set([whole, key(splitParts(rawTitle)[0]!.text)]);
  for (const h2 of page.h2s) {
    // Only an h2 heading an <article> (or an Article item) before its text: a section's, a
    // column's or a site's name is printed in an h2 outside one, or after the text.
    if (h2.excluded || !h2.text || !h2.inArticleElement || !h2.beforeText || !saysEnough(h2.text)) continue;
    if (wanted.has(key(decodeEntities(h2.text)))) return h2.text;
  }
  return null;
}

/**
 * "Real Headline | Daily Planet" with <h1>Daily Planet</h1> and <h1>Real Headline</h1>: the h1 that
 * is the <title>'s first or last part, when another h1 is the rest, is the site's logo.
 */
function logoHeading(rawTitle: string, headings: Heading[]): string | null {
  const parts = splitParts(rawTitle);
  if (parts.length < 2 || headings.length === 0) return null;
  if (headings.length === 1) return headings[0]!.inArticle ? null : blogNameHeading(parts, headings[0]!.text);
  const keys = headings.map((h) => key(h.text));
  for (const [edge, rest] of [[parts[parts.length - 1]!, parts.slice(0, -1)], [parts[0]!, parts.slice(1)]] as const) {
    if (keys.includes(key(edge.text)) && keys.includes(key(joinParts(rest)))) return edge.text.trim();
  }
  return null;
}

/**
 * "Mein Blog: Parken in Paris" with <h1>Mein Blog</h1> in the site's header (chrome, outside any
 * article): Blogger titles a post after the blog's name and a colon, and prints the name as the
 * masthead. The name, and the <title> without it. Not a hero's h1 outside the article ("Jane Doe"
 * over an interview titled "Jane Doe: …"), nor a name merely like the site's ("Bitcoin:" on
 * bitcoinist.com, a speaker named as the site is, "UNICEF: …"): a kicker before a colon stays.
 */
function mastheadBeforeColon(rawTitle: string, headings: Heading[]): { name: string; title: string } | null {
  const colon = /^([^:：]{2,60}?)\s*[:：]\s+(\S.*)$/u.exec(rawTitle);
  if (colon === null || !saysEnough(colon[2]!)) return null;
  const name = key(colon[1]!);
  const masthead = headings.find((h) => h.excluded && !h.inArticle && key(h.text) === name);
  return masthead === undefined ? null : { name: masthead.text.trim(), title: colon[2]!.trim() };
}

/**
 * A blog's name printed as the masthead h1 in its header (chrome, outside any article) as the first
 * part of the <title>, where an h2 prints the rest ("Quiet Corner » Post title" over <h2>Post
 * title</h2>). Not a headline in a header classed as chrome (Bootstrap's "page-header" after "Site
 * | Headline"): no h2 repeats the rest beside it.
 */
function mastheadAtEdge(rawTitle: string, headings: Heading[], subheadings: Heading[]): string | null {
  const parts = splitParts(rawTitle);
  if (parts.length < 2) return null;
  const printed = new Set(subheadings.filter((h) => !h.excluded && h.text).map((h) => key(h.text)));
  for (const heading of headings) {
    if (!heading.excluded || heading.inArticle) continue;
    const name = key(heading.text);
    if (name.length === 0) continue;
    if (key(parts[0]!.text) === name && printed.has(key(joinParts(parts.slice(1))))) return heading.text.trim();
  }
  return null;
}

/**
 * WordPress's "Blog Name » Blog Archive » Post" (Kubrick, the first default theme, and its many
 * heirs), or "Post | Blog Archive | Blog Name": the blog is the part an h1 prints, else the first.
 */
function blogArchiveParts(rawTitle: string, headings: Heading[]): { blog: string; post: string } | null {
  const parts = BLOG_ARCHIVE.exec(rawTitle);
  if (parts === null) return null;
  const [first, last] = [parts[1]!.trim(), parts[2]!.trim()];
  const printed = new Set(headings.map((h) => key(h.text)));
  return printed.has(key(last)) && !printed.has(key(first)) ? { blog: last, post: first } : { blog: first, post: last };
}

/**
 * "Diary of K. Takagi - Entry headline" with <h1>Diary of K. Takagi</h1> above any article: a blog
 * prints its name as the page's only h1 and the entry's headline in the <title> beside it. The h1
 * is the name when it is one edge of the <title> and the rest is longer: a headline's site tail
 * is shorter. (An h1 inside the article is its headline, however short.)
 */
function blogNameHeading(parts: Part[], heading: string): string | null {
  const target = key(heading);
  for (const [edge, rest] of [[parts[0]!, parts.slice(1)], [parts[parts.length - 1]!, parts.slice(0, -1)]] as const) {
    const restText = joinParts(rest);
    if (key(edge.text) === target && key(restText).length > target.length * 1.5) return edge.text.trim();
  }
  return null;
}

/** The headline: the candidate most others agree with; ties go to the more deliberate source. */
export function chooseTitle(candidates: TitleCandidate[]): PageMetadata['title'] {
  const voters = candidates.filter((c) => c.source !== HEADLINE_AND_SUBTITLE);
  const strong = voters.filter((c) => c.strong);
  const pool = strong.length > 0 ? strong : voters;
  let best: TitleCandidate | null = null;
  let bestScore = -1;
  const keys = pool.map((c) => key(c.value));
  const ogKeys = new Set(pool.filter((c) => c.source === 'og:title').map((c) => key(c.value)));
  pool.forEach((candidate, i) => {
    const mine = keys[i]!;
    // A twitter:title that repeats og:title still votes, but the deliberate tag is the one named.
    if (candidate.source === 'twitter:title' && ogKeys.has(mine)) return;
    let score = 0;
    /** Votes from headline fields (og:title, JSON-LD, ...), not from the <title>. */
    let fieldVotes = 0;
    keys.forEach((other, j) => {
      if (i === j) return;
      // twitter:title mostly copies og:title: one social voice, not two.
      const vote = pool[j]!.source === 'twitter:title' ? 0.5 : 1;
      // "Kicker: Headline" or "Headline - by Author" around the same headline: a vote for the bare headline.
      const agrees = other === mine || (mine.length >= 15 && other.includes(mine) && mine.length / other.length >= 0.5 && isAttachedPart(candidate.value, pool[j]!.value));
      if (!agrees) return;
      score += vote;
      if (pool[j]!.source !== '<title>') fieldVotes += vote;
    });
    // A printed headline (h1, or an h2 standing for a chrome h1) that something confirms goes
    // first on equal agreement. One that a headline field confirms is the one readers see and
    // cite: its printing is one more vote, over a social or search title several tags repeat. Not
    // when only the <title> confirms it: a section's banner h1 and a newsletter's name are
    // repeated there too ("News and Events | Example University"), and the chosen headline
    // decides which JSON-LD record dates the page and whether it looks like the site's not-found answer.
    const printed = (candidate.source === 'h1' || candidate.source === 'h2') && score >= 1;
    if (printed && fieldVotes >= 1) score += 1;
    const rank = printed ? -1 : rankOf(candidate.source);
    score -= rank * 0.01;
    if (score > bestScore) { best = candidate; bestScore = score; }
  });
  const chosen = withSeparatorKept(best as TitleCandidate | null, strong);
  return { value: chosen?.value ?? null, source: chosen?.source ?? null, candidates };
}

/** A source's place in PRIORITY (unlisted ones last). */
function rankOf(source: string): number {
  const listed = PRIORITY.indexOf(source);
  return listed < 0 ? PRIORITY.length : listed;
}

/**
 * A printed headline whose kicker stood on a line of its own reads run together as text
 * ("Ausschuss zur Ahrtal-Flut Zwei Rücktritte"); a headline field with the same words and the
 * separator ("Ausschuss zur Ahrtal-Flut: Zwei Rücktritte") is the same headline as it reads.
 * Only colons and spaces may differ, so a field that rewords, adds quotes or cuts is never taken.
 */
function withSeparatorKept(chosen: TitleCandidate | null, strong: TitleCandidate[]): TitleCandidate | null {
  if (!chosen || (chosen.source !== 'h1' && chosen.source !== 'h2')) return chosen;
  const bare = (text: string) => text.replace(/[\s:：]+/gu, '');
  const colons = (text: string) => text.match(/[:：]/gu)?.length ?? 0;
  const spaced = (text: string) => text.match(/[:：]\s/gu)?.length ?? 0;
  const byPriority = [...strong].sort((a, b) => rankOf(a.source) - rankOf(b.source));
  return byPriority.find((field) => field.source !== '<title>' && field.source !== chosen.source && bare(field.value) === bare(chosen.value) &&
    (colons(field.value) > colons(chosen.value) || (colons(field.value) === colons(chosen.value) && spaced(field.value) > spaced(chosen.value)))) ?? chosen;
}

/**
 * Is `part` the whole of `whole` but for a kicker, section or byline set off by a separator
 * ("Ukraine-Krieg: Headline", "Headline | Opinion")? A teaser cut at a sentence end
 * ("Headline. Second sentence") is not: there the longer text is the headline.
 */
function isAttachedPart(part: string, whole: string): boolean {
  const w = loose(whole);
  let p = loose(part);
  let at = w.indexOf(p);
  // "Who is X?" inside "Who is X and how did they meet?": the question mark is the short form's own end.
  if (at < 0) {
    p = p.replace(/[.!?…。？！]+$/u, '');
    at = w.indexOf(p);
  }
  if (at < 0) return true; // they agree only after punctuation is dropped: no boundary to judge
  const before = w.slice(0, at);
  const after = w.slice(at + p.length);
  return (before.length === 0 || ATTACHED_BEFORE.test(before)) && (after.length === 0 || ATTACHED_AFTER.test(after));
}

const ATTACHED_BEFORE = /(?:[:|\-–—·•»/｜]|::)\s*$/;
const ATTACHED_AFTER = /^\s*(?:[:|\-–—·•«/｜(\[]|::)/;

function loose(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[‘’`´]/g, "'").replace(/[“”„«»]/g, '"').replace(/\s+/g, ' ').trim();
}

/** <title> with the site name removed: by known names, by agreement with other titles, else by shape. */
export function cleanDocumentTitle(raw: string, siteNames: string[], otherKeys: string[]): string {
  const byName = stripSiteName(raw, siteNames);
  const parts = splitParts(byName.title);
  if (parts.length === 1 || otherKeys.includes(key(byName.title))) return byName.title;
  // "Headline | Section": the part other candidates agree with.
  for (let end = parts.length - 1; end >= 1; end--) {
    const prefix = joinParts(parts.slice(0, end));
    if (otherKeys.includes(key(prefix))) return prefix;
  }
  for (let start = 1; start < parts.length; start++) {
    const suffix = joinParts(parts.slice(start));
    if (otherKeys.includes(key(suffix))) return suffix;
  }
  if (byName.changed) return byName.title;
  // By shape alone only a section label or a name shaped like a publication is dropped: any short
  // tail cut headlines' own last words ("North Korean troops in Kursk – what we know").
  const last = parts[parts.length - 1]!;
  const rest = joinParts(parts.slice(0, -1));
  if (last.text.length < rest.length && (SECTION_LABEL.test(last.text.trim()) || looksLikePublication(last.text, siteNames))) return rest;
  return raw;
}

/** An absolute URL that is none of the page's own (its address, canonical or og:url), scheme, www and query aside. */
function namesAnotherPage(url: string | null, pageUrls: string[]): boolean {
  if (url === null || pageUrls.length === 0 || !/^https?:\/\//i.test(url)) return false;
  const bare = (u: string) => u.replace(/^https?:\/\/(www\.)?/i, '').replace(/[#?].*$/, '').replace(/\/$/, '').toLowerCase();
  const own = bare(url);
  return !pageUrls.some((pageUrl) => bare(pageUrl) === own);
}

/**
 * The page type WordPress's first default theme put between the blog's name and the post's ("The
 * Film Gang » Blog Archive » Stand Up Guys"), kept by many themes since: never part of a headline.
 */
const BLOG_ARCHIVE = /^(.+?)\s*[»|]\s*Blog Archive\s*[»|]\s*(.+)$/i;

/** Section names sites append to headlines ("| Opinion", "- World News", "· Politics"). */
const SECTION_LABEL = new RegExp(String.raw`^(?:(?:world|us|u\.s\.|uk|local|national|international|business|tech|technology|science|health|sports?|politics|entertainment|culture|lifestyle|travel|opinions?|editorials?|commentary|columns?|features?|latest|breaking|economy|markets?|finance|money|asia|asia[- ]pacific|europe|africa|americas|middle east|education|environment|climate|arts?|books|media|video|photos?|blogs?|letters|obituaries|weather|society|military|defen[cs]e|diplomacy|north korea|nation|regional|metro|global)(?:\s+(?:news|&\s*\p{L}+|and\s+\p{L}+))?|news)$`, 'iu');

/** Words of publications' names: a tail made of a few words with one of these is the masthead. */
const PUBLICATION_WORD = /\b(?:news|times|post|herald|journal|tribune|gazette|daily|agency|press|magazine|review|chronicle|telegraph|guardian|observer|express|independent|monitor|online|radio|tv|broadcasting|network|wire|report|dispatch|standard|insider)\b|\.(?:com|net|org|co\.\w+)\b/i;

/**
 * A CJK masthead or company name, by its last word: newspaper, daily, company ("好奇心日报",
 * "サンワサプライ株式会社", "한국일보"). At most 12 characters and no spaces. Not "telecom",
 * "broadcast" or the Korean and Japanese "news" (通信, 방송, 뉴스, ニュース): headlines end in those
 * too ("…次世代の衛星通信"); Chinese 新闻 stays, the ending of most portals' names.
 */
const CJK_PUBLICATION = /^[^\s]{0,10}(?:新聞|新闻|日報|日报|晚报|晚報|新聞社|株式会社|有限公司|신문|일보)$/u;

function looksLikePublication(tail: string, siteNames: string[]): boolean {
  if (CJK_PUBLICATION.test(tail.trim())) return true;
  const words = tail.trim().split(/\s+/);
  if (words.length > 5) return false;
  // "Yonhap News Agency" on yna.co.kr: the initials spell the host's name.
  const initials = initialsOf(words);
  if (initials.length >= 2 && siteNames.some((n) => compactKey(n) === initials)) return true;
  // Title-cased ("The Korea Herald Online", "The Week"), not a clause ("what we know"), and with a
  // publication word or the masthead's leading "The".
  const titleCased = words.every((w) => !/^\p{Ll}/u.test(w) || /^(of|the|and|de|du|la|le|der|die|das|el)$/i.test(w));
  return titleCased && (PUBLICATION_WORD.test(tail) || (words[0] === 'The' && words.length <= 4));
}

export function stripSiteName(raw: string, siteNames: string[]): { title: string; changed: boolean } {
  const parts = splitParts(raw);
  let start = 0;
  let end = parts.length;
  while (end - start > 1 && (isSiteName(parts[end - 1]!.text, siteNames) || (end === parts.length && isMastheadOfSite(parts[end - 1]!.text, siteNames)))) end--;
  while (end - start > 1 && isSiteName(parts[start]!.text, siteNames)) start++;
  if (start === 0 && end === parts.length) return stripTightSiteName(raw, siteNames);
  return { title: joinParts(parts.slice(start, end)), changed: true };
}

/**
 * A separator without spaces, as Chinese, Japanese and Korean titles write it: "标题-新华网",
 * "見出し：朝日新聞", "제목-정치ㅣ한국일보" (Korean sites draw the bar with the vowel letter ㅣ, which
 * never stands alone inside a word: words are written in composed syllables).
 */
const TIGHT_SEPARATOR = /[-_|｜:：·•–—/ㅣ]/g;
/** A section name CJK sites put between the headline and their name: "-정치", "_国内". */
// Only names sites give their sections: a headline may end in "서울-부산" or "한-미" itself. Not
// "·": Chinese writes it inside transliterated names ("阿卜杜拉·阿齐兹").
const TIGHT_SECTION = /[-_|｜ㅣ](?:정치|경제|사회|국제|문화|스포츠|연예|오피니언|사설|칼럼|전국|지역|라이프|과학|国内|国际|國際|财经|財經|经济|經濟|科技|体育|體育|娱乐|娛樂|社会|社會|军事|軍事|时政|時政|政治|智能|経済|国際|スポーツ|エンタメ)$/u;
/** The separators sites put before their name; a colon is a kicker's or a quote's ("特朗普：CNN是假新闻"). */
const MASTHEAD_SEPARATOR = /[-_|｜ㅣ–—]/;

/**
 * "Headline-Site" with no spaces: cut only where the part after is a known site name, and then a
 * short section name left between the two ("헤드라인-정치ㅣ한국일보").
 */
function stripTightSiteName(raw: string, siteNames: string[]): { title: string; changed: boolean } {
  // Only a trailing name: a leading "Name:" is as often a kicker as a site.
  let last = -1;
  for (const m of raw.matchAll(TIGHT_SEPARATOR)) last = m.index!;
  const name = raw.slice(last + 1).trim();
  const title = raw.slice(0, last).trim();
  // A name known only by its shape ("…日报") must follow a site separator and leave a headline
  // longer than itself: "观察｜谁在制造假新闻" is a kicker and a headline, not a headline and a site.
  const mastheadByShape = CJK_PUBLICATION.test(name) && MASTHEAD_SEPARATOR.test(raw[last] ?? '') && title.length >= 8 && title.length > name.length;
  if (last <= 0 || !(isSiteName(name, siteNames) || mastheadByShape)) return { title: raw, changed: false };
  // Only when the name itself is joined without spaces ("…-정치ㅣ한국일보", not "… : NPR").
  const section = /\s/.test(raw[last - 1] ?? '') || /\s/.test(raw[last + 1] ?? '') ? null : TIGHT_SECTION.exec(title);
  // The headline left must still be most of it: "A-B" is no headline with a section.
  const withoutSection = section ? title.slice(0, section.index).trim() : title;
  return { title: withoutSection.length >= 8 ? withoutSection : title, changed: true };
}

interface Part { text: string; separator: string }

function splitParts(raw: string): Part[] {
  const parts: Part[] = [];
  let last = 0;
  let separator = '';
  for (const m of raw.matchAll(SEPARATOR)) {
    parts.push({ text: raw.slice(last, m.index), separator });
    separator = m[0];
    last = m.index! + m[0].length;
  }
  parts.push({ text: raw.slice(last), separator });
  return parts.filter((p) => p.text.trim().length > 0);
}

function joinParts(parts: Part[]): string {
  return parts.map((p, i) => (i === 0 ? p.text : p.separator + p.text)).join('').trim();
}

function isSiteName(segment: string, siteNames: string[]): boolean {
  const k = compactKey(segment);
  if (k.length === 0) return false;
  const spelled = capitalisedNameInitials(segment);
  return siteNames.some((name) => {
    const n = compactKey(name);
    if (n.length < 2) return false;
    if (k === n) return true;
    // "Qatar News Agency" on qna.org.qa: a capitalised name whose initials spell the domain.
    if (spelled === n) return true;
    // "Korea Times" vs the domain "koreatimes", "AP News" vs "apnews.com": one inside the other.
    return segment.split(/\s+/).length <= 5 && n.length >= 4 && (k.includes(n) || n.includes(k)) && Math.min(k.length, n.length) / Math.max(k.length, n.length) >= 0.6;
  });
}

/**
 * "Die Neue Südtiroler Tageszeitung" on tageszeitung.it: a capitalised name of a few words that
 * ends with a long site name. Only as the last part after a spaced separator: a headline may end
 * with the word too ("Tinubu Hails APC Leadership" on leadership.ng, "Misses Strike Deadline").
 */
function isMastheadOfSite(segment: string, siteNames: string[]): boolean {
  const words = capitalisedWords(segment);
  if (words.length === 0) return false;
  const last = compactKey(words[words.length - 1]!);
  return siteNames.some((name) => {
    const n = compactKey(name);
    return n.length >= 8 && last === n;
  });
}

/** The words of a name of two to five capitalised words of cased letters (particles aside), else none. */
function capitalisedWords(segment: string): string[] {
  const words = segment.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return [];
  const nameWord = (word: string): boolean => /^\p{Lu}[\p{Ll}\p{Lu}'’.&-]*$/u.test(word) || /^(?:of|the|and|de|di|del|du|la|le|der|die|das|el)$/i.test(word);
  return words.every(nameWord) ? words : [];
}

/** Words' first letters, lower-cased ("Yonhap News Agency" → "yna"). */
function initialsOf(words: string[]): string {
  return words.map((word) => word[0] ?? '').join('').toLowerCase();
}

/** The initials of a name of two to five capitalised words ("Qatar News Agency" → "qna"), else ''. */
function capitalisedNameInitials(segment: string): string {
  const words = segment.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 5 && words.every((word) => /^\p{Lu}/u.test(word)) ? initialsOf(words) : '';
}

/**
 * Module-level, so shared by every page of a run. Bounded: cleared past 5,000 entries, because its
 * keys come from pages (a long run over many sites must not grow it without end).
 */
const compactKeys = new Map<string, string>();

/** key() without spaces or a leading "the", memoised: site names recur on every page of a run. */
function compactKey(text: string): string {
  let cached = compactKeys.get(text);
  if (cached === undefined) {
    cached = key(text).replace(/^the\s/, '').replace(/\s/g, '');
    if (compactKeys.size > 5000) compactKeys.clear();
    // Own copies: a key cut from a page would keep that page alive for as long as the memo.
    compactKeys.set(ownString(text), ownString(cached));
  }
  return cached;
}

/** Comparison key: the title fold verify/ compares with (src/title-fold.ts), memoised. */
export function key(text: string): string {
  let cached = keys.get(text);
  if (cached === undefined) {
    cached = foldTitle(text);
    if (keys.size > 5000) keys.clear();
    keys.set(ownString(text), ownString(cached));
  }
  return cached;
}

/** A page's few headline candidates are compared with each other many times: key each once. Bounded like compactKeys. */
const keys = new Map<string, string>();

/** Decodes entities left in JSON-LD strings (scripts are not entity-decoded) or double-encoded metas. */
export function decodeEntities(text: string): string {
  // &nbsp; decodes to U+00A0, which the callers' \s+ collapsing treats as a space.
  return repairMojibake(text.includes('&') ? decodeHTMLStrict(text) : text);
}
