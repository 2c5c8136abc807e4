// --help and --version load the CLI, which loads these modules: they must not pull in the network
// or HTML stacks (undici, cheerio, htmlparser2). Only `import type` may reach into fetch/.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../src/', import.meta.url));
const files = [
  ...readdirSync(`${src}report`).map((name) => `report/${name}`),
  ...readdirSync(`${src}config`).map((name) => `config/${name}`),
  'cli/color.ts',
  'cli/progress.ts',
  'cli/write-output.ts',
];
const ALLOWED_PACKAGES = new Set(['chalk', 'zod', 'jsonc-parser']);
const ALLOWED_LOCAL = /^(report|config)\/|^cli\/color\.ts$|^types\.ts$|^errors\.ts$|^read-user-file\.ts$|^schema-messages\.ts$|^write-atomic\.ts$|^draft-dates\.ts$|^calendar\.ts$|^sources\/(located-json|unknown-keys|schema|dates)\.ts$/;

function valueImports(file: string): string[] {
  const text = readFileSync(`${src}${file}`, 'utf8');
  const specifiers: string[] = [];
  for (const match of text.matchAll(/^(?:import|export)\s+(type\s+)?[^'"]*?from\s+'([^']+)'/gm)) {
    if (!match[1]) specifiers.push(match[2]!);
  }
  return specifiers;
}

describe('modules loaded at start-up stay light', () => {
  it.each(files)('%s', (file) => {
    for (const specifier of valueImports(file)) {
      if (specifier.startsWith('node:')) continue;
      if (!specifier.startsWith('.')) {
        expect(ALLOWED_PACKAGES, `${file} imports ${specifier}`).toContain(specifier);
        continue;
      }
      const resolved = new URL(specifier.replace(/\.js$/, '.ts'), `file:///${file}`).pathname.slice(1);
      expect(resolved, `${file} imports ${specifier}`).toMatch(ALLOWED_LOCAL);
    }
  });
});
