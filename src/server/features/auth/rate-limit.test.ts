import { describe, expect, it } from 'vitest';
import { LoginThrottle, RateLimiter } from './rate-limit';

const MINUTE = 60_000;

function limiter(limit = 3, windowMs = 15 * MINUTE, maxKeys?: number) {
  let now = Date.parse('2025-10-16T08:00:00Z');
  const l = new RateLimiter({ limit, windowMs, clock: () => new Date(now), maxKeys });
  return { l, advance: (ms: number) => (now += ms) };
}

describe('RateLimiter', () => {
  it.each([
    // [hits, expected verdicts of each hit]
    [2, [false, false]],
    [3, [false, false, true]],
    [5, [false, false, true, true, true]],
  ])('with limit 3, %i hits answer %j', (hits, expected) => {
    const { l } = limiter();
    expect(Array.from({ length: hits }, () => l.hit('a').limited)).toEqual(expected);
  });

  it.each([
    ['before any hit', 0, 0, false],
    ['below the limit', 2, 0, false],
    ['at the limit', 3, 0, true],
    ['at the limit, a minute later', 3, MINUTE, true],
    ['at the limit, when the lockout ends', 3, 15 * MINUTE, false],
    ['below the limit, when the window ends', 2, 15 * MINUTE, false],
  ])('status %s', (_why, hits, wait, limited) => {
    const { l, advance } = limiter();
    for (let i = 0; i < hits; i++) l.hit('a');
    advance(wait);
    expect(l.status('a').limited).toBe(limited);
  });

  it('says how long the lockout lasts, in whole seconds', () => {
    const { l, advance } = limiter();
    l.hit('a');
    l.hit('a');
    expect(l.hit('a')).toEqual({ limited: true, retryAfterSeconds: 900 });
    advance(10 * MINUTE + 500);
    expect(l.status('a')).toEqual({ limited: true, retryAfterSeconds: 300 });
  });

  it('locks for a whole window from the hit that reached the limit', () => {
    const { l, advance } = limiter();
    l.hit('a');
    advance(14 * MINUTE);
    l.hit('a');
    l.hit('a');
    advance(2 * MINUTE);
    expect(l.status('a').limited).toBe(true);
  });

  it('does not extend a lockout on further hits', () => {
    const { l, advance } = limiter();
    for (let i = 0; i < 3; i++) l.hit('a');
    advance(10 * MINUTE);
    expect(l.hit('a').retryAfterSeconds).toBe(300);
  });

  it('starts a fresh window once the old one passed', () => {
    const { l, advance } = limiter();
    l.hit('a');
    l.hit('a');
    advance(15 * MINUTE);
    expect(l.hit('a').limited).toBe(false);
    expect(l.hit('a').limited).toBe(false);
    expect(l.hit('a').limited).toBe(true);
  });

  it('keeps keys apart and forgets a key on reset', () => {
    const { l } = limiter();
    for (let i = 0; i < 3; i++) l.hit('a');
    expect(l.status('b').limited).toBe(false);
    l.reset('a');
    expect(l.status('a').limited).toBe(false);
  });

  it('stays bounded under a flood of keys', () => {
    const { l } = limiter(3, 15 * MINUTE, 100);
    for (let i = 0; i < 1000; i++) l.hit(`k${i}`);
    expect(l.size).toBeLessThanOrEqual(100);
  });
});

describe('LoginThrottle pacing of a busy address', () => {
  function throttle() {
    let now = 0;
    const waits: number[] = [];
    const t = new LoginThrottle({
      clock: () => new Date('2025-10-16T08:00:00Z'),
      monotonicNow: () => now,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    return { t, waits, advance: (ms: number) => (now += ms) };
  }
  const attempt = (account: string, address = '100.64.0.1') => ({ account, address, knownDevice: false });

  it('checks passwords at once until the address has many failures, then one per pace step, never locking it', async () => {
    const { t, waits } = throttle();
    for (let i = 0; i < LoginThrottle.ADDRESS_LIMIT; i++) {
      expect((await t.admit(attempt(`a${i}`))).limited).toBe(false);
      t.failed(attempt(`a${i}`));
    }
    expect(waits).toEqual([]);
    const verdicts = [];
    for (let i = 0; i < 4; i++) verdicts.push(await t.admit(attempt(`b${i}`)));
    expect(verdicts.every((v) => !v.limited)).toBe(true);
    expect(waits).toEqual([250, 500, 750]);
  });

  it('asks a flood to come back rather than queue it without end', async () => {
    const { t, advance } = throttle();
    for (let i = 0; i < LoginThrottle.ADDRESS_LIMIT; i++) t.failed(attempt(`a${i}`));
    const verdicts = [];
    for (let i = 0; i < 30; i++) verdicts.push(await t.admit(attempt(`b${i}`)));
    expect(verdicts.filter((v) => !v.limited)).toHaveLength(21);
    expect(verdicts.at(-1)).toEqual({ limited: true, retryAfterSeconds: 6 });
    advance(6_000);
    expect((await t.admit(attempt('later'))).limited).toBe(false);
  });

  it('lets an address that logged in to the account skip the pacing', async () => {
    const { t, waits } = throttle();
    t.succeeded(attempt('regular'));
    for (let i = 0; i < LoginThrottle.ADDRESS_LIMIT + 10; i++) t.failed(attempt(`a${i}`));
    expect((await t.admit(attempt('regular'))).limited).toBe(false);
    expect(waits).toEqual([]);
  });
});
