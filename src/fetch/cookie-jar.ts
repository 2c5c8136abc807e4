// Cookies for one redirect chain. Sites and publishers (journal platforms above all) answer a
// first visit with a redirect that sets a cookie and sends the reader back, to the same URL or
// through a cookie check; without the cookie the chain loops or ends on a "cookies disabled"
// page. The jar lives for one chain only: no reference's verdict may depend on another's visit.
import { siteKey } from './site-key.js';

/** Cookies by site (registrable domain, as politeness groups hosts), each by name. */
export class ChainCookies {
  private readonly bySite = new Map<string, Map<string, string>>();

  /**
   * Keeps the cookies of a response's Set-Cookie lines (one per line, see http-attempt.ts) and
   * forgets those it expires. Returns whether anything changed, so a revisit can be told from a loop.
   */
  store(url: string, setCookie: string | undefined): boolean {
    if (!setCookie) return false;
    const site = siteKey(url);
    let cookies = this.bySite.get(site);
    let changed = false;
    for (const line of setCookie.split('\n')) {
      const [pair = '', ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (!cookies) this.bySite.set(site, (cookies = new Map()));
      if (expires(attributes)) {
        changed = cookies.delete(name) || changed;
      } else if (cookies.get(name) !== value) {
        cookies.set(name, value);
        changed = true;
      }
    }
    return changed;
  }

  /** The Cookie header for a request to `url`, or null. */
  headerFor(url: string): string | null {
    const cookies = this.bySite.get(siteKey(url));
    if (!cookies || cookies.size === 0) return null;
    return [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/** Whether the attributes delete the cookie: Max-Age=0 or less, or an Expires date in the past. */
function expires(attributes: string[]): boolean {
  for (const attribute of attributes) {
    const [rawName = '', ...rest] = attribute.split('=');
    const name = rawName.trim().toLowerCase();
    const value = rest.join('=').trim();
    if (name === 'max-age' && Number(value) <= 0) return true;
    if (name === 'expires' && Date.parse(value) < Date.now()) return true;
  }
  return false;
}
