import { type CheckInList, type ScanRequest } from '@shared/contract/check-in';
import { type RevocationList, type SigningKeyList, type TicketTypeList } from '@shared/contract/ticket';
import { admits } from '@shared/tickets';
import { conferenceDayOf } from '@shared/time';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '@client/lib/api-error';
import { problemMessage } from '@client/ui/forms/problem-messages';
import { serverNow } from '@client/lib/server-clock';
import { checkInKeys, ticketKeys } from '../api/keys';
import { postScan } from '../api/post-scan';
import { useUndoScan } from '../api/undo-scan';
import { useDeskConnection } from './desk-connection';
import { type DeskOutcome, toneOf } from './desk-outcome';
import { playVerdictSound } from './desk-sounds';
import { markDecoded } from './desk-timing';
import { useDeskSettings } from './desk-settings-store';
import {
  judgeQrOffline,
  judgeTicketOffline,
  type OfflineJudgement,
  type OfflineKit,
} from './offline-verdict';
import { type DeskTicket, type OfflineTicketSearch } from './offline-ticket-search';
import { useScanQueue } from './scan-queue-store';
import { retryDelay } from '@client/lib/live/reconnecting-stream';
import { serverReachable, uploadQueue } from './upload-queue';

/** Slower than this and the desk stops waiting and judges on its own. */
export const SLOW_REQUEST_MS = 1500;
const RECONNECT_EVERY_MS = 5000;
/** After failed tries the desk waits longer, up to this, so a recovering server is not hammered. */
const RECONNECT_AT_MOST_MS = 60_000;
const RECENT = 5;

/** A decoded QR code (camera, wedge scanner) or a ticket picked from a search, online or offline. */
export type ScanInput = { qr: string } | { ticket: DeskTicket; typeName: string | null };

export interface DeskFailure {
  id: string;
  message: string;
}

/**
 * The desk's scan flow: ask the server (at most 1.5 s), else judge on this device with the
 * shared verdict function and queue the scan; upload the queue when the server answers again.
 */
