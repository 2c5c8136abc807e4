import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CitecheckError } from '../../src/errors.js';
import { parseFootnoteEntry, splitAuthors } from '../../src/sources/footnote-entry.js';
import { extractSources } from '../../src/sources/footnotes.js';
import { loadSourcesInput } from '../../src/sources/input.js';

function entry(text: string) {
  const result = parseFootnoteEntry(text);
  if (!result.ok) throw new Error(result.message);
  expect(result.warnings).toEqual([]);
  return result.reference;
}

describe('one footnote', () => {
  it('quote around the link, italic outlet, day month year', () => {
    expect(entry('Seo Ji-eun, “[North Korean Troops Deployed As ‘Cannon Fodder,’ Says South’s Defense Chief](#)”, *Korea JoongAng Daily*, 28 November 2024.')).toEqual({
      authors: ['Seo Ji-eun'],
      title: 'North Korean Troops Deployed As ‘Cannon Fodder,’ Says South’s Defense Chief',
      outlet: 'Korea JoongAng Daily',
      date: '2024-11-28',
      url: null,
    });
  });

  it('quote inside the link, markdown escapes removed (doubled ones too)', () => {
    expect(entry('Kim Arin, [“\\\\$200m A Year, Space Tech: The Deal”](#), *The Korea Herald*, 3 November 2024.')).toMatchObject({
      authors: ['Kim Arin'], title: '$200m A Year, Space Tech: The Deal', outlet: 'The Korea Herald', date: '2024-11-03',
    });
    expect(entry('A, [“\\$5 \\*Deal\\*”](#), *O*, 2024.').title).toBe('$5 *Deal*');
  });

  it('no byline and an outlet in plain text', () => {
    expect(entry('“[DPRK-Russia Treaty on Comprehensive Strategic Partnership](#)”, KCNA, 20 June 2024.')).toEqual({
      authors: [], title: 'DPRK-Russia Treaty on Comprehensive Strategic Partnership', outlet: 'KCNA', date: '2024-06-20', url: null,
    });
  });

  it('straight quotes, month-first date, a real URL kept as written', () => {
    expect(entry('Jane Roe, "[A Title](https://example.com/news/1?x=2)", _The Outlet_, November 20, 2024.')).toEqual({
      authors: ['Jane Roe'], title: 'A Title', outlet: 'The Outlet', date: '2024-11-20', url: 'https://example.com/news/1?x=2',
    });
  });

  it('month-only and year-only dates keep their precision', () => {
    expect(entry('“[T](#)”, *O*, November 2024.').date).toBe('2024-11');
    expect(entry('“[T](#)”, *O*, 2022.').date).toBe('2022');
  });

  it('the journal form: volume, issue, year and pages', () => {
    expect(entry('Kyunghan Lim and Jaeho Kim, “[Impacts of Russia-Ukraine War on East Asian Regional Order](#)”, *International Journal of Korean Unification Studies*, Vol. 31, No. 2, 2022, pp. 31–59.')).toEqual({
      authors: ['Kyunghan Lim', 'Jaeho Kim'],
      title: 'Impacts of Russia-Ukraine War on East Asian Regional Order',
      outlet: 'International Journal of Korean Unification Studies',
      date: '2022', volume: 31, issue: 2, pages: '31–59', url: null,
    });
    expect(entry('“[T](#)”, *J*, Vol. 4, doi:10.1000/xyz123.').doi).toBe('10.1000/xyz123');
  });

  it('a title with no link', () => {
    expect(entry('“A Plain Title”, *O*, 1 May 2020.')).toMatchObject({ title: 'A Plain Title', url: null, date: '2020-05-01' });
  });

  it('authors joined by commas and "and"', () => {
    expect(splitAuthors('Kim Jeong-jae, Oh Hyun-seok and Cho Jung-woo, ')).toEqual(['Kim Jeong-jae', 'Oh Hyun-seok', 'Cho Jung-woo']);
    expect(splitAuthors('A, B, and C')).toEqual(['A', 'B', 'C']);
    expect(splitAuthors('')).toEqual([]);
  });

  it('what it cannot read is said, not dropped', () => {
    expect(parseFootnoteEntry('Ibid.')).toEqual({ ok: false, message: 'no quoted or linked title found' });
    expect(parseFootnoteEntry('“[T](#)”, 20 June 2024.')).toMatchObject({ ok: false, message: expect.stringMatching(/no outlet/) });
    const partial = parseFootnoteEntry('“[T](page.html)”, *O*, accessed yesterday, 2024.');
    expect(partial).toMatchObject({ ok: true, reference: { title: 'T', outlet: 'O', date: '2024', url: null } });
    expect(partial.ok && partial.warnings).toEqual([
      'link "page.html" is not an absolute http: or https: URL; url left null',
      'could not read "accessed yesterday" (not a date, volume, issue, pages or DOI); left out',
    ]);
  });
});

