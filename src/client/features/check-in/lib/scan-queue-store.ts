import { type ScanRequest } from '@shared/contract/check-in';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** A scan judged on this device without the server, waiting to be uploaded. */
export interface QueuedScan {
  slug: string;
  request: ScanRequest & { offline: true; scannedAt: string; clientNonce: string };
  /** What the desk knew of it (holder or ticket type), to name it if the server refuses it. */
  label?: string;
  /** Uploads of this scan the server failed with an error of its own (500), and when to try again. */
  failures?: number;
  retryAt?: number;
}

/** Why the server would not take a queued scan. */
export interface SetAsideReason {
  status: number;
  code: string;
  message: string;
}

/** A queued scan the server refused: kept, with the reason, out of the way of the scans behind it. */
export interface SetAsideScan {
  slug: string;
  request: QueuedScan['request'];
  label?: string;
  reason: SetAsideReason;
  /** When it was set aside (ISO). */
  at: string;
}

/** An admission this desk made (online or offline): how it spots a repeat without the network. */
export interface LocalAdmission {
  slug: string;
  ticketId: string;
  listId: string;
  day: string;
  at: string;
  deskId: string;
  deskName: string;
  /** The server's scan id once known, so an undo can drop it again. */
  scanId: string | null;
  nonce: string;
}

interface ScanQueueState {
  queue: QueuedScan[];
  admissions: LocalAdmission[];
  setAside: SetAsideScan[];
  enqueue: (scan: QueuedScan) => void;
  /** Drops uploaded scans by their nonce. */
  remove: (nonces: readonly string[]) => void;
  /** Moves a queued scan out of the queue with the reason the server gave. */
  putAside: (nonce: string, reason: SetAsideReason, at: string) => void;
  /** Counts a failed upload of one scan and says when to try it again. */
  deferUpload: (nonce: string, retryAt: number) => void;
  /** Puts a set-aside scan back at the end of the queue, to be uploaded again. */
  retrySetAside: (nonce: string) => void;
  /** Forgets a set-aside scan for good. */
  discardSetAside: (nonce: string) => void;
  remember: (admission: LocalAdmission) => void;
  forget: (nonce: string) => void;
  attachScanId: (nonce: string, scanId: string) => void;
}

export const SCAN_QUEUE_VERSION = 1;
/** Enough for a long day at a busy gate; older admissions can no longer be repeats of today's. */
const MAX_ADMISSIONS = 5000;

export function migrateScanQueue(
  persisted: unknown,
  _version: number,
): Pick<ScanQueueState, 'queue' | 'admissions' | 'setAside'> {
  const old = (typeof persisted === 'object' && persisted !== null ? persisted : {}) as Record<
    string,
    unknown
  >;
  // Scans never get lost in an upgrade: whatever looks like a queue is kept and uploaded.
  return {
    queue: Array.isArray(old.queue) ? (old.queue as QueuedScan[]) : [],
    admissions: Array.isArray(old.admissions) ? (old.admissions as LocalAdmission[]) : [],
    setAside: Array.isArray(old.setAside) ? (old.setAside as SetAsideScan[]) : [],
  };
}

/** The offline queue and this desk's own admissions, kept on the device across reloads. */
export const useScanQueue = create<ScanQueueState>()(
  persist(
    (set) => ({
      queue: [],
      admissions: [],
      setAside: [],
      enqueue: (scan) => set((s) => ({ queue: [...s.queue, scan] })),
      remove: (nonces) =>
        set((s) => ({ queue: s.queue.filter((q) => !nonces.includes(q.request.clientNonce)) })),
      putAside: (nonce, reason, at) =>
        set((s) => {
          const item = s.queue.find((q) => q.request.clientNonce === nonce);
          if (!item) return s;
          return {
            queue: s.queue.filter((q) => q !== item),
            setAside: [
              ...s.setAside,
              { slug: item.slug, request: item.request, label: item.label, reason, at },
            ],
          };
        }),
      deferUpload: (nonce, retryAt) =>
        set((s) => ({
          queue: s.queue.map((q) =>
            q.request.clientNonce === nonce ? { ...q, failures: (q.failures ?? 0) + 1, retryAt } : q,
          ),
        })),
      retrySetAside: (nonce) =>
        set((s) => {
          const item = s.setAside.find((a) => a.request.clientNonce === nonce);
          if (!item) return s;
          return {
            setAside: s.setAside.filter((a) => a !== item),
            queue: [...s.queue, { slug: item.slug, request: item.request, label: item.label }],
          };
        }),
      discardSetAside: (nonce) =>
        set((s) => ({ setAside: s.setAside.filter((a) => a.request.clientNonce !== nonce) })),
      remember: (admission) =>
        set((s) => ({ admissions: [...s.admissions, admission].slice(-MAX_ADMISSIONS) })),
      forget: (nonce) => set((s) => ({ admissions: s.admissions.filter((a) => a.nonce !== nonce) })),
      attachScanId: (nonce, scanId) =>
        set((s) => ({ admissions: s.admissions.map((a) => (a.nonce === nonce ? { ...a, scanId } : a)) })),
    }),
    {
      name: 'lanyard:scan-queue',
      version: SCAN_QUEUE_VERSION,
      storage: createJSONStorage(() => localStorage),
      migrate: migrateScanQueue,
      partialize: ({ queue, admissions, setAside }) => ({ queue, admissions, setAside }),
    },
  ),
);
