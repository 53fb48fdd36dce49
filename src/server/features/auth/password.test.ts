import { describe, expect, it } from 'vitest';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password';

describe('password hashing', () => {
  it('stores a self-describing scrypt hash with a fresh salt each time', async () => {
    const [a, b] = await Promise.all([hashPassword('correct horse'), hashPassword('correct horse')]);
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{86}==$/);
    expect(a).not.toBe(b);
  });

  const stored = hashPassword('correct horse');

  it.each([
    ['the same password', 'correct horse', true],
    ['another password', 'correct horsf', false],
    ['a different case', 'Correct horse', false],
    ['an empty password', '', false],
    ['a prefix', 'correct', false],
  ])('verifies %s: %s', async (_why, attempt, expected) => {
    expect(await verifyPassword(attempt, await stored)).toBe(expected);
  });

  it('treats composed and decomposed accents as the same password', async () => {
    const hash = await hashPassword('caf\u00e9-latte');
    expect(await verifyPassword('cafe\u0301-latte', hash)).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['another scheme', 'bcrypt$2b$10$abc'],
    ['missing parts', 'scrypt$16384$8$1$c2FsdA=='],
    ['non-numeric cost', 'scrypt$x$8$1$c2FsdA==$aGFzaA=='],
    ['zero cost', 'scrypt$0$8$1$c2FsdA==$aGFzaA=='],
    ['extra parts', 'scrypt$16384$8$1$c2FsdA==$aGFzaA==$more'],
  ])('never matches a malformed hash (%s)', async (_why, hash) => {
    expect(await verifyPassword('anything', hash)).toBe(false);
  });

  it('verifies hashes made with other parameters, since they travel in the hash', async () => {
    const { scryptSync } = await import('node:crypto');
    const salt = Buffer.from('0123456789abcdef');
    const key = scryptSync('legacy', salt, 32, { N: 1024, r: 8, p: 1 });
    const hash = `scrypt$1024$8$1$${salt.toString('base64')}$${key.toString('base64')}`;
    expect(await verifyPassword('legacy', hash)).toBe(true);
    expect(await verifyPassword('legacz', hash)).toBe(false);
  });

  it('spends a verification on unknown accounts and always fails', async () => {
    expect(await verifyAgainstDummy('whatever')).toBe(false);
  });
});
