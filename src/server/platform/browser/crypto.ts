/**
 * The part of `node:crypto` the server uses, for the server running in a browser (the mock
 * backend and the static demo; see ../README.md). Hashes and scrypt come from @noble/hashes,
 * randomness from WebCrypto; results are Buffers, as Node's are, so the server code is unchanged.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha1 } from '@noble/hashes/legacy.js';
import { scryptAsync } from '@noble/hashes/scrypt.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { Buffer } from 'buffer';

type Data = string | Uint8Array;
type Encoding = 'hex' | 'base64' | 'base64url';

const HASHES = { sha256, sha1 } as const;
type Algorithm = keyof typeof HASHES;

const bytesOf = (data: Data): Uint8Array => (typeof data === 'string' ? Buffer.from(data, 'utf8') : data);

function algorithmOf(name: string): Algorithm {
  if (name in HASHES) return name as Algorithm;
  throw new Error(`Hash ${name} is not available in the browser platform`);
}

/** What createHash and createHmac return: update() as often as needed, then digest() once. */
class Digest {
  private readonly chunks: Uint8Array[] = [];
  constructor(private readonly finish: (data: Uint8Array) => Uint8Array) {}

  update(data: Data): this {
    this.chunks.push(bytesOf(data));
    return this;
  }

  digest(): Buffer;
  digest(encoding: Encoding): string;
  digest(encoding?: Encoding): Buffer | string {
    const digest = Buffer.from(this.finish(Buffer.concat(this.chunks)));
    return encoding ? digest.toString(encoding) : digest;
  }
}

export function createHash(name: string): Digest {
  const hash = HASHES[algorithmOf(name)];
  return new Digest((data) => hash(data));
}

export function createHmac(name: string, key: Data): Digest {
  const hash = HASHES[algorithmOf(name)];
  return new Digest((data) => hmac(hash, bytesOf(key), data));
}

export function randomBytes(size: number): Buffer {
  const bytes = Buffer.alloc(size);
  globalThis.crypto.getRandomValues(bytes);
  return bytes;
}

export function randomUUID(): string {
  return globalThis.crypto.randomUUID();
}

export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) throw new RangeError('Input buffers must have the same byte length');
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

export interface ScryptOptions {
  N?: number;
  r?: number;
  p?: number;
  maxmem?: number;
}

export function scrypt(
  password: Data,
  salt: Data,
  keylen: number,
  options: ScryptOptions,
  callback: (err: Error | null, key: Buffer) => void,
): void {
  scryptAsync(bytesOf(password), bytesOf(salt), {
    N: options.N ?? 16384,
    r: options.r ?? 8,
    p: options.p ?? 1,
    dkLen: keylen,
    maxmem: options.maxmem,
  }).then(
    (key) => callback(null, Buffer.from(key)),
    (err: unknown) => callback(err instanceof Error ? err : new Error(String(err)), Buffer.alloc(0)),
  );
}
