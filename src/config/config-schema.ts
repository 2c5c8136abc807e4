// citecheck.config.json as code. schema/config.schema.json is generated from configFileSchema and
// test/report/schema-drift.test.ts keeps the committed copy equal. Strict objects: a typo such as
// "hostIntervall" must stop the run with its line and column, never be silently ignored.
import { z } from 'zod';
import { REPORT_FORMATS } from '../report/formats.js';
import { VERDICTS } from '../types.js';

const positiveInt = (what: string) => z.number().int().min(1).meta({ description: what });
const nonNegativeInt = (what: string) => z.number().int().min(0).meta({ description: what });
const verdictList = z.array(z.enum(VERDICTS));

export const siteConfigSchema = z
  .strictObject({
    interval: nonNegativeInt('Minimum ms between two request starts to this site.').optional(),
    concurrency: positiveInt('Requests in flight to this site.').optional(),
    headers: z.record(z.string().min(1), z.string()).optional().meta({ description: 'Extra request headers for this site.' }),
    userAgent: z.string().min(1).optional().meta({ description: 'User-Agent for this site.' }),
    acceptStatuses: z
      .array(z.number().int().min(100).max(599))
      .optional()
      .meta({ description: 'HTTP statuses to treat as success for this site (e.g. a site answering 403 to every bot but serving the article).' }),
  })
  .meta({ title: 'Site', description: 'Overrides for one site (registrable domain) or host.' });

// A host name or IP address as it appears in a URL, without scheme, port or path.
const SITE_KEY = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$|^\[?[0-9a-f:.]+\]?$/i;

const WAIVER_TARGETS = ['id', 'url', 'site'] as const;

export const waiverRuleSchema = z
  .strictObject({
    id: z.string().min(1).optional().meta({ description: 'A reference id from the sources file.' }),
    url: z.url({ protocol: /^https?$/ }).optional().meta({ description: 'A cited URL, exactly as in the sources file.' }),
    site: z.string().min(1).optional().meta({ description: 'A site (registrable domain) or host: every reference there.' }),
    verdicts: verdictList.min(1).meta({ description: 'The verdicts this waiver accepts; others still count.' }),
    reason: z.string().min(1).meta({ description: 'Why the failure is accepted; shown in every report.' }),
    expires: z.iso
      .date({ error: 'must be a date written YYYY-MM-DD' })
      .optional()
      .meta({ description: 'From this day (YYYY-MM-DD) on the waiver no longer applies, and reports say it expired.' }),
  })
  .superRefine((rule, ctx) => {
    const given = WAIVER_TARGETS.filter((key) => rule[key] !== undefined);
    if (given.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: given.length > 1 ? [given[1]!] : [],
        message: `a waiver names exactly one of "id", "url" or "site" (found ${given.length === 0 ? 'none' : given.map((key) => `"${key}"`).join(' and ')})`,
      });
    }
  })
  .meta({ title: 'Waiver', description: 'Accept a known failure: the verdict stays, the run does not fail for it.' });

export const configFileSchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'Path or URL of this JSON Schema, for editors.' }),
    format: z.enum(REPORT_FORMATS).optional().meta({ description: 'Report format (--format).' }),
    output: z.string().min(1).optional().meta({ description: 'Write the report to this file (--output).' }),
    only: z.string().min(1).optional().meta({ description: 'Check only these reference ids, e.g. "3,5-7" (--only).' }),
    concurrency: positiveInt('Requests in flight in total (--concurrency).').optional(),
    hostInterval: nonNegativeInt('Minimum ms between two request starts to the same site (--host-interval).').optional(),
    hostConcurrency: positiveInt('Requests in flight to the same site (--host-concurrency).').optional(),
    timeout: positiveInt('Whole-request deadline per attempt, in ms (--timeout).').optional(),
    retries: nonNegativeInt('Extra attempts after a retryable failure (--retries).').optional(),
    maxBytes: positiveInt('Cap on a decoded response body, in bytes (--max-bytes).').optional(),
    userAgent: z.string().min(1).optional().meta({ description: 'User-Agent header (--user-agent).' }),
    titleThreshold: z.number().min(0).max(1).optional().meta({ description: 'Similarity at or above which titles match (--title-threshold).' }),
    dateTolerance: z.number().int().min(0).optional().meta({ description: 'Allowed difference in days between recorded and found date (--date-tolerance).' }),
    failOn: verdictList.optional().meta({ description: 'Verdicts that make the exit code 1 (--fail-on); [] for a report-only run.' }),
    ignoreRobots: z.boolean().optional().meta({ description: 'Do not read robots.txt (--ignore-robots).' }),
    allowPrivate: z.boolean().optional().meta({ description: 'Allow loopback, private and link-local addresses (--allow-private).' }),
    sites: z
      .record(z.string(), siteConfigSchema)
      // Checked key by key (not as a record key schema) so the message names the key and its line.
      .superRefine((sites, ctx) => {
        for (const key of Object.keys(sites)) {
          if (SITE_KEY.test(key)) continue;
          ctx.addIssue({ code: 'custom', path: [key], message: 'a site is a host name or registrable domain such as "koreatimes.co.kr", without scheme, port or path' });
        }
      })
      .optional()
      .meta({
      description: 'Per-site overrides, keyed by a registrable domain ("koreatimes.co.kr") or a host.',
    }),
    waivers: z.array(waiverRuleSchema).optional().meta({ description: 'Known failures that do not fail the run.' }),
    outlets: z
      .record(z.string().min(1), z.string().min(1))
      .optional()
      .meta({ description: 'For citecheck resolve: outlet name → its site, e.g. {"The Korea Times": "koreatimes.co.kr"}; searched with the general URL shapes unless the shipped table knows the site.' }),
  })
  .meta({ title: 'citecheck config file', description: 'Defaults for citecheck check (citecheck.config.json).' });

/** The JSON Schema (draft 2020-12) committed at schema/config.schema.json. */
export function configJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(configFileSchema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'throw',
    // The "exactly one of id/url/site" refinement has no automatic translation; say it for editors.
    override(ctx) {
      if (ctx.zodSchema === waiverRuleSchema) {
        ctx.jsonSchema.oneOf = WAIVER_TARGETS.map((key) => ({ properties: { [key]: true }, required: [key] }));
      }
    },
  }) as Record<string, unknown>;
}
