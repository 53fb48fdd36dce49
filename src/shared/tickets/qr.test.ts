import { describe, expect, it } from 'vitest';
import { fromBase64url, toBase64url } from './base64url';
import { generateSigningKeyPair, importPrivateKey, importPublicKey } from './keys';
import { signTicketQr, verifyTicketQr, type TicketClaims } from './qr';

const SLUG = 'matrix-conf-2025';
const claims: TicketClaims = {
  keyId: 1,
  ticketId: 'AbCdEfGhIjK_',
  typeNumber: 3,
  validDays: ['2025-10-16', '2025-10-17', '2025-10-18'],
};

async function keyPair() {
  const encoded = await generateSigningKeyPair();
  return {
    privateKey: await importPrivateKey(encoded.privateKey),
    publicKey: await importPublicKey(encoded.publicKey),
  };
}

const only = (id: number, key: CryptoKey) => (keyId: number) => (keyId === id ? key : undefined);

/** Flips one bit of byte `index` of the decoded QR. */
function flip(qr: string, index: number): string {
  const bytes = fromBase64url(qr)!;
  bytes[index]! ^= 1;
  return toBase64url(bytes);
}

describe('signed ticket QR codes', () => {
  it('round-trips the claims and stays small enough for a low-density code', async () => {
    const { privateKey, publicKey } = await keyPair();
    const qr = await signTicketQr(claims, privateKey, SLUG);
    expect(qr).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(qr.length).toBeLessThan(120);
    expect(await verifyTicketQr(qr, SLUG, only(1, publicKey))).toEqual({ ok: true, claims });
  });

  it('keeps days that are not contiguous', async () => {
    const { privateKey, publicKey } = await keyPair();
    const sparse = { ...claims, validDays: ['2025-10-15', '2025-10-18'] };
    const qr = await signTicketQr(sparse, privateKey, SLUG);
    expect(await verifyTicketQr(qr, SLUG, only(1, publicKey))).toEqual({ ok: true, claims: sparse });
  });

  it.each([
    ['the ticket id', 5],
    ['the type', 11],
    ['the valid days', 14],
    ['the signature', 40],
  ])('rejects a code whose %s was tampered with', async (_what, index) => {
    const { privateKey, publicKey } = await keyPair();
    const qr = await signTicketQr(claims, privateKey, SLUG);
    const reading = await verifyTicketQr(flip(qr, index), SLUG, only(1, publicKey));
    expect(reading).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('rejects a code signed by someone else under our key id', async () => {
    const ours = await keyPair();
    const forger = await keyPair();
    const forged = await signTicketQr(claims, forger.privateKey, SLUG);
    expect(await verifyTicketQr(forged, SLUG, only(1, ours.publicKey))).toEqual({
      ok: false,
      reason: 'bad_signature',
    });
  });

  it('rejects a ticket of another conference signed with the same key', async () => {
    const { privateKey, publicKey } = await keyPair();
    const qr = await signTicketQr(claims, privateKey, 'matrix-conf-2024');
    expect((await verifyTicketQr(qr, SLUG, only(1, publicKey))).ok).toBe(false);
  });

  it('names an unknown key id', async () => {
    const { privateKey, publicKey } = await keyPair();
    const qr = await signTicketQr({ ...claims, keyId: 7 }, privateKey, SLUG);
    expect(await verifyTicketQr(qr, SLUG, only(1, publicKey))).toEqual({ ok: false, reason: 'unknown_key' });
  });

  it('still verifies tickets signed before a key rotation', async () => {
    const old = await keyPair();
    const current = await keyPair();
    const keys = new Map([
      [1, old.publicKey],
      [2, current.publicKey],
    ]);
    const before = await signTicketQr(claims, old.privateKey, SLUG);
    const after = await signTicketQr({ ...claims, keyId: 2 }, current.privateKey, SLUG);
    const lookup = (id: number) => keys.get(id);
    expect((await verifyTicketQr(before, SLUG, lookup)).ok).toBe(true);
    expect((await verifyTicketQr(after, SLUG, lookup)).ok).toBe(true);
    // A code claiming the new key id but signed with the old key is a forgery.
    const mislabelled = await signTicketQr({ ...claims, keyId: 2 }, old.privateKey, SLUG);
    expect((await verifyTicketQr(mislabelled, SLUG, lookup)).ok).toBe(false);
  });

  it.each([
    ['empty', '', 'malformed'],
    ['not base64url', 'hello world!', 'malformed'],
    ['too short', 'AQEC', 'malformed'],
    ['padded', 'AQ==', 'malformed'],
    ['a future version', toBase64url(new Uint8Array(80).fill(2)), 'unsupported_version'],
  ])('rejects %s input', async (_what, text, reason) => {
    const { publicKey } = await keyPair();
    expect(await verifyTicketQr(text, SLUG, only(1, publicKey))).toEqual({ ok: false, reason });
  });

  it.each([
    [{ ...claims, ticketId: 'short' }],
    [{ ...claims, keyId: 0 }],
    [{ ...claims, typeNumber: 256 }],
    [{ ...claims, validDays: [] }],
    [{ ...claims, validDays: ['2025-10-01', '2025-10-17'] }],
  ])('refuses to sign claims that do not fit: %j', async (bad) => {
    const { privateKey } = await keyPair();
    await expect(signTicketQr(bad, privateKey, SLUG)).rejects.toThrow();
  });
});

describe('base64url', () => {
  it.each([[[]], [[0]], [[255, 254]], [[1, 2, 3]], [[250, 251, 252, 253]]])('round-trips %j', (bytes) => {
    const encoded = toBase64url(new Uint8Array(bytes));
    expect([...fromBase64url(encoded)!]).toEqual(bytes);
  });
  it('matches Node for random bytes', () => {
    const bytes = crypto.getRandomValues(new Uint8Array(80));
    expect(toBase64url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
  });
});
