import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { fraction, integerAtLeast, verdictList } from '../../src/cli/parse-flags.js';
import { checkSettings } from '../../src/run/settings.js';

describe('flag parsers', () => {
  it('reads verdict lists, "none" included, and names unknown verdicts', () => {
    expect(verdictList('dead, error')).toEqual(['dead', 'error']);
    expect(verdictList('none')).toEqual([]);
    expect(() => verdictList('dead,gone')).toThrow(/unknown verdict "gone"/);
  });

  it('refuses numbers out of range or not whole', () => {
    expect(integerAtLeast(1)('8')).toBe(8);
    for (const bad of ['0', '-1', '1.5', 'eight', '']) expect(() => integerAtLeast(1)(bad)).toThrow(InvalidArgumentError);
    expect(fraction('0.9')).toBe(0.9);
    expect(() => fraction('1.2')).toThrow(/0 to 1/);
  });
});

describe('checkSettings', () => {
  it('takes a flag over the config file, and the file over the default', () => {
    const settings = checkSettings({ hostInterval: 50 }, { hostInterval: 3000, retries: 5, sites: { 'www.koreatimes.co.kr': { interval: 9000 } } });
    expect(settings.fetch.hostInterval).toBe(50);
    expect(settings.fetch.retries).toBe(5);
    expect(settings.fetch.concurrency).toBe(8);
    expect(settings.fetch.userAgent).toMatch(/^citecheck\/\d+\.\d+\.\d+ \(\+https?:\/\//);
    // Per-site settings are keyed by site, whatever host the user wrote.
    expect(settings.fetch.siteOverrides).toEqual({ 'koreatimes.co.kr': { interval: 9000 } });
  });
});

describe('per-site overrides', () => {
  it('refuses two hosts of one site, which would compete for one gate', () => {
    expect(() => checkSettings({}, { sites: { 'm.koreatimes.co.kr': { interval: 1 }, 'www.koreatimes.co.kr': { interval: 2 } } })).toThrow(
      /"m\.koreatimes\.co\.kr" and "www\.koreatimes\.co\.kr" are both koreatimes\.co\.kr/,
    );
  });
});
