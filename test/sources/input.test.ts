// The sources input of `check` and `extract`: a sources file, a document read as `extract` reads
// it, or standard input (`-`). Locations must point where a person would look.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { CitecheckError } from '../../src/errors.js';
import { parseSources } from '../../src/sources/load.js';
import { formatDocumentProblem, isDocumentPath, loadSourcesInput, readStandardInput, sourcesFromDocument, STDIN_NAME } from '../../src/sources/input.js';

const dir = mkdtempSync(join(tmpdir(), 'citecheck-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DOCUMENT = [
  'A Title', //                                                           1
  '', //                                                                  2
  'Body.¹ More.² Still more.³', //                                        3
  '', //                                                                  4
  '¹ Kim, “One,” *O*, 1 May 2020, https://example.org/one.', //           5
  '² Ibid.', //                                                           6
  '³ Lee, “[Three](https://example.org/three)”, *O*,', //                 7
  '  2 June 2021.', //                                                    8
].join('\n');

const JSON_TEXT = '{\n  "references": [\n    { "id": "a", "authors": [], "title": "T", "outlet": "O", "url": null }\n  ]\n}\n';

describe('sourcesFromDocument', () => {
  it('locates each reference at its footnote line, and returns the unreadable footnote with its number, text and line', () => {
    const input = sourcesFromDocument(DOCUMENT, 'notes.md');
    expect(input.kind).toBe('document');
    expect(input.path).toBe('notes.md');
    expect(input.references.map((reference) => [reference.id, reference.url, reference.location])).toEqual([
      ['1', 'https://example.org/one', { file: 'notes.md', line: 5, column: 1 }],
      ['3', 'https://example.org/three', { file: 'notes.md', line: 7, column: 1 }],
    ]);
    expect(input.problems).toEqual([{
      footnote: '2', text: 'Ibid.', message: 'no quoted or linked title found; footnote left out', leftOut: true,
      location: { file: 'notes.md', line: 6, column: 1 },
    }]);
    expect(input.file.references).toHaveLength(2);
    // What a document gives is a sources file as valid as one written by hand.
    expect(parseSources(JSON.stringify(input.file), 'x.json').references).toHaveLength(2);
  });

  it('a problem prints as file:line: footnote N: message, with the footnote text below', () => {
    const [problem] = sourcesFromDocument(DOCUMENT, 'notes.md').problems;
    expect(formatDocumentProblem(problem!, 'notes.md')).toBe('notes.md:6: footnote 2: no quoted or linked title found; footnote left out\n  Ibid.\n');
    expect(formatDocumentProblem({ ...problem!, text: '', location: null }, 'notes.md')).toBe('notes.md: footnote 2: no quoted or linked title found; footnote left out\n');
  });

  it('a footnote cited but missing is located at the line that cites it', () => {
    const input = sourcesFromDocument('Intro.\n\nText.[^1] and[^2]\n\n[^1]: “[A](#)”, *O*, 2020.\n', 'x.md');
    expect(input.problems).toEqual([expect.objectContaining({ footnote: '2', leftOut: true, location: { file: 'x.md', line: 3, column: 1 } })]);
  });

  it('a partly read footnote is kept and its problem is not a left-out one', () => {
    const input = sourcesFromDocument('T\n\nA.¹\n\n¹ “[T](page.html)”, *O*, 2020.\n', 'x.txt');
    expect(input.references.map((reference) => reference.id)).toEqual(['1']);
    expect(input.problems).toEqual([expect.objectContaining({ footnote: '1', leftOut: false, location: { file: 'x.txt', line: 5, column: 1 } })]);
  });

  it('a document with no footnote at all is refused', () => {
    const error = (() => { try { sourcesFromDocument('Just prose.\n', 'prose.md'); } catch (caught) { return caught; } })();
    expect(error).toBeInstanceOf(CitecheckError);
    expect(error).toMatchObject({ code: 'SOURCES_SCHEMA', message: 'prose.md has no footnotes' });
  });
});

describe('loadSourcesInput', () => {
  it('reads a .md, .markdown or .txt path as a document, anything else as a sources file', async () => {
    expect([isDocumentPath('a.md'), isDocumentPath('A.MARKDOWN'), isDocumentPath('a.txt'), isDocumentPath('a.json'), isDocumentPath('refs')]).toEqual([true, true, true, false, false]);
    const documentPath = join(dir, 'notes.md');
    writeFileSync(documentPath, `\uFEFF${DOCUMENT}`);
    const document = await loadSourcesInput(documentPath);
    expect(document.kind).toBe('document');
    expect(document.references[0]?.location).toEqual({ file: documentPath, line: 5, column: 1 });
    const jsonPath = join(dir, 'sources.json');
    writeFileSync(jsonPath, JSON_TEXT);
    const json = await loadSourcesInput(jsonPath);
    expect(json).toMatchObject({ kind: 'json', problems: [], path: jsonPath });
    expect(json.references[0]?.location).toEqual({ file: jsonPath, line: 3, column: 5 });
  });

  it('a missing document is named as such', async () => {
    const error = await loadSourcesInput(join(dir, 'gone.md')).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'DOCUMENT_NOT_FOUND', message: expect.stringMatching(/gone\.md: no such file/) });
  });

  it('`-` reads standard input: a sources file when it starts with {, else a document, located at <stdin>', async () => {
    const document = await loadSourcesInput('-', DOCUMENT);
    expect(document).toMatchObject({ kind: 'document', path: STDIN_NAME });
    expect(document.references[1]?.location).toEqual({ file: '<stdin>', line: 7, column: 1 });
    const json = await loadSourcesInput('-', Readable.from([Buffer.from('\n', 'utf8'), Buffer.from(JSON_TEXT, 'utf8')]));
    expect(json).toMatchObject({ kind: 'json', path: '<stdin>' });
    expect(json.references[0]?.location).toEqual({ file: '<stdin>', line: 4, column: 5 });
  });

  it('`-` with bad JSON on standard input names <stdin>', async () => {
    const error = await loadSourcesInput('-', '{ "references": [ }').catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'SOURCES_INVALID_JSON', message: expect.stringMatching(/^<stdin> is not valid JSON/) });
  });
});

describe('readStandardInput', () => {
  it('reads the whole stream as UTF-8, multi-byte characters split across chunks included', async () => {
    const bytes = Buffer.from('¹ “T”', 'utf8');
    expect(await readStandardInput(Readable.from([bytes.subarray(0, 1), bytes.subarray(1, 5), bytes.subarray(5)]))).toBe('¹ “T”');
  });

  it('refuses a terminal: nobody is piping a document in', async () => {
    const terminal = Object.assign(Readable.from([]), { isTTY: true });
    const error = await readStandardInput(terminal).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'USAGE', message: 'standard input is a terminal, not a piped file' });
  });
});
