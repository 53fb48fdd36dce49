import { afterEach, expect, it, vi } from 'vitest';
import { apiPaths, problemSchema } from '@shared/contract';
import { DEMO_PASSWORD } from '@shared/demo';
import { describeEachDatabase, type TestServer } from '../../test/harness';
import { createAccount } from './service';
import { DEVICE_COOKIE } from './known-device';
import { LoginThrottle } from './rate-limit';

const { PAIR_LIMIT, ACCOUNT_LIMIT, ADDRESS_LIMIT } = LoginThrottle;

/** A browser behind `address` (the socket's peer), with its own cookies. */
function browser(server: TestServer, address: string) {
  const cookies = new Map<string, string>();
  return {
    cookies,
    async login(email: string, password: string, headers: Record<string, string> = {}) {
      const res = await server.app.request(
        apiPaths.login(),
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
            ...headers,
          },
          body: JSON.stringify({ email, password }),
        },
        { incoming: { socket: { remoteAddress: address, remotePort: 40000, remoteFamily: 'IPv4' } } },
      );
      for (const cookie of res.headers.getSetCookie()) {
        const [name, ...value] = cookie.split(';')[0]!.split('=');
        cookies.set(name!, value.join('='));
      }
      return res;
    },
  };
}

async function codeOf(res: Response) {
  return res.status === 200 ? 'ok' : problemSchema.parse(await res.json()).code;
}

