import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CitecheckError } from '../../src/errors.js';
import { parseOnly } from '../../src/sources/only.js';

const sorted = (ids: Set<string>) => [...ids].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

describe('parseOnly', () => {
  it('reads ids and inclusive ranges', () => {
    expect(sorted(parseOnly('3,5-7').ids)).toEqual(['3', '5', '6', '7']);
    expect(sorted(parseOnly(' 12 , 4 - 4 ').ids)).toEqual(['4', '12']);
  });

  it('keeps non-numeric ids as single items', () => {
    expect(sorted(parseOnly('intro,3a,2').ids)).toEqual(['2', '3a', 'intro']);
  });

  for (const list of ['', '3,,4', '5-', '-7', '7-5', '3 4', '1-', ',']) {
    it(`rejects ${JSON.stringify(list)} as a usage error`, () => {
      const error = (() => {
        try {
          parseOnly(list);
        } catch (caught) {
          return caught;
        }
        return null;
      })();
      expect(error).toBeInstanceOf(CitecheckError);
      expect(error).toMatchObject({
        code: 'USAGE',
        message: `invalid --only list "${list}"; expected ids and ranges like 3,5-7`,
      });
    });
  }

  it('round trip: any set of integer ids written as ranges reads back as the same set', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 500 }), { minLength: 1, maxLength: 40 }), (numbers) => {
        const ascending = [...numbers].sort((a, b) => a - b);
        // Collapse runs into ranges, as a person would write them.
        const items: string[] = [];
        let start = ascending[0]!;
        for (let i = 1; i <= ascending.length; i++) {
          const previous = ascending[i - 1]!;
          if (ascending[i] !== previous + 1) {
            items.push(start === previous ? String(start) : `${start}-${previous}`);
            start = ascending[i]!;
          }
        }
        const shuffled = items.reverse().join(',');
        expect(sorted(parseOnly(shuffled).ids)).toEqual(ascending.map(String));
      }),
    );
  });
});
