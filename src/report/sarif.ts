// SARIF 2.1.0, for code-scanning dashboards (GitHub code scanning, Azure DevOps, IDE viewers).
// One rule per verdict; verified and skipped references are not findings and are left out.
// partialFingerprints let a dashboard follow one finding across runs even when lines move.
import { createHash } from 'node:crypto';
import { VERDICTS, type CheckResult, type RunReport } from '../types.js';
import { fixLines, PLAIN_DIFF } from './details.js';
import type { Reporter } from './reporter.js';
import { oneLine } from './sanitize.js';
import { HOMEPAGE, VERDICT_DESCRIPTIONS, verdictHelpUri } from './verdict-info.js';

const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

export function fingerprint(result: CheckResult): string {
  return createHash('sha256').update(`${result.id}\n${result.url ?? ''}`).digest('hex');
}

/** SARIF wants a URI reference: forward slashes, and characters such as spaces percent-encoded. */
function artifactUri(file: string): string {
  return encodeURI(file.replace(/\\/g, '/'));
}

function sarifResult(result: CheckResult, pathOf: (file: string) => string) {
  const text = [oneLine(result.reason), oneLine(result.url), ...fixLines(result, PLAIN_DIFF)].filter(Boolean).join('\n');
  return {
    ruleId: `citecheck/${result.verdict}`,
    ruleIndex: VERDICTS.indexOf(result.verdict),
    level: result.failing ? 'error' : 'warning',
    message: { text },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(pathOf(result.location.file)) },
          region: { startLine: result.location.line, startColumn: result.location.column },
        },
      },
    ],
    partialFingerprints: { 'citecheck/v1': fingerprint(result) },
    // A live waiver is what SARIF calls an external suppression; an expired one is no longer one.
    ...(result.waiver && !result.waiver.expired
      ? { suppressions: [{ kind: 'external', justification: oneLine(result.waiver.reason) }] }
      : {}),
    ...sarifFix(result, pathOf),
    properties: { id: result.id, url: result.url, verdict: result.verdict, failing: result.failing === true },
  };
}

/** A verified archive capture as a SARIF fix: the url value in the sources file replaced by it. */
function sarifFix(result: CheckResult, pathOf: (file: string) => string) {
  const at = result.location.url;
  if (!result.fix || !at || result.url === null) return {};
  return {
    fixes: [
      {
        description: { text: `cite ${result.fix.url} (${result.fix.why})` },
        artifactChanges: [
          {
            artifactLocation: { uri: artifactUri(pathOf(result.location.file)) },
            replacements: [
              {
                deletedRegion: { startLine: at.line, startColumn: at.column, endLine: at.line, endColumn: at.column + JSON.stringify(result.url).length },
                insertedContent: { text: JSON.stringify(result.fix.url) },
              },
            ],
          },
        ],
      },
    ],
  };
}

export const sarifReporter: Reporter = {
  render(report: RunReport, ctx) {
    const pathOf = ctx.pathOf ?? ((file: string) => file);
    const log = {
      $schema: SARIF_SCHEMA,
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'citecheck',
              version: report.tool.version,
              informationUri: HOMEPAGE,
              rules: VERDICTS.map((verdict) => ({
                id: `citecheck/${verdict}`,
                name: verdict,
                shortDescription: { text: VERDICT_DESCRIPTIONS[verdict] },
                helpUri: verdictHelpUri(verdict),
              })),
            },
          },
          results: report.results
            .filter((result) => result.verdict !== 'verified' && result.verdict !== 'skipped')
            .map((result) => sarifResult(result, pathOf)),
        },
      ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
  },
};
