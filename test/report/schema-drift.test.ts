// The committed schema/report.schema.json and schema/config.schema.json must be exactly what the
// code's zod schemas generate. After changing src/report/report-schema.ts or
// src/config/config-schema.ts: UPDATE_SCHEMAS=1 npx vitest run test/report/schema-drift.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { configJsonSchema } from '../../src/config/config-schema.js';
import { reportJsonSchema } from '../../src/report/report-schema.js';
import { readSchema, strictAjv } from './ajv.js';

const committed = [
  { name: 'report', file: '../../schema/report.schema.json', generate: reportJsonSchema },
  { name: 'config', file: '../../schema/config.schema.json', generate: configJsonSchema },
] as const;

describe.each(committed)('schema/$name.schema.json', ({ file, generate }) => {
  const path = fileURLToPath(new URL(file, import.meta.url));
  const generated = `${JSON.stringify(generate(), null, 2)}\n`;

  it('equals the schema generated from the code (UPDATE_SCHEMAS=1 rewrites it)', () => {
    if (process.env.UPDATE_SCHEMAS === '1') writeFileSync(path, generated);
    expect(readFileSync(path, 'utf8')).toBe(generated);
  });

  it('compiles as a strict draft 2020-12 schema', () => {
    expect(() => strictAjv().compile(JSON.parse(readFileSync(path, 'utf8')) as object)).not.toThrow();
  });
});

describe('schema/config.schema.json for editors', () => {
  it('accepts a full config and rejects a typo and a waiver naming two targets', () => {
    const validate = strictAjv().compile(readSchema('config'));
    const config = {
      $schema: './schema/config.schema.json',
      format: 'json',
      hostInterval: 2000,
      failOn: ['dead', 'error'],
      sites: { 'koreatimes.co.kr': { interval: 5000, headers: { 'Accept-Language': 'en' }, acceptStatuses: [403] } },
      waivers: [{ site: 'koreatimes.co.kr', verdicts: ['blocked'], reason: 'bot wall', expires: '2026-06-01' }],
    };
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...config, hostIntervall: 1 })).toBe(false);
    expect(validate({ ...config, waivers: [{ id: '3', site: 'x.org', verdicts: ['dead'], reason: 'r' }] })).toBe(false);
    expect(validate({ ...config, waivers: [{ verdicts: ['dead'], reason: 'r' }] })).toBe(false);
  });
});
