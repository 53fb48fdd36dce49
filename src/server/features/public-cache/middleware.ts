import { randomUUID } from 'node:crypto';
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
}

const SLUG = '([a-z0-9][a-z0-9-]{0,79})';
const CODE = '([A-Za-z0-9_-]{1,40})';
const routes: [RegExp, Omit<PublicRead, 'slug'>][] = [
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
];

/** The cached read a request names, if any: GET or HEAD of a public path without a query. */
export function publicReadOf(method: string, path: string, url: string): PublicRead | undefined {
  if (method !== 'GET' && method !== 'HEAD') return undefined;
  // Filtered lists, searches and ?codes= calendars go to the database as before.
  if (url.includes('?')) return undefined;
  for (const [pattern, read] of routes) {
    const m = pattern.exec(path);
    if (m) return { slug: m[1] ?? null, ...read };
  }
  return undefined;
}

type Encoding = 'br' | 'gzip' | 'identity';

/** br, then gzip, then identity, as the client accepts them (a q=0 refuses). */
export function chooseEncoding(accept: string | undefined, answer: CachedAnswer): Encoding {
  if (!accept) return 'identity';
  const accepted = new Set<string>();
  for (const part of accept.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (params.some((p) => /^\s*q\s*=\s*0(\.0*)?\s*$/.test(p))) continue;
    if (name) accepted.add(name.trim());
  }
  if (answer.br && (accepted.has('br') || accepted.has('*'))) return 'br';
  if (answer.gzip && (accepted.has('gzip') || accepted.has('*'))) return 'gzip';
  return 'identity';
}

/** A strong tag per representation: the same bytes compressed are other bytes. */
export function etagOf(answer: CachedAnswer, encoding: Encoding): string {
  return encoding === 'identity' ? `"${answer.hash}"` : `"${answer.hash}-${encoding === 'br' ? 'br' : 'gz'}"`;
}

/** If-None-Match compares weakly (RFC 9110 13.1.2): any representation of these bytes matches. */
function notModified(ifNoneMatch: string | undefined, answer: CachedAnswer): boolean {
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

  const build = async (url: string, proto: string | undefined) => {
    const headers: Record<string, string> = { [fillHeader]: fillToken };
    if (proto) headers['x-forwarded-proto'] = proto;
    const res = await self().request(url, { headers });
    if (res.status !== 200) {
      await res.body?.cancel();
      return undefined;
    }
    const disposition = res.headers.get('content-disposition');
    return {
      body: new Uint8Array(await res.arrayBuffer()),
      contentType: res.headers.get('content-type') ?? 'application/octet-stream',
      ...(disposition ? { contentDisposition: disposition } : {}),
    };
  };

  return async (c: Context<AppEnv>, next) => {
    const read = publicReadOf(c.req.method, c.req.path, c.req.url);
    if (!read || c.req.header(fillHeader) === fillToken) return next();

    let key: string;
    let proto: string | undefined;
    if (read.perOrigin) {
      proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim();
      const origin = new URL(c.req.url).origin;
      key = cacheKey(read.slug, read.topics, `${c.req.path}\u0000${proto ?? ''}\u0000${origin}`);
    } else key = cacheKey(read.slug, read.topics, c.req.path);
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

    const encoding = chooseEncoding(c.req.header('accept-encoding'), answer);
    c.header('ETag', etagOf(answer, encoding));
    c.header('Vary', 'Accept-Encoding');
    c.header('Cache-Control', PUBLIC_CACHE_CONTROL);
    c.header('CDN-Cache-Control', CDN_CACHE_CONTROL);
    // The server's clock, as every API answer carries it (see src/client/lib/server-clock.ts).
    c.header('Lanyard-Now', deps.clock().toISOString());
    if (notModified(c.req.header('if-none-match'), answer)) return c.body(null, 304);

    const bytes = encoding === 'br' ? answer.br! : encoding === 'gzip' ? answer.gzip! : answer.identity;
    c.header('Content-Type', answer.contentType);
    if (answer.contentDisposition) c.header('Content-Disposition', answer.contentDisposition);
    if (encoding !== 'identity') c.header('Content-Encoding', encoding);
    c.header('Content-Length', String(bytes.length));
    if (c.req.method === 'HEAD') return c.body(null, 200);
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200);
  };
}
