import robotsParserModule from 'robots-parser';

type RobotsParser = (url: string, contents: string) => {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
};
// robots-parser is CommonJS (`module.exports = fn`) but its types declare a default export, which
// NodeNext reads as `{ default: fn }`; at run time the default import is the function itself.
const robotsParser = ((robotsParserModule as unknown as { default?: RobotsParser }).default ??
  robotsParserModule) as unknown as RobotsParser;

/** The user-agent token whose robots.txt rules citecheck honours. */
export const ROBOTS_TOKEN = 'citecheck';

export interface RobotsPolicy {
  isAllowed(url: string): boolean;
  /** Crawl-delay for citecheck (or *), in ms; null when none. */
  crawlDelayMs: number | null;
}

export const ALLOW_ALL: RobotsPolicy = { isAllowed: () => true, crawlDelayMs: null };

export function robotsUrlFor(url: string): string {
  return new URL('/robots.txt', url).href;
}

/**
 * Reads a robots.txt that loaded. Only a 2xx body counts: a missing (4xx) or failing robots.txt
 * allows everything, which is what a link checker needs (RFC 9309 would treat 5xx as "disallow
 * all", but then one broken robots.txt would turn every reference of a site into `skipped`).
 */
export function robotsPolicy(robotsUrl: string, status: number | null, body: Buffer | null): RobotsPolicy {
  if (status === null || status < 200 || status >= 300 || body === null) return ALLOW_ALL;
  const robots = robotsParser(robotsUrl, body.toString('utf8'));
  const delay = robots.getCrawlDelay(ROBOTS_TOKEN);
  return {
    // undefined means "not this robots.txt's origin": nothing there forbids it.
    isAllowed: (url) => robots.isAllowed(url, ROBOTS_TOKEN) !== false,
    crawlDelayMs: typeof delay === 'number' && Number.isFinite(delay) && delay > 0 ? delay * 1000 : null,
  };
}