export function useDesk(
  slug: string,
  timeZone: string,
  list: CheckInList,
  /** The desk's copy of the tickets: names the holder of a code judged offline. */
  index: OfflineTicketSearch | null = null,
) {
  const queryClient = useQueryClient();
  const offline = useDeskConnection((s) => s.offline);
  const queued = useScanQueue((s) => s.queue.filter((q) => q.slug === slug).length);
  const [outcome, setOutcome] = useState<DeskOutcome | null>(null);
  const [failure, setFailure] = useState<DeskFailure | null>(null);
  const [recent, setRecent] = useState<DeskOutcome[]>([]);
  const undo = useUndoScan(slug);

  const show = useCallback((next: DeskOutcome) => {
    if (useDeskSettings.getState().sounds) playVerdictSound(toneOf(next.verdict));
    setFailure(null);
    setOutcome(next);
    setRecent((r) => [next, ...r].slice(0, RECENT));
  }, []);

  const refreshFigures = useCallback(
    () => queryClient.invalidateQueries({ queryKey: [...checkInKeys.all(slug), 'stats'] }),
    [queryClient, slug],
  );

  const scan = useCallback(
    async (input: ScanInput) => {
      const { deskId, deskName } = useDeskSettings.getState();
      const nonce = crypto.randomUUID();
      markDecoded(nonce);
      const now = serverNow();
      const day = conferenceDayOf(now, timeZone);
      const base = { listId: list.id, deskId, deskName, clientNonce: nonce, direction: 'entry' as const };
      const request: ScanRequest =
        'qr' in input ? { ...base, qr: input.qr } : { ...base, ticketId: input.ticket.id };
      const remember = (ticketId: string, at: string, scanId: string | null) =>
        useScanQueue
          .getState()
          .remember({ slug, ticketId, listId: list.id, day, at, deskId, deskName, scanId, nonce });

      if (!useDeskConnection.getState().offline) {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), SLOW_REQUEST_MS);
        try {
          const result = await postScan(slug, request, controller.signal);
          const { scan: recorded, verdict, ticket } = result;
          if (admits(verdict.code) && recorded.ticketId)
            remember(recorded.ticketId, recorded.scannedAt, recorded.id);
          show({
            id: nonce,
            verdict,
            holderName: ticket?.holderName ?? null,
            typeName: ticket?.typeName ?? null,
            ticketId: recorded.ticketId,
            scanId: recorded.id,
            recordedAt: recorded.uploadedAt,
            offline: false,
            undone: false,
          });
          void refreshFigures();
          return;
        } catch (error) {
          if (error instanceof ApiError && error.status < 500) {
            setOutcome(null);
            if (useDeskSettings.getState().sounds) playVerdictSound('attention');
            setFailure({ id: nonce, message: problemMessage(error) });
            return;
          }
          useDeskConnection.getState().setOffline(true);
        } finally {
          clearTimeout(timer);
        }
      }

      const kit: OfflineKit = {
        slug,
        keys: queryClient.getQueryData<SigningKeyList>(ticketKeys.signingKeys(slug)),
        types: queryClient.getQueryData<TicketTypeList>(ticketKeys.types(slug)),
        revocations: queryClient.getQueryData<RevocationList>(ticketKeys.revocations(slug)),
        list,
        admissions: useScanQueue.getState().admissions,
        day,
      };
      const judged: OfflineJudgement =
        'qr' in input ? await judgeQrOffline(input.qr, kit) : judgeTicketOffline(input.ticket, kit);
      const at = now.toISOString();
      useScanQueue.getState().enqueue({
        slug,
        request: {
          ...request,
          offline: true,
          scannedAt: at,
          clientNonce: nonce,
          deskVerdict: judged.verdict.code,
        },
        label:
          ('ticket' in input
            ? input.ticket.holderName
            : ((judged.ticketId ? index?.byId(judged.ticketId)?.holderName : undefined) ??
              judged.typeName)) ?? undefined,
      });
      if (admits(judged.verdict.code) && judged.ticketId) remember(judged.ticketId, at, null);
      show({
        id: nonce,
        verdict: judged.verdict,
        holderName:
          'ticket' in input
            ? input.ticket.holderName
            : ((judged.ticketId ? index?.byId(judged.ticketId)?.holderName : undefined) ?? null),
        typeName: 'ticket' in input ? input.typeName : judged.typeName,
        ticketId: judged.ticketId,
        scanId: null,
        recordedAt: at,
        offline: true,
        undone: false,
      });
    },
    [index, list, queryClient, refreshFigures, show, slug, timeZone],
  );

  const undoOutcome = useCallback(
    (target: DeskOutcome) => {
      if (!target.scanId) return;
      undo.mutate(target.scanId, {
        onSuccess: () => {
          useScanQueue.getState().forget(target.id);
          const mark = (o: DeskOutcome) => (o.id === target.id ? { ...o, undone: true } : o);
          setRecent((r) => r.map(mark));
          setOutcome((o) => (o ? mark(o) : o));
        },
        onError: (error) => setFailure({ id: target.id, message: problemMessage(error) }),
      });
    },
    [undo],
  );

  // Back online: upload the queue, and only then judge on the server again.
  useEffect(() => {
    let unmounted = false;
    // Failed tries in a row, and when the timer may try again (backoff with jitter).
    let failures = 0;
    let nextTry = 0;
    const failed = () => {
      nextTry = Date.now() + retryDelay(failures++, Math.random, RECONNECT_EVERY_MS, RECONNECT_AT_MOST_MS);
    };
    const hasQueue = () => useScanQueue.getState().queue.some((q) => q.slug === slug);
    const reconnect = async () => {
      const emptied = await uploadQueue(slug);
      if (unmounted) return;
      if (!emptied) return failed();
      if (useDeskConnection.getState().offline) {
        const reachable = await serverReachable(slug);
        if (unmounted) return;
        if (!reachable) return failed();
        useDeskConnection.getState().setOffline(false);
      }
      failures = 0;
      nextTry = 0;
      void queryClient.invalidateQueries({ queryKey: checkInKeys.all(slug) });
      void queryClient.invalidateQueries({ queryKey: ticketKeys.revocations(slug) });
    };
    const timer = setInterval(() => {
      if (Date.now() < nextTry) return;
      if (useDeskConnection.getState().offline || hasQueue()) void reconnect();
    }, RECONNECT_EVERY_MS);
    // The browser says the network is back: try at once, whatever the backoff.
    const onOnline = () => void reconnect();
    window.addEventListener('online', onOnline);
    // A desk reloaded with scans still queued uploads them at once.
    if (hasQueue() && navigator.onLine) void reconnect();
    return () => {
      unmounted = true;
      clearInterval(timer);
      window.removeEventListener('online', onOnline);
    };
  }, [queryClient, slug]);

  // The browser knows it lost the network before any request fails: say so at once.
  useEffect(() => {
    const onOffline = () => useDeskConnection.getState().setOffline(true);
    window.addEventListener('offline', onOffline);
    return () => window.removeEventListener('offline', onOffline);
  }, []);

  const dismiss = useCallback(() => {
    setOutcome(null);
    setFailure(null);
  }, []);

  return {
    scan,
    outcome,
    failure,
    recent,
    dismiss,
    undo: undoOutcome,
    undoing: undo.isPending,
    offline,
    queued,
  };
}
