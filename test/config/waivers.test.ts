import { describe, expect, it } from 'vitest';
import { applyWaivers, type WaiverRule } from '../../src/config/index.js';
import { isFailing } from '../../src/run/failing.js';
import { siteKey } from '../../src/fetch/site-key.js';
import { DEFAULT_FAIL_ON, type CheckResult } from '../../src/types.js';

function result(id: string, url: string | null, verdict: CheckResult['verdict']): CheckResult {
  return {
    id, verdict, reason: 'r', location: { file: 'sources.json', line: 1, column: 1 }, url, finalUrl: url, http: null,
    title: { expected: 't', found: null, source: null, similarity: null, match: null },
    date: { expected: null, found: null, source: null, deltaDays: null, match: null },
  };
}

const dead = result('3', 'https://m.koreatimes.co.kr/pages/article.asp?newsIdx=386709', 'dead');
const blocked = result('4', 'https://www.koreaherald.com/view.php?ud=1', 'blocked');

describe('applyWaivers', () => {
  const rule: WaiverRule = { id: '3', verdicts: ['dead'], reason: 'checked by hand', expires: '2025-06-01' };

  it('before the expiry date, waives: the verdict stays, the run does not fail for it', () => {
    const [waived] = applyWaivers([dead], [rule], '2025-05-31', siteKey);
    expect(waived!.verdict).toBe('dead');
    expect(waived!.waiver).toEqual({ reason: 'checked by hand', expires: '2025-06-01', expired: false });
    expect(isFailing(waived!, DEFAULT_FAIL_ON)).toBe(false);
  });

  it('from the expiry date on, the waiver is marked expired and the result fails again', () => {
    for (const today of ['2025-06-01', '2026-01-01']) {
      const [expired] = applyWaivers([dead], [rule], today, siteKey);
      expect(expired!.waiver).toEqual({ reason: 'checked by hand', expires: '2025-06-01', expired: true });
      expect(isFailing(expired!, DEFAULT_FAIL_ON)).toBe(true);
    }
  });

  it('matches by url exactly and by site (registrable domain or host), only for the listed verdicts', () => {
    const byUrl: WaiverRule = { url: dead.url!, verdicts: ['dead'], reason: 'u' };
    const bySite: WaiverRule = { site: 'koreaherald.com', verdicts: ['blocked'], reason: 's' };
    const byHost: WaiverRule = { site: 'm.koreatimes.co.kr', verdicts: ['dead'], reason: 'h' };
    const wrongVerdict: WaiverRule = { site: 'koreatimes.co.kr', verdicts: ['blocked'], reason: 'x' };
    expect(applyWaivers([dead], [byUrl], '2025-01-01', siteKey)[0]!.waiver?.reason).toBe('u');
    expect(applyWaivers([blocked], [bySite], '2025-01-01', siteKey)[0]!.waiver?.reason).toBe('s');
    expect(applyWaivers([dead], [byHost], '2025-01-01', siteKey)[0]!.waiver?.reason).toBe('h');
    expect(applyWaivers([dead], [wrongVerdict], '2025-01-01', siteKey)[0]!.waiver).toBeUndefined();
    expect(applyWaivers([result('9', null, 'dead')], [byUrl, bySite], '2025-01-01', siteKey)[0]!.waiver).toBeUndefined();
  });

  it('prefers a live waiver over an expired one, and never mutates its input', () => {
    const old: WaiverRule = { id: '3', verdicts: ['dead'], reason: 'old', expires: '2020-01-01' };
    const live: WaiverRule = { site: 'koreatimes.co.kr', verdicts: ['dead'], reason: 'live' };
    const [waived] = applyWaivers([dead], [old, live], '2025-01-01', siteKey);
    expect(waived!.waiver).toEqual({ reason: 'live', expired: false });
    expect(dead.waiver).toBeUndefined();
  });
});

describe('isFailing', () => {
  it('is the verdict in --fail-on, unless a live waiver covers it', () => {
    expect(isFailing(dead, DEFAULT_FAIL_ON)).toBe(true);
    expect(isFailing(blocked, DEFAULT_FAIL_ON)).toBe(false);
    expect(isFailing(blocked, ['blocked'])).toBe(true);
    expect(isFailing({ ...dead, waiver: { reason: 'r', expired: false } }, DEFAULT_FAIL_ON)).toBe(false);
    expect(isFailing({ ...dead, waiver: { reason: 'r', expires: '2020-01-01', expired: true } }, DEFAULT_FAIL_ON)).toBe(true);
  });
});
