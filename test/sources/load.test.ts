import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CitecheckError, formatProblem, type FileProblem } from '../../src/errors.js';
import { loadSourcesInput } from '../../src/sources/input.js';
import { parseSources } from '../../src/sources/load.js';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { arrayItemOffsets, lineColumnAt, lineLocator } from '../../src/sources/located-json.js';

/** Runs parseSources and returns the error it must throw. */
function failure(text: string, file = 'sources.json'): CitecheckError {
  try {
    parseSources(text, file);
  } catch (error) {
    if (error instanceof CitecheckError) return error;
    throw error;
  }
  throw new Error('parseSources accepted an invalid file');
}

function problemAt(error: CitecheckError, path: string): FileProblem {
  const problem = error.problems.find((candidate) => candidate.path === path);
  if (!problem) throw new Error(`no problem at ${path}; got ${error.problems.map(formatProblem).join(' | ')}`);
  return problem;
}

/** 1-based line and column of the first occurrence of `needle` in `text`. */
function positionOf(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`${needle} not in text`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

const ok = { id: '1', authors: [], title: 'A title', outlet: 'An outlet', url: null };

/** A pretty-printed file whose reference `index` is `ok` merged with `change` (undefined deletes a key). */
function fileWith(change: Record<string, unknown>, index = 0, count = 1): string {
  const references = Array.from({ length: count }, (_, i) => ({ ...ok, id: String(i + 1) }));
  const changed: Record<string, unknown> = { ...references[index], ...change };
  for (const key of Object.keys(changed)) if (changed[key] === undefined) delete changed[key];
  references[index] = changed as typeof ok;
  return JSON.stringify({ references }, null, 2);
}

describe('parseSources: a valid file', () => {
  it('locates every reference at its opening brace, with the file name as given', () => {
    const text = '{\n  "references": [\n    {"id": "1", "authors": [], "title": "T", "outlet": "O", "url": null},\n' +
      '      {"id": "b", "authors": ["A"], "title": "T2", "outlet": "O", "url": "https://example.com/a", "date": "2024-02-29"}\n  ]\n}\n';
    const loaded = parseSources(text, 'dir/sources.json');
    expect(loaded.path).toBe('dir/sources.json');
    expect(loaded.references.map((reference) => reference.location)).toEqual([
      { file: 'dir/sources.json', line: 3, column: 5 },
      { file: 'dir/sources.json', line: 4, column: 7 },
    ]);
    expect(loaded.references[1]).toMatchObject({ id: 'b', url: 'https://example.com/a', date: '2024-02-29' });
    expect(loaded.file.references).toHaveLength(2);
  });

  it('accepts a byte-order mark, journals, alternates and a document block', () => {
    const text = '\ufeff' + JSON.stringify({
      $schema: './schema/sources.schema.json',
      document: { title: 'D', author: 'A', publisher: 'P', date: '2024-12' },
      references: [{ ...ok, volume: 31, issue: '2a', pages: '31–59', doi: '10.1000/xyz123', date: '2022',
        alternates: [{ url: 'http://mirror.example/x', relation: 'mirror' }] }],
    });
    expect(parseSources(text, 's.json').references[0]).toMatchObject({ volume: 31, issue: '2a', location: { line: 1 } });
  });
});

describe('parseSources: each rule, reported at its JSON path with line and column', () => {
  it('references[2].url "ftp://x" is reported at its key', () => {
    const text = fileWith({ url: 'ftp://x' }, 2, 3);
    const error = failure(text);
    expect(error.code).toBe('SOURCES_SCHEMA');
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toEqual({
      file: 'sources.json', path: 'references[2].url', line: 22, column: 7,
      message: 'must be an absolute http: or https: URL, or null when unknown',
    });
    expect(text.split('\n')[21]).toBe('      "url": "ftp://x"');
  });

  const cases: { name: string; change: Record<string, unknown>; path: string; at: string; message: RegExp }[] = [
    { name: 'empty id', change: { id: '' }, path: 'references[0].id', at: '"id"', message: /must not be empty/ },
    { name: 'numeric id', change: { id: 3 }, path: 'references[0].id', at: '"id"', message: /must be a non-empty string/ },
    { name: 'empty title', change: { title: '' }, path: 'references[0].title', at: '"title"', message: /must not be empty/ },
    { name: 'missing title', change: { title: undefined }, path: 'references[0].title', at: '{\n      "id"', message: /is required/ },
    { name: 'missing outlet', change: { outlet: undefined }, path: 'references[0].outlet', at: '{\n      "id"', message: /is required/ },
    { name: 'authors not an array', change: { authors: 'Kim' }, path: 'references[0].authors', at: '"authors"', message: /array of author names/ },
    { name: 'an author not a string', change: { authors: ['Kim', 7] }, path: 'references[0].authors[1]', at: '7', message: /author name/ },
    { name: 'month 13', change: { date: '2024-13' }, path: 'references[0].date', at: '"date"', message: /YYYY, YYYY-MM or YYYY-MM-DD/ },
    { name: 'February 30', change: { date: '2024-02-30' }, path: 'references[0].date', at: '"date"', message: /not a real calendar date/ },
    { name: 'a printed date', change: { date: '20 November 2024' }, path: 'references[0].date', at: '"date"', message: /YYYY-MM-DD/ },
    { name: 'a relative url', change: { url: '/news/1' }, path: 'references[0].url', at: '"url"', message: /absolute http: or https: URL, or null/ },
    { name: 'a missing url', change: { url: undefined }, path: 'references[0].url', at: '{\n      "id"', message: /is required/ },
    { name: 'an alternate relation', change: { alternates: [{ url: 'https://a.example/', relation: 'copy' }] }, path: 'references[0].alternates[0].relation', at: '"relation"', message: /"mirror", "syndication" or "archive"/ },
    { name: 'an alternate url', change: { alternates: [{ url: 'mailto:a@b.c', relation: 'mirror' }] }, path: 'references[0].alternates[0].url', at: '"url": "mailto', message: /http: or https:/ },
    { name: 'a fractional volume', change: { volume: 1.5 }, path: 'references[0].volume', at: '"volume"', message: /string or an integer/ },
    { name: 'a DOI with a prefix', change: { doi: 'https://doi.org/10.1000/x' }, path: 'references[0].doi', at: '"doi"', message: /no "https:\/\/doi.org\/" prefix/ },
    { name: 'a typo in a key', change: { tittle: 'x' }, path: 'references[0].tittle', at: '"tittle"', message: /unknown key "tittle": did you mean "title"\?/ },
  ];
  for (const { name, change, path, at, message } of cases) {
    it(name, () => {
      const text = fileWith(change);
      const problem = problemAt(failure(text), path);
      expect(problem.message).toMatch(message);
      expect({ line: problem.line, column: problem.column }).toEqual(positionOf(text, at));
    });
  }

  it('a duplicate id is reported at the duplicate, naming the first use', () => {
    const text = fileWith({ id: '1' }, 2, 3);
    const error = failure(text);
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({ path: 'references[2].id', line: 18, column: 7 });
    expect(error.problems[0]!.message).toBe('duplicate id "1" (already used by references[0]): ids must be unique');
  });

  it('the top level is strict too, and lists every problem in file order', () => {
    const text = '{\n  "refs": [],\n  "document": {"date": "2024-02-30"}\n}';
    const error = failure(text);
    expect(error.message).toBe('sources.json does not match the sources file schema (3 problems)');
    expect(error.problems.map(formatProblem)).toEqual([
      'sources.json:1:1 references: is required: an array of references',
      'sources.json:2:3 refs: unknown key "refs": allowed keys: $schema, document, references',
      'sources.json:3:16 document.date: is not a real calendar date (check the day against the month)',
    ]);
  });

  it('a file that is not an object is reported at the root', () => {
    expect(failure('[]').problems[0]).toMatchObject({ path: '(root)', line: 1, column: 1 });
  });
});

describe('parseSources: invalid JSON', () => {
  it('is reported with the place of the syntax error', () => {
    const error = failure('{\n  "references": [\n    {"id": "1",}\n  ]\n}');
    expect(error.code).toBe('SOURCES_INVALID_JSON');
    expect(error.problems[0]).toMatchObject({ file: 'sources.json', line: 3, column: 16 });
    expect(error.problems[0]!.message).toMatch(/^invalid JSON/);
  });
});

describe('reading a sources file from disk (loadSourcesInput)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'citecheck-sources-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a file and keeps the path as given', async () => {
    const path = join(dir, 'sources.json');
    writeFileSync(path, fileWith({}));
    const loaded = await loadSourcesInput(path);
    expect(loaded.path).toBe(path);
    expect(loaded.references[0]!.location).toEqual({ file: path, line: 3, column: 5 });
  });

  it('a missing file is SOURCES_NOT_FOUND with a hint', async () => {
    const path = join(dir, 'missing.json');
    const error = await loadSourcesInput(path).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CitecheckError);
    expect(error).toMatchObject({ code: 'SOURCES_NOT_FOUND', message: `cannot read ${path}: no such file`, problems: [] });
    expect((error as CitecheckError).hint).toMatch(/citecheck extract DOCUMENT/);
  });
});

