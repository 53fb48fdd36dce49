import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppDeps, AppEnv } from '../../deps';
import { cacheKey, type CachedAnswer, type PublicReadCache, type PublicTopic } from './cache';

/**
 * For browsers: always revalidate (max-age=0), because the live stream turns a publish into a
 * refetch at once and a copy kept for even 10 s would answer it with the old schedule; the
 * revalidation costs a 304 from memory. For shared caches (a reverse proxy, a CDN): 10 s,
 * then up to 60 s more served stale while one request refreshes it, so a publish storm
 * reaches this server once per edge and 10 s instead of once per phone.
 * `stale-while-revalidate` goes in CDN-Cache-Control (RFC 9213), which browsers ignore.
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, s-maxage=10';
export const CDN_CACHE_CONTROL = 'public, max-age=10, stale-while-revalidate=60';

/** Session and speaker detail, the schedule list and the exports all show sessions with their speakers, rooms and tracks. */
const SCHEDULE: readonly PublicTopic[] = ['conference', 'sessions', 'speakers'];

interface PublicRead {
  slug: string | null;
  topics: readonly PublicTopic[] | '*';
  /** Exports link back to the origin the caller used. */
  perOrigin: boolean;
  /** The query string the answer may have (none when absent); it is part of the key. */
  query?: RegExp;
  /** Path and query: what the answer is kept under. */
  target: string;
}

const SLUG = '([a-z0-9][a-z0-9-]{0,79})';
const CODE = '([A-Za-z0-9_-]{1,40})';
const routes: [RegExp, Omit<PublicRead, 'slug' | 'target'>][] = [
  [/^\/api\/conferences$/, { topics: '*', perOrigin: false }],
  [new RegExp(`^/api/conferences/${SLUG}$`), { topics: ['conference'], perOrigin: false }],
  [new RegExp(`^/api/conferences/${SLUG}/sessions$`), { topics: SCHEDULE, perOrigin: false }],
  [new RegExp(`^/api/conferences/${SLUG}/sessions/${CODE}$`), { topics: SCHEDULE, perOrigin: false }],
  [new RegExp(`^/api/conferences/${SLUG}/speakers$`), { topics: SCHEDULE, perOrigin: false }],
  [new RegExp(`^/api/conferences/${SLUG}/speakers/${CODE}$`), { topics: SCHEDULE, perOrigin: false }],
  [new RegExp(`^/api/conferences/${SLUG}/sponsors$`), { topics: ['sponsors'], perOrigin: false }],
  [
    new RegExp(`^/api/conferences/${SLUG}/schedule\\.(?:json|xml|ics)$`),
    { topics: SCHEDULE, perOrigin: true },
  ],
  [new RegExp(`^/api/conferences/${SLUG}/sessions/${CODE}\\.ics$`), { topics: SCHEDULE, perOrigin: true }],
  // After a publish every phone asks for the changes since the version it holds, most of them
  // the same one: one answer per (since, current version) serves them all (decision 18).
  [
    new RegExp(`^/api/conferences/${SLUG}/schedule/changes$`),
    { topics: SCHEDULE, perOrigin: false, query: /^since=(?:0|[1-9][0-9]{0,9})$/ },
  ],
];

/**
 * The cached read a request names, if any: GET or HEAD of a public path, without a query
 * unless the route names the one it takes. `path` may carry the query too (node:http's url).
 */
export function publicReadOf(method: string, path: string, url: string): PublicRead | undefined {
  if (method !== 'GET' && method !== 'HEAD') return undefined;
  const mark = url.indexOf('?');
  const search = mark < 0 ? undefined : url.slice(mark + 1);
  const bare = path.split('?', 1)[0]!;
  for (const [pattern, read] of routes) {
    const m = pattern.exec(bare);
    if (!m) continue;
    // Filtered lists, searches and ?codes= calendars go to the database as before.
    if (search !== undefined && !read.query?.test(search)) return undefined;
    return { slug: m[1] ?? null, ...read, target: search === undefined ? bare : `${bare}?${search}` };
  }
  return undefined;
}

/** How many origins exports are kept for (the app's name, its address, a proxy's: a few). */
const MAX_ORIGINS = 8;

/** Exports link back to the app as the caller reached it, so they are kept per origin. */
function originKey(read: PublicRead, path: string, proto: string | undefined, origin: string): string {
  return cacheKey(read.slug, read.topics, `${path}\u0000${proto ?? ''}\u0000${origin}`);
}

