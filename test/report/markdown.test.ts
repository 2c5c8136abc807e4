import { describe, expect, it } from 'vitest';
import { githubStepSummary, reporters } from '../../src/report/index.js';
import { escapeCell } from '../../src/report/markdown.js';
import type { CheckResult } from '../../src/types.js';
import { CTX, makeReport, RESULTS } from './fixture.js';

const cells = (row: string) => row.split(/(?<!\\)\|/).slice(1, -1);

describe('--format markdown', () => {
  it('prints a table of four columns, one row per reference, then a summary line', () => {
    const lines = reporters.markdown.render(makeReport(), CTX).trimEnd().split('\n');
    expect(lines[0]).toBe('| # | Verdict | Outlet | Reason |');
    const rows = lines.slice(2, 14);
    for (const row of rows) expect(cells(row)).toHaveLength(4);
    expect(rows[7]).toContain('✏️ title-mismatch');
    expect(rows[7]).toContain('North Korean troops ~~deployed~~ **sent** to Russian units');
    expect(rows[7]).toContain('sources.json:80');
    expect(lines.at(-1)).toMatch(/^\*\*12 references\*\*: .* · 8\.1 s · exit status 1$/);
  });

  it('escapes pipes, newlines, HTML and Markdown syntax from pages', () => {
    expect(escapeCell('a | b\nc <img src=x> *bold* [link](x) `code`')).toBe(
      'a \\| b c &lt;img src=x&gt; \\*bold\\* \\[link\\](x) \\`code\\`',
    );
    const result: CheckResult = { ...RESULTS[7]!, outlet: 'Pipe | Times', reason: 'line one\nline two | <script>' };
    const row = reporters.markdown.render(makeReport([result]), CTX).split('\n')[2]!;
    expect(cells(row)).toHaveLength(4);
    expect(row).not.toContain('<script>');
  });

  it('lets no page-borne character turn into the diff\'s bold or strikethrough', () => {
    const base = RESULTS[7]!;
    const planted = 'Harbour \uE002bold\uE003 and \u0003more\u0004 and \uE000struck\uE001';
    const result: CheckResult = {
      ...base,
      title: { ...base.title, found: planted, diff: [{ op: 'equal', text: planted }], candidates: [{ value: 'Another \uE002bold\uE003 \u0003headline\u0004 entirely', source: 'h1', strong: true }] },
    };
    const row = reporters.markdown.render(makeReport([result]), CTX).split('\n')[2]!;
    expect(row).toContain('title: Harbour');
    expect(row).toContain('also on the page:');
    // Only the diff may emphasise: here the diff has no changed word, so no mark at all.
    expect(row).not.toMatch(/\*\*|~~/);
  });

  it('the step summary lists only the references that need a look', () => {
    const summary = githubStepSummary(makeReport());
    expect(summary).toContain('### citecheck: sources.json');
    expect(summary).not.toContain('| [1](');
    expect(summary).toContain('| [8](');
    expect(summary).toContain('Sites that asked us to slow down: koreatimes.co.kr');
    expect(githubStepSummary(makeReport([RESULTS[0]!]))).toContain('Every checked reference is verified.');
  });
});