describe('every problem at once', () => {
  it('reports a duplicate id together with another field\'s problem', () => {
    const text = `{
  "references": [
    { "id": "1", "authors": [], "title": "A", "outlet": "X", "date": "2024-13-01", "url": null },
    { "id": "1", "authors": [], "title": "B", "outlet": "Y", "date": "2024-11-01", "url": null }
  ]
}`;
    let problems: string[] = [];
    try {
      parseSources(text, 'dup.json');
    } catch (error) {
      problems = (error as CitecheckError).problems.map((problem) => `${problem.path}@${problem.line}`);
    }
    expect(problems).toEqual(['references[0].date@3', 'references[1].id@4']);
  });
});

describe('lineLocator: the line index gives what a scan from the start gives', () => {
  it('agrees with lineColumnAt at every offset, past the end too', () => {
    const text = '\n{\r\n  "a": 1,\n\n  "b": [\n    2\n  ]\n}\n';
    const locate = lineLocator(text);
    for (let offset = 0; offset <= text.length + 2; offset++) {
      expect(locate(offset), `offset ${offset}`).toEqual(lineColumnAt(text, offset));
    }
  });

  it('locates the last reference of a 10,000-entry file on its own line', () => {
    const references = Array.from({ length: 10_000 }, (_, i) => ({ id: String(i + 1), authors: [], title: `Title ${i}`, outlet: 'Outlet', date: '2024-01-02', url: null }));
    const text = JSON.stringify({ references }, null, 2);
    const loaded = parseSources(text, 'big.json');
    const last = loaded.references[9_999]!.location;
    expect(text.split('\n')[last.line - 1]!.slice(last.column - 1)).toBe('{');
    expect(text.split('\n')[last.line]).toContain('"id": "10000"');
  });
});

