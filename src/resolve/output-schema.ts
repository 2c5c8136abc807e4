// `citecheck resolve --format json` as code. schema/resolve.schema.json is generated from it and
// test/resolve/schema-drift.test.ts keeps the committed copy equal.
import { z } from 'zod';

export const proposalSchema = z
  .strictObject({
    id: z.string().min(1).meta({ description: 'The reference id in the sources file.' }),
    url: z.string().min(1).meta({ description: "The proposed URL: the article's own address, also when only its capture verified." }),
    verified: z.boolean().meta({ description: 'True when the headline and date were checked on the page (live) or its capture.' }),
    via: z.enum(['live', 'archive']).meta({ description: 'Where the verification (or the evidence) came from.' }),
    capture: z.string().nullable().meta({ description: 'The archive capture that was read, when one was.' }),
    score: z.number().min(0).max(1).meta({ description: 'How well the slug and captured headline match the citation, 0..1.' }),
  })
  .meta({ title: 'Proposal', description: 'A URL proposed for a reference that has none.' });

export const resolveOutputSchema = z
  .strictObject({ proposals: z.array(proposalSchema) })
  .meta({ title: 'citecheck resolve report', description: 'Output of citecheck resolve --format json.' });

export type ResolveOutput = z.output<typeof resolveOutputSchema>;

export function resolveJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(resolveOutputSchema, { target: 'draft-2020-12', io: 'output', unrepresentable: 'throw' }) as Record<string, unknown>;
}
