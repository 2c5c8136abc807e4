import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, githubReporter } from '../../src/report/github.js';
import type { CheckResult, Verdict } from '../../src/types.js';
import { CTX, makeReport, RESULTS } from './fixture.js';

describe('--format github', () => {
  it('escapes as @actions/core does: % \\r \\n in data, and : , too in properties', () => {
    expect(escapeData('50% done\r\nnext: a,b')).toBe('50%25 done%0D%0Anext: a,b');
    expect(escapeProperty('50% done\r\nnext: a,b')).toBe('50%25 done%0D%0Anext%3A a%2Cb');
  });

  it('annotates each problem at its line: findings to act on before transient errors; failing as errors, others as warnings, waived as notices', () => {
    const lines = githubReporter.render(makeReport(), CTX).trimEnd().split('\n');
    const errors = lines.filter((line) => line.startsWith('::error '));
    const warnings = lines.filter((line) => line.startsWith('::warning '));
    expect(errors).toHaveLength(6);
    expect(errors[0]).toMatch(/^::error file=sources\.json,line=40,col=5,title=\[4\] dead · The Example Times::404/);
    // dead, soft-404, title-mismatch, date-mismatch, moved, blocked, then the transient error.
    const verdicts = lines.slice(0, -1).map((line) => /title=\[\d+\] ([a-z0-9-]+)/.exec(line)![1]);
    expect(verdicts).toEqual(['dead', 'dead', 'soft-404', 'title-mismatch', 'date-mismatch', 'moved', 'blocked', 'unverifiable', 'error', 'dead']);
    expect(warnings.map((line) => /line=(\d+)/.exec(line)![1])).toEqual(['100', '30', '70']);
    // The live waiver (reference 11) is a notice, after everything that still needs a person.
    expect(lines.at(-2)).toMatch(/^::notice file=sources\.json,line=110,col=5,title=\[11\] dead/);
    expect(lines.at(-1)).toMatch(/^::notice file=sources\.json,title=citecheck::12 references: .*; 1 waived; exit status 1$/);
    // No line may break out of its command.
    for (const line of lines) expect(line).not.toMatch(/[\r\n]/);
  });

  it('a message with % and newlines stays one command; a title with : and , does not end its property', () => {
    const result: CheckResult = { ...RESULTS[3]!, reason: '100% gone\nreally', outlet: 'Outlet: A, B' };
    const line = githubReporter.render(makeReport([result]), CTX).split('\n')[0]!;
    expect(line).toContain('title=[4] dead · Outlet%3A A%2C B::');
    expect(line).toContain('::100%25 gone really%0A');
  });

  it('caps errors and warnings at 10 each and counts the rest in the closing notice', () => {
    const many = (verdict: Verdict, count: number, from: number) =>
      Array.from({ length: count }, (_, i): CheckResult => ({ ...RESULTS[3]!, id: String(from + i), verdict, waiver: undefined }));
    const report = makeReport([...many('dead', 13, 1), ...many('moved', 12, 100)]);
    const lines = githubReporter.render(report, CTX).trimEnd().split('\n');
    expect(lines.filter((line) => line.startsWith('::error '))).toHaveLength(10);
    expect(lines.filter((line) => line.startsWith('::warning '))).toHaveLength(10);
    expect(lines.at(-1)).toContain('3 more errors, 2 more warnings');
  });
});

describe('paths where GitHub resolves them', () => {
  it('writes annotation and SARIF paths through ctx.pathOf', async () => {
    const { sarifReporter } = await import('../../src/report/sarif.js');
    const ctx = { ...CTX, pathOf: (file: string) => `docs/${file}` };
    const lines = githubReporter.render(makeReport(), ctx).trimEnd().split('\n');
    for (const line of lines) expect(line).toMatch(/file=docs\/sources\.json/);
    const sarif = JSON.parse(sarifReporter.render(makeReport(), ctx));
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('docs/sources.json');
  });
});

describe('a redirect loop', () => {
  it('is drawn as it happened: each hop, then the Location that was not followed', async () => {
    const { redirectLine } = await import('../../src/report/details.js');
    const looped: CheckResult = {
      ...RESULTS[3]!,
      verdict: 'error',
      reason: 'redirect-loop: redirect back to https://a.example/1',
      finalUrl: 'https://a.example/2',
      http: {
        status: 301,
        redirects: [
          { status: 301, url: 'https://a.example/1', location: 'https://a.example/2' },
          { status: 302, url: 'https://a.example/2', location: 'https://a.example/1' },
        ],
        attempts: 1,
        durationMs: 5,
        contentType: null,
        error: 'redirect-loop',
        detail: 'redirect back to https://a.example/1',
      },
    };
    expect(redirectLine(looped)).toBe('→ 301 https://a.example/1 → 302 https://a.example/2 → https://a.example/1 (redirect-loop, not followed)');
  });
});

describe('a title difference made of invisible characters', () => {
  it('names them, so the diff does not show a word replaced by itself', async () => {
    const { renderDiff, PLAIN_DIFF } = await import('../../src/report/details.js');
    const line = renderDiff(
      [
        { op: 'equal', text: 'Trump' },
        { op: 'removed', text: 'Yoon' },
        { op: 'added', text: 'Yo\u200bon' },
        { op: 'added', text: '\u001b[2J' },
        { op: 'added', text: 'a\u00a0b' },
      ],
      PLAIN_DIFF,
    );
    expect(line).toBe('Trump [-Yoon-] {+Yo<U+200B>on+} {+<escape sequence>+} {+a<U+00A0>b+}');
    expect(line).not.toMatch(/[\u001b\u200b]/);
  });
});
