import { DESK_HEARTBEAT_EVERY_MS } from '@shared/contract/desk';
import { useEffect, useRef } from 'react';
import { postHeartbeat } from '../api/desks';
import { useDeskConnection } from './desk-connection';
import { useDeskSettings } from './desk-settings-store';
import { useScanQueue } from './scan-queue-store';

const HEARTBEAT_TIMEOUT_MS = 5000;
/** A burst of scans changes the queue many times a second: one heartbeat for them. */
const SETTLE_MS = 500;

/**
 * Tells the server every 15 s, and soon after its mode or queue changes, that this desk is
 * here, whether it judges on its own and how many scans wait. Without the network the
 * heartbeats fail quietly; the dashboard reads the silence.
 */
export function useDeskHeartbeat(slug: string, listId: string) {
  const sending = useRef(false);
  const again = useRef(false);

  useEffect(() => {
    let unmounted = false;
    const send = async () => {
      if (unmounted) return;
      if (sending.current) {
        // Something changed while the last one was under way: report the newer state after it.
        again.current = true;
        return;
      }
      sending.current = true;
      const { deskId, deskName } = useDeskSettings.getState();
      const { offline, lastUploadAt } = useDeskConnection.getState();
      const queued = useScanQueue.getState().queue.filter((q) => q.slug === slug).length;
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), HEARTBEAT_TIMEOUT_MS);
      try {
        await postHeartbeat(
          slug,
          { deskId, deskName, listId, online: !offline, queued, lastUploadAt },
          controller.signal,
        );
      } catch {
        // No network, or the server is down: the missing heartbeat is the message.
      } finally {
        clearTimeout(timer);
        sending.current = false;
      }
      if (again.current) {
        again.current = false;
        void send();
      }
    };

    let settle: ReturnType<typeof setTimeout> | undefined;
    const soon = () => {
      clearTimeout(settle);
      settle = setTimeout(() => void send(), SETTLE_MS);
    };
    void send();
    const every = setInterval(() => void send(), DESK_HEARTBEAT_EVERY_MS);
    const queueLength = () => useScanQueue.getState().queue.filter((q) => q.slug === slug).length;
    let lastQueued = queueLength();
    const stopQueue = useScanQueue.subscribe(() => {
      const now = queueLength();
      if (now !== lastQueued) {
        lastQueued = now;
        soon();
      }
    });
    const stopConnection = useDeskConnection.subscribe((s, prev) => {
      if (s.offline !== prev.offline) soon();
    });
    window.addEventListener('online', soon);
    return () => {
      unmounted = true;
      clearInterval(every);
      clearTimeout(settle);
      stopQueue();
      stopConnection();
      window.removeEventListener('online', soon);
    };
  }, [slug, listId]);
}
