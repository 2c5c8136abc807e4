// Whole-output golden tests with colour off. After an intended change in the wording:
// UPDATE_GOLDEN=1 npx vitest run test/report/golden.test.ts, then read the diff.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { reporters, type ReportFormat } from '../../src/report/index.js';
import { otherDatesLine, otherTitlesLine } from '../../src/report/details.js';
import { CTX, makeReport, RESULTS } from './fixture.js';

function golden(name: string, actual: string): void {
  const path = fileURLToPath(new URL(`./golden/${name}`, import.meta.url));
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe.each<ReportFormat>(['text', 'markdown', 'github'])('golden %s report', (format) => {
  it('matches test/report/golden/' + format + '.txt', () => {
    golden(`${format}.txt`, reporters[format].render(makeReport(), CTX));
  });
});

describe('what else the page shows, under a mismatch', () => {
  it('names a modified date before publication as not counted, not as a date the citation could have matched', () => {
    const base = RESULTS[8]!;
    const result = { ...base, date: { ...base.date, expected: '2024-11-20', candidates: [
      { value: '2024-11-23', source: 'article:published_time', kind: 'published' as const, strong: true },
      { value: '2024-11-20', source: 'article:modified_time', kind: 'modified' as const, strong: true },
    ] } };
    expect(otherDatesLine(result)).toBe('also on the page: 2024-11-20 (modified, article:modified_time, before publication: not counted)');
  });

  it('does not repeat the compared headline in a longer or shorter form', () => {
    const base = RESULTS[7]!;
    const result = { ...base, title: { ...base.title, found: 'Why the council approved the budget', candidates: [
      { value: 'Why the council approved the budget | Analysis', source: 'og:title', strong: true },
      { value: 'Council approves a budget of 2 billion', source: 'h1', strong: true },
    ] } };
    expect(otherTitlesLine(result)).toBe('also on the page: "Council approves a budget of 2 billion" (h1)');
  });
});

describe('text report details', () => {
  const text = reporters.text.render(makeReport(), CTX);

  it('prints what a person needs to fix each problem', () => {
    expect(text).toContain('title: North Korean troops [-deployed-] {+sent+} to Russian units');
    expect(text).toContain('date: recorded 2024-11-20, page says 2024-11-23 (3 days)');
    // The other strong headlines, once each; never the one diffed above, nor a weak <title>.
    expect(text).toContain('also on the page: "NK troops join Russian units at the front" (h1)\n');
    // The page's other own dates under a date mismatch; a passing mention is not one.
    expect(text).toContain('also on the page: 2024-11-25 (modified, article:modified_time)\n');
    expect(text).toContain(
      '→ 301 https://news.example/10 → 308 https://www.news.example/10 → 200 https://www.news.example/2024/11/10/story ; cite: https://www.news.example/2024/11/10/story',
    );
    expect(text).toContain('the site asked us to wait 2 min (Retry-After)');
    expect(text).toContain('waived: checked by hand in the library archive');
    expect(text).toContain('waiver expired on 2024-01-01');
    expect(text).toContain('sources.json:80:5');
    expect(text).toContain('syndication verified: https://reprint.example/gone-story');
  });

  it('ends with the counts, the time, the sites that slowed us and the exit status', () => {
    const tail = text.trimEnd().split('\n').slice(-4);
    expect(tail[0]).toMatch(/^12 references: 1 verified, .*3 dead, 1 error \(1 waived\)$/);
    expect(tail[1]).toBe('time: 8.1 s');
    expect(tail[2]).toBe('slowed down by: koreatimes.co.kr (429 with Retry-After 120 s)');
    expect(tail[3]).toBe('exit status 1: 6 references failed (dead, error, soft-404, title-mismatch, date-mismatch)');
  });

  it('a waived failure does not count as failed; an expired waiver does', () => {
    const waivedOnly = makeReport([makeReport().results[10]!]);
    waivedOnly.summary.exitCode = 0;
    expect(reporters.text.render(waivedOnly, CTX)).toContain('exit status 0: no reference has a verdict in --fail-on');
    const expiredOnly = makeReport([makeReport().results[11]!]);
    expect(reporters.text.render(expiredOnly, CTX)).toContain('exit status 1: 1 reference failed (dead)');
  });

  it('with colour, the diff is red strikethrough and green, and no escape code appears without it', () => {
    const coloured = reporters.text.render(makeReport(), { ...CTX, color: true });
    expect(coloured).toContain('\u001b[31m\u001b[9mdeployed\u001b[29m\u001b[39m');
    expect(coloured).toContain('\u001b[32msent\u001b[39m');
    expect(text).not.toContain('\u001b');
  });
});
