// The `$schema` that `extract` writes. Its output is redirected into a file in the working folder
// (`citecheck extract notes.md > sources.json`), so the address is relative to that folder.
import { isAbsolute, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SOURCES_SCHEMA_REF } from './footnotes.js';

/** This package's own schema file: src/sources/ and dist/sources/ both sit two folders below it. */
const PACKAGE_SCHEMA = fileURLToPath(new URL('../../schema/sources.schema.json', import.meta.url));

/**
 * `./schema/sources.schema.json` inside a checkout of citecheck itself (its own sources.json);
 * everywhere else the path an npm install gives, `./node_modules/citecheck/schema/...`. A path
 * through node_modules is not used as found: pnpm's store or a global install would pin a version
 * folder or a machine's layout into a file that is committed and shared.
 */
export function schemaRefFor(folder: string, schemaFile: string = PACKAGE_SCHEMA): string {
  const path = relative(folder, schemaFile).split(sep).join('/');
  if (path === '' || path.startsWith('../') || isAbsolute(path) || path.split('/').includes('node_modules')) return SOURCES_SCHEMA_REF;
  return `./${path}`;
}
