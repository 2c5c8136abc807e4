import { describe, expect, it } from 'vitest';
import { directionsDiffer, koreanOppositeSwapped, periodsDiffer } from '../../src/verify/directions.js';

const words = (text: string) => text.split(' ');

describe('directionsDiffer', () => {
  it('sees a rising verb put for a falling one', () => {
    expect(directionsDiffer(words('rating rises to 19'), words('rating drops to 19'))).toBe(true);
    expect(directionsDiffer(words('gold up as fed holds'), words('gold down as fed holds'))).toBe(true);
  });

  it('lets clauses trade places (a movement that moves with its clause is the words traded)', () => {
    expect(directionsDiffer(words('oil rises stocks fall'), words('stocks fall oil rises'))).toBe(false);
    expect(directionsDiffer(words('exports rise as imports fall'), words('exports fall as imports rise'))).toBe(false);
  });

  it('takes movements in the same directions as the same, whatever the verb', () => {
    expect(directionsDiffer(words('stocks rise as oil falls'), words('stocks jump as oil slides'))).toBe(false);
  });

  it('does not judge a side with more movements (a clause left out) or none', () => {
    expect(directionsDiffer(words('exports rise'), words('exports rise as imports fall'))).toBe(false);
    expect(directionsDiffer(words('exports hit record'), words('exports fall'))).toBe(false);
  });
});

describe('periodsDiffer', () => {
  it('compares periods only when both sides name one', () => {
    expect(periodsDiffer(words('drills next week'), words('drills next month'))).toBe(true);
    expect(periodsDiffer(words('pay 10b a month'), words('pay 10b a year'))).toBe(true);
    expect(periodsDiffer(words('drills next week'), words('drills soon'))).toBe(false);
    expect(periodsDiffer(words('drills next week'), words('joint drills next week'))).toBe(false);
    // One period said two ways, and "a" that is no rate.
    expect(periodsDiffer(words('falls 10 percent in the past week'), words('falls 10 percent in the last week'))).toBe(false);
    expect(periodsDiffer(words('lowest in a decade this year'), words('lowest in decade this year'))).toBe(false);
  });
});

describe('koreanOppositeSwapped', () => {
  it('sees an opposite inside a word that keeps its particle', () => {
    expect(koreanOppositeSwapped(['경상수지', '흑자로'], ['경상수지', '적자로'])).toBe(true);
    expect(koreanOppositeSwapped(['역대', '최고치'], ['역대', '최저치'])).toBe(true);
  });

  it('does not take another ending for an opposite', () => {
    expect(koreanOppositeSwapped(['흑자로'], ['적자를'])).toBe(false);
    expect(koreanOppositeSwapped(['흑자로'], ['흑자를'])).toBe(false);
  });
});
