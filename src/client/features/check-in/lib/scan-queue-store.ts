import { type ScanRequest } from '@shared/contract/check-in';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** A scan judged on this device without the server, waiting to be uploaded. */
export interface QueuedScan {
  slug: string;
  request: ScanRequest & { offline: true; scannedAt: string; clientNonce: string };
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
  enqueue: (scan: QueuedScan) => void;
  /** Drops uploaded scans by their nonce. */
  remove: (nonces: readonly string[]) => void;
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
): Pick<ScanQueueState, 'queue' | 'admissions'> {
  const old = (typeof persisted === 'object' && persisted !== null ? persisted : {}) as Record<
    string,
    unknown
  >;
  // Scans never get lost in an upgrade: whatever looks like a queue is kept and uploaded.
  return {
    queue: Array.isArray(old.queue) ? (old.queue as QueuedScan[]) : [],
    admissions: Array.isArray(old.admissions) ? (old.admissions as LocalAdmission[]) : [],
  };
}

/** The offline queue and this desk's own admissions, kept on the device across reloads. */
export const useScanQueue = create<ScanQueueState>()(
  persist(
    (set) => ({
      queue: [],
      admissions: [],
      enqueue: (scan) => set((s) => ({ queue: [...s.queue, scan] })),
      remove: (nonces) =>
        set((s) => ({ queue: s.queue.filter((q) => !nonces.includes(q.request.clientNonce)) })),
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
      partialize: ({ queue, admissions }) => ({ queue, admissions }),
    },
  ),
);
