import { tldts } from '../lazy-modules.js';

/**
 * The politeness key of a URL: its registrable domain, so www.example.com and m.example.com share
 * one budget. An IP address, `localhost` or any host without a public suffix is its own key.
 * A string that is not a URL is returned as is (it will fail later with its own error).
 */
export function siteKey(url: string): string {
  let hostname: string;
  try {
    hostname = new URL(url).hostname.toLowerCase();
  } catch {
    return url;
  }
  const bare = hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
  const parsed = tldts().parse(bare);
  if (parsed.isIp) return bare;
  return parsed.domain ?? bare;
}

/** scheme://host:port — robots.txt and the not-found probe live at the origin, not the site. */
export function originOf(url: string): string {
  return new URL(url).origin;
}