describeEachDatabase('login limits (decision 13)', (server) => {
  let accounts = 0;
  /** A fresh account per test: the limits are kept per app, across tests. */
  async function account(password = 'the-right-password') {
    const email = `limits-${++accounts}@example.org`;
    const { db, clock } = server().deps;
    await createAccount(db, clock, { email, name: `Limits ${accounts}`, password, roles: ['volunteer'] });
    return email;
  }

  afterEach(() => vi.unstubAllEnvs());

  it(`refuses one account from one address after ${PAIR_LIMIT} wrong passwords, right one included, and only there`, async () => {
    const email = await account();
    const guesser = browser(server(), '203.0.113.10');
    for (let i = 1; i <= PAIR_LIMIT; i++) {
      expect(await codeOf(await guesser.login(email.toUpperCase(), `wrong-${i}`))).toBe(
        'invalid_credentials',
      );
    }
    const refused = await guesser.login(email, 'the-right-password');
    expect(await codeOf(refused)).toBe('rate_limited');
    expect(refused.headers.get('retry-after')).toBe('900');
    expect(refused.headers.getSetCookie()).toEqual([]);
    // The owner elsewhere is not affected.
    expect(await codeOf(await browser(server(), '198.51.100.20').login(email, 'the-right-password'))).toBe(
      'ok',
    );
  });

  it('never refuses the right password to a browser that logged in before, whatever others at its address did', async () => {
    const email = await account();
    const owner = browser(server(), '192.0.2.50');
    expect(await codeOf(await owner.login(email, 'the-right-password'))).toBe('ok');
    expect(owner.cookies.get(DEVICE_COOKIE)).toMatch(/^[\w-]+\.\d+\.[\w-]{43}$/);
    // Someone behind the same NAT guesses until the pair is locked...
    const neighbour = browser(server(), '192.0.2.50');
    for (let i = 0; i <= PAIR_LIMIT; i++) await neighbour.login(email, `guess-${i}`);
    expect(await codeOf(await neighbour.login(email, 'the-right-password'))).toBe('rate_limited');
    // ...and the owner's browser still logs in, and still learns a typo is a typo.
    expect(await codeOf(await owner.login(email, 'typo'))).toBe('invalid_credentials');
    expect(await codeOf(await owner.login(email, 'the-right-password'))).toBe('ok');
  });

  it('does not take a known-device cookie of another account or a forged one', async () => {
    const email = await account();
    const other = await account();
    const owner = browser(server(), '192.0.2.60');
    expect(await codeOf(await owner.login(other, 'the-right-password'))).toBe('ok');
    const forged = browser(server(), '192.0.2.60');
    forged.cookies.set(DEVICE_COOKIE, owner.cookies.get(DEVICE_COOKIE)!);
    for (let i = 0; i < PAIR_LIMIT; i++) await forged.login(email, `guess-${i}`);
    expect(await codeOf(await forged.login(email, 'the-right-password'))).toBe('rate_limited');
  });

  it('locks an account guessed from many addresses for new addresses only', async () => {
    const email = await account();
    const usual = browser(server(), '198.51.100.7');
    expect(await codeOf(await usual.login(email, 'the-right-password'))).toBe('ok');
    usual.cookies.clear(); // a new browser on the usual address: known by address alone
    for (let i = 0; i < ACCOUNT_LIMIT; i++) {
      expect(await codeOf(await browser(server(), `203.0.113.${100 + i}`).login(email, 'guess'))).toBe(
        'invalid_credentials',
      );
    }
    expect(await codeOf(await browser(server(), '203.0.113.250').login(email, 'the-right-password'))).toBe(
      'rate_limited',
    );
    expect(await codeOf(await usual.login(email, 'the-right-password'))).toBe('ok');
  });

  it(`keeps a venue's shared address open after ${ADDRESS_LIMIT} failures across accounts`, async () => {
    const venue = '100.64.0.1';
    for (let i = 0; i < ADDRESS_LIMIT + 5; i++) {
      expect(await codeOf(await browser(server(), venue).login(`typo-${i}@example.org`, 'guess'))).toBe(
        'invalid_credentials',
      );
    }
    // Everyone else behind the NAT still logs in, known there before or not.
    expect(await codeOf(await browser(server(), venue).login('volunteer@demo.test', DEMO_PASSWORD))).toBe(
      'ok',
    );
    expect(await codeOf(await browser(server(), venue).login('desk@demo.test', DEMO_PASSWORD))).toBe('ok');
    expect(await codeOf(await browser(server(), venue).login(await account(), 'the-right-password'))).toBe(
      'ok',
    );
  });

  it("forgets an address's failures on the account once it logs in", async () => {
    const email = await account();
    const user = browser(server(), '198.51.100.30');
    for (let i = 1; i < PAIR_LIMIT; i++) await user.login(email, 'wrong');
    expect(await codeOf(await user.login(email, 'the-right-password'))).toBe('ok');
    user.cookies.clear();
    for (let i = 1; i < PAIR_LIMIT; i++) {
      expect(await codeOf(await user.login(email, 'wrong'))).toBe('invalid_credentials');
    }
  });

  it('ignores X-Forwarded-For unless a proxy is trusted, then reads it from the right', async () => {
    const email = await account();
    // Untrusted: a client inventing a fresh address per request is still one address.
    const direct = browser(server(), '203.0.113.77');
    for (let i = 0; i < PAIR_LIMIT; i++) {
      await direct.login(email, 'guess', { 'x-forwarded-for': `10.9.${i}.1` });
    }
    expect(await codeOf(await direct.login(email, 'guess', { 'x-forwarded-for': '10.9.99.1' }))).toBe(
      'rate_limited',
    );

    // Behind one trusted proxy: the proxy appends the real client, the left part is the client's.
    vi.stubEnv('LANYARD_TRUST_PROXY', '1');
    const other = await account();
    const proxy = browser(server(), '127.0.0.1');
    for (let i = 0; i < PAIR_LIMIT; i++) {
      await proxy.login(other, 'guess', { 'x-forwarded-for': `10.8.${i}.1, 203.0.113.88` });
    }
    expect(await codeOf(await proxy.login(other, 'guess', { 'x-forwarded-for': '203.0.113.88' }))).toBe(
      'rate_limited',
    );
    expect(
      await codeOf(await proxy.login(other, 'the-right-password', { 'x-forwarded-for': '203.0.113.89' })),
    ).toBe('ok');
  });
});
