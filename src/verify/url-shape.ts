// What a URL says about the page behind it, without fetching anything.

/** The URL with trivial differences folded (a citation of either is the same page): scheme, host case, default port, trailing slash. */
export function comparableUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : '';
  // A campaign or click tag a site adds on its way (?utm_source=rss, ?traffic_source=rss) names
  // the same page: never a new URL to cite.
  for (const name of [...url.searchParams.keys()]) if (TRACKING_PARAMETER.test(name)) url.searchParams.delete(name);
  // URL already lower-cases the host and drops the default port of its own scheme; an https URL
  // on :80 or an http URL on :443 is rare enough to leave as different.
  return `${url.host}${path}${url.search}`;
}

const TRACKING_PARAMETER = /^(?:utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_[ce]id|igshid|_hsenc|_hsmi|traffic_source|ocid|cmpid|at_(?:medium|campaign|custom\d*)|ito|ns_(?:source|mchannel|campaign))$/i;

export function isSameUrl(a: string, b: string): boolean {
  const left = comparableUrl(a);
  return left !== null && left === comparableUrl(b);
}

function pathSegments(url: URL): string[] {
  return url.pathname.split('/').filter((segment) => segment !== '');
}

/**
 * European sites send a visitor without a cookie choice to a consent interstitial, often on a
 * host of its own (consent.yahoo.com, guce.*, consent.google.com): the site stood between us and
 * the article, as a login page does.
 */
export function isConsentPage(finalRaw: string): boolean {
  try {
    const { hostname, pathname } = new URL(finalRaw);
    return /^(?:consent|guce|cmp|privacy-gate)[.-]/i.test(hostname) || /\/(?:consent|cookie-?consent|privacy-gate)(?:\/|$)/i.test(pathname);
  } catch {
    return false;
  }
}

/** Resolvers of persistent identifiers (DOI, Handle, PURL, ARK): the link to keep citing. */
const PERSISTENT_HOSTS = /^(?:(?:dx\.)?doi\.org|hdl\.handle\.net|purl\.org|n2t\.net|w3id\.org|arks\.org)$/i;

/** A DOI or Handle link redirects to wherever the publisher keeps the work today, by design. */
export function isPersistentLink(raw: string): boolean {
  try {
    return PERSISTENT_HOSTS.test(new URL(raw).hostname.replace(/^www\./i, ''));
  } catch {
    return false;
  }
}

/** Another identifier on the same resolver (doi.org and dx.doi.org alike; DOIs ignore case). */
export function isPersistentMove(fromRaw: string, toRaw: string): boolean {
  try {
    const [from, to] = [new URL(fromRaw), new URL(toRaw)];
    const host = (url: URL) => url.hostname.replace(/^(?:www|dx)\./i, '').toLowerCase();
    return isPersistentLink(toRaw) && host(from) === host(to) && decodeURIComponent(from.pathname).toLowerCase() !== decodeURIComponent(to.pathname).toLowerCase();
  } catch {
    return false;
  }
}

const HOME_PAGE = /^(?:index|default|home|main)(?:\.\w+)?$/i;
const LISTING_SEGMENT = /^(?:tags?|topics?|categor(?:y|ies)|sections?|search|latest|list|rubrique|thema|suche|poisk)$/i;
const SEARCH_QUERY = /^(?:q|query|search|s|keyword|kw)$/i;

/**
 * The home page, a search or a tag or topic listing: pages that list many stories, where a
 * heading matching the citation is a teaser.
 */
function listsStories(finalUrl: URL, segments: string[]): boolean {
  const isHome = segments.length === 0 || (segments.length === 1 && HOME_PAGE.test(segments[0]!));
  return (isHome && !finalUrl.search) || [...finalUrl.searchParams.keys()].some((key) => SEARCH_QUERY.test(key))
    || (segments.some((segment) => LISTING_SEGMENT.test(segment)) && segments.length <= 2);
}

/**
 * The narrower landing pages (listsStories) a redirect took a deep link to. A section index or a
 * parent path is left out: an article moved to a short slug (/news/port-strike) looks like one.
 */
export function isHomeSearchOrListing(finalRaw: string, recordedRaw: string): boolean {
  if (!isLandingPageFor(finalRaw, recordedRaw)) return false;
  const finalUrl = new URL(finalRaw);
  return listsStories(finalUrl, pathSegments(finalUrl));
}

/**
 * True when a redirect took a deep link to the site's home page, a section, a tag or a search
 * page: the dead-article pattern of sites that never answer 404.
 */
export function isLandingPageFor(finalRaw: string, recordedRaw: string): boolean {
  let finalUrl: URL;
  let recorded: URL;
  try {
    finalUrl = new URL(finalRaw);
    recorded = new URL(recordedRaw);
  } catch {
    return false;
  }
  if (isSameUrl(finalRaw, recordedRaw)) return false;
  const finalSegments = pathSegments(finalUrl);
  const recordedSegments = pathSegments(recorded);
  const recordedDepth = recordedSegments.length + (recorded.search ? 1 : 0);
  if (recordedDepth === 0) return false;
  if (listsStories(finalUrl, finalSegments)) return true;
  if (isSectionIndex(finalUrl, finalSegments) && finalSegments.length < recordedDepth) return true;
  // A parent of the recorded path (/news/2024/ for /news/2024/11/1/slug) is a section page; one
  // level up is often the same article without a suffix (/slug/amp → /slug), so two at least.
  const isParent =
    finalSegments.length <= recordedSegments.length - 2 &&
    finalSegments.every((segment, index) => segment === recordedSegments[index]);
  return isParent;
}

/** A section word or two, as in /news/, /world/, /north-korea/: no digits, no file, no slug. */
const SECTION_SEGMENT = /^\p{L}+(?:-\p{L}+)?$/u;

/**
 * /news/ or /world/asia/: an index of a section, not an article. Articles live at slugs of several
 * words, ids or dates; a path of one or two short word segments without a query lists them.
 */
function isSectionIndex(url: URL, segments: string[]): boolean {
  return !url.search && segments.length >= 1 && segments.length <= 2 && segments.every((segment) => SECTION_SEGMENT.test(decodeSegment(segment)));
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
