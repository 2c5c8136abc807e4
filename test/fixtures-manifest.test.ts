// Checks the page-reader fixture corpus (test/fixtures/pages): every manifest entry points at a real
// file, its fields are well-formed, its declared charset matches its bytes, its expected headline is
// really the page's headline, and the corpus covers every trap the extractor must survive.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { declaredCharset, isValidUtf8, loadCorpus, type Entry } from './helpers/fixture-manifest.js';

const { dir: DIR, manifest, bytesOf } = loadCorpus('pages');


/** Traps the brief asks for: each must occur at least once. */
const REQUIRED_TRAPS = [
  'live-clock', 'copyright-year', 'related-dates-before', 'modified-before-published', 'meta-modified-only',
  'future-date', 'broken-json-ld', 'json-ld-graph', 'json-ld-array', 'title-site-left', 'title-sep-double-colon',
  'title-sep-middot', 'og-title-teaser', 'title-tag-differs', 'path-date-lies', 'offset-less-timestamp',
  'utc-day-before', 'js-only', 'visible-date-js-only', 'soft-404', 'home-page', 'search-page',
  'bot-wall-cloudflare', 'bot-wall-datadome', 'bot-wall-perimeterx', 'bot-wall-akamai', 'login-wall',
  'error-words-not-404', 'charset-late-meta', 'large-page', 'charset-euc-kr', 'charset-windows-1251',
  'day-first-date', 'year-only-date', 'pdf-info', 'pdf-xmp', 'pdf-xmp-only', 'pdf-no-metadata',
  'korea-time-unlabelled', 'syndicated-copy', 'amp-page',
  'lang-ko', 'lang-de', 'lang-fr', 'lang-es', 'lang-ru', 'lang-uk', 'lang-tr',
];
/** Further traps the corpus names; listed so a typo in the manifest fails the test. */
const OTHER_TRAPS = [
  'utc-day-after', 'charset-header-missing', 'json-state-dates', 'curly-quotes', 'byline-uppercase',
  'headline-case-differs', 'modified-date-present', 'date-in-title', 'basic-iso-timestamp', 'print-edition-date',
  'relative-time', 'kicker-prefix', 'middot-inside-title', 'mirror-copy', 'lang-ja',
];
const KNOWN_TRAPS = new Set([...REQUIRED_TRAPS, ...OTHER_TRAPS]);

const isPdf = (e: Entry): boolean => e.file.endsWith('.pdf');


