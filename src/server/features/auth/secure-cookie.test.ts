import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiPaths } from '@shared/contract';
import { DEMO_PASSWORD } from '@shared/demo';
import { startTestServer, type TestServer } from '../../test/harness';

describe('the Secure cookie flag', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
  });
  afterAll(() => server.database.dispose());
  afterEach(() => vi.unstubAllEnvs());

  /** The cookies a login sets, asked at `origin` from the socket peer `peer`. */
  async function cookiesFor(origin: string, headers: Record<string, string> = {}, peer = '192.168.1.23') {
    const res = await server.app.request(
      `${origin}${apiPaths.login()}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ email: 'volunteer@demo.test', password: DEMO_PASSWORD }),
      },
      { incoming: { socket: { remoteAddress: peer, remotePort: 40000, remoteFamily: 'IPv4' } } },
    );
    expect(res.status).toBe(200);
    const cookies = res.headers.getSetCookie();
    expect(cookies.length).toBeGreaterThan(0);
    return cookies;
  }
  const allSecure = (cookies: string[]) => cookies.every((c) => /; Secure/.test(c));
  const noneSecure = (cookies: string[]) => cookies.every((c) => !/; Secure/.test(c));

  it('is set over https', async () => {
    expect(allSecure(await cookiesFor('https://lanyard.example'))).toBe(true);
  });

  it.each(['http://192.168.1.10:8080', 'http://lanyard.local', 'http://localhost:8080'])(
    'is not set over plain http (%s), so phones on the LAN keep their login',
    async (origin) => {
      expect(noneSecure(await cookiesFor(origin))).toBe(true);
    },
  );

  it('believes X-Forwarded-Proto only from a trusted proxy', async () => {
    const behindTls = { 'x-forwarded-proto': 'https' };
    expect(noneSecure(await cookiesFor('http://lanyard.example', behindTls))).toBe(true);
    vi.stubEnv('LANYARD_TRUST_PROXY', '127.0.0.1');
    expect(noneSecure(await cookiesFor('http://lanyard.example', behindTls, '192.168.1.23'))).toBe(true);
    expect(allSecure(await cookiesFor('http://lanyard.example', behindTls, '127.0.0.1'))).toBe(true);
    expect(
      noneSecure(await cookiesFor('http://lanyard.example', { 'x-forwarded-proto': 'http' }, '127.0.0.1')),
    ).toBe(true);
    vi.stubEnv('LANYARD_TRUST_PROXY', '1');
    expect(allSecure(await cookiesFor('http://lanyard.example', behindTls))).toBe(true);
  });

  it.each([
    ['always', 'http://192.168.1.10:8080', true],
    ['never', 'https://lanyard.example', false],
    ['auto', 'https://lanyard.example', true],
  ])('follows LANYARD_SECURE_COOKIES=%s', async (mode, origin, secure) => {
    vi.stubEnv('LANYARD_SECURE_COOKIES', mode);
    const cookies = await cookiesFor(origin);
    expect(secure ? allSecure(cookies) : noneSecure(cookies)).toBe(true);
  });
});
