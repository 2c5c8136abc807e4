import { describe, expect, it } from 'vitest';
import { savedBeforePublication } from '../src/draft-dates.js';
import type { DateCandidate } from '../src/types.js';

const published = (value: string, datetime: string | null): DateCandidate => ({ value, datetime, source: 'article:published_time', kind: 'published', strong: true });
const modified = (value: string, datetime: string | null): DateCandidate => ({ value, datetime, source: 'article:modified_time', kind: 'modified', strong: true });

describe('a "modified" date saved before publication', () => {
  it('is one when it comes before every publication date', () => {
    const draft = modified('2024-08-23', '2024-08-23T17:10:46+00:00');
    expect(savedBeforePublication(draft, [published('2024-08-26', '2024-08-26T16:30:00+00:00'), draft])).toBe(true);
  });

  it('is not when its UTC day is earlier but its moment is after publication', () => {
    // Published at 00:30 in Seoul (15:30 UTC the day before); changed at 20:00 UTC that day.
    const change = modified('2024-08-25', '2024-08-25T20:00:00Z');
    expect(savedBeforePublication(change, [published('2024-08-26', '2024-08-26T00:30:00+09:00'), change])).toBe(false);
  });

  it('is not when any publication date comes before it, nor without one, nor for a published date', () => {
    const change = modified('2024-08-24', null);
    expect(savedBeforePublication(change, [published('2024-08-26', null), published('2024-08-20', null), change])).toBe(false);
    expect(savedBeforePublication(change, [change])).toBe(false);
    expect(savedBeforePublication(published('2024-08-20', null), [published('2024-08-26', null)])).toBe(false);
  });
});