const forwardedProto = (header: string | string[] | undefined) =>
  (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim();

type Encoding = 'br' | 'gzip' | 'identity';

/** What one Accept-Encoding value accepts, parsed once per distinct value. */
const acceptances = new Map<string, { br: boolean; gzip: boolean }>();
/** Browsers send a handful of distinct values; anything past this many starts the memo over. */
const MAX_ACCEPTANCES = 64;

function acceptance(accept: string): { br: boolean; gzip: boolean } {
  let known = acceptances.get(accept);
  if (known) return known;
  const accepted = new Set<string>();
  for (const part of accept.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (params.some((p) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(p))) continue;
    if (name) accepted.add(name.trim());
  }
  known = { br: accepted.has('br') || accepted.has('*'), gzip: accepted.has('gzip') || accepted.has('*') };
  if (acceptances.size >= MAX_ACCEPTANCES) acceptances.clear();
  acceptances.set(accept, known);
  return known;
}

/** br, then gzip, then identity, as the client accepts them (a q=0 refuses). */
export function chooseEncoding(accept: string | undefined, answer: CachedAnswer): Encoding {
  if (!accept) return 'identity';
  const accepted = acceptance(accept);
  if (answer.br && accepted.br) return 'br';
  if (answer.gzip && accepted.gzip) return 'gzip';
  return 'identity';
}

/** A strong tag per representation: the same bytes compressed are other bytes. */
export function etagOf(answer: CachedAnswer, encoding: Encoding): string {
  return encoding === 'identity' ? `"${answer.hash}"` : `"${answer.hash}-${encoding === 'br' ? 'br' : 'gz'}"`;
}

/** If-None-Match compares weakly (RFC 9110 13.1.2): any representation of these bytes matches. */
export function notModified(ifNoneMatch: string | undefined, answer: CachedAnswer): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  for (const raw of ifNoneMatch.split(',')) {
    const tag = raw.trim().replace(/^W\//, '');
    if (tag.startsWith(`"${answer.hash}`)) {
      const rest = tag.slice(answer.hash.length + 1);
      if (rest === '"' || rest === '-gz"' || rest === '-br"') return true;
    }
  }
  return false;
}

/**
 * Answers public reads from PublicReadCache before anything else runs: no session lookup, no
 * database, no compression per request. A miss builds the answer by asking this same app
 * anonymously (marked so it passes through here), so the cached bytes are exactly what the
 * route answers; anything but a 200 (unknown conference, bad code) is not kept and the
 * request goes on to the routes.
 */
export function publicReads(
  deps: AppDeps,
  cache: PublicReadCache,
  self: () => { request: (url: string, init: RequestInit) => Response | Promise<Response> },
): MiddlewareHandler<AppEnv> {
  const fillHeader = 'x-lanyard-cache-fill';
  const fillToken = randomUUID();
  /**
   * Origins (Host and X-Forwarded-Proto) each export has been kept for. The Host header is the
   * caller's to choose, so past a few the exports are answered by the routes as before rather
   * than kept, lest made-up hosts push the real answers out of the cache.
   */
  const originsSeen = new Set<string>();

  const build = async (url: string, proto: string | undefined) => {
    const ask: Record<string, string> = { [fillHeader]: fillToken };
    if (proto) ask['x-forwarded-proto'] = proto;
    const res = await self().request(url, { headers: ask });
    if (res.status !== 200) {
      await res.body?.cancel();
      return undefined;
    }
    const headers: Record<string, string> = {};
    res.headers.forEach((value, name) => {
      if (!PER_REQUEST_HEADERS.has(name)) headers[name] = value;
    });
    return { body: new Uint8Array(await res.arrayBuffer()), headers };
  };

  return async (c: Context<AppEnv>, next) => {
    const read = publicReadOf(c.req.method, c.req.path, c.req.url);
    if (!read || c.req.header(fillHeader) === fillToken) return next();

    const proto = read.perOrigin ? forwardedProto(c.req.header('x-forwarded-proto')) : undefined;
    const origin = read.perOrigin ? `${proto ?? ''} ${new URL(c.req.url).origin}` : '';
    if (read.perOrigin && !originsSeen.has(origin)) {
      if (originsSeen.size >= MAX_ORIGINS) return next();
      originsSeen.add(origin);
    }
    const key = read.perOrigin
      ? originKey(read, c.req.path, proto, new URL(c.req.url).origin)
      : cacheKey(read.slug, read.topics, read.target);
    const current =
      read.topics === '*'
        ? () => cache.globalVersion()
        : () => cache.version(read.slug!, read.topics as readonly PublicTopic[]);

    let answer: CachedAnswer | undefined;
    try {
      answer = await cache.get(key, current, () => build(c.req.url, proto));
    } catch (err) {
      deps.logger.warn('Could not build a cached answer; answering from the database', { key, err });
    }
    if (!answer) return next();

    const out = answerFor(answer, c.req.header('accept-encoding'), c.req.header('if-none-match'), deps);
    for (const [name, value] of Object.entries(out.headers)) c.header(name, value);
    if (out.status === 304 || c.req.method === 'HEAD') return c.body(null, out.status);
    return c.body(out.body as Uint8Array<ArrayBuffer>, 200);
  };
}

/** Headers of the built answer that belong to one request, not to the cached bytes. */
const PER_REQUEST_HEADERS = new Set([
  'content-length',
  'content-encoding',
  'etag',
  'cache-control',
  'vary',
  'lanyard-now',
  'set-cookie',
  'date',
  'transfer-encoding',
  'connection',
  'keep-alive',
]);

/** One representation of a cached answer, its headers made once (only the clock changes). */
interface Representation {
  full: Record<string, string>;
  notModified: Record<string, string>;
  body: Buffer;
}

/**
 * Per answer and encoding, built on first use and dropped with the answer. Making a header
 * object of some twenty entries per request (security headers, tags, caching) was most of the
 * fast path's own work, and its garbage; a held answer's headers never change but for the clock.
 */
const representations = new WeakMap<CachedAnswer, Partial<Record<Encoding, Representation>>>();

function representation(answer: CachedAnswer, encoding: Encoding): Representation {
  let byEncoding = representations.get(answer);
  if (!byEncoding) representations.set(answer, (byEncoding = {}));
  const held = byEncoding[encoding];
  if (held) return held;
  const common = {
    etag: etagOf(answer, encoding),
    vary: 'Accept-Encoding',
    'cache-control': PUBLIC_CACHE_CONTROL,
    'cdn-cache-control': CDN_CACHE_CONTROL,
    // The server's clock, as every API answer carries it (see src/client/lib/server-clock.ts).
    'lanyard-now': '',
  };
  const body = encoding === 'br' ? answer.br! : encoding === 'gzip' ? answer.gzip! : answer.identity;
  const made: Representation = {
    full: {
      ...answer.headers,
      ...common,
      ...(encoding !== 'identity' ? { 'content-encoding': encoding } : {}),
      'content-length': String(body.length),
    },
    notModified: common,
    body,
  };
  byEncoding[encoding] = made;
  return made;
}

/**
 * Status, headers and bytes of one cached answer for one request. The headers object is the
 * representation's own, shared by every request for it and given this request's clock: write
 * it out (node:http's writeHead, Hono's c.header) before answering another request.
 */
function answerFor(
  answer: CachedAnswer,
  acceptEncoding: string | undefined,
  ifNoneMatch: string | undefined,
  deps: Pick<AppDeps, 'clock'>,
): { status: 200 | 304; headers: Record<string, string>; body?: Buffer } {
  const sent = representation(answer, chooseEncoding(acceptEncoding, answer));
  const now = deps.clock().toISOString();
  if (notModified(ifNoneMatch, answer)) {
    sent.notModified['lanyard-now'] = now;
    return { status: 304, headers: sent.notModified };
  }
  sent.full['lanyard-now'] = now;
  return { status: 200, headers: sent.full, body: sent.body };
}

/**
 * The same answers one step earlier, for the Node server: a request for a held, current
 * answer is written straight to the socket from node:http, before a Request, a Hono context
 * or any middleware is made; everything else (a miss, a query, a per-origin export) goes on
 * to `next`, the app. Wraps node:http's createServer as @hono/node-server's serve takes it.
 */
export function nodeFastPath(deps: Pick<AppDeps, 'clock'>, cache: PublicReadCache) {
  const handle = (req: IncomingMessage, res: ServerResponse): boolean => {
    const url = req.url ?? '';
    const read = publicReadOf(req.method ?? '', url, url);
    if (!read) return false;
    const version = read.topics === '*' ? cache.globalVersion() : cache.version(read.slug!, read.topics);
    // The key the app computes from the URL @hono/node-server gives it (http, the Host header);
    // if they ever differ this only misses, and the app answers.
    const key = read.perOrigin
      ? originKey(
          read,
          url,
          forwardedProto(req.headers['x-forwarded-proto']),
          `http://${req.headers.host ?? ''}`,
        )
      : cacheKey(read.slug, read.topics, read.target);
    const answer = cache.hit(key, version);
    if (!answer) return false;
    const ifNoneMatch = req.headers['if-none-match'];
    const out = answerFor(answer, req.headers['accept-encoding'], ifNoneMatch, deps);
    res.writeHead(out.status, out.headers);
    if (out.status === 304 || req.method === 'HEAD') res.end();
    else res.end(out.body);
    return true;
  };
  return <T extends (options: object, listener: RequestListener) => unknown>(createServer: T) =>
    ((options: object, listener: RequestListener) =>
      createServer(options, (req, res) => {
        if (!handle(req, res)) listener(req, res);
      })) as unknown as T;
}
