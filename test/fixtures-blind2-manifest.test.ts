// Checks the third held-out page corpus (test/fixtures/blind2): every manifest entry points at a real
// file, its fields have the form of test/fixtures/pages/manifest.json, its declared charset matches its
// bytes, its expected headline is printed as a heading, and the hard cases carry the evidence the notes
// describe. It does not run the extractor: the corpus exists to measure it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { expectBlindEntryForm, declaredCharset, isValidUtf8, loadCorpus, type Entry } from './helpers/fixture-manifest.js';

const { dir: DIR, manifest, bytesOf, byFile } = loadCorpus('blind2');





const decodeHtml = (e: Entry): string => {
  const bytes = bytesOf(e);
  const { header, meta } = declaredCharset(e, bytes);
  return iconv.decode(bytes, header ?? meta ?? 'utf-8');
};
const text = (file: string): string => decodeHtml(byFile(file));

// Only ASCII white space is folded: an ideographic space (U+3000) belongs to a Japanese headline.
const norm = (s: string): string => s.replace(/[ \t\n\r\f]+/g, ' ').trim();

function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The calendar day of an instant in a given IANA zone. */
const dayIn = (iso: string, timeZone: string): string => new Date(iso).toLocaleDateString('en-CA', { timeZone });

describe('blind2 page corpus manifest', () => {
  it('has at least 45 unique entries, 10+ non-English, Korean, Japanese and a legacy charset', () => {
    expect(manifest.length).toBeGreaterThanOrEqual(45);
    expect(new Set(manifest.map((e) => e.file)).size).toBe(manifest.length);
    const langs = manifest.map((e) => e.traps.find((t) => t.startsWith('lang-')));
    expect(langs.filter((l) => l !== 'lang-en').length).toBeGreaterThanOrEqual(10);
    expect(langs).toContain('lang-ko');
    expect(langs).toContain('lang-ja');
    const used = new Set(manifest.flatMap((e) => e.traps));
    for (const t of ['charset-shift-jis', 'charset-euc-kr', 'charset-windows-1250', 'live-blog', 'modified-much-later',
      'archive-listing', 'future-event', 'copyright-year', 'relative-time', 'og-title-teaser', 'kicker', 'cookie-banner',
      'comment-dates', 'live-clock', 'microdata-itemprop', 'json-ld-only', 'time-datetime-only', 'visible-only',
      'path-date-only', 'utc-day-before', 'utc-day-after', 'day-first-date']) {
      expect(used.has(t), t).toBe(true);
    }
    const undated = manifest.filter((e) => e.expected.date === null);
    expect(undated.length).toBeGreaterThanOrEqual(3);
    expect(undated.length).toBeLessThan(manifest.length / 4);
  });

  it('uses no outlet already in the pages or wild corpora', () => {
    const seen = new Set<string>();
    for (const dir of ['pages', 'wild']) {
      const other = JSON.parse(readFileSync(join(DIR, '..', dir, 'manifest.json'), 'utf8')) as Entry[];
      for (const e of other) seen.add(e.outlet.toLowerCase());
    }
    expect(manifest.filter((e) => seen.has(e.outlet.toLowerCase())).map((e) => e.outlet)).toEqual([]);
  });

  it.each(manifest.map((e) => [e.file, e] as const))('%s: fields have the pages-manifest form', (_f, e) => {
    expectBlindEntryForm(e, DIR);
    const x = e.expected;
    if (x.date === null) {
      expect(x.dateKind ?? null).toBeNull();
      expect(e.traps).toContain('no-date');
    } else {
      expect(isCalendarDate(x.date)).toBe(true);
      expect(x.dateKind).toBe('published');
      // A page's own date cannot lie after the day it was fetched.
      expect(x.date <= e.fetchedAt.slice(0, 10)).toBe(true);
    }
  });

  it.each(manifest.map((e) => [e.file, e] as const))('%s: the declared charset matches the bytes', (_f, e) => {
    const bytes = bytesOf(e);
    expect(bytes.length).toBeGreaterThan(3 * 1024);
    const { header, meta } = declaredCharset(e, bytes);
    if (header && meta) expect(header.replace(/[-_]/g, '')).toBe(meta.replace(/[-_]/g, ''));
    const cs = (header ?? meta ?? 'utf-8').replace(/[-_]/g, '');
    if (cs === 'utf8') {
      expect(isValidUtf8(bytes)).toBe(true);
    } else {
      // A legacy-charset page holds non-ASCII text, so its bytes cannot be valid UTF-8.
      expect(isValidUtf8(bytes)).toBe(false);
      expect(iconv.decode(bytes, cs)).not.toContain('\uFFFD');
    }
    if (e.traps.includes('charset-shift-jis')) expect([header, meta]).toEqual(['shift_jis', 'shift_jis']);
    if (e.traps.includes('charset-euc-kr')) expect([header, meta]).toEqual([null, 'euc-kr']);
    if (e.traps.includes('charset-windows-1250')) expect([header, meta]).toEqual(['windows-1250', 'windows-1250']);
  });

  it.each(manifest.map((e) => [e.file, e] as const))('%s: the expected title is printed as a heading', (_f, e) => {
    const $ = cheerio.load(decodeHtml(e));
    const headings = $('h1, h2, h3').map((_i, el) => norm($(el).text())).get();
    expect(headings).toContain(e.expected.title);
    expect($('h1').map((_i, el) => norm($(el).text())).get()).toContain(e.expected.title);
  });

  it.each(manifest.map((e) => [e.file, e] as const))('%s: every JSON-LD block and __NEXT_DATA__ parses', (_f, e) => {
    const $ = cheerio.load(decodeHtml(e));
    const blocks = $('script[type="application/ld+json"], script#__NEXT_DATA__').map((_i, el) => $(el).text()).get();
    for (const b of blocks) expect(() => JSON.parse(b)).not.toThrow();
    if (e.traps.includes('json-ld-only')) {
      expect($('script[type="application/ld+json"]').length).toBeGreaterThan(0);
      expect($('meta[property="article:published_time"]').length).toBe(0);
    }
    const bare = ['no-metadata', 'no-date', 'visible-only', 'time-datetime-only', 'path-date-only'];
    if (e.traps.some((t) => bare.includes(t))) {
      expect($('meta[property="article:published_time"], meta[itemprop="datePublished"], script[type="application/ld+json"]').length).toBe(0);
    }
  });

  it('the hard cases carry the evidence the manifest describes', () => {
    // Time-zone arithmetic behind the utc-day-before / utc-day-after expectations.
    expect(dayIn('2024-11-21T03:45:00Z', 'America/Chicago')).toBe('2024-11-20');
    expect(dayIn('2024-10-09T02:30:00Z', 'America/New_York')).toBe('2024-10-08');
    expect(dayIn('2024-11-20T18:30:00Z', 'Australia/Sydney')).toBe('2024-11-21');
    expect(dayIn('2024-11-20T23:15:00Z', 'Africa/Johannesburg')).toBe('2024-11-21');
    expect(dayIn('2024-11-19T23:15:00Z', 'Asia/Manila')).toBe('2024-11-20');
    expect(dayIn('2021-03-11T21:05:00Z', 'Pacific/Auckland')).toBe('2021-03-12');
    expect(dayIn('2024-11-21T01:30:00Z', 'America/Argentina/Buenos_Aires')).toBe('2024-11-20');
    expect(dayIn('2024-11-19T22:00:00Z', 'Australia/Sydney')).toBe('2024-11-20');
    expect(dayIn('2024-11-20T21:37:00-05:00', 'America/New_York')).toBe('2024-11-20');
    expect(new Date(1732093200000).toISOString()).toBe('2024-11-20T09:00:00.000Z');

    expect(text('startribune-600412345.html')).toContain('content="2024-11-21T03:45:00.000Z"');
    expect(text('smh-nsw-light-rail-p5l0abc.html')).toContain('November 21, 2024 — 5.30am');
    expect(text('stuff-nz-wellington-water-rates-124187654.html')).toContain('Last updated 16:37, November 20 2024');
    expect(text('stuff-nz-wellington-water-rates-124187654.html')).not.toContain('2021</');
    const hindu = text('thehindu-chennai-metro-article68891234.ece.html');
    expect(hindu.indexOf('Updated - November 20')).toBeLessThan(hindu.indexOf('Published - November 19'));
    expect(text('cbc-toronto-midrise-zoning-1.7388123.html')).toContain('Last Updated: 8 hours ago');
    expect(text('timesofisrael-liveblog-winter-storm-2024-11.html')).toContain('Live coverage began 18 November 2024');
    expect(text('chathamhouse-events-2024-12-future-arctic-governance.html')).toContain('Thursday 12 December 2024');
    expect(text('blog-hugo-postgres-raspberry-pi.html')).not.toMatch(/20\d\d-\d\d-\d\d|November|datetime/);
    expect(text('blog-jekyll-2024-11-20-sprockets-esbuild.html').replace(/https:\/\/mkowalczyk[^"]+/g, '')).not.toMatch(/2024-11|November|datetime/);
    expect(text('bangkokpost-topics-mekong-river.html').match(/listnews-date/g)?.length).toBe(12);
    expect(text('jiji-article-2024112000712-sjis.html')).toContain('2024年11月20日16時37分');
    expect(text('knnews-view-1462345-euckr.html')).toContain('입력 : 2024-11-20 08:00:00 (수)');
    expect(text('sme-korzar-6612345-win1250.html')).toContain('20. 11. 2012 16:37');
    expect(text('devto-postgres-listen-notify-4k2j.html')).toContain('datetime="2024-11-20T16:37:12Z" class="date-no-year">Nov 20<');
    expect(text('blog-squarespace-sourdough-winter.html')).toContain('content="2024-11-20T16:37:00-0500"');
    // Weekdays printed beside dates are the real ones.
    expect(new Date('2024-11-20T12:00:00Z').getUTCDay()).toBe(3);
    expect(new Date('2024-11-08T12:00:00Z').getUTCDay()).toBe(5);
    expect(new Date('2024-11-21T12:00:00Z').getUTCDay()).toBe(4);
    expect(new Date('2024-12-12T12:00:00Z').getUTCDay()).toBe(4);
  });
});
