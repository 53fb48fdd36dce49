import { isIP } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * Which reverse proxies may speak for the client (LANYARD_TRUST_PROXY):
 * - unset, `0`, `false`: none; X-Forwarded-* headers are ignored, the socket's peer is the client;
 * - a hop count (`1`, `2`, ...; `true` means 1): that many proxies stand in front, each appending
 *   to X-Forwarded-For, so the client is that many entries from the right;
 * - a list of proxy addresses or IPv4 ranges (`127.0.0.1, 10.0.0.0/8, ::1`): forwarded headers
 *   count only when the peer is one of them, and the client is the rightmost entry that is not.
 * The leftmost X-Forwarded-For entry is whatever the client wrote, so it is never taken on trust.
 */
export type ProxyTrust =
  { kind: 'none' } | { kind: 'hops'; hops: number } | { kind: 'list'; matches: (address: string) => boolean };

const NONE: ProxyTrust = { kind: 'none' };

/** An IPv4 address as a 32-bit number, or undefined. */
function ipv4Number(address: string): number | undefined {
  if (isIP(address) !== 4) return undefined;
  return address.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

/** `::ffff:192.0.2.1` (IPv4 on a dual-stack socket) is 192.0.2.1. */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim().toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(trimmed);
  return mapped ? mapped[1]! : trimmed;
}

function matcher(entry: string): (address: string) => boolean {
  const [base, bits] = entry.split('/');
  const normalized = normalizeAddress(base ?? '');
  if (!isIP(normalized)) throw new Error(`not an IP address: "${entry}"`);
  if (bits === undefined) return (address) => address === normalized;
  const prefix = Number(bits);
  const start = ipv4Number(normalized);
  if (start === undefined || !Number.isInteger(prefix) || prefix < 0 || prefix > 32) {
    throw new Error(`not an IPv4 range: "${entry}"`);
  }
  const size = 2 ** (32 - prefix);
  const first = Math.floor(start / size) * size;
  return (address) => {
    const n = ipv4Number(address);
    return n !== undefined && n >= first && n < first + size;
  };
}

/** Parses LANYARD_TRUST_PROXY; throws with the reason when the value makes no sense. */
export function parseProxyTrust(value: string | undefined): ProxyTrust {
  const text = (value ?? '').trim().toLowerCase();
  if (text === '' || text === '0' || text === 'false' || text === 'no') return NONE;
  if (text === 'true' || text === 'yes') return { kind: 'hops', hops: 1 };
  if (/^\d+$/.test(text)) return { kind: 'hops', hops: Number(text) };
  const matchers = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map(matcher);
  return { kind: 'list', matches: (address) => matchers.some((m) => m(address)) };
}

let cached: { value: string | undefined; trust: ProxyTrust } | undefined;

/** The configured trust, read from the environment when it changes (tests stub it). */
export function proxyTrust(): ProxyTrust {
  const value = process.env.LANYARD_TRUST_PROXY;
  if (cached && cached.value === value) return cached.trust;
  cached = { value, trust: parseProxyTrust(value) };
  return cached.trust;
}

const splitList = (header: string | undefined) =>
  (header ?? '').split(',').map(normalizeAddress).filter(Boolean);

/** Whether the peer is a proxy whose X-Forwarded-* headers count. */
function peerTrusted(trust: ProxyTrust, peer: string | undefined): boolean {
  if (trust.kind === 'hops') return true;
  return trust.kind === 'list' && peer !== undefined && trust.matches(peer);
}

/** The client's address from the socket's peer and X-Forwarded-For, under `trust`. */
export function resolveClientAddress(
  trust: ProxyTrust,
  peer: string | undefined,
  forwardedFor: string | undefined,
): string | undefined {
  const direct = peer === undefined ? undefined : normalizeAddress(peer);
  if (!peerTrusted(trust, direct)) return direct;
  const forwarded = splitList(forwardedFor);
  if (trust.kind === 'hops') {
    // The peer is the nearest proxy; each of `hops` proxies appended the address it saw.
    const chain = direct === undefined ? forwarded : [...forwarded, direct];
    const index = chain.length - 1 - trust.hops;
    return chain[Math.max(0, index)] ?? direct;
  }
  if (trust.kind !== 'list') return direct;
  const outside = [...forwarded].reverse().find((address) => !trust.matches(address));
  return outside ?? forwarded[0] ?? direct;
}

function peerAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    // No socket behind the request (app.request() in tests, other runtimes).
    return undefined;
  }
}

/** The client's address for rate limits; 'unknown' when there is no socket (tests). */
export function clientAddress(c: Context): string {
  return resolveClientAddress(proxyTrust(), peerAddress(c), c.req.header('x-forwarded-for')) ?? 'unknown';
}

/**
 * Whether the browser reached us over https: the request itself, or a trusted proxy saying so
 * in X-Forwarded-Proto (its rightmost value, the one the nearest proxy set).
 */
export function requestIsHttps(c: Context): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  const trust = proxyTrust();
  const peer = peerAddress(c);
  if (!peerTrusted(trust, peer === undefined ? undefined : normalizeAddress(peer))) return false;
  const proto = c.req.header('x-forwarded-proto')?.split(',').at(-1)?.trim().toLowerCase();
  return proto === 'https';
}
