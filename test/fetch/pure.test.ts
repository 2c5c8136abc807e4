import { describe, expect, it } from 'vitest';
import { isForbiddenAddress } from '../../src/fetch/address-guard.js';
import { classifyError, PRIVATE_ADDRESS_CODE } from '../../src/fetch/classify-error.js';
import { documentKindOf, sniffDocument } from '../../src/fetch/read-body.js';
import { nextRedirect } from '../../src/fetch/redirects.js';
import { backoffDelay, isRetryableStatus, parseRetryAfter, slowedInterval } from '../../src/fetch/retry-policy.js';
import { robotsPolicy } from '../../src/fetch/robots.js';
import { siteKey } from '../../src/fetch/index.js';

const errno = (code: string, message = code): NodeJS.ErrnoException => Object.assign(new Error(message), { code });

describe('siteKey', () => {
  it.each([
    ['https://m.koreatimes.co.kr/pages/article.asp?newsIdx=1', 'koreatimes.co.kr'],
    ['https://WWW.KoreaHerald.com/view.php', 'koreaherald.com'],
    ['http://127.0.0.2:8080/x', '127.0.0.2'],
    ['http://[::1]:8080/', '::1'],
    ['http://localhost:3000/', 'localhost'],
  ])('%s → %s', (url, key) => expect(siteKey(url)).toBe(key));
});

describe('retry policy', () => {
  it('retries only the "not now" statuses', () => {
    expect([408, 425, 429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([200, 301, 400, 403, 404, 410, 501].some(isRetryableStatus)).toBe(false);
  });
  it('draws full-jitter backoff under an exponential ceiling', () => {
    expect(backoffDelay(1, 500, 0.999)).toBe(499);
    expect(backoffDelay(3, 500, 0.5)).toBe(1000);
    expect(backoffDelay(3, 500, 0)).toBe(0);
    expect(backoffDelay(20, 500, 0.999)).toBeLessThan(30_000);
  });
  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2024-11-20T00:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Wed, 20 Nov 2024 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Tue, 19 Nov 2024 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter('-5', now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
  });
  it('doubles a site interval after a 429', () => {
    expect(slowedInterval(1000)).toBe(2000);
    expect(slowedInterval(0)).toBe(1000);
  });
});

describe('classifyError', () => {
  it('names each fault', () => {
    expect(classifyError(errno('ENOTFOUND'))).toMatchObject({ code: 'dns', noSuchHost: true, reachedServer: false });
    expect(classifyError(errno('EAI_AGAIN'))).toMatchObject({ code: 'dns', noSuchHost: false, retryable: true, reachedServer: false });
    expect(classifyError(errno('ECONNREFUSED'))).toMatchObject({ code: 'refused', retryable: false, reachedServer: false });
    expect(classifyError(errno('ECONNRESET'))).toMatchObject({ code: 'reset', retryable: true, reachedServer: true });
    expect(classifyError(errno('UND_ERR_HEADERS_TIMEOUT'))).toMatchObject({ code: 'timeout', reachedServer: true });
    expect(classifyError(errno('UND_ERR_CONNECT_TIMEOUT'))).toMatchObject({ code: 'timeout', reachedServer: false });
    expect(classifyError(errno('CERT_HAS_EXPIRED', 'certificate has expired'))).toMatchObject({
      code: 'tls', detail: 'CERT_HAS_EXPIRED: certificate has expired', retryable: false,
    });
    expect(classifyError(errno(PRIVATE_ADDRESS_CODE))).toMatchObject({ code: 'private-address', reachedServer: false });
    expect(classifyError(new Error('aborted'), true)).toMatchObject({ code: 'timeout', reachedServer: 'unknown' });
  });
  it('looks through causes and happy-eyeballs AggregateErrors', () => {
    const wrapped = new Error('fetch failed', { cause: new AggregateError([errno('ECONNREFUSED'), errno('ECONNREFUSED')]) });
    expect(classifyError(wrapped).code).toBe('refused');
  });
});

describe('address guard', () => {
  it.each([
    '127.0.0.1', '127.255.0.9', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '100.64.0.1',
    '169.254.169.254', '0.0.0.0', '::1', '::', 'fe80::1', 'fc00::1', 'fd12:3456::1', '::ffff:127.0.0.1',
    '::ffff:7f00:1', '::ffff:10.0.0.1', '[::1]',
  ])('refuses %s', (address) => expect(isForbiddenAddress(address)).toBe(true));
  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700::1111', '::ffff:8.8.8.8'])(
    'allows %s',
    (address) => expect(isForbiddenAddress(address)).toBe(false),
  );
});

describe('nextRedirect', () => {
  const visited = new Set(['https://a.example/x']);
  it('resolves relative locations', () => {
    expect(nextRedirect('https://a.example/dir/x', '../y?q#f', visited, 1)).toEqual({ ok: true, next: 'https://a.example/y?q#f' });
  });
  it('refuses other schemes, loops (ignoring fragments) and the 11th hop', () => {
    expect(nextRedirect('https://a.example/x', 'javascript:alert(1)', visited, 1)).toMatchObject({ ok: false, code: 'bad-redirect' });
    expect(nextRedirect('https://a.example/y', '/x#top', visited, 2)).toMatchObject({ ok: false, code: 'redirect-loop' });
    expect(nextRedirect('https://a.example/y', '/z', visited, 10)).toMatchObject({ ok: true });
    expect(nextRedirect('https://a.example/y', '/z', visited, 11)).toMatchObject({ ok: false, code: 'too-many-redirects' });
  });
});

describe('content types', () => {
  it('accepts HTML and PDF media types only', () => {
    expect(documentKindOf('text/html; charset=utf-8')).toBe('html');
    expect(documentKindOf('application/xhtml+xml')).toBe('html');
    expect(documentKindOf('application/pdf')).toBe('pdf');
    expect(documentKindOf('image/png')).toBe('other');
    expect(documentKindOf(null)).toBe('missing');
  });
  it('sniffs HTML and PDF', () => {
    expect(sniffDocument(Buffer.from('%PDF-1.7\n'))).toBe('pdf');
    expect(sniffDocument(Buffer.from('\ufeff\n  <!DOCTYPE html><html>'))).toBe('html');
    expect(sniffDocument(Buffer.from('<p>hi</p>'))).toBe('html');
    expect(sniffDocument(Buffer.from('<pre-thing>'))).toBeNull();
    expect(sniffDocument(Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
  });
});

describe('robotsPolicy', () => {
  const txt = Buffer.from('User-agent: *\nDisallow: /\n\nUser-agent: citecheck\nDisallow: /search\nCrawl-delay: 2\n');
  it('follows the group for citecheck', () => {
    const policy = robotsPolicy('https://a.example/robots.txt', 200, txt);
    expect(policy.isAllowed('https://a.example/news/1')).toBe(true);
    expect(policy.isAllowed('https://a.example/search?q=1')).toBe(false);
    expect(policy.crawlDelayMs).toBe(2000);
  });
  it('allows everything when robots.txt did not load', () => {
    expect(robotsPolicy('https://a.example/robots.txt', 404, txt).isAllowed('https://a.example/search')).toBe(true);
    expect(robotsPolicy('https://a.example/robots.txt', null, null).crawlDelayMs).toBeNull();
  });
});
