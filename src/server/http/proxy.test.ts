import { describe, expect, it } from 'vitest';
import { parseProxyTrust, resolveClientAddress } from './proxy';

describe('the client address behind proxies (LANYARD_TRUST_PROXY)', () => {
  it.each([
    // [setting, socket peer, X-Forwarded-For, client]
    ['', '203.0.113.5', '198.51.100.1', '203.0.113.5'],
    ['0', '203.0.113.5', '198.51.100.1', '203.0.113.5'],
    ['1', '127.0.0.1', 'spoofed, 198.51.100.1', '198.51.100.1'],
    ['true', '127.0.0.1', '198.51.100.1', '198.51.100.1'],
    ['2', '10.0.0.2', 'spoofed, 198.51.100.1, 10.0.0.1', '198.51.100.1'],
    ['1', '127.0.0.1', undefined, '127.0.0.1'],
    ['2', '10.0.0.2', '198.51.100.1', '198.51.100.1'],
    ['127.0.0.1', '127.0.0.1', 'spoofed, 198.51.100.1', '198.51.100.1'],
    ['127.0.0.1', '203.0.113.5', '198.51.100.1', '203.0.113.5'],
    ['127.0.0.1, 10.0.0.0/8', '::ffff:127.0.0.1', 'spoofed, 198.51.100.1, 10.1.2.3', '198.51.100.1'],
    ['10.0.0.0/8', '10.0.0.9', '10.0.0.1', '10.0.0.1'],
    ['::1', '::1', '2001:db8::7', '2001:db8::7'],
  ])('with %j, peer %s and X-Forwarded-For %j the client is %s', (setting, peer, forwarded, client) => {
    expect(resolveClientAddress(parseProxyTrust(setting), peer, forwarded)).toBe(client);
  });

  it.each(['localhost', '10.0.0.0/40', '300.1.1.1', 'yes please'])('refuses the setting %j', (setting) => {
    expect(() => parseProxyTrust(setting)).toThrow();
  });
});
