import type { Readable } from 'node:stream';

/**
 * A small answer's whole body (an index's JSON, an issuer's certificate), or null once it passes
 * `maxBytes`: reading stops there and the body is destroyed. Page bodies go through read-body.ts,
 * which also decodes and sniffs them.
 */
export async function readCapped(body: Readable, maxBytes: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) {
      body.destroy();
      return null;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
