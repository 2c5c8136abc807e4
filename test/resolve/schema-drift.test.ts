// The committed schema/resolve.schema.json must be exactly what src/resolve/output-schema.ts
// generates. After changing it: UPDATE_SCHEMAS=1 npx vitest run test/resolve/schema-drift.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveJsonSchema, resolveOutputSchema } from '../../src/resolve/output-schema.js';
import type { Proposal } from '../../src/resolve/index.js';
import { strictAjv } from '../report/ajv.js';

const path = fileURLToPath(new URL('../../schema/resolve.schema.json', import.meta.url));

describe('schema/resolve.schema.json', () => {
  const generated = `${JSON.stringify(resolveJsonSchema(), null, 2)}\n`;

  it('equals the schema generated from the code (UPDATE_SCHEMAS=1 rewrites it)', () => {
    if (process.env.UPDATE_SCHEMAS === '1') writeFileSync(path, generated);
    expect(readFileSync(path, 'utf8')).toBe(generated);
  });

  it("accepts resolveReference's proposals and rejects a bad via or a missing field", () => {
    const validate = strictAjv().compile(JSON.parse(readFileSync(path, 'utf8')) as object);
    const proposal: Proposal = {
      id: '18',
      url: 'https://www.aljazeera.com/news/2024/11/16/us-south-korea-and-japan-slam-dangerous-ties',
      verified: true,
      via: 'archive',
      capture: 'https://web.archive.org/web/20241116083012/https://www.aljazeera.com/news/2024/11/16/us-south-korea-and-japan-slam-dangerous-ties',
      score: 0.97,
    };
    expect(validate({ proposals: [proposal] }), JSON.stringify(validate.errors)).toBe(true);
    expect(resolveOutputSchema.safeParse({ proposals: [proposal] }).success).toBe(true);
    expect(validate({ proposals: [{ ...proposal, via: 'wayback' }] })).toBe(false);
    const { capture: _, ...withoutCapture } = proposal;
    expect(validate({ proposals: [withoutCapture] })).toBe(false);
    expect(validate({ proposals: [], extra: 1 })).toBe(false);
  });
});
