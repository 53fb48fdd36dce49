import { fromBase64url, toBase64url } from './base64url';
import { ed25519Sign, ed25519Verify } from './keys';

/**
 * The signed QR content, 80 bytes as 107 base64url characters (a version 7 code at level M):
 *
 *   0      version (1)
 *   1      key id (1..255), so keys can rotate and old tickets still verify
 *   2..10  ticket id (9 bytes)
 *   11     ticket type number (1..255)
 *   12..13 first valid day, days since 1970-01-01, big-endian
 *   14..15 bitmap of valid days from the first (bit 0 = first day)
 *   16..79 Ed25519 signature
 *
 * The signature covers the first 16 bytes behind a prefix naming the conference, so a ticket
 * of one edition never verifies at another even if someone reused a key.
 */
export const QR_VERSION = 1;
const CLAIMS_LENGTH = 16;
const SIGNATURE_LENGTH = 64;
const TICKET_ID_BYTES = 9;
const DAY_MS = 86_400_000;
const BITMAP_DAYS = 16;

export interface TicketClaims {
  keyId: number;
  ticketId: string;
  typeNumber: number;
  /** YYYY-MM-DD, within 16 days of the first. */
  validDays: string[];
}

export type QrRejection = 'malformed' | 'unsupported_version' | 'unknown_key' | 'bad_signature';
export type QrReading = { ok: true; claims: TicketClaims } | { ok: false; reason: QrRejection };

const epochDay = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

function signedMessage(conferenceSlug: string, claims: Uint8Array): Uint8Array<ArrayBuffer> {
  const prefix = new TextEncoder().encode(`lanyard-ticket:${conferenceSlug}:`);
  const message = new Uint8Array(prefix.length + claims.length);
  message.set(prefix);
  message.set(claims, prefix.length);
  return message;
}

export function encodeClaims(claims: TicketClaims): Uint8Array {
  const id = fromBase64url(claims.ticketId);
  if (!id || id.length !== TICKET_ID_BYTES) throw new Error(`Ticket id "${claims.ticketId}" is not 9 bytes`);
  const byte = (n: number, what: string) => {
    if (!Number.isInteger(n) || n < 1 || n > 255) throw new Error(`${what} ${n} does not fit in a byte`);
    return n;
  };
  const days = [...new Set(claims.validDays.map(epochDay))].sort((a, b) => a - b);
  const first = days[0];
  if (first === undefined || days.some(Number.isNaN)) throw new Error('A ticket needs valid days');
  if (first < 0 || first > 0xffff) throw new Error('Valid days out of range');
  if (days[days.length - 1]! - first >= BITMAP_DAYS) throw new Error('Valid days span more than 16 days');
  let bitmap = 0;
  for (const d of days) bitmap |= 1 << (d - first);

  const out = new Uint8Array(CLAIMS_LENGTH);
  out[0] = QR_VERSION;
  out[1] = byte(claims.keyId, 'Key id');
  out.set(id, 2);
  out[11] = byte(claims.typeNumber, 'Type number');
  out[12] = first >> 8;
  out[13] = first & 0xff;
  out[14] = bitmap >> 8;
  out[15] = bitmap & 0xff;
  return out;
}

export function decodeClaims(bytes: Uint8Array): TicketClaims {
  const first = (bytes[12]! << 8) | bytes[13]!;
  const bitmap = (bytes[14]! << 8) | bytes[15]!;
  const validDays: string[] = [];
  for (let i = 0; i < BITMAP_DAYS; i++) if (bitmap & (1 << i)) validDays.push(dateOf(first + i));
  return {
    keyId: bytes[1]!,
    ticketId: toBase64url(bytes.subarray(2, 2 + TICKET_ID_BYTES)),
    typeNumber: bytes[11]!,
    validDays,
  };
}

export async function signTicketQr(
  claims: TicketClaims,
  privateKey: CryptoKey,
  conferenceSlug: string,
): Promise<string> {
  const body = encodeClaims(claims);
  const signature = await ed25519Sign(privateKey, signedMessage(conferenceSlug, body));
  const out = new Uint8Array(CLAIMS_LENGTH + SIGNATURE_LENGTH);
  out.set(body);
  out.set(signature, CLAIMS_LENGTH);
  return toBase64url(out);
}

/**
 * Reads and verifies QR content with public keys only. `publicKeyFor` answers the key of a
 * key id, or undefined when this conference never had it.
 */
export async function verifyTicketQr(
  text: string,
  conferenceSlug: string,
  publicKeyFor: (keyId: number) => CryptoKey | undefined | Promise<CryptoKey | undefined>,
): Promise<QrReading> {
  const bytes = fromBase64url(text.trim());
  if (!bytes || bytes.length < 1) return { ok: false, reason: 'malformed' };
  if (bytes[0] !== QR_VERSION) return { ok: false, reason: 'unsupported_version' };
  if (bytes.length !== CLAIMS_LENGTH + SIGNATURE_LENGTH) return { ok: false, reason: 'malformed' };
  const body = bytes.slice(0, CLAIMS_LENGTH);
  const bitmap = (body[14]! << 8) | body[15]!;
  // Bit 0 marks the first day itself; without it the same days would have a second encoding.
  if ((bitmap & 1) === 0) return { ok: false, reason: 'malformed' };
  const key = await publicKeyFor(body[1]!);
  if (!key) return { ok: false, reason: 'unknown_key' };
  const signature = bytes.slice(CLAIMS_LENGTH);
  const valid = await ed25519Verify(key, signature, signedMessage(conferenceSlug, body));
  return valid ? { ok: true, claims: decodeClaims(body) } : { ok: false, reason: 'bad_signature' };
}
