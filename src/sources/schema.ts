// The sources file as code. schema/sources.schema.json is generated from this (sourcesJsonSchema)
// and test/sources/schema-drift.test.ts keeps the committed copy equal, so editors and the loader
// never disagree. Objects are strict: a typo such as "tittle" must stop the run, not be ignored.
import { z } from 'zod';
import type { SourcesFile } from '../types.js';
import { isCalendarDate, PRINTED_DATE_PATTERN } from './dates.js';

/** Message for a missing key or a value of the wrong type, saying what to write instead. */
function expected(what: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? `is required: ${what}` : `must be ${what}`);
}

const HTTP_URL_PATTERN = '^[Hh][Tt][Tt][Pp][Ss]?://';

function httpUrl(message: string) {
  return z
    .url({
      protocol: /^https?$/,
      error: (issue) => (issue.input === undefined ? `is required: ${message.replace(/^must be /, '')}` : message),
    })
    .meta({ pattern: HTTP_URL_PATTERN });
}

function nonEmpty(what: string) {
  return z.string({ error: expected(what) }).min(1, { error: `must not be empty: ${what}` });
}

const printedDate = z
  .string({ error: expected('a date written YYYY, YYYY-MM or YYYY-MM-DD') })
  .regex(PRINTED_DATE_PATTERN, {
    error: 'must be written YYYY, YYYY-MM or YYYY-MM-DD (e.g. "2024-11-20", "2024-11" or "2024")',
    abort: true,
  })
  .refine(isCalendarDate, { error: 'is not a real calendar date (check the day against the month)' });

const volumeOrIssue = (what: string) =>
  z.union([z.string().min(1), z.number().int().min(0)], { error: `must be ${what} as a string or an integer, e.g. 31 or "31a"` });

export const alternateSchema = z
  .strictObject({
    url: httpUrl('must be an absolute http: or https: URL of another copy of the text').meta({
      description: 'Where the other copy is.',
    }),
    relation: z.enum(['mirror', 'syndication', 'archive'], {
      error: 'must be "mirror", "syndication" or "archive"',
    }).meta({
      description: 'mirror: the same page on another host; syndication: the same story republished by another outlet; archive: a web-archive snapshot.',
    }),
  })
  .meta({ title: 'Alternate', description: 'Another copy of the same text: not the cited page, but where it can also be read.' });

export const referenceSchema = z
  .strictObject({
    id: nonEmpty('a non-empty string, unique in the file (e.g. the footnote number "3")').meta({
      description: 'Unique in the file; for a commentary, the footnote number.',
    }),
    authors: z.array(nonEmpty('an author name'), { error: expected('an array of author names ([] when there is no byline)') }).meta({
      description: 'Author names as printed; [] when there is no byline.',
    }),
    title: nonEmpty('the title as the citation prints it, without the surrounding quotes').meta({
      description: 'The title as the citation prints it, without the surrounding quotes.',
    }),
    outlet: nonEmpty('the name of the publication, e.g. "The Korea Times"').meta({
      description: 'The publication (newspaper, agency, journal).',
    }),
    date: printedDate.optional().meta({
      description: 'The date the outlet printed: YYYY, YYYY-MM or YYYY-MM-DD; a coarser date is compared at its own precision.',
    }),
    url: httpUrl('must be an absolute http: or https: URL, or null when unknown')
      .nullable()
      .meta({ description: 'The cited page; null when unknown. Never invented.' }),
    alternates: z.array(alternateSchema, { error: expected('an array of { url, relation } objects') }).optional().meta({
      description: 'Other copies of the same text (mirror, syndication, archive).',
    }),
    volume: volumeOrIssue('the volume').optional().meta({ description: 'Journal volume.' }),
    issue: volumeOrIssue('the issue number').optional().meta({ description: 'Journal issue.' }),
    pages: nonEmpty('the page range as printed, e.g. "31–59"').optional().meta({ description: 'Page range as printed, e.g. "31–59".' }),
    doi: z
      .string({ error: expected('a DOI such as "10.1000/xyz123"') })
      .regex(/^10\.\d{4,9}\/\S+$/, { error: 'must be a DOI such as "10.1000/xyz123" (no "https://doi.org/" prefix)' })
      .optional()
      .meta({ description: 'Digital Object Identifier, e.g. 10.1000/xyz123.' }),
  })
  .meta({ title: 'Reference', description: 'One cited work.' });

export const documentSchema = z
  .strictObject({
    title: nonEmpty('the title of the document').optional().meta({ description: 'Title of the document.' }),
    author: nonEmpty('the author of the document').optional().meta({ description: 'Author of the document.' }),
    publisher: nonEmpty('the publisher of the document').optional().meta({ description: 'Publisher of the document.' }),
    date: printedDate.optional().meta({ description: 'Publication date of the document: YYYY, YYYY-MM or YYYY-MM-DD.' }),
  })
  .meta({ title: 'Document', description: 'The work whose references these are.' });

export const sourcesFileSchema = z
  .strictObject({
    $schema: z.string({ error: expected('a path or URL of the JSON Schema') }).optional().meta({
      description: 'Path or URL of this JSON Schema, for editors.',
    }),
    document: documentSchema.optional(),
    references: z.array(referenceSchema, { error: expected('an array of references') }).meta({
      description: 'The cited works, in the order of the document.',
    }),
  })
  .meta({
    title: 'citecheck sources file',
    description: 'The references of a written work, for citecheck to check.',
  });

/**
 * Ids must be unique. Checked on the raw JSON, apart from the schema, because zod skips a
 * refinement when any other part of the file fails, and every problem must be shown at once.
 */
export function duplicateIdIssues(value: unknown): z.core.$ZodIssue[] {
  const references = (value as { references?: unknown })?.references;
  if (!Array.isArray(references)) return [];
  const firstIndex = new Map<string, number>();
  const issues: z.core.$ZodIssue[] = [];
  references.forEach((reference: unknown, index) => {
    const id = (reference as { id?: unknown })?.id;
    if (typeof id !== 'string' || id === '') return;
    const earlier = firstIndex.get(id);
    if (earlier === undefined) firstIndex.set(id, index);
    else {
      issues.push({
        code: 'custom',
        path: ['references', index, 'id'],
        message: `duplicate id "${id}" (already used by references[${earlier}]): ids must be unique`,
        input: id,
      } as z.core.$ZodIssue);
    }
  });
  return issues;
}

// The schema's output must stay assignable to the pipeline's contract type.
type Assignable<T extends SourcesFile> = T;
export type ParsedSourcesFile = Assignable<z.output<typeof sourcesFileSchema>>;

/** The JSON Schema (draft 2020-12) committed at schema/sources.schema.json. */
export function sourcesJsonSchema(): object {
  return z.toJSONSchema(sourcesFileSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'throw' });
}
