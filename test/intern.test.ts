import { describe, expect, it } from 'vitest';
import { intern, internedCount } from '../src/intern.js';

describe('intern: one copy of the short strings results repeat', () => {
  // First: the pool is empty when this file starts, and the last test fills it.
  it('keeps one entry per text and leaves long texts out', () => {
    const before = internedCount();
    intern('title matches (h1), date matches');
    intern(['title matches (h1)', 'date matches'].join(', '));
    expect(internedCount()).toBe(before + 1);
    intern('y'.repeat(65));
    expect(internedCount()).toBe(before + 1);
  });

  it('gives back an equal string, for short and long ones and after the pool is full', () => {
    expect(intern('article:published_time')).toBe('article:published_time');
    const long = 'x'.repeat(65);
    expect(intern(long)).toBe(long);
    for (let i = 0; i < 5000; i++) expect(intern(`reason ${i}`)).toBe(`reason ${i}`);
    expect(intern('')).toBe('');
  });

  it('stops growing at its bound', () => {
    for (let i = 0; i < 10_000; i++) intern(`another reason ${i}`);
    expect(internedCount()).toBe(4096);
  });
});
