import { describe, expect, it } from 'vitest';
import {
  captureWindows,
  cdxQueryUrl,
  dayBeforeCitedDate,
  parseCaptureUrl,
  parseCdxJson,
  playbackUrl,
  rawCaptureUrl,
  selectCaptures,
  type CdxCapture,
} from '../../src/archive/index.js';

const URL_A = 'https://www.koreaherald.com/view.php?ud=20241103050116';

function cap(timestamp: string, parts: Partial<CdxCapture> = {}): CdxCapture {
  return { timestamp, original: URL_A, statusCode: 200, mimeType: 'text/html', digest: `D${timestamp}`, ...parts };
}

describe('CDX query and capture URLs', () => {
  it('encode the URL (it has a query of its own) and the window', () => {
    const url = new URL(cdxQueryUrl('https://web.archive.org/', { url: URL_A, from: '20241102', only200: true, limit: 25 }));
    expect(url.origin + url.pathname).toBe('https://web.archive.org/cdx/search/cdx');
    expect(url.searchParams.get('url')).toBe(URL_A);
    expect(url.search).toContain('url=https%3A%2F%2Fwww.koreaherald.com%2Fview.php%3Fud%3D20241103050116');
    expect(url.searchParams.get('output')).toBe('json');
    expect(url.searchParams.get('from')).toBe('20241102');
    expect(url.searchParams.get('to')).toBeNull();
    expect(url.searchParams.getAll('filter')).toEqual(['statuscode:200']);
    expect(url.searchParams.get('limit')).toBe('25');
    expect(new URL(cdxQueryUrl('http://a.test', { url: 'example.com/news/', matchType: 'prefix' })).searchParams.get('matchType')).toBe('prefix');
  });

  it('raw (id_) and playback addresses, and reading one back', () => {
    expect(rawCaptureUrl('https://web.archive.org', cap('20241103060000'))).toBe(`https://web.archive.org/web/20241103060000id_/${URL_A}`);
    expect(playbackUrl('https://web.archive.org/', cap('20241103060000'))).toBe(`https://web.archive.org/web/20241103060000/${URL_A}`);
    expect(parseCaptureUrl('https://web.archive.org', `https://web.archive.org/web/20241104000000id_/${URL_A}`)).toEqual({
      timestamp: '20241104000000',
      original: URL_A,
    });
    expect(parseCaptureUrl('https://web.archive.org', 'https://example.org/web/1/x')).toBeNull();
  });
});

describe('parseCdxJson', () => {
  it("reads web.archive.org's rows under their header row, up to a resume key", () => {
    const text = JSON.stringify([
      ['urlkey', 'timestamp', 'original', 'mimetype', 'statuscode', 'digest', 'length'],
      ['com,koreaherald)/view.php?ud=20241103050116', '20241103061204', URL_A, 'text/html', '200', 'AAA', '5120'],
      ['com,koreaherald)/view.php?ud=20241103050116', '20241104000000', URL_A, 'warc/revisit', '-', 'AAA', '600'],
      [],
      ['com%2Ckoreaherald+20241104000000%21'],
    ]);
    expect(parseCdxJson(text)).toEqual({
      ok: true,
      captures: [
        { timestamp: '20241103061204', original: URL_A, statusCode: 200, mimeType: 'text/html', digest: 'AAA' },
        { timestamp: '20241104000000', original: URL_A, statusCode: null, mimeType: 'warc/revisit', digest: 'AAA' },
      ],
    });
  });

  it('reads the field order the header gives, and pywb one-object-per-line answers', () => {
    expect(parseCdxJson('[["timestamp","statuscode","original"],["20241103","301","http://a.test/x"]]')).toEqual({
      ok: true,
      captures: [{ timestamp: '20241103000000', original: 'http://a.test/x', statusCode: 301, mimeType: null, digest: null }],
    });
    const lines = '{"urlkey":"test,a)/x","timestamp":"20241103061204","url":"http://a.test/x","mime":"text/html","status":"200","digest":"B"}\n';
    expect(parseCdxJson(lines)).toEqual({
      ok: true,
      captures: [{ timestamp: '20241103061204', original: 'http://a.test/x', statusCode: 200, mimeType: 'text/html', digest: 'B' }],
    });
  });

  it('nothing matched is no capture; an answer that is not CDX JSON is an error', () => {
    expect(parseCdxJson('[]')).toEqual({ ok: true, captures: [] });
    expect(parseCdxJson('')).toEqual({ ok: true, captures: [] });
    expect(parseCdxJson('<html>Service Unavailable</html>')).toMatchObject({ ok: false });
    expect(parseCdxJson('{"error": true')).toMatchObject({ ok: false });
    expect(parseCdxJson('[1, 2]')).toMatchObject({ ok: false });
  });
});

describe('capture selection', () => {
  it('the day before the cited date, for a day, a month and a year', () => {
    expect(dayBeforeCitedDate('2024-11-07')).toBe('20241106');
    expect(dayBeforeCitedDate('2024-03-01')).toBe('20240229');
    expect(dayBeforeCitedDate('2024-11')).toBe('20241031');
    expect(dayBeforeCitedDate('2024')).toBe('20231231');
    expect(dayBeforeCitedDate(undefined)).toBeNull();
    expect(captureWindows('2024-11-07')).toEqual({ from: '20241106', before: { from: '20231106', to: '20241105235959' } });
  });

  it('from the day before onward, earliest first, 200 only, one per digest, up to five; then the closest before', () => {
    const captures = [
      cap('20241201000000'),
      cap('20241105230000'), // before the day before: only as the fallback
      cap('20241106150000'), // the day before: time zones
      cap('20241107010000', { statusCode: 302, mimeType: 'text/html' }), // a redirect capture
      cap('20241107020000', { statusCode: 404 }),
      cap('20241108000000', { digest: 'D20241106150000' }), // same bytes as the day-before capture
      cap('20241109000000', { mimeType: 'image/jpeg' }),
      cap('20241110000000'),
      cap('20241111000000'),
      cap('20241112000000'),
      cap('20241113000000'),
      cap('20240101000000'),
    ];
    expect(selectCaptures(captures, '2024-11-07').map((c) => c.timestamp)).toEqual([
      '20241106150000',
      '20241110000000',
      '20241111000000',
      '20241112000000',
      '20241113000000',
      '20241105230000',
    ]);
    expect(selectCaptures(captures, undefined).map((c) => c.timestamp)[0]).toBe('20240101000000');
    expect(selectCaptures([cap('20241107010000', { statusCode: 301 })], '2024-11-07')).toEqual([]);
  });
});
