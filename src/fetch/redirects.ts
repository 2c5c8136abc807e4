// Redirect rules. citecheck follows redirects itself (undici follows none) so that every hop is
// recorded: a permanent redirect to another URL is what makes a citation `moved`.

export const MAX_REDIRECTS = 10;
export const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

export type RedirectDecision =
  | { ok: true; next: string }
  | { ok: false; code: 'bad-redirect' | 'redirect-loop' | 'too-many-redirects'; detail: string; resolved: string | null };

/** The URL without its fragment: two URLs differing only there are one resource. */
export function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/** Resolves a (possibly relative) Location against the URL that sent it; null when unparsable. */
export function resolveLocation(currentUrl: string, location: string): string | null {
  try {
    return new URL(asUtf8(location), currentUrl).href;
  } catch {
    return null;
  }
}

/**
 * A Location header sent as raw UTF-8 ("/economía/…" unescaped, as PHP and IIS sites do) reaches
 * us one byte per character; browsers read it as UTF-8, and so do we when the bytes are valid
 * UTF-8. Otherwise (a Latin-1 header) it stays as it came.
 */
function asUtf8(location: string): string {
  if (!/[\u0080-\u00ff]/.test(location) || /[^\u0000-\u00ff]/.test(location)) return location;
  const decoded = Buffer.from(location, 'latin1').toString('utf8');
  return decoded.includes('\ufffd') ? location : decoded;
}

/**
 * What to do with a redirect. `visited` holds the fragment-free URLs requested so far in the
 * chain; `hopNumber` counts this redirect (the first is 1).
 */
export function nextRedirect(
  currentUrl: string,
  location: string,
  visited: ReadonlySet<string>,
  hopNumber: number,
): RedirectDecision {
  const resolved = resolveLocation(currentUrl, location);
  if (resolved === null) {
    return { ok: false, code: 'bad-redirect', detail: `unreadable Location: ${location}`, resolved: null };
  }
  const protocol = new URL(resolved).protocol;
  if (protocol !== 'http:' && protocol !== 'https:') {
    return { ok: false, code: 'bad-redirect', detail: `redirect to a ${protocol} URL: ${resolved}`, resolved };
  }
  if (visited.has(withoutFragment(resolved))) {
    return { ok: false, code: 'redirect-loop', detail: `redirect back to ${resolved}`, resolved };
  }
  if (hopNumber > MAX_REDIRECTS) {
    return { ok: false, code: 'too-many-redirects', detail: `more than ${MAX_REDIRECTS} redirects`, resolved };
  }
  return { ok: true, next: resolved };
}
