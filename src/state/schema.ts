// The state file (citecheck.state.json) as code. schema/state.schema.json is generated from
// stateFileSchema and test/state/schema-drift.test.ts keeps the committed copy equal.
// Strict objects: a file that is not ours (or was edited into something else) is refused, never
// silently rewritten, because it is meant to live in git beside the sources file.
import { z } from 'zod';
import { VERDICTS } from '../types.js';

export const STATE_VERSION = 1;
export const STATE_SCHEMA_REF = './node_modules/citecheck/schema/state.schema.json';
/** Observations kept per reference, newest last. */
export const MAX_OBSERVATIONS = 20;

const observationSchema = z
  .strictObject({
    at: z.iso.datetime({ offset: true }).meta({ description: 'When the reference was checked (ISO 8601).' }),
    verdict: z.enum(VERDICTS).meta({ description: 'The verdict of that check.' }),
    status: z.number().int().min(100).max(599).nullable().meta({ description: 'The last HTTP status, null when no response came.' }),
    title: z.string().nullable().meta({ description: 'The headline found on the page, null when none was read.' }),
    date: z.string().nullable().meta({ description: 'The date found on the page (YYYY-MM-DD or coarser), null when none.' }),
    fingerprint: z
      .string()
      .nullable()
      .meta({ description: "A hash of the article's text, to notice an article rewritten under the same headline; null when no text was read." }),
  })
  .meta({ title: 'Observation', description: 'One check of one reference.' });

const validatorsSchema = z
  .strictObject({
    etag: z.string().nullable().meta({ description: 'The ETag of the last page read, sent back as If-None-Match.' }),
    lastModified: z.string().nullable().meta({ description: 'The Last-Modified of the last page read, sent back as If-Modified-Since.' }),
  })
  .meta({ title: 'Validators', description: 'HTTP validators of the last page read.' });

const stateEntrySchema = z
  .strictObject({
    id: z.string().min(1).meta({ description: 'The reference id in the sources file.' }),
    url: z.string().min(1).meta({ description: 'The URL the history belongs to; a reference whose URL changes starts a new history.' }),
    validators: validatorsSchema,
    observations: z.array(observationSchema).max(MAX_OBSERVATIONS).meta({ description: `Checks of this URL, oldest first, at most ${MAX_OBSERVATIONS}.` }),
  })
  .meta({ title: 'Reference state', description: 'What citecheck remembers of one reference between runs.' });

// An array, not an object keyed by id: JavaScript orders integer-like keys numerically, so an
// object could not keep the sources file's order that makes the file's git diffs readable.
export const stateFileSchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'Path or URL of this JSON Schema, for editors.' }),
    stateVersion: z.literal(STATE_VERSION).meta({ description: 'The format version; a newer one is refused by an older citecheck.' }),
    references: z
      .array(stateEntrySchema)
      .superRefine((entries, ctx) => {
        const seen = new Set<string>();
        entries.forEach((entry, index) => {
          if (seen.has(entry.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `id "${entry.id}" appears twice` });
          seen.add(entry.id);
        });
      })
      .meta({ description: "One entry per reference, in the sources file's order." }),
  })
  .meta({ title: 'citecheck state file', description: 'The memory of citecheck check --state between runs (citecheck.state.json).' });

export type Observation = z.output<typeof observationSchema>;
export type Validators = z.output<typeof validatorsSchema>;
/** One reference's memory, as stored (with its id). */
export type StateRecord = z.output<typeof stateEntrySchema>;
/** One reference's memory in a run. */
export type StateEntry = Omit<StateRecord, 'id'>;
export type StateFile = z.output<typeof stateFileSchema>;

/** The state in a run: entries by reference id, in the order they will be written. */
export interface State {
  schemaRef: string;
  entries: Map<string, StateEntry>;
}

/** The JSON Schema (draft 2020-12) committed at schema/state.schema.json. */
export function stateJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(stateFileSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' }) as Record<string, unknown>;
}
