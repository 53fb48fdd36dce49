import { toBase64url } from '../tickets/base64url';

/** pretalx's code alphabet: capitals and digits without look-alikes (0/O, 1/I, 2/Z...). */
const STABLE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ3789';

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
    code += STABLE_ALPHABET[n % STABLE_ALPHABET.length];
    n = Math.floor(n / STABLE_ALPHABET.length);
  }
  return code;
}

/** 32 capitals and digits without 0/O and 1/I: a random byte modulo 32 favours none of them. */
const RANDOM_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/**
 * A fresh random code for a session or speaker made in the console, six characters like
 * pretalx's. Not a secret (30 bits): callers check it is free.
 */
export function randomCode(length = 6): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => RANDOM_ALPHABET[b % RANDOM_ALPHABET.length]).join('');
}

/**
 * `bytes` random bytes from the platform's cryptographic generator (Web Crypto, the same in
 * Node and browsers) as base64url without padding: ticket ids and secrets, link tokens.
 */
export function randomToken(bytes: number): string {
  return toBase64url(crypto.getRandomValues(new Uint8Array(bytes)));
}
