// The JSON report as code. schema/report.schema.json is generated from runReportSchema and
// test/report/schema-drift.test.ts keeps the committed copy equal. Objects are strict so that a
// reporter emitting a field the schema does not document fails the tests instead of drifting.
import { z } from 'zod';
import { FETCH_ERROR_CODES, VERDICTS, type RunReport } from '../types.js';

const count = z.number().int().nonnegative();
const verdict = z.enum(VERDICTS);
const dateKind = z.enum(['published', 'modified', 'visible-text', 'url']);

const lineColumn = z.strictObject({ line: z.number().int().min(1), column: z.number().int().min(1) });

const locationSchema = z.strictObject({
  file: z.string(),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  url: lineColumn.optional().meta({ description: "Line and column (1-based) of the reference's url value." }),
});

const redirectHopSchema = z.strictObject({
  status: z.number().int().min(300).max(399),
  url: z.string(),
  location: z.string(),
});

const httpSchema = z.strictObject({
  status: z.number().int().min(100).max(599).nullable(),
  redirects: z.array(redirectHopSchema).meta({ description: 'Every hop, temporary and permanent, in order.' }),
  attempts: count,
  durationMs: z.number().nonnegative(),
  contentType: z.string().nullable(),
  error: z.enum(FETCH_ERROR_CODES).nullable().meta({ description: 'null, or a stable code a script can branch on.' }),
  detail: z.string().nullable().optional().meta({ description: 'Human-readable detail: errno, TLS reason, what the site asked for.' }),
  retryAfterMs: z.number().nonnegative().nullable().optional().meta({ description: 'Retry-After the site sent, in ms.' }),
});

const titleSchema = z.strictObject({
  expected: z.string(),
  found: z.string().nullable().meta({ description: 'null when no title was read.' }),
  source: z.string().nullable(),
  similarity: z.number().min(0).max(1).nullable(),
  match: z.boolean().nullable().meta({ description: 'null when not compared.' }),
  diff: z.array(z.strictObject({ op: z.enum(['equal', 'removed', 'added']), text: z.string() })).optional(),
  candidates: z
    .array(z.strictObject({ value: z.string(), source: z.string(), strong: z.boolean().optional() }))
    .optional()
    .meta({ description: 'Every headline candidate the page offered; strong ones can confirm or contradict the citation.' }),
});

const dateCandidateSchema = z.strictObject({
  value: z.string(),
  datetime: z.string().nullable().optional(),
  source: z.string(),
  kind: dateKind,
  where: z.enum(['metadata', 'article', 'page', 'url']).optional(),
  strong: z.boolean().optional().meta({ description: 'The page speaking of itself (metadata, a labelled or headline date), not a passing mention.' }),
});

const dateSchema = z.strictObject({
  expected: z.string().nullable(),
  found: z.string().nullable().meta({ description: "The calendar date as the page states it, in the page's own time zone." }),
  source: z.string().nullable(),
  kind: dateKind.nullable().optional(),
  deltaDays: z.number().nullable(),
  match: z.boolean().nullable().meta({ description: 'null when not compared.' }),
  candidates: z
    .array(dateCandidateSchema)
    .optional()
    .meta({ description: 'Every date the page offered; dates of other stories it lists are never among them.' }),
});

const waiverSchema = z.strictObject({
  reason: z.string(),
  expires: z.string().optional(),
  expired: z.boolean().meta({ description: 'An expired waiver no longer applies: the result fails as if unwaived.' }),
});

const alternateResultSchema = z.strictObject({
  url: z.string(),
  relation: z.enum(['mirror', 'syndication', 'archive']),
  verdict,
  reason: z.string(),
  finalUrl: z.string().nullable(),
});

