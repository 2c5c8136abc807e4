import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyUrlEdits, writeSourcesWithBackup } from '../../src/resolve/index.js';
import { CitecheckError } from '../../src/errors.js';

// Hand-formatted on purpose: compact arrays, a key order of its own, an odd spacing.
const SOURCES = `{
  "$schema": "./schema/sources.schema.json",
  "references": [
    { "id": "1", "authors": ["A. Writer"], "title": "First",  "outlet": "Al Jazeera", "date": "2024-11-01", "url": null },
    {
      "id": "2",
      "url": null,
      "title": "Second",
      "authors": [],
      "outlet": "The Korea Herald",
      "date": "2024-11-02"
    },
    {
      "id": "3",
      "authors": [],
      "title": "Third",
      "outlet": "KCNA",
      "date": "2024-06-20"
    }
  ]
}
`;

describe('applyUrlEdits', () => {
  it('changes only the url values, wherever they sit, and keeps every other byte', () => {
    const { text, applied, missing } = applyUrlEdits(SOURCES, [
      { id: '2', url: 'https://www.koreaherald.com/view.php?ud=20241102000123' },
      { id: '1', url: 'https://www.aljazeera.com/news/2024/11/1/first' },
      { id: '9', url: 'https://example.org/' },
    ]);
    expect(applied).toEqual(['2', '1']);
    expect(missing).toEqual(['9']);
    expect(text).toBe(
      SOURCES.replace(
        '"date": "2024-11-01", "url": null }',
        '"date": "2024-11-01", "url": "https://www.aljazeera.com/news/2024/11/1/first" }',
      ).replace('"id": "2",\n      "url": null,', '"id": "2",\n      "url": "https://www.koreaherald.com/view.php?ud=20241102000123",'),
    );
    expect(JSON.parse(text).references[1].url).toBe('https://www.koreaherald.com/view.php?ud=20241102000123');
  });

  it('adds a url key that is missing, in the file’s indentation', () => {
    const { text } = applyUrlEdits(SOURCES, [{ id: '3', url: 'https://kcnawatch.org/newstream/1/treaty' }]);
    expect(JSON.parse(text).references[2].url).toBe('https://kcnawatch.org/newstream/1/treaty');
    expect(text).toContain('"date": "2024-06-20",\n      "url": "https://kcnawatch.org/newstream/1/treaty"\n    }');
    expect(text.replace(/,\n {6}"url": "https:\/\/kcnawatch\.org\/newstream\/1\/treaty"/, '')).toBe(SOURCES);
  });
});

describe('writeSourcesWithBackup', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'citecheck-resolve-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps the old file as .bak and replaces the file whole', async () => {
    const path = join(dir, 'sources.json');
    await writeFile(path, SOURCES);
    const edited = applyUrlEdits(SOURCES, [{ id: '1', url: 'https://example.org/a' }]).text;
    expect(await writeSourcesWithBackup(path, edited)).toEqual({ backup: `${path}.bak` });
    expect(await readFile(path, 'utf8')).toBe(edited);
    expect(await readFile(`${path}.bak`, 'utf8')).toBe(SOURCES);
    expect((await readdir(dir)).sort()).toEqual(['sources.json', 'sources.json.bak']);
  });

  it('a file that cannot be read is a SOURCES_WRITE error and nothing is written', async () => {
    const error = await writeSourcesWithBackup(join(dir, 'missing.json'), '{}', 'missing.json').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CitecheckError);
    expect((error as CitecheckError).code).toBe('SOURCES_WRITE');
    expect((error as CitecheckError).message).toBe('cannot write missing.json: ENOENT');
    expect(await readdir(dir)).toEqual([]);
  });
});
