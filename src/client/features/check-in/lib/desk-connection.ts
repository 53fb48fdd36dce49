import { create } from 'zustand';

/**
 * Whether the desk judges scans itself. Not persisted: a reloaded desk tries the network first
 * and falls back on its own again if that fails.
 */
interface DeskConnectionState {
  offline: boolean;
  setOffline: (offline: boolean) => void;
}

export const useDeskConnection = create<DeskConnectionState>()((set) => ({
  offline: false,
  setOffline: (offline) => set({ offline }),
}));