export const checkResultSchema = z.strictObject({
  id: z.string().min(1),
  verdict,
  reason: z.string(),
  location: locationSchema,
  outlet: z.string().optional(),
  url: z.string().nullable(),
  finalUrl: z.string().nullable(),
  suggestedUrl: z.string().nullable().optional().meta({ description: 'For moved: the URL to put in the citation.' }),
  http: httpSchema.nullable().meta({ description: 'null when nothing was requested (skipped).' }),
  title: titleSchema,
  date: dateSchema,
  waiver: waiverSchema.optional(),
  via: z
    .strictObject({ relation: z.enum(['mirror', 'syndication', 'archive']), url: z.string() })
    .optional()
    .meta({ description: 'The alternate that carried the verdict, for a reference without a URL of its own.' }),
  fix: z
    .strictObject({ url: z.string(), why: z.string() })
    .optional()
    .meta({ description: 'A replacement URL the report proposes: an alternate copy, or an archive capture, whose headline and date verified where the cited URL does not.' }),
  alternates: z
    .array(alternateResultSchema)
    .optional()
    .meta({ description: 'Other copies of the text, checked when the cited URL itself did not verify.' }),
  failing: z.boolean().optional().meta({ description: 'True when this result counts for exit code 1.' }),
  cached: z
    .enum(['not-modified', 'max-age'])
    .optional()
    .meta({ description: 'With --state: not-modified (a 304 reused the stored reading) or max-age (no request was made).' }),
  pending: z
    .strictObject({ seen: count, needed: count, since: z.iso.datetime({ offset: true }) })
    .optional()
    .meta({ description: '--confirm holds this result back: seen failing `seen` of `needed` times since `since`; not counted for the exit code.' }),
  archive: z
    .strictObject({ url: z.string(), timestamp: z.string(), verdict, title: z.string().nullable(), date: z.string().nullable() })
    .optional()
    .meta({ description: '--archive: the capture of the page that was checked, and its verdict.' }),
  drift: z.boolean().optional().meta({ description: "With --state: the article text's fingerprint differs from the last stored one; no verdict changes because of it." }),
});

export const runSummarySchema = z.strictObject({
  total: count,
  verdicts: z.partialRecord(verdict, count),
  exitCode: z.number().int().min(0).max(3),
  slowedSites: z.array(z.strictObject({ site: z.string(), reason: z.string() })).optional(),
  networkUnavailable: z.boolean().optional(),
  waived: count.optional().meta({ description: 'Results a live waiver covers.' }),
  pending: count.optional().meta({ description: 'Results --confirm holds back.' }),
});

export const runOptionsSchema = z
  .strictObject({
    failOn: z.array(verdict),
    titleThreshold: z.number().min(0).max(1),
    dateTolerance: count,
    hostInterval: count.meta({ description: 'In ms.' }),
    hostConcurrency: count,
    timeout: count.meta({ description: 'In ms.' }),
    retries: count,
    config: z.string().nullable().meta({ description: "The config file's path, or null when none was read." }),
    state: z.string().nullable().meta({ description: "The state file's path, or null." }),
    headers: z.array(z.string()).optional().meta({ description: '--header names, each as "Name: ***"; a value is never printed.' }),
  })
  .meta({ description: 'What the run used.' });

export const runReportSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    tool: z.strictObject({ name: z.literal('citecheck'), version: z.string() }),
    sources: z.string(),
    startedAt: z.iso.datetime({ offset: true }),
    durationMs: z.number().nonnegative(),
    options: runOptionsSchema.optional(),
    summary: runSummarySchema,
    results: z.array(checkResultSchema).meta({ description: 'In the order of the sources file, skipped ones included.' }),
  })
  .meta({ title: 'citecheck report', description: 'The output of citecheck --format json (schemaVersion 1).' });

/** The ndjson stream's last line. */
export const ndjsonEndSchema = z.strictObject({ summary: runSummarySchema });

// Compile-time guard: every RunReport the pipeline can build is accepted by the schema.
type Accepts<Schema, Value> = Value extends Schema ? true : never;
export const reportTypesAgree: Accepts<z.input<typeof runReportSchema>, RunReport> = true;

export function reportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(runReportSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