describe('extractSources', () => {
  const doc = [
    'Publisher *Commentary*',
    '',
    'A Document Title',
    '',
    'An Author',
    '',
    'December 05, 2024',
    '',
    'Body text cites one.¹ And two.² And twelve⁽ no⁾ — and three.³',
    '',
    '¹ A, “[One](https://example.org/one)”, *O*, 1 May 2020.',
    '² Ibid.',
    '³ B and C, [“Three”](#), *O*,',
    '  2 June 2021.',
  ].join('\n');

  it('reads the header, numbers, continued lines, and reports the unreadable footnote with its number', () => {
    const { sources, problems } = extractSources(doc, 'doc.md');
    expect(sources.document).toEqual({ title: 'A Document Title', author: 'An Author', publisher: 'Publisher', date: '2024-12-05' });
    // Where `npm install citecheck` puts the schema, seen from the project folder.
    expect(sources.$schema).toBe('./node_modules/citecheck/schema/sources.schema.json');
    expect(extractSources(doc, 'doc.md', { schemaRef: './schema/sources.schema.json' }).sources.$schema).toBe('./schema/sources.schema.json');
    expect(sources.references).toEqual([
      { id: '1', authors: ['A'], title: 'One', outlet: 'O', date: '2020-05-01', url: 'https://example.org/one' },
      { id: '3', authors: ['B', 'C'], title: 'Three', outlet: 'O', date: '2021-06-02', url: null },
    ]);
    expect(problems).toEqual([{ footnote: '2', text: 'Ibid.', message: 'no quoted or linked title found; footnote left out', line: 12, leftOut: true }]);
  });

  it('multi-digit superscripts, and a gap in the numbering is a problem', () => {
    const text = 'Text.¹ More.¹² Cited but missing.¹³\n\n¹ “[A](#)”, *O*, 2020.\n\n¹² “[B](#)”, *O*, 2021.\n';
    const { sources, problems } = extractSources(text, 'x.txt');
    expect(sources.references.map((reference) => reference.id)).toEqual(['1', '12']);
    expect(problems.map((problem) => problem.footnote)).toEqual(['2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '13']);
    expect(problems.at(-1)?.message).toBe('the text cites it, but no footnote 13 was found: footnotes must run 1..N without gaps');
    expect(problems[0]?.message).toBe('no footnote 2 was found: footnotes must run 1..N without gaps');
  });

  it('a stray superscript far above the footnotes is one problem, not one per missing number', () => {
    const { problems } = extractSources('A rate of 10⁹⁹⁹⁹⁹⁹⁹ here.¹\n\n¹ “[A](#)”, *O*, 2020.\n', 'x.txt');
    expect(problems.map((problem) => [problem.footnote, problem.line])).toEqual([['9999999', 1]]);
  });

  it('markdown footnotes [^n] are read too; a repeated number is a problem', () => {
    const text = 'Text.[^1]\n\n[^1]: “[A](#)”, *O*, 2020.\n[^1]: “[B](#)”, *O*, 2021.\n';
    const { sources, problems } = extractSources(text, 'x.md');
    expect(sources.references).toEqual([{ id: '1', authors: [], title: 'A', outlet: 'O', date: '2020', url: null }]);
    expect(problems).toEqual([{ footnote: '1', text: '“[B](#)”, *O*, 2021.', message: 'footnote 1 appears twice; the later one is left out', line: 4, leftOut: true }]);
  });
});

describe('reading a document from disk (loadSourcesInput)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'citecheck-extract-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a document from disk', async () => {
    const path = join(dir, 'doc.txt');
    writeFileSync(path, 'Title line\n\nText.¹\n\n¹ “[A](#)”, *O*, 2020.\n');
    const { file: sources } = await loadSourcesInput(path);
    expect(sources.document).toEqual({ title: 'Title line' });
    expect(sources.references).toHaveLength(1);
  });

  it('a missing document is DOCUMENT_NOT_FOUND', async () => {
    const path = join(dir, 'nope.txt');
    const error = await loadSourcesInput(path).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CitecheckError);
    expect(error).toMatchObject({ code: 'DOCUMENT_NOT_FOUND', message: `cannot read ${path}: no such file` });
  });
});

