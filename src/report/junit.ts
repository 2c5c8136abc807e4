// JUnit XML as CI test-report readers (GitHub test reporters, GitLab, Jenkins, Azure) accept it:
// one testsuite, one testcase per reference, failures for verdicts that fail the run, skipped
// for references not checked or waived. Those readers show `failure` bodies to people, so the body
// carries the same fix hints as the text report.
import type { CheckResult, RunReport } from '../types.js';
import { fixLines, formatLocation, PLAIN_DIFF } from './details.js';
import type { Reporter } from './reporter.js';
import { oneLine, sanitizeForTerminal } from './sanitize.js';

// XML 1.0 forbids most C0 controls, lone surrogates and U+FFFE/FFFF even as character references.
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function xmlEscape(text: string): string {
  return text
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

// Sanitize first: stripping ESC alone would leave the payload of its sequence ("]0;pwned") behind.
const attr = (text: string) => xmlEscape(oneLine(text)).trim();
const seconds = (ms: number) => (ms / 1000).toFixed(3);

function isSkipped(result: CheckResult): boolean {
  return result.verdict === 'skipped' || (result.waiver !== undefined && !result.waiver.expired);
}

function testcase(result: CheckResult): string {
  const name = `[${result.id}] ${result.title.expected}`;
  const classname = result.outlet && oneLine(result.outlet) !== '' ? result.outlet : 'citecheck';
  const { file, line } = result.location;
  const time = seconds(result.http?.durationMs ?? 0);
  const lines = [
    `    <testcase classname="${attr(classname)}" name="${attr(name)}" file="${attr(file)}" line="${line}" time="${time}">`,
    '      <properties>',
    `        <property name="url" value="${attr(result.url ?? '')}"/>`,
    `        <property name="verdict" value="${result.verdict}"/>`,
    `        <property name="location" value="${attr(formatLocation(result))}"/>`,
    '      </properties>',
  ];
  const hints = [`${formatLocation(result)} ${oneLine(result.url)}`.trim(), ...fixLines(result, PLAIN_DIFF)];
  if (result.failing === true) {
    lines.push(
      `      <failure message="${attr(result.reason)}" type="${result.verdict}">${xmlEscape(sanitizeForTerminal(hints.join('\n')))}</failure>`,
    );
  } else if (isSkipped(result)) {
    const why = result.waiver && !result.waiver.expired ? `waived: ${result.waiver.reason}` : result.reason;
    lines.push(`      <skipped message="${attr(why)}"/>`);
  }
  lines.push(`      <system-out>${xmlEscape(sanitizeForTerminal(`${result.verdict}: ${result.reason}`))}</system-out>`);
  lines.push('    </testcase>');
  return lines.join('\n');
}

export const junitReporter: Reporter = {
  render(report: RunReport) {
    const tests = report.results.length;
    const failures = report.results.filter((result) => result.failing === true).length;
    const skipped = report.results.filter((result) => !result.failing && isSkipped(result)).length;
    const counts = `tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds(report.durationMs)}"`;
    // JUnit's schema wants a local timestamp without zone or fraction.
    const timestamp = report.startedAt.replace(/(\.\d+)?(Z|[+-]\d\d:\d\d)$/, '');
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<testsuites name="citecheck" ${counts}>`,
      `  <testsuite name="${attr(`citecheck ${report.sources}`)}" ${counts} timestamp="${attr(timestamp)}">`,
      ...report.results.map((result) => testcase(result)),
      '  </testsuite>',
      '</testsuites>',
      '',
    ].join('\n');
  },
};
