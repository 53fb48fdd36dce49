import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { BlockList, isIP } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { MAX_SCHEDULE_BYTES } from '@shared/contract';
import { HttpProblem } from '../../http/problem';

export interface FetchPolicy {
  /** Off in production: an organizer must not make the server read its own network (SSRF). */
  allowPrivateAddresses: boolean;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export const defaultFetchPolicy: FetchPolicy = {
  allowPrivateAddresses: false,
  timeoutMs: 15_000,
  maxBytes: MAX_SCHEDULE_BYTES,
  maxRedirects: 3,
};

// Loopback, private, link-local, carrier-grade NAT, multicast and reserved ranges.
const privateRanges = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
] as const) {
  privateRanges.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
] as const) {
  privateRanges.addSubnet(net, prefix, 'ipv6');
}

function isPrivate(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return privateRanges.check(mapped[1]!, 'ipv4');
  return privateRanges.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4');
}

class RefusedAddress extends Error {}

const refused = (host: string) =>
  new HttpProblem('import_url_refused', `${host} is a private or local address; give a public http(s) URL.`);
const failed = (detail: string) => new HttpProblem('import_fetch_failed', detail);

/**
 * Checks the addresses a host name resolves to at connection time, so a name that resolves to a
 * public address for a check and to a private one for the connection (DNS rebinding) is caught.
 */
function guardedLookup(
  hostname: string,
  options: LookupOptions,
  callback: (err: Error | null, address: string | LookupAddress[], family?: number) => void,
) {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, '');
    if (addresses.length === 0 || addresses.some((a) => isPrivate(a.address))) {
      return callback(new RefusedAddress(hostname), '');
    }
    if (options.all) return callback(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
}

function decoded(res: IncomingMessage): Readable {
  switch ((res.headers['content-encoding'] ?? '').toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return res.pipe(createGunzip());
    case 'deflate':
      return res.pipe(createInflate());
    case 'br':
      return res.pipe(createBrotliDecompress());
    default:
      return res;
  }
}

function get(url: URL, policy: FetchPolicy, signal: AbortSignal): Promise<IncomingMessage> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'GET',
        signal,
        headers: {
          accept: 'application/json, application/xml, text/xml;q=0.9, text/calendar;q=0.9, */*;q=0.5',
          'accept-encoding': 'gzip, deflate, br',
          'user-agent': 'Lanyard schedule import',
        },
        ...(policy.allowPrivateAddresses ? {} : { lookup: guardedLookup }),
      },
      resolve,
    );
    req.on('error', reject);
    req.end();
  });
}

async function readCapped(res: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(res.headers['content-length'] ?? 0);
  if (declared > maxBytes) {
    res.destroy();
    throw failed(`The file is larger than ${Math.round(maxBytes / 1_000_000)} MB.`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  // Counted after decompression, so a small compressed bomb cannot fill the memory.
  for await (const chunk of decoded(res)) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      res.destroy();
      throw failed(`The file is larger than ${Math.round(maxBytes / 1_000_000)} MB.`);
    }
    chunks.push(chunk as Buffer);
  }
  // Bytes, not text: the reader decodes them (charset, iCalendar folds inside a character).
  return Buffer.concat(chunks);
}

/**
 * Fetches a schedule file over http(s) with a deadline, a size cap, a few redirects (each one
 * checked again) and, unless allowed, no private or loopback addresses.
 */
export async function fetchSchedule(address: string, policy: FetchPolicy): Promise<Uint8Array> {
  const signal = AbortSignal.timeout(policy.timeoutMs);
  let url = new URL(address);
  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw failed('Only http and https URLs are fetched.');
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (!policy.allowPrivateAddresses && isIP(host) && isPrivate(host)) throw refused(host);
    let res: IncomingMessage;
    try {
      res = await get(url, policy, signal);
    } catch (err) {
      if (err instanceof RefusedAddress) throw refused(err.message);
      if (signal.aborted) throw failed(`${url.host} did not answer within ${policy.timeoutMs / 1000} s.`);
      throw failed(
        `${url.host} could not be reached (${(err as NodeJS.ErrnoException).code ?? 'network error'}).`,
      );
    }
    const status = res.statusCode ?? 0;
    if (status >= 300 && status < 400 && res.headers.location) {
      res.resume();
      if (hop >= policy.maxRedirects) throw failed('Too many redirects.');
      url = new URL(res.headers.location, url);
      continue;
    }
    if (status < 200 || status >= 300) {
      res.resume();
      throw failed(`${url.host} answered ${status}.`);
    }
    try {
      return await readCapped(res, policy.maxBytes);
    } catch (err) {
      if (err instanceof HttpProblem) throw err;
      throw failed(
        signal.aborted
          ? `${url.host} did not send the file within ${policy.timeoutMs / 1000} s.`
          : 'The download broke off.',
      );
    }
  }
}
