import { describe, expect, it } from 'vitest';
import { reporters, sanitizeForTerminal, type ReportFormat } from '../../src/report/index.js';
import { githubStepSummary } from '../../src/report/index.js';
import type { CheckResult } from '../../src/types.js';
import { CTX, HOSTILE, makeReport, RESULTS } from './fixture.js';

// Anything a terminal or a CI log viewer would act on.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

function hostileReport() {
  const poisoned = (result: CheckResult): CheckResult => ({
    ...result,
    reason: `${result.reason} ${HOSTILE}`,
    outlet: HOSTILE,
    url: result.url ? `${result.url}?q=${HOSTILE}` : null,
    title: { ...result.title, expected: HOSTILE, found: HOSTILE, diff: [{ op: 'added', text: HOSTILE }] },
    http: result.http ? { ...result.http, detail: HOSTILE } : null,
    waiver: result.waiver ? { ...result.waiver, reason: HOSTILE } : undefined,
  });
  const report = makeReport(RESULTS.map(poisoned));
  report.summary.slowedSites = [{ site: HOSTILE, reason: HOSTILE }];
  return report;
}

describe('sanitizeForTerminal', () => {
  it.each([
    ['OSC title with BEL', 'a\u001b]0;pwned\u0007b', 'ab'],
    ['OSC 8 hyperlink with ST', '\u001b]8;;https://evil\u001b\\click\u001b]8;;\u001b\\', 'click'],
    ['CSI clear screen', 'a\u001b[2Jb', 'ab'],
    ['CSI with private parameters', 'a\u001b[?1049hb', 'ab'],
    ['8-bit CSI with its parameters', 'a\u009b31mb', 'ab'],
    ['8-bit OSC up to 8-bit ST', 'a\u009d0;x\u009cb', 'ab'],
    ['DCS', 'a\u001bPq#0;2;0;0;0\u001b\\b', 'ab'],
    ['ESC c (full reset)', 'a\u001bcb', 'ab'],
    ['unterminated OSC swallows the rest', 'a\u001b]0;never closed', 'a'],
    ['bidi override and isolate', 'a\u202eb\u2066c\u2069', 'abc'],
    ['carriage return, backspace, DEL, NUL', 'a\rb\bc\u007fd\u0000', 'abcd'],
    ['newline and tab are kept', 'a\nb\tc', 'a\nb\tc'],
    ['ordinary Unicode is kept', 'Zelenskyy “urges” 북한 — ok', 'Zelenskyy “urges” 북한 — ok'],
  ])('%s', (_name, input, expected) => {
    expect(sanitizeForTerminal(input)).toBe(expected);
  });

  it('leaves nothing a terminal acts on', () => {
    expect(sanitizeForTerminal(HOSTILE)).not.toMatch(CONTROL);
    expect(sanitizeForTerminal(HOSTILE)).not.toContain('31m');
    expect(sanitizeForTerminal(HOSTILE)).not.toContain('pwned');
  });
});

describe.each<ReportFormat>(['text', 'github', 'markdown', 'junit'])('page-borne text in the %s report', (format) => {
  it('never carries an escape sequence, a C1 control or a bidi override', () => {
    const output = reporters[format].render(hostileReport(), { ...CTX, color: format === 'text' });
    // The text report's own colours are allowed; nothing else from ESC onwards is.
    const withoutOwnColours = output.replace(/\u001b\[(?:\d+;)*\d+m/g, '');
    expect(withoutOwnColours).not.toMatch(CONTROL);
    expect(output).not.toContain('pwned');
    expect(output).not.toContain('31m red');
    expect(output).not.toContain('[2J');
    expect(output).not.toContain('evil.example');
  });
});

describe('the step summary', () => {
  it('is sanitized too', () => {
    const output = githubStepSummary(hostileReport());
    expect(output).not.toMatch(CONTROL);
    expect(output).not.toContain('pwned');
  });
});
