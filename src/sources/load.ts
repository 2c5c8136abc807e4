// Loading the sources file: read, parse with locations, validate, and remember where each
// reference stands so every later message can point at its line.
import type { z } from 'zod';
import { CitecheckError } from '../errors.js';
import type { LocatedReference, SourcesFile } from '../types.js';
import { arrayItemOffsets, lineLocator, parseLocatedJson, zodIssuesToProblems } from './located-json.js';
import { duplicateIdIssues, sourcesFileSchema } from './schema.js';
import { installSchemaMessages } from '../schema-messages.js';
import { explainUnknownKeys } from './unknown-keys.js';

export interface LoadedSources {
  file: SourcesFile;
  references: LocatedReference[];
  /** The path as the user gave it: messages show it unchanged. */
  path: string;
}

function countProblems(count: number): string {
  return count === 1 ? '1 problem' : `${count} problems`;
}

/** Pure: the text of a sources file in, validated and located references out; throws CitecheckError. */
/**
 * `locateUrls` adds `location.url` (the line and column of each `url` value, for an editor to jump
 * to) from the same pass that finds each reference's brace.
 */
export function parseSources(text: string, file: string, options: { locateUrls?: boolean } = {}): LoadedSources {
  // Validation problems are said in citecheck's own words, whoever reads a sources file.
  installSchemaMessages();
  const parsed = parseLocatedJson(text, file);
  if (!parsed.ok) {
    throw new CitecheckError(
      'SOURCES_INVALID_JSON',
      `${file} is not valid JSON (${countProblems(parsed.problems.length)})`,
      parsed.problems,
      'fix the JSON syntax at the place shown (comments and trailing commas are not allowed)',
    );
  }
  const result = sourcesFileSchema.safeParse(parsed.json.value);
  const duplicates = duplicateIdIssues(parsed.json.value);
  if (!result.success || duplicates.length > 0) {
    const issues = [...explainUnknownKeys((result.error?.issues ?? []) as z.core.$ZodIssue[]), ...duplicates];
    // In file order, so the list reads top to bottom like the file.
    const problems = zodIssuesToProblems(issues, parsed.json, file).sort((a, b) => a.line - b.line || a.column - b.column);
    throw new CitecheckError(
      'SOURCES_SCHEMA',
      `${file} does not match the sources file schema (${countProblems(problems.length)})`,
      problems,
      'correct each field shown; the schema is schema/sources.schema.json',
    );
  }
  // Each reference's own brace, from one pass over the text: locate() would build a tree of the
  // whole file, about 4 KB per reference.
  const starts = arrayItemOffsets(text, 'references', 'url');
  const at = lineLocator(text);
  const references = result.data.references.map((reference, index): LocatedReference => {
    const offsets = starts[index];
    const { line, column } = offsets ? at(offsets.item) : parsed.json.locate(['references', index]);
    // Written out whole (not spread, not added to later): every field in the object itself.
    const location: LocatedReference['location'] =
      options.locateUrls && offsets?.property != null ? { file, line, column, url: at(offsets.property) } : { file, line, column };
    // Not `{ ...reference, location }`: V8 gives every object made by a spread plus a new key a
    // hidden class of its own (about 400 bytes each, 4 MB for 10,000 references).
    return Object.assign({}, reference, { location });
  });
  return { file: result.data, references, path: file };
}

export const SOURCES_HINT = 'create it with `citecheck extract DOCUMENT > sources.json` or pass its path';
