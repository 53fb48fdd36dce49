import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import type { StreamTopic } from '@shared/contract';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** The stream topics public answers are made of; shifts, tickets and arrivals never touch them. */
export const PUBLIC_TOPICS = ['conference', 'sessions', 'speakers', 'sponsors'] as const;
export type PublicTopic = (typeof PUBLIC_TOPICS)[number];
const isPublicTopic = (topic: StreamTopic): topic is PublicTopic =>
  (PUBLIC_TOPICS as readonly string[]).includes(topic);

/** Below this an answer is kept and sent as it is: compressing it saves less than it costs. */
const COMPRESS_FROM_BYTES = 1024;
/**
 * Brotli at quality 5 compresses a 1 MB schedule in a few tens of ms on the thread pool and
 * lands within a few per cent of quality 11, which takes seconds; the answer is built once
 * per version, but a publish should not leave phones waiting for it.
 */
const BROTLI_QUALITY = 5;

/** What a build hands the cache: the identity bytes of a 200 answer and its headers. */
export interface BuiltAnswer {
  body: Uint8Array;
  /** Headers to send with it (content type and disposition, the security headers), lower case. */
  headers: Record<string, string>;
}

/** One answer, ready to send in any encoding. */
export interface CachedAnswer {
  version: string;
  headers: Record<string, string>;
  identity: Buffer;
  gzip?: Buffer;
  br?: Buffer;
  /** Hash of the identity bytes: equal bytes, equal tag, in every process. */
  hash: string;
  /** Bytes held, for the memory budget. */
  size: number;
}

export interface ReadCacheStats {
  entries: number;
  bytes: number;
  maxBytes: number;
  hits: number;
  builds: number;
  evictions: number;
  /** The longest synchronous stretch of a build seen so far (hashing included), in ms. */
  longestBuildMs: number;
}

interface Flight {
  key: string;
  version: string;
  promise: Promise<CachedAnswer | undefined>;
}

/**
 * Ready-made public answers, one per (resource, version). A version is made of generation
 * counters per conference and topic that move on every change event (this process's own at
 * once, other processes' through the bus), so an answer is rebuilt exactly when a change it is
 * made of was announced, and never read from the database in between. Concurrent misses of
 * one version share one build. Entries are held in least-recently-used order under a byte budget.
 */
export class PublicReadCache {
  private readonly generations = new Map<string, number>();
  /** Moves when every conference may have changed (events were missed). */
  private epoch = 0;
  /** Moves with any conference's `conference` topic: the list of conferences. */
  private anyConference = 0;
  /** Insertion order is recency: a hit moves its entry to the end. */
  private readonly entries = new Map<string, CachedAnswer>();
  private readonly flights = new Map<string, Flight>();
  private bytes = 0;
  private hits = 0;
  private builds = 0;
  private evictions = 0;
  private longestBuildMs = 0;

  constructor(readonly maxBytes: number) {}

  /** A change was announced (by this process or another). */
  changed(slug: string | null, topic: StreamTopic): void {
    if (!isPublicTopic(topic)) return;
    if (slug === null) this.epoch += 1;
    else {
      const key = `${slug}\u0000${topic}`;
      this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
    }
    if (topic === 'conference') this.anyConference += 1;
    this.dropStale();
  }

  /** The version of a conference's answer made of `topics`. */
  version(slug: string, topics: readonly PublicTopic[]): string {
    let v = String(this.epoch);
    for (const topic of topics) v += `.${this.generations.get(`${slug}\u0000${topic}`) ?? 0}`;
    return v;
  }

  /** The version of answers about every conference (the list of conferences). */
  globalVersion(): string {
    return `${this.epoch}.${this.anyConference}`;
  }

  /**
   * The answer for `key` at `version`: held, being built, or built now. `current` computes the
   * version again, so an answer built while a change came in is not kept. Undefined when the
   * build has nothing to keep (an error answer).
   */
  async get(
    key: string,
    current: () => string,
    build: () => Promise<BuiltAnswer | undefined>,
  ): Promise<CachedAnswer | undefined> {
    const version = current();
    const held = this.hit(key, version);
    if (held) return held;
    const flightKey = `${key}\u0000${version}`;
    let flight = this.flights.get(flightKey);
    if (!flight) {
      const promise = this.fill(key, version, current, build).finally(() => this.flights.delete(flightKey));
      flight = { key, version, promise };
      this.flights.set(flightKey, flight);
    }
    return flight.promise;
  }

