/** URL slug: lowercase ASCII letters and digits joined by single dashes ("Le Météor" -> "le-meteor"). */
export function slugify(text: string, maxLength = 64): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ3789';

/**
 * A short, stable, pretalx-style code derived from text (FNV-1a), for records imported without
 * one. Not a secret and not collision-proof: callers that need uniqueness must check.
 */
export function stableCode(text: string, length = 6): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  let code = '';
  let n = h1 * 0x100000000 + h2;
  for (let i = 0; i < length; i++) {
    code += CODE_ALPHABET[n % CODE_ALPHABET.length];
    n = Math.floor(n / CODE_ALPHABET.length);
  }
  return code;
}