describe('arrayItemOffsets: what a tree of the file would say, without building one', () => {
  /** The same question answered from jsonc-parser's tree, as the loader did before. */
  function fromTree(text: string) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const shift = body === text ? 0 : 1;
    const list = findNodeAtLocation(parseTree(body)!, ['references']);
    return (list?.children ?? []).map((item) => {
      const url = item.type === 'object' ? item.children?.find((p) => p.children?.[0]?.value === 'url')?.children?.[1] : undefined;
      return { item: item.offset + shift, property: url ? url.offset + shift : null };
    });
  }

  const texts = {
    plain: '{"references": [{"id": "1", "url": "http://a.test/"}, {"id": "2", "url": null}]}',
    bom: '\ufeff{\n  "references": [\n    {"id": "1", "url": "http://a.test/"}\n  ]\n}\n',
    'alternates before url': '{"references": [{"alternates": [{"url": "http://m.test/"}], "nested": {"url": 1}, "url": "http://a.test/"}]}',
    'no url, not objects': '{"references": [{"id": "1"}, 3, [ {"url": 2} ], "x", {"url": {"deep": [1]}}]}',
    'other keys and arrays first': '{"document": {"references": [9]}, "tags": [["url"]], "references": [{"url": "u"}], "after": [1]}',
    'a second url key': '{"references": [{"url": "first", "url": "second"}]}',
    'empty list': '{"references": []}',
    'no list': '{"document": {}}',
  };
  for (const [name, text] of Object.entries(texts)) {
    it(name, () => {
      expect(arrayItemOffsets(text, 'references', 'url')).toEqual(fromTree(text));
    });
  }

  it('gives the loader each reference at its brace, after a byte-order mark too', () => {
    const text = '\ufeff{\n  "references": [\n    {"id": "1", "authors": [], "title": "T", "outlet": "O", "url": null},\n' +
      '      {"id": "2", "authors": [], "title": "U", "outlet": "O", "url": null}\n  ]\n}\n';
    const loaded = parseSources(text, 's.json');
    expect(loaded.references.map((reference) => reference.location)).toEqual([
      { file: 's.json', line: 3, column: 5 },
      { file: 's.json', line: 4, column: 7 },
    ]);
  });
});

describe('parseLocatedJson: the syntax pass builds no tree, and still finds every fault', () => {
  it('reports an empty file, whitespace only, as empty', () => {
    expect(failure('  \n').problems[0]!.message).toMatch(/empty|value is expected/);
  });

  it('locates a schema problem after a valid parse (the tree is built on demand)', () => {
    const error = failure('{\n  "references": [\n    {"id": 1}\n  ]\n}');
    expect(error.problems.some((problem) => problem.path.startsWith('references[0]') && problem.line === 3)).toBe(true);
  });
});
