import { create } from 'zustand';

/**
 * Whether the desk judges scans itself. Not persisted: a reloaded desk tries the network first
 * and falls back on its own again if that fails.
 */
interface DeskConnectionState {
  offline: boolean;
  /** When a queued scan last reached the server; the heartbeat reports it. */
  lastUploadAt: string | null;
  setOffline: (offline: boolean) => void;
  uploaded: (at: string) => void;
}

export const useDeskConnection = create<DeskConnectionState>()((set) => ({
  offline: false,
  lastUploadAt: null,
  setOffline: (offline) => set({ offline }),
  uploaded: (lastUploadAt) => set({ lastUploadAt }),
}));
