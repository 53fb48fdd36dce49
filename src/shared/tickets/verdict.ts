import type { PreviousAdmission, ScanDirection, TicketStatus, Verdict, VerdictCode } from '../contract';

/**
 * The one decision a desk makes, shared by the server and an offline desk so both say the
 * same thing about the same scan. Pure: callers gather the facts (from the database, or from
 * the signed QR code, the desk's revocation list and its own queue).
 */

export interface VerdictTicket {
  typeId: string;
  /** Conference days (YYYY-MM-DD) the ticket is valid on. */
  validDays: string[];
  status: TicketStatus;
  note: string | null;
}

export interface VerdictList {
  /** Empty admits every type. */
  ticketTypeIds: string[];
  /** Empty admits every day. */
  days: string[];
  allowsReentry: boolean;
}

/** The latest admission of this ticket on this list on the scan's conference day, if any. */
export interface LatestAdmission extends PreviousAdmission {
  /** Set once the holder was scanned out. */
  exitedAt: string | null;
}

export interface VerdictInput {
  /** Null when the QR code did not verify or names no ticket we know. */
  ticket: VerdictTicket | null;
  /** Signed by a key that was revoked since. */
  keyRevoked: boolean;
  list: VerdictList;
  /** Conference day of the scan (04:00 to 04:00 local, see conferenceDayOf). */
  day: string;
  direction: ScanDirection;
  latest: LatestAdmission | null;
}

const ADMITTING: ReadonlySet<VerdictCode> = new Set(['ok', 'needs_attention']);

export function admits(code: VerdictCode): boolean {
  return ADMITTING.has(code);
}

const plain = (code: VerdictCode): Verdict => ({ code, previous: null, note: null });

export function decideVerdict(input: VerdictInput): Verdict {
  const { ticket, list, day } = input;
  if (!ticket) return plain('unknown_or_forged');
  // Nobody is kept inside: an exit of a known ticket is always recorded as it happened.
  if (input.direction === 'exit') return plain('ok');
  if (input.keyRevoked) return plain('revoked');
  if (ticket.status === 'cancelled') return plain('cancelled');
  if (ticket.status === 'blocked') return plain('blocked');
  if (list.ticketTypeIds.length > 0 && !list.ticketTypeIds.includes(ticket.typeId)) {
    return plain('wrong_ticket_type');
  }
  const days = [...ticket.validDays].sort();
  if (days.length === 0 || day < days[0]!) return plain('not_valid_yet');
  if (day > days[days.length - 1]!) return plain('expired');
  if (!days.includes(day) || (list.days.length > 0 && !list.days.includes(day))) return plain('wrong_day');
  const latest = input.latest;
  if (latest && (latest.exitedAt === null || !list.allowsReentry)) {
    return {
      code: 'already_checked_in',
      previous: { at: latest.at, deskId: latest.deskId, deskName: latest.deskName },
      note: null,
    };
  }
  if (ticket.note) return { code: 'needs_attention', previous: null, note: ticket.note };
  return plain('ok');
}
