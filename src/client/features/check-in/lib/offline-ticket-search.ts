import { type DeskTicketIndex, deskTicketIndexSchema } from '@shared/contract/desk';
import { TICKET_SEARCH_MIN, type TicketStatus } from '@shared/contract/ticket';
import { foldText } from '@shared/text/fold';
import { privateStorageKey } from '@client/lib/offline/private-storage';

/** A ticket as the desk's offline index knows it: enough to find, show and judge it. */
export interface DeskTicket {
  id: string;
  holderName: string;
  email: string;
  orderCode: string;
  typeId: string;
  status: TicketStatus;
  note: string | null;
}

export interface OfflineSearchResult {
  tickets: DeskTicket[];
  total: number;
}

export interface OfflineTicketSearch {
  size: number;
  asOf: string;
  search: (q: string, limit: number) => OfflineSearchResult;
  /** The ticket with this id, to name the holder of a code judged offline. */
  byId: (id: string) => DeskTicket | undefined;
}

/**
 * Prepares an index for searching: one folded haystack per ticket, built once. Searching
 * 10,000 tickets is then a few milliseconds of substring tests, fast enough per keystroke.
 */
export function prepareTicketSearch(index: DeskTicketIndex): OfflineTicketSearch {
  const hay = index.rows.map(
    (r) => `${foldText(r[1])}\u0000${r[2].toLowerCase()}\u0000${r[3].toLowerCase()}`,
  );
  const names = index.rows.map((r) => foldText(r[1]));
  const toTicket = (i: number): DeskTicket => {
    const r = index.rows[i]!;
    return {
      id: r[0],
      holderName: r[1],
      email: r[2],
      orderCode: r[3],
      typeId: index.types[r[4]] ?? '',
      status: index.statuses[r[5]] ?? 'valid',
      note: r[6] === '' ? null : r[6],
    };
  };
  const positions = new Map(index.rows.map((r, i) => [r[0], i]));
  return {
    size: index.rows.length,
    byId(id) {
      const i = positions.get(id);
      return i === undefined ? undefined : toTicket(i);
    },
    asOf: index.asOf,
    search(q, limit) {
      const text = foldText(q.trim());
      if (text.length < TICKET_SEARCH_MIN) return { tickets: [], total: 0 };
      const terms = text.split(/\s+/);
      const first: number[] = [];
      const rest: number[] = [];
      for (let i = 0; i < hay.length; i++) {
        const h = hay[i]!;
        if (!terms.every((term) => h.includes(term))) continue;
        // Names starting with what was typed come first, as the holder says their name.
        (names[i]!.startsWith(text) ? first : rest).push(i);
      }
      const hits = first.concat(rest);
      return { tickets: hits.slice(0, limit).map(toTicket), total: hits.length };
    },
  };
}

const indexPrefix = privateStorageKey('desk-ticket-index:');
const storageKey = (slug: string) => `${indexPrefix}${slug}`;

/**
 * The last index downloaded, kept on the device so a desk reloaded offline still searches.
 * One conference at a time: a desk works one event, and storage is limited.
 */
export function storeTicketIndex(slug: string, index: DeskTicketIndex): void {
  try {
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const key = localStorage.key(i);
      if (key?.startsWith(indexPrefix) && key !== storageKey(slug)) localStorage.removeItem(key);
    }
    localStorage.setItem(storageKey(slug), JSON.stringify(index));
  } catch {
    // Storage full or refused: the index still works from memory until a reload.
  }
}

export function loadTicketIndex(slug: string): DeskTicketIndex | undefined {
  try {
    const raw = localStorage.getItem(storageKey(slug));
    if (!raw) return undefined;
    const parsed = deskTicketIndexSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