function decodeHtml(e: Entry, bytes: Buffer): string {
  const { header, meta } = declaredCharset(e, bytes);
  const cs = header ?? meta ?? 'utf-8';
  return iconv.decode(bytes, cs);
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

function isCalendarDate(s: string): boolean {
  if (/^\d{4}$/.test(s)) return true;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(s);
  if (!m) return false;
  const d = new Date(`${m[1]}-${m[2]}-${m[3] ?? '01'}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === `${m[1]}-${m[2]}-${m[3] ?? '01'}`;
}

describe('page fixture manifest', () => {
  it('has at least 40 entries, unique files, and covers every required trap with known names only', () => {
    expect(manifest.length).toBeGreaterThanOrEqual(40);
    expect(new Set(manifest.map((e) => e.file)).size).toBe(manifest.length);
    const used = new Set(manifest.flatMap((e) => e.traps));
    expect(REQUIRED_TRAPS.filter((t) => !used.has(t))).toEqual([]);
    expect([...used].filter((t) => !KNOWN_TRAPS.has(t))).toEqual([]);
    expect(manifest.filter(isPdf).length).toBeGreaterThanOrEqual(2);
  });

  it.each(manifest.map((e) => [e.file, e] as const))('%s: file exists and fields are well-formed', (_f, e) => {
    expect(existsSync(join(DIR, e.file))).toBe(true);
    expect(new URL(e.url).protocol).toMatch(/^https?:$/);
    expect(e.fetchedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(Number.isNaN(Date.parse(e.fetchedAt))).toBe(false);
    expect(e.outlet.trim()).not.toBe('');
    expect(e.notes.trim().length).toBeGreaterThan(10);
    expect(e.traps.length).toBeGreaterThan(0);
    expect(e.contentType).toMatch(isPdf(e) ? /^application\/pdf/ : /^text\/html/);
    if (e.status !== undefined) expect(Number.isInteger(e.status) && e.status >= 100 && e.status <= 599).toBe(true);
    for (const [k, v] of Object.entries(e.headers ?? {})) {
      expect(k).toBe(k.toLowerCase());
      expect(typeof v).toBe('string');
    }
    const x = e.expected;
    expect(typeof x.notFound).toBe('boolean');
    expect(typeof x.botWall).toBe('boolean');
    expect(typeof x.loginWall).toBe('boolean');
    if (x.title !== null) expect(x.title).toBe(norm(x.title));
    if (x.date === null) {
      expect(x.dateKind ?? null).toBeNull();
    } else {
      expect(isCalendarDate(x.date)).toBe(true);
      expect(['published', 'modified']).toContain(x.dateKind);
      // A page's own date cannot lie after the moment it was fetched.
      expect(x.date <= e.fetchedAt.slice(0, x.date.length)).toBe(true);
    }
    if (x.notFound || x.botWall || e.traps.includes('js-only') || e.traps.includes('home-page') || e.traps.includes('search-page')) {
      expect(x.date).toBeNull();
      if (!x.loginWall) expect(x.title).toBeNull();
    }
  });

  it.each(manifest.filter((e) => !isPdf(e)).map((e) => [e.file, e] as const))('%s: size and declared charset match the bytes', (_f, e) => {
    const bytes = bytesOf(e);
    const size = statSync(join(DIR, e.file)).size;
    if (e.traps.includes('large-page')) expect(size).toBeGreaterThan(300 * 1024);
    else if (e.expected.botWall || e.expected.loginWall) expect(size).toBeGreaterThan(400);
    else expect(size >= 2 * 1024 && size <= 40 * 1024).toBe(true);

    const { header, meta } = declaredCharset(e, bytes);
    // When both the header and a <meta> declare a charset, they must agree.
    if (header && meta) expect(header.replace(/[-_]/g, '')).toBe(meta.replace(/[-_]/g, ''));
    const cs = (header ?? meta ?? 'utf-8').replace(/[-_]/g, '');
    if (cs === 'utf8') {
      expect(isValidUtf8(bytes)).toBe(true);
    } else {
      // A legacy charset page holds non-ASCII text, so its bytes cannot be valid UTF-8.
      expect(isValidUtf8(bytes)).toBe(false);
      expect(iconv.decode(bytes, cs)).not.toContain('\uFFFD');
    }
    if (e.traps.includes('charset-euc-kr')) expect([header, meta]).toEqual(['euc-kr', 'euc-kr']);
    if (e.traps.includes('charset-windows-1251')) expect(meta).toBe('windows-1251');
    if (e.traps.includes('charset-header-missing')) expect(header).toBeNull();
    if (e.traps.includes('charset-late-meta')) {
      const at = bytes.toString('latin1').search(/<meta[^>]+charset=/i);
      expect(at).toBeGreaterThan(1024);
    }
  });

  it.each(manifest.filter((e) => !isPdf(e) && e.expected.title !== null).map((e) => [e.file, e] as const))(
    '%s: the expected title is a headline (h1) of the page',
    (_f, e) => {
      const $ = cheerio.load(decodeHtml(e, bytesOf(e)));
      const h1s = $('h1').map((_i, el) => norm($(el).text())).get();
      expect(h1s).toContain(e.expected.title);
    },
  );

  it('the AP page keeps the traps the brief describes', () => {
    const e = manifest.find((m) => m.url.startsWith('https://apnews.com/'));
    expect(e).toBeDefined();
    const html = bytesOf(e!).toString('utf8');
    expect(html).toContain('content="2024-11-27T04:03:19"');
    expect(html).toContain('"datePublished":"2024-11-27T04:03:19Z"');
    expect(html).toMatch(/<bsp-timestamp data-timestamp="1732680199000"[^>]*><span><\/span>/);
    expect(new Date(1732680199000).toISOString()).toBe('2024-11-27T04:03:19.000Z');
    const $ = cheerio.load(html);
    expect($('title').text()).toMatch(/ \| AP News$/);
    expect($('title').text()).not.toContain($('meta[property="og:title"]').attr('content'));
  });

  it('broken JSON-LD really fails to parse where the manifest says so', () => {
    for (const e of manifest.filter((m) => m.traps.includes('broken-json-ld'))) {
      const $ = cheerio.load(decodeHtml(e, bytesOf(e)));
      const blocks = $('script[type="application/ld+json"]').map((_i, el) => $(el).text()).get();
      expect(blocks.length).toBeGreaterThan(0);
      expect(blocks.some((b) => { try { JSON.parse(b); return false; } catch { return true; } })).toBe(true);
    }
  });

  it('the Cloudflare wall carries cf-mitigated: challenge and the challenge-platform script', () => {
    const e = manifest.find((m) => m.traps.includes('bot-wall-cloudflare'))!;
    expect(e.headers?.['cf-mitigated']).toBe('challenge');
    expect(bytesOf(e).toString('utf8')).toContain('/cdn-cgi/challenge-platform/');
  });

  it.each(manifest.filter(isPdf).map((e) => [e.file, e] as const))('%s: a valid PDF whose xref offsets point at their objects', (_f, e) => {
    const bytes = bytesOf(e);
    const text = bytes.toString('latin1');
    expect(text.startsWith('%PDF-1.')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1]);
    expect(text.slice(startxref, startxref + 4)).toBe('xref');
    const m = /^xref\n0 (\d+)\n/.exec(text.slice(startxref))!;
    const count = Number(m[1]);
    const table = text.slice(startxref + m[0].length, startxref + m[0].length + count * 20);
    for (let n = 1; n < count; n++) {
      const row = table.slice(n * 20, n * 20 + 20);
      expect(row).toMatch(/^\d{10} 00000 n\r\n$/);
      const off = Number(row.slice(0, 10));
      expect(text.slice(off, off + `${n} 0 obj`.length)).toBe(`${n} 0 obj`);
    }
    // Stream lengths are exact: /Length N is followed by N bytes and then "endstream".
    for (const s of text.matchAll(/\/Length (\d+) >>\nstream\n/g)) {
      const start = s.index! + s[0].length;
      expect(text.slice(start + Number(s[1]), start + Number(s[1]) + 10)).toBe('\nendstream');
    }
    const hasInfo = /\/Info \d+ 0 R/.test(text);
    const hasXmp = text.includes('<x:xmpmeta');
    expect(hasInfo).toBe(e.traps.includes('pdf-info'));
    expect(hasXmp).toBe(e.traps.includes('pdf-xmp') || e.traps.includes('pdf-xmp-only'));
    if (e.expected.title) expect(bytes.toString('utf8')).toContain(e.expected.title);
    else expect(hasInfo || hasXmp).toBe(false);
  });
});
