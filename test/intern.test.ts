import { describe, expect, it } from 'vitest';
import { intern } from '../src/intern.js';

describe('intern: one copy of the short strings results repeat', () => {
  it('gives back an equal string, for short and long ones and after the pool is full', () => {
    expect(intern('article:published_time')).toBe('article:published_time');
    const long = 'x'.repeat(65);
    expect(intern(long)).toBe(long);
    for (let i = 0; i < 5000; i++) expect(intern(`reason ${i}`)).toBe(`reason ${i}`);
    expect(intern('')).toBe('');
  });
});
