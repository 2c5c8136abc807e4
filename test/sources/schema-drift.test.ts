// The committed schema/sources.schema.json must be exactly what the code's schema generates.
// After changing src/sources/schema.ts: UPDATE_SCHEMAS=1 npx vitest run test/sources/schema-drift.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { sourcesJsonSchema } from '../../src/sources/schema.js';

const schemaPath = fileURLToPath(new URL('../../schema/sources.schema.json', import.meta.url));
const sourcesPath = fileURLToPath(new URL('../../sources.json', import.meta.url));
const generated = `${JSON.stringify(sourcesJsonSchema(), null, 2)}\n`;

describe('schema/sources.schema.json', () => {
  it('equals the schema generated from src/sources/schema.ts (UPDATE_SCHEMAS=1 rewrites it)', () => {
    if (process.env.UPDATE_SCHEMAS === '1') writeFileSync(schemaPath, generated);
    expect(readFileSync(schemaPath, 'utf8')).toBe(generated);
  });

  it('is a valid draft 2020-12 schema that accepts the committed sources.json and rejects a typo', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    ajv.addFormat('uri', true);
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
    const sources = JSON.parse(readFileSync(sourcesPath, 'utf8')) as { references: Record<string, unknown>[] };
    expect(validate(sources), JSON.stringify(validate.errors)).toBe(true);

    sources.references[0]!.tittle = 'typo';
    expect(validate(sources)).toBe(false);
    expect(validate.errors?.[0]?.keyword).toBe('additionalProperties');
  });
});