// Issue 9: the note styles authors use besides the commentary's own.
describe('bare URLs and Chicago punctuation', () => {
  it('keeps a bare URL written at the end of a footnote', () => {
    expect(entry('Lee Min, “[Title Two](#)”, The Korea Herald, Nov 21, 2024, https://www.koreaherald.com/view.php?ud=20241121000123')).toEqual({
      authors: ['Lee Min'], title: 'Title Two', outlet: 'The Korea Herald', date: '2024-11-21',
      url: 'https://www.koreaherald.com/view.php?ud=20241121000123',
    });
  });

  it('a bare URL keeps its commas and loses the sentence full stop and autolink brackets', () => {
    expect(entry('“[T](#)”, *O*, 1 May 2020, https://example.org/a,b?x=1.').url).toBe('https://example.org/a,b?x=1');
    expect(entry('“[T](#)”, *O*, 1 May 2020, <https://example.org/c>.').url).toBe('https://example.org/c');
  });

  it('a bare URL beside a different link is said, and the link kept', () => {
    const result = parseFootnoteEntry('“[T](https://example.org/linked)”, *O*, 2020, https://example.org/other');
    expect(result).toMatchObject({ ok: true, reference: { url: 'https://example.org/linked' } });
    expect(result.ok && result.warnings).toEqual(['a second URL "https://example.org/other" differs from the link; the link is kept']);
  });

  it('Chicago: the comma inside the closing quote, straight quotes, URL at the end', () => {
    expect(entry('Kim, "Title," *The Korea Times*, December 16, 2024, https://example.com/a.')).toEqual({
      authors: ['Kim'], title: 'Title', outlet: 'The Korea Times', date: '2024-12-16', url: 'https://example.com/a',
    });
  });

  it('Chicago with curly quotes, a plain outlet and an abbreviated month', () => {
    expect(entry('Lee Min and Park Ji, “North Korea’s Troops, Again,” The Korea Herald, Nov. 21, 2024, https://example.com/b')).toEqual({
      authors: ['Lee Min', 'Park Ji'], title: 'North Korea’s Troops, Again', outlet: 'The Korea Herald', date: '2024-11-21', url: 'https://example.com/b',
    });
  });

  it('Chicago with the comma inside the quotes of a linked title', () => {
    expect(entry('Kim, “[Title](https://example.com/t),” *O*, 2024.')).toMatchObject({ title: 'Title', outlet: 'O', url: 'https://example.com/t' });
    expect(entry('Kim, [“Title,”](https://example.com/t) *O*, 2024.')).toMatchObject({ title: 'Title', outlet: 'O', url: 'https://example.com/t' });
  });

  it('a title ending in a question mark needs no comma; an access date is not the publication date', () => {
    expect(entry('Kim, “Is It Over?” *O*, accessed March 3, 2025, https://example.com/q.')).toEqual({
      authors: ['Kim'], title: 'Is It Over?', outlet: 'O', url: 'https://example.com/q',
    });
    expect(entry('Kim, “T,” *O*, May 2, 2024, accessed March 3, 2025, https://example.com/q.').date).toBe('2024-05-02');
  });
  it('a link written after the outlet is the URL, not the title', () => {
    expect(entry('Kim, "Title," *O*, 2024, [https://x.org/a](https://x.org/a).')).toEqual({
      authors: ['Kim'], title: 'Title', outlet: 'O', date: '2024', url: 'https://x.org/a',
    });
  });

  it('the Chicago journal form: volume, number, (year): pages after the italic journal', () => {
    expect(entry('Kim Jong, Lee Su, and Park Min, "A Title: With Colon," *Journal of Stuff* 12, no. 3 (2021): 45–67, https://doi.org/10.1000/abc.')).toEqual({
      authors: ['Kim Jong', 'Lee Su', 'Park Min'], title: 'A Title: With Colon', outlet: 'Journal of Stuff',
      date: '2021', volume: 12, issue: 3, pages: '45–67', doi: '10.1000/abc', url: null,
    });
    expect(entry('Kim, “T,” *J* 4 (March 2020): 1-9.')).toMatchObject({ outlet: 'J', volume: 4, date: '2020-03', pages: '1-9' });
  });
});

