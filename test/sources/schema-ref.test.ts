import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { schemaRefFor } from '../../src/sources/schema-ref.js';

const NPM = './node_modules/citecheck/schema/sources.schema.json';

describe('the $schema extract writes', () => {
  it('in a checkout of citecheck: the repository schema beside its sources.json', () => {
    expect(schemaRefFor(fileURLToPath(new URL('../..', import.meta.url)))).toBe('./schema/sources.schema.json');
  });

  it('in a project with citecheck installed: where npm puts it', () => {
    expect(schemaRefFor('/home/a/project', '/home/a/project/node_modules/citecheck/schema/sources.schema.json')).toBe(NPM);
  });

  it('never a path out of the folder, through a pnpm store or into a global install', () => {
    expect(schemaRefFor('/home/a/project/docs', '/home/a/project/node_modules/citecheck/schema/sources.schema.json')).toBe(NPM);
    expect(schemaRefFor('/home/a/p', '/home/a/p/node_modules/.pnpm/citecheck@1.1.0/node_modules/citecheck/schema/sources.schema.json')).toBe(NPM);
    expect(schemaRefFor('/home/a/p', '/usr/lib/node_modules/citecheck/schema/sources.schema.json')).toBe(NPM);
    expect(schemaRefFor('/home/a/p', join('/home/a/p', 'vendor/citecheck/schema/sources.schema.json'))).toBe('./vendor/citecheck/schema/sources.schema.json');
  });
});
