// A page that sends the reader on at once: `<meta http-equiv="refresh" content="0; url=…">` or a
// `Refresh` header. Old CMSs leave such stubs at moved articles' URLs, and some dead ones send the
// reader to the home page so. A browser follows them; so does citecheck, as one more hop.

/** Longer than this, a refresh is a page reloading itself (a live page, a home page), not a move. */
const MAX_DELAY_SECONDS = 10;
/** A refresh sits in the <head>: the first bytes are enough. */
const SCAN_BYTES = 32 * 1024;

const META_TAG = /<meta\b[^>]*>/gi;
const HTTP_EQUIV_REFRESH = /\bhttp-equiv\s*=\s*["']?\s*refresh\b/i;
const CONTENT = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/** The URL a refresh value ("5; url=/new", "0;URL='x'") sends to after at most MAX_DELAY_SECONDS, or null. */
export function refreshUrl(value: string): string | null {
  const match = /^\s*(\d+(?:\.\d*)?)?\s*[;,]?\s*(?:url\s*=\s*)?(.*)$/is.exec(value);
  if (!match) return null;
  const delay = Number(match[1] ?? '0');
  let url = (match[2] ?? '').trim();
  if ((url.startsWith('"') && url.endsWith('"')) || (url.startsWith("'") && url.endsWith("'"))) url = url.slice(1, -1).trim();
  else url = url.replace(/^["']/, '');
  if (url === '' || delay > MAX_DELAY_SECONDS) return null;
  return url;
}

/** Where a fetched HTML page refreshes to at once, by its header or its <meta>, or null. */
export function refreshTarget(header: string | undefined, body: Buffer | null): string | null {
  if (header) {
    const url = refreshUrl(header);
    if (url) return url;
  }
  if (!body) return null;
  // Not one in <noscript> (where sites send readers without JavaScript to a help page), in a
  // script's string (written only when a check fails) or in a comment.
  const head = body.subarray(0, SCAN_BYTES).toString('latin1').replace(/<noscript\b[\s\S]*?<\/noscript>|<script\b[\s\S]*?<\/script>|<!--[\s\S]*?-->/gi, '');
  for (const tag of head.match(META_TAG) ?? []) {
    if (!HTTP_EQUIV_REFRESH.test(tag)) continue;
    const content = CONTENT.exec(tag);
    const value = content ? content[1] ?? content[2] ?? content[3] ?? '' : '';
    const url = refreshUrl(value.replace(/&amp;/g, '&'));
    if (url) return url;
  }
  return null;
}
