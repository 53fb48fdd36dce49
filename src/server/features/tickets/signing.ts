import type { Kysely } from 'kysely';
import type { SigningKey } from '@shared/contract';
import {
  generateSigningKeyPair,
  importPrivateKey,
  importPublicKey,
  signTicketQr,
  type TicketClaims,
} from '@shared/tickets';
import { toInstant, type Clock } from '@shared/time';
import type { Database } from '../../db/schema';
import { HttpProblem } from '../../http/problem';
import { recordAudit } from '../audit';
import * as repo from './repository';

type KeyRow = Awaited<ReturnType<typeof repo.findKeyRows>>[number];

/** Imported keys by their encoded text: importing is slow next to a verification, the text never changes. */
const imported = new Map<string, Promise<CryptoKey>>();
const MAX_CACHED = 1000;

function cached(encoded: string, load: (text: string) => Promise<CryptoKey>): Promise<CryptoKey> {
  let key = imported.get(encoded);
  if (!key) {
    if (imported.size >= MAX_CACHED) imported.clear();
    key = load(encoded);
    imported.set(encoded, key);
  }
  return key;
}

const MAX_KEY_ID = 255;

/**
 * The conference's keys, creating the first one on first use. Two requests racing to create
 * it both end up with the same key: the loser's insert does nothing and it reads the winner's.
 */
async function keyRows(db: Kysely<Database>, clock: Clock, conferenceId: string): Promise<KeyRow[]> {
  const rows = await repo.findKeyRows(db, conferenceId);
  if (rows.length > 0) return rows;
  await addKey(db, clock, conferenceId, 1);
  return repo.findKeyRows(db, conferenceId);
}

/** Gives a conference its first signing key now rather than on the first ticket shown. */
export async function ensureSigningKey(
  db: Kysely<Database>,
  clock: Clock,
  conferenceId: string,
): Promise<void> {
  await keyRows(db, clock, conferenceId);
}

async function addKey(
  db: Kysely<Database>,
  clock: Clock,
  conferenceId: string,
  keyId: number,
): Promise<boolean> {
  const pair = await generateSigningKeyPair();
  return repo.insertKeyIfAbsent(db, {
    conference_id: conferenceId,
    key_id: keyId,
    public_key: pair.publicKey,
    private_key: pair.privateKey,
    created_at: toInstant(clock()),
  });
}

/** Signs a ticket's QR code with the conference's newest key. */
export async function signForTicket(
  db: Kysely<Database>,
  clock: Clock,
  conference: { id: string; slug: string },
  claims: Omit<TicketClaims, 'keyId'>,
): Promise<string> {
  const rows = await keyRows(db, clock, conference.id);
  const active = rows[rows.length - 1]!;
  const privateKey = await cached(active.private_key, importPrivateKey);
  return signTicketQr({ ...claims, keyId: active.key_id }, privateKey, conference.slug);
}

export interface Verifier {
  publicKeyFor(keyId: number): Promise<CryptoKey | undefined>;
  isRevoked(keyId: number): boolean;
}

/** Public keys only, as a desk has them. */
export async function verifierFor(db: Kysely<Database>, conferenceId: string): Promise<Verifier> {
  const rows = new Map((await repo.findKeyRows(db, conferenceId)).map((r) => [r.key_id, r]));
  return {
    publicKeyFor: async (keyId) => {
      const row = rows.get(keyId);
      return row ? cached(row.public_key, importPublicKey) : undefined;
    },
    isRevoked: (keyId) => rows.get(keyId)?.revoked_at != null,
  };
}

function toSigningKey(row: KeyRow, activeId: number): SigningKey {
  return {
    keyId: row.key_id,
    publicKey: row.public_key,
    createdAt: row.created_at,
    active: row.key_id === activeId,
    revokedAt: row.revoked_at,
  };
}

export async function listSigningKeys(
  db: Kysely<Database>,
  clock: Clock,
  conferenceId: string,
): Promise<SigningKey[]> {
  const rows = await keyRows(db, clock, conferenceId);
  const activeId = rows[rows.length - 1]!.key_id;
  return rows.map((r) => toSigningKey(r, activeId));
}

/**
 * Starts signing with a new key. Old keys keep verifying the codes they signed, unless
 * `revokeCurrent` says the current one leaked: its codes then answer "revoked" and holders
 * fetch a fresh code through their link.
 */
export async function rotateSigningKey(
  db: Kysely<Database>,
  clock: Clock,
  conferenceId: string,
  userId: string,
  revokeCurrent: boolean,
): Promise<SigningKey[]> {
  const rows = await keyRows(db, clock, conferenceId);
  const current = rows[rows.length - 1]!;
  if (current.key_id >= MAX_KEY_ID) {
    throw new HttpProblem('signing_keys_exhausted');
  }
  const pair = await generateSigningKeyPair();
  const at = toInstant(clock());
  await db.transaction().execute(async (trx) => {
    // A concurrent rotation may take the same id first; then that rotation is this one's too.
    const added = await repo.insertKeyIfAbsent(trx, {
      conference_id: conferenceId,
      key_id: current.key_id + 1,
      public_key: pair.publicKey,
      private_key: pair.privateKey,
      created_at: at,
    });
    if (revokeCurrent) await repo.revokeKey(trx, conferenceId, current.key_id, at);
    if (added || revokeCurrent) {
      await recordAudit(trx, {
        conferenceId,
        userId,
        action: 'signing-key.rotated',
        subject: String(current.key_id + 1),
        detail: { previousKeyId: current.key_id, revokedPrevious: revokeCurrent },
        at,
      });
    }
  });
  return listSigningKeys(db, clock, conferenceId);
}
