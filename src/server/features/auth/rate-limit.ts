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
const DAY = 24 * 60 * MINUTE;

export interface LoginThrottleOptions {
  clock: Clock;
  /** Real elapsed time for the pacing of busy addresses (the clock may be frozen in tests). */
  monotonicNow?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** Who is asking: the account (lower-cased email), the client's address, and whether it is a known device. */
export interface LoginAttempt {
  account: string;
  address: string;
  /** Carries this account's known-device cookie: a browser that logged in with this password. */
  knownDevice: boolean;
}

/**
 * Login throttling (decision 13). Guessing is bounded per (account, address) and per account;
 * the right password is never refused because of someone else's failures to a browser that
 * logged in to the account before, nor to an address that did; and a busy address (a venue's
 * NAT) is paced, never locked.
 */
export class LoginThrottle {
  /** Wrong passwords for one account from one address. */
  readonly pair: RateLimiter;
  /** Wrong passwords for one account from anywhere: guessing spread over many addresses. */
  readonly account: RateLimiter;
  /** Wrong passwords from one address for any account: above the limit the address is paced. */
  readonly address: RateLimiter;
  /** Addresses that logged in to an account, and when (kept 30 days, bounded). */
  private readonly known = new Map<string, number>();
  /** When a paced address may next have a password checked (monotonic ms). */
  private readonly nextSlot = new Map<string, number>();
  private readonly monotonicNow: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  static readonly PAIR_LIMIT = 10;
  static readonly ACCOUNT_LIMIT = 50;
  static readonly ADDRESS_LIMIT = 30;
  /** A paced address has one password checked per this many ms... */
  static readonly PACE_MS = 250;
  /** ...and a request waits at most this long for its turn before it is told to come back. */
  static readonly MAX_WAIT_MS = 5_000;
  private static readonly KNOWN_FOR_MS = 30 * DAY;
  private static readonly MAX_KNOWN = 50_000;

  constructor(private readonly options: LoginThrottleOptions) {
    const { clock } = options;
    this.pair = new RateLimiter({ limit: LoginThrottle.PAIR_LIMIT, windowMs: 15 * MINUTE, clock });
    this.account = new RateLimiter({ limit: LoginThrottle.ACCOUNT_LIMIT, windowMs: 15 * MINUTE, clock });
    this.address = new RateLimiter({ limit: LoginThrottle.ADDRESS_LIMIT, windowMs: 15 * MINUTE, clock });
    this.monotonicNow = options.monotonicNow ?? (() => performance.now());
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /**
   * Whether this attempt may have its password checked; waits for its turn on a paced address.
   * Limited answers carry Retry-After and do not check the password, so they tell nothing.
   */
  async admit(attempt: LoginAttempt): Promise<RateLimitVerdict> {
    // A browser that logged in with this password before: others' failures never refuse it.
    if (attempt.knownDevice) return OPEN;
    const pair = this.pair.status(pairKey(attempt));
    if (pair.limited) return pair;
    const knownAddress = this.isKnownAddress(attempt);
    if (!knownAddress) {
      const account = this.account.status(attempt.account);
      if (account.limited) return account;
    }
    if (knownAddress || !this.address.status(attempt.address).limited) return OPEN;
    return this.pace(attempt.address);
  }

  failed(attempt: LoginAttempt): void {
    if (attempt.knownDevice) return;
    this.pair.hit(pairKey(attempt));
    this.account.hit(attempt.account);
    this.address.hit(attempt.address);
  }

  succeeded(attempt: LoginAttempt): void {
    this.pair.reset(pairKey(attempt));
    const key = pairKey(attempt);
    this.known.delete(key);
    this.known.set(key, this.options.clock().getTime());
    // Oldest first in insertion order: forget the oldest rather than grow without bound.
    for (const oldest of this.known.keys()) {
      if (this.known.size <= LoginThrottle.MAX_KNOWN) break;
      this.known.delete(oldest);
    }
  }

  private isKnownAddress(attempt: LoginAttempt): boolean {
    const at = this.known.get(pairKey(attempt));
    return at !== undefined && this.options.clock().getTime() - at < LoginThrottle.KNOWN_FOR_MS;
  }

  /** One password check per PACE_MS for this address; a request that would wait too long is refused. */
  private async pace(address: string): Promise<RateLimitVerdict> {
    const now = this.monotonicNow();
    const slot = Math.max(now, this.nextSlot.get(address) ?? 0);
    const wait = slot - now;
    if (wait > LoginThrottle.MAX_WAIT_MS) {
      return { limited: true, retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)) };
    }
    this.nextSlot.set(address, slot + LoginThrottle.PACE_MS);
    if (this.nextSlot.size > 10_000) {
      for (const [key, at] of this.nextSlot) if (at < now) this.nextSlot.delete(key);
    }
    if (wait > 0) await this.sleep(wait);
    return OPEN;
  }
}

const pairKey = (attempt: LoginAttempt) => `${attempt.account}\n${attempt.address}`;

/** The auth feature's limits; each app instance gets its own set. */
export function createAuthLimiters(clock: Clock) {
  return {
    login: new LoginThrottle({ clock }),
    /** Mass account creation. */
    registerByIp: new RateLimiter({ limit: 10, windowMs: 60 * MINUTE, clock }),
  };
}

export type AuthLimiters = ReturnType<typeof createAuthLimiters>;
