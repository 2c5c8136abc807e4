// The seed commentary is the first user: its extraction must match the committed sources.json
// exactly, and the URLs there must be exactly those references.md establishes. Both documents are
// copied under fixtures/ (from the shared seeds/ and references.md) so a clean clone can run this.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractSources } from '../../src/sources/footnotes.js';
import { parseSources } from '../../src/sources/load.js';
import type { Reference } from '../../src/types.js';

const seedPath = fileURLToPath(new URL('fixtures/seed-commentary.txt', import.meta.url));
const referencesMdPath = fileURLToPath(new URL('fixtures/references.md', import.meta.url));
const sourcesPath = fileURLToPath(new URL('../../sources.json', import.meta.url));
const sourcesText = readFileSync(sourcesPath, 'utf8');

function withoutLinks({ url: _url, alternates: _alternates, ...rest }: Reference) {
  return rest;
}

describe('the seed commentary', () => {
  // sources.json sits at the repository's top, beside schema/: that is its schema's address.
  const extracted = extractSources(readFileSync(seedPath, 'utf8'), 'seed.txt', { schemaRef: './schema/sources.schema.json' });
  const committed = parseSources(sourcesText, 'sources.json');

  it('extracts 27 references with no problem', () => {
    expect(extracted.problems).toEqual([]);
    expect(extracted.sources.references.map((reference) => reference.id)).toEqual(Array.from({ length: 27 }, (_, i) => String(i + 1)));
    expect(extracted.sources.references.every((reference) => reference.url === null && reference.alternates === undefined)).toBe(true);
  });

  it('equals sources.json in every field but url and alternates', () => {
    expect(extracted.sources.$schema).toBe(committed.file.$schema);
    expect(extracted.sources.document).toEqual(committed.file.document);
    expect(extracted.sources.references.map(withoutLinks)).toEqual(committed.file.references.map(withoutLinks));
  });

  it('reads the forms the footnotes use', () => {
    const byId = new Map(extracted.sources.references.map((reference) => [reference.id, reference]));
    expect(byId.get('1')).toMatchObject({ volume: 31, issue: 2, pages: '31–59', date: '2022' });
    expect(byId.get('2')).toMatchObject({ authors: [], outlet: 'KCNA', date: '2024-06-20' });
    expect(byId.get('11')?.title.startsWith('$200m A Year')).toBe(true);
    expect(byId.get('23')?.authors).toEqual(['Kim Jeong-jae', 'Oh Hyun-seok', 'Cho Jung-woo']);
    expect(byId.get('3')?.title).toContain('Russia’s');
    expect(extracted.sources.document).toEqual({
      title: "South Korea's Response to North Korean Troops in the Russia-Ukraine War",
      author: 'Ranjit Kumar Dhawan', publisher: 'MP-IDSA', date: '2024-12-05',
    });
  });

  it('sources.json carries exactly the URLs of references.md, none invented', () => {
    const markdown = readFileSync(referencesMdPath, 'utf8');
    const establishedTable = markdown.slice(markdown.indexOf('## URLs that could be established'), markdown.indexOf('Copies of the same text'));
    const established = new Map([...establishedTable.matchAll(/^\| (\d+) \| [^|]+ \| (https?:\/\/\S+) \|/gm)].map((row) => [row[1]!, row[2]!]));
    expect(established.size).toBe(11);
    const urls = new Map(committed.references.filter((reference) => reference.url !== null).map((reference) => [reference.id, reference.url]));
    expect(urls).toEqual(established);

    const copiesTable = markdown.slice(markdown.indexOf('Copies of the same text'), markdown.indexOf('The other 11 URLs'));
    const copies = [...copiesTable.matchAll(/^\| (\d+) \| ([^|]+) \| (https?:\/\/\S+) \|/gm)].map((row) => ({ id: row[1]!, url: row[3]! }));
    expect(copies).toHaveLength(6);
    const alternates = committed.references.flatMap((reference) => (reference.alternates ?? []).map((alternate) => ({ id: reference.id, url: alternate.url })));
    expect(alternates).toEqual(copies);
    expect(committed.references.find((reference) => reference.id === '2')?.alternates?.[0]?.relation).toBe('mirror');
    expect(committed.references.filter((reference) => reference.alternates?.[0]?.relation === 'syndication').map((reference) => reference.id)).toEqual(['8', '15', '16', '21', '27']);
  });

  it('every reference in sources.json is located at its opening brace', () => {
    const lines = sourcesText.split('\n');
    for (const reference of committed.references) {
      expect(lines[reference.location.line - 1]![reference.location.column - 1]).toBe('{');
      expect(lines[reference.location.line]).toContain(`"id": "${reference.id}"`);
    }
  });
});
