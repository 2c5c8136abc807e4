// Reads citecheck.config.json (or --config FILE). A broken config is treated like a broken sources
// file: every problem located by line, column and JSON path, and nothing fetched.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { z } from 'zod';
import { CitecheckError } from '../errors.js';
import { shownPath, unreadableReason } from '../read-user-file.js';
import { parseLocatedJson, zodIssuesToProblems } from '../sources/located-json.js';
import { explainUnknownKeys } from '../sources/unknown-keys.js';
import { installSchemaMessages } from '../schema-messages.js';
import { configFileSchema, siteConfigSchema, waiverRuleSchema } from './config-schema.js';
import type { CitecheckConfig } from './index.js';

export const DEFAULT_CONFIG_FILE = 'citecheck.config.json';

// Keep the parsed config assignable to the contract type the CLI codes against.
type Assignable<T extends CitecheckConfig> = T;
export type ParsedConfig = Assignable<z.output<typeof configFileSchema>>;

/** The keys allowed at a path of the config file, for "did you mean" on a typo. */
function configKeysAt(path: readonly PropertyKey[]): string[] {
  if (path.length === 0) return Object.keys(configFileSchema.shape);
  if (path[0] === 'sites' && path.length === 2) return Object.keys(siteConfigSchema.shape);
  if (path[0] === 'waivers' && path.length === 2) return Object.keys(waiverRuleSchema.shape);
  return [];
}

/**
 * --config FILE, or else the first citecheck.config.json found in `searchFolders` (the sources
 * file's folder, then the working folder: a project's config travels with its sources file).
 */
export async function loadConfig(
  explicitPath: string | undefined,
  cwd: string,
  searchFolders: readonly string[] = [cwd],
): Promise<{ config: CitecheckConfig; path: string | null }> {
  const candidates = explicitPath !== undefined
    ? [resolve(cwd, explicitPath)]
    : [...new Set(searchFolders.map((folder) => resolve(cwd, folder, DEFAULT_CONFIG_FILE)))];
  let path = candidates[0]!;
  let text: string | undefined;
  for (const candidate of candidates) {
    path = candidate;
    try {
      text = await readFile(candidate, 'utf8');
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (explicitPath === undefined && code === 'ENOENT') continue;
      throw new CitecheckError('CONFIG_NOT_FOUND', `cannot read config file ${shownPath(candidate, cwd)}: ${unreadableReason(error)}`, [], 'check the path given to --config');
    }
  }
  if (text === undefined) return { config: {}, path: null };
  const file = shownPath(path, cwd);
  const parsed = parseLocatedJson(text, file);
  if (!parsed.ok) throw new CitecheckError('CONFIG_INVALID_JSON', `config file ${file} is not valid JSON`, parsed.problems);
  installSchemaMessages();
  const checked = configFileSchema.safeParse(parsed.json.value);
  if (!checked.success) {
    // Read top to bottom, as the file is.
    const problems = zodIssuesToProblems(explainUnknownKeys(checked.error.issues, configKeysAt), parsed.json, file).sort(
      (a, b) => a.line - b.line || a.column - b.column,
    );
    throw new CitecheckError(
      'CONFIG_SCHEMA',
      `config file ${file} does not follow the config schema`,
      problems,
      'see schema/config.schema.json (add "$schema" to the file for editor completion)',
    );
  }
  return { config: checked.data, path };
}
