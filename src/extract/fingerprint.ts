// The article text's fingerprint (--state `drift`): notices an article rewritten under the same
// headline. Whitespace and case are folded so re-rendering the same words is not a change.

/** node:crypto when first needed: `inspect` computes no fingerprint, and loading it cost ~5 ms a thread. */
const crypto = () => process.getBuiltinModule('node:crypto');

/** `sha256:` and 128 bits of SHA-256 of the folded text: plenty to notice a rewrite. */
export function textFingerprint(text: string): string {
  const folded = text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  return `sha256:${crypto().createHash('sha256').update(folded).digest('hex').slice(0, 32)}`;
}

/** The fingerprint of a page's paragraph text, null when it has none (a landing page, a PDF). */
export function articleFingerprint(parts: readonly string[]): string | null {
  const text = parts.join('');
  return /\S/.test(text) ? textFingerprint(text) : null;
}