  peek(key: string): CachedAnswer | undefined {
    return this.entries.get(key);
  }

  /** The held answer for `key` if it is still current; never builds (the node fast path). */
  hit(key: string, version: string): CachedAnswer | undefined {
    const held = this.entries.get(key);
    if (!held || held.version !== version) return undefined;
    this.hits += 1;
    this.entries.delete(key);
    this.entries.set(key, held);
    return held;
  }

  stats(): ReadCacheStats {
    return {
      entries: this.entries.size,
      bytes: this.bytes,
      maxBytes: this.maxBytes,
      hits: this.hits,
      builds: this.builds,
      evictions: this.evictions,
      longestBuildMs: this.longestBuildMs,
    };
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  private async fill(
    key: string,
    version: string,
    current: () => string,
    build: () => Promise<BuiltAnswer | undefined>,
  ): Promise<CachedAnswer | undefined> {
    // Each build starts on a macrotask of its own, so several misses at once (a publish) do
    // not chain their synchronous parts into one long stall of the event loop.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const built = await build();
    if (!built) return undefined;
    this.builds += 1;
    await new Promise<void>((resolve) => setImmediate(resolve));
    const answer = await prepare(built, version, (ms) => {
      this.longestBuildMs = Math.max(this.longestBuildMs, ms);
    });
    // A change announced during the build may or may not be in these bytes: serve them to
    // the requests that asked before it, but do not keep them.
    if (current() === version) this.store(key, answer);
    return answer;
  }

  private store(key: string, answer: CachedAnswer): void {
    if (answer.size > this.maxBytes) return;
    this.remove(key);
    this.entries.set(key, answer);
    this.bytes += answer.size;
    for (const [oldest] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(oldest);
      this.evictions += 1;
    }
  }

  private remove(key: string): void {
    const held = this.entries.get(key);
    if (!held) return;
    this.entries.delete(key);
    this.bytes -= held.size;
  }

  /**
   * Frees answers whose version moved. Keys start with the conference slug and name their
   * topics (see keyFor in routes.ts), so the version can be computed again from the key.
   */
  private dropStale(): void {
    for (const [key, answer] of [...this.entries]) {
      if (answer.version !== this.versionOfKey(key)) this.remove(key);
    }
  }

  private versionOfKey(key: string): string {
    const [scope, topics] = key.split('\u0000', 2);
    if (scope === undefined || topics === undefined) return '';
    if (topics === '*') return this.globalVersion();
    return this.version(scope, topics.split(',') as PublicTopic[]);
  }
}

/** A cache key a version can be recomputed from: `slug\0topic,topic\0rest`. */
export function cacheKey(slug: string | null, topics: readonly PublicTopic[] | '*', rest: string): string {
  return `${slug ?? '*'}\u0000${topics === '*' ? '*' : topics.join(',')}\u0000${rest}`;
}

/** Hashes and compresses one answer; the compression runs on libuv's thread pool. */
async function prepare(
  built: BuiltAnswer,
  version: string,
  onSyncWork: (ms: number) => void,
): Promise<CachedAnswer> {
  const started = performance.now();
  const identity = Buffer.from(built.body.buffer, built.body.byteOffset, built.body.byteLength);
  const hash = createHash('sha256').update(identity).digest('base64url').slice(0, 27);
  onSyncWork(performance.now() - started);
  let gz: Buffer | undefined;
  let br: Buffer | undefined;
  if (identity.length >= COMPRESS_FROM_BYTES) {
    [gz, br] = await Promise.all([
      gzipAsync(identity, { level: 6 }),
      brotliAsync(identity, {
        params: {
          [zlibConstants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
          [zlibConstants.BROTLI_PARAM_MODE]: zlibConstants.BROTLI_MODE_TEXT,
          [zlibConstants.BROTLI_PARAM_SIZE_HINT]: identity.length,
        },
      }),
    ]);
    // Kept only where they pay: a compressed form that is not smaller is dropped.
    if (gz.length >= identity.length) gz = undefined;
    if (br.length >= (gz?.length ?? identity.length)) br = undefined;
  }
  return {
    version,
    headers: built.headers,
    identity,
    ...(gz ? { gzip: gz } : {}),
    ...(br ? { br } : {}),
    hash,
    size: identity.length + (gz?.length ?? 0) + (br?.length ?? 0) + 256,
  };
}
