import { describe, expect, it } from 'vitest';
import { startOrder } from '../../src/run/start-window.js';
import type { LocatedReference } from '../../src/types.js';

const ref = (id: string, url: string | null): LocatedReference => ({ id, authors: [], title: 't', outlet: 'o', url, location: { file: 'f', line: 1, column: 1 } });

describe('the order references start in', () => {
  it('deals a sources file grouped by outlet round the sites, each site in its own order', () => {
    const refs = [
      ref('a1', 'https://www.a.example/1'), ref('a2', 'https://m.a.example/2'), ref('a3', 'https://a.example/3'),
      ref('b1', 'https://b.example/1'), ref('n', null), ref('b2', 'https://b.example/2'),
    ];
    expect(startOrder(refs).map((i) => refs[i]!.id)).toEqual(['a1', 'b1', 'n', 'a2', 'b2', 'a3']);
  });
});
