import { type CheckInList, type Verdict } from '@shared/contract/check-in';
import { type RevocationList, type SigningKeyList, type TicketTypeList } from '@shared/contract/ticket';
import {
  decideVerdict,
  importPublicKey,
  type LatestAdmission,
  verifyTicketQr,
  type VerdictTicket,
} from '@shared/tickets';
import { type LocalAdmission } from './scan-queue-store';

/** What a desk holds to judge a scan without the server. */
export interface OfflineKit {
  slug: string;
  keys: SigningKeyList | undefined;
  types: TicketTypeList | undefined;
  revocations: RevocationList | undefined;
  list: CheckInList;
  /** This desk's own admissions (the queue's included). */
  admissions: readonly LocalAdmission[];
  /** Conference day of the scan. */
  day: string;
}

export interface OfflineJudgement {
  verdict: Verdict;
  ticketId: string | null;
  typeName: string | null;
}

const imported = new Map<string, Promise<CryptoKey>>();
function publicKey(encoded: string): Promise<CryptoKey> {
  let key = imported.get(encoded);
  if (!key) {
    key = importPublicKey(encoded);
    imported.set(encoded, key);
  }
  return key;
}

function latestHere(kit: OfflineKit, ticketId: string): LatestAdmission | null {
  const mine = kit.admissions.filter(
    (a) => a.slug === kit.slug && a.ticketId === ticketId && a.listId === kit.list.id && a.day === kit.day,
  );
  const last = mine[mine.length - 1];
  return last ? { at: last.at, deskId: last.deskId, deskName: last.deskName, exitedAt: null } : null;
}

/** The revocation list overrides what the QR code says: cancelled, blocked, or a note to read. */
function watched(kit: OfflineKit, ticketId: string) {
  return kit.revocations?.entries.find((e) => e.ticketId === ticketId);
}

function judge(
  kit: OfflineKit,
  ticketId: string,
  ticket: VerdictTicket | null,
  keyRevoked: boolean,
): Verdict {
  return decideVerdict({
    ticket,
    keyRevoked,
    list: kit.list,
    day: kit.day,
    direction: 'entry',
    latest: ticket ? latestHere(kit, ticketId) : null,
  });
}

/**
 * Judges QR content the way the server would, with the public keys, the ticket types, the
 * revocation list and this desk's own admissions, through the same shared verdict function.
 */
export async function judgeQrOffline(qr: string, kit: OfflineKit): Promise<OfflineJudgement> {
  const keys = new Map((kit.keys?.keys ?? []).map((k) => [k.keyId, k]));
  const reading = await verifyTicketQr(qr, kit.slug, async (keyId) => {
    const key = keys.get(keyId);
    return key ? publicKey(key.publicKey) : undefined;
  });
  if (!reading.ok)
    return {
      verdict: { code: 'unknown_or_forged', previous: null, note: null },
      ticketId: null,
      typeName: null,
    };
  const { claims } = reading;
  const type = kit.types?.ticketTypes.find((t) => t.number === claims.typeNumber);
  const entry = watched(kit, claims.ticketId);
  const ticket: VerdictTicket = {
    // A type this desk does not know yet: the list's type rule then refuses it, as it should.
    typeId: type?.id ?? `unknown-type-${claims.typeNumber}`,
    validDays: claims.validDays,
    status: entry?.status ?? 'valid',
    note: entry ? entry.note : null,
  };
  const keyRevoked = keys.get(claims.keyId)?.revokedAt != null;
  return {
    verdict: judge(kit, claims.ticketId, ticket, keyRevoked),
    ticketId: claims.ticketId,
    typeName: type?.name ?? null,
  };
}

/** Judges a ticket found by search before the network went away (its row came with the results). */
export function judgeTicketOffline(
  ticket: { id: string; typeId: string; status: VerdictTicket['status']; note: string | null },
  kit: OfflineKit,
): OfflineJudgement {
  const type = kit.types?.ticketTypes.find((t) => t.id === ticket.typeId);
  const entry = watched(kit, ticket.id);
  const verdict = judge(
    kit,
    ticket.id,
    {
      typeId: ticket.typeId,
      validDays: type?.validDays ?? [],
      status: entry?.status ?? ticket.status,
      note: entry ? entry.note : ticket.note,
    },
    false,
  );
  return { verdict, ticketId: ticket.id, typeName: type?.name ?? null };
}
