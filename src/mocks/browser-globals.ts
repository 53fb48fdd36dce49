import { Buffer } from 'buffer';
import './browser-set-cookie';

/**
 * What the server code expects of Node and a page lacks, set before any server module loads
 * (see startMockWorker): Buffer, and an empty process.env, so settings read from the
 * environment take their defaults.
 *
 * The `buffer` package predates Node's 'base64url' encoding, which the server uses for tokens
 * and ticket ids; it is added here by way of base64.
 */
type Encoding = Parameters<Buffer['toString']>[0];

const toString = Buffer.prototype.toString;
Buffer.prototype.toString = function (this: Buffer, encoding?: string, start?: number, end?: number) {
  if (encoding !== 'base64url') return toString.call(this, encoding as Encoding, start, end);
  return toString.call(this, 'base64', start, end).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const from = Buffer.from.bind(Buffer) as (value: unknown, encoding?: unknown, length?: unknown) => Buffer;
Buffer.from = function (value: unknown, encoding?: unknown, length?: unknown) {
  if (typeof value === 'string' && encoding === 'base64url') {
    return from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  }
  return from(value, encoding, length);
} as typeof Buffer.from;

const scope = globalThis as { Buffer?: typeof Buffer; process?: { env: Record<string, string> } };
scope.Buffer ??= Buffer;
scope.process ??= { env: {} };