describe('Markdown footnotes', () => {
  it('reads [^n] definitions with [^n] markers, indented continuation lines, and Chicago notes', () => {
    const text = [
      '# A Title', '', 'Body one.[^1] Two.[^2]', '',
      '[^1]: Kim, "Title One," *The Korea Times*, December 16, 2024, https://example.com/a.',
      '[^2]: Lee Min, “Title Two,” *The Korea Herald*,',
      '    Nov 21, 2024, https://example.com/b',
    ].join('\n');
    const { sources, problems } = extractSources(text, 'a.md');
    expect(problems).toEqual([]);
    expect(sources.references).toEqual([
      { id: '1', authors: ['Kim'], title: 'Title One', outlet: 'The Korea Times', date: '2024-12-16', url: 'https://example.com/a' },
      { id: '2', authors: ['Lee Min'], title: 'Title Two', outlet: 'The Korea Herald', date: '2024-11-21', url: 'https://example.com/b' },
    ]);
  });

  it('named labels ([^kim]) keep their label as the id; a named citation without a definition is a problem', () => {
    const text = 'Text.[^kim] More.[^lee-2024] And.[^gone]\n\n[^kim]: Kim, “A,” *O*, 2020.\n[^lee-2024]: Lee, “B,” *O*, 2021.\n';
    const { sources, problems } = extractSources(text, 'x.md');
    expect(sources.references.map((reference) => [reference.id, reference.title])).toEqual([['kim', 'A'], ['lee-2024', 'B']]);
    expect(problems).toEqual([{ footnote: 'gone', text: '', message: 'the text cites [^gone], but no footnote gone was found', line: 1, leftOut: true }]);
  });

  it('a body marker with no definition is a problem', () => {
    const { problems } = extractSources('Text.[^1] More.[^2]\n\n[^1]: “[A](#)”, *O*, 2020.\n', 'x.md');
    expect(problems).toEqual([{ footnote: '2', text: '', message: 'the text cites it, but no footnote 2 was found: footnotes must run 1..N without gaps', line: 1, leftOut: true }]);
  });

  it('a paragraph indented under a Markdown footnote continues it; under a superscript one it is body text', () => {
    const markdown = extractSources('Text.[^1]\n\n[^1]: Kim, “[A Long](#)”,\n\n    *O*, 2020.\n\nAfter.\n', 'x.md');
    expect(markdown.problems).toEqual([]);
    expect(markdown.sources.references).toEqual([{ id: '1', authors: ['Kim'], title: 'A Long', outlet: 'O', date: '2020', url: null }]);
    const superscript = extractSources('Text.¹\n\n¹ Kim, “[A Long](#)”,\n\n    *O*, 2020.\n', 'x.txt');
    expect(superscript.problems.map((problem) => problem.message)).toEqual(['no outlet after the title; footnote left out']);
  });
});
