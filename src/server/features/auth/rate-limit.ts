import type { Clock } from '@shared/time';

export interface RateLimitOptions {
  /** Attempts allowed in one window; the attempt that reaches it starts a lockout. */
  limit: number;
  windowMs: number;
  clock: Clock;
  /** Keys kept before expired ones are swept, so a flood of addresses cannot exhaust memory. */
  maxKeys?: number;
}

export interface RateLimitVerdict {
  limited: boolean;
  /** Whole seconds until the lockout ends (0 when not limited), for the Retry-After header. */
  retryAfterSeconds: number;
}

interface Entry {
  count: number;
  windowStart: number;
  lockedUntil?: number;
}

const OPEN: RateLimitVerdict = { limited: false, retryAfterSeconds: 0 };

/**
 * Counts attempts per key in a fixed window that starts at the first attempt. Reaching the
 * limit locks the key for a whole window from that moment, so an attacker cannot time the
 * end of a window to get a fresh batch of guesses. In memory and per process: several
 * processes each enforce the limit, which at worst multiplies it by their number.
 */
export class RateLimiter {
  private readonly entries = new Map<string, Entry>();
  private readonly maxKeys: number;

  constructor(private readonly options: RateLimitOptions) {
    this.maxKeys = options.maxKeys ?? 10_000;
  }

  /** Whether `key` is locked out right now. */
  status(key: string): RateLimitVerdict {
    const now = this.options.clock().getTime();
    const entry = this.current(key, now);
    if (entry?.lockedUntil === undefined) return OPEN;
    return { limited: true, retryAfterSeconds: Math.max(1, Math.ceil((entry.lockedUntil - now) / 1000)) };
  }

  /** Counts one attempt; limited when this attempt reached the limit (or the key was locked). */
  hit(key: string): RateLimitVerdict {
    const now = this.options.clock().getTime();
    let entry = this.current(key, now);
    if (!entry) {
      this.sweep(now);
      entry = { count: 0, windowStart: now };
      this.entries.set(key, entry);
    }
    entry.count += 1;
    if (entry.lockedUntil === undefined && entry.count >= this.options.limit) {
      entry.lockedUntil = now + this.options.windowMs;
    }
    return this.status(key);
  }

  /** Keys currently tracked. */
  get size(): number {
    return this.entries.size;
  }

  reset(key: string): void {
    this.entries.delete(key);
  }

  private current(key: string, now: number): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry && this.expired(entry, now)) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  private expired(entry: Entry, now: number): boolean {
    return entry.lockedUntil !== undefined
      ? now >= entry.lockedUntil
      : now - entry.windowStart >= this.options.windowMs;
  }

  private sweep(now: number): void {
    if (this.entries.size < this.maxKeys) return;
    for (const [key, entry] of this.entries) if (this.expired(entry, now)) this.entries.delete(key);
    // Still full of live keys: forget the oldest rather than grow without bound.
    for (const key of this.entries.keys()) {
      if (this.entries.size < this.maxKeys) break;
      this.entries.delete(key);
    }
  }
}

const MINUTE = 60_000;

/** The auth feature's limits; each app instance gets its own set. */
export function createAuthLimiters(clock: Clock) {
  return {
    /** Guessing one account's password: five wrong in a row locks it for 15 minutes. */
    loginByEmail: new RateLimiter({ limit: 5, windowMs: 15 * MINUTE, clock }),
    /** Spraying many accounts from one address; high because a venue's Wi-Fi is one address. */
    loginByIp: new RateLimiter({ limit: 30, windowMs: 15 * MINUTE, clock }),
    /** Mass account creation. */
    registerByIp: new RateLimiter({ limit: 10, windowMs: 60 * MINUTE, clock }),
  };
}

export type AuthLimiters = ReturnType<typeof createAuthLimiters>;
