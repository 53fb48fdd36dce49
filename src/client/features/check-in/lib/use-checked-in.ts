import { type Scan } from '@shared/contract/check-in';
import { admits } from '@shared/tickets';
import { conferenceDayOf } from '@shared/time';
import { useQueries } from '@tanstack/react-query';
import { scansQueryOptions } from '../api/get-scans';
import { useScanQueue } from './scan-queue-store';

/** When and where a ticket was let in on this list: what a desk needs before admitting again. */
export interface CheckedIn {
  at: string;
  deskName: string;
}

/**
 * The latest admission on this list (today's, or any during the event when the desk runs
 * outside it) for each ticket shown: the server's scans while online, and this desk's own
 * admissions always, so a check-in made a moment ago or offline shows at once.
 */
export function useCheckedIn(
  slug: string,
  listId: string,
  ticketIds: readonly string[],
  day: string | null,
  timeZone: string,
  online: boolean,
): Map<string, CheckedIn> {
  const remote = useQueries({
    queries: ticketIds.map((ticketId) => ({
      ...scansQueryOptions(slug, { ticketId, listId, limit: 20 }),
      enabled: online,
      staleTime: 10_000,
    })),
  });
  const admissions = useScanQueue((s) => s.admissions);
  const counts = (at: string) => day === null || conferenceDayOf(new Date(at), timeZone) === day;
  const found = new Map<string, CheckedIn>();
  const keep = (ticketId: string, entry: CheckedIn) => {
    const known = found.get(ticketId);
    if (counts(entry.at) && (!known || known.at < entry.at)) found.set(ticketId, entry);
  };
  remote.forEach((query, i) => {
    const admitted = (query.data?.scans ?? []).filter(
      (scan: Scan) => admits(scan.verdict) && scan.undoneAt === null && scan.direction === 'entry',
    );
    for (const scan of admitted) keep(ticketIds[i]!, { at: scan.scannedAt, deskName: scan.deskName });
  });
  for (const a of admissions) {
    if (a.slug === slug && a.listId === listId && ticketIds.includes(a.ticketId)) {
      keep(a.ticketId, { at: a.at, deskName: a.deskName });
    }
  }
  return found;
}
