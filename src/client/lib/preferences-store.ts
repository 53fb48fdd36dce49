import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** Which clock the schedule shows: the conference's zone (default) or the device's. */
export type TimeZoneMode = 'conference' | 'device';

export interface Preferences {
  timeZoneMode: TimeZoneMode;
}

interface PreferencesState extends Preferences {
  setTimeZoneMode: (mode: TimeZoneMode) => void;
}

export const PREFERENCES_VERSION = 1;
export const defaultPreferences: Preferences = { timeZoneMode: 'conference' };

/**
 * Upgrades what an older app version stored. Version 0 (the first prototype) kept a boolean
 * `useDeviceTime`; anything unreadable falls back to the defaults rather than breaking the app.
 */
export function migratePreferences(persisted: unknown, version: number): Preferences {
  const old = (typeof persisted === 'object' && persisted !== null ? persisted : {}) as Record<
    string,
    unknown
  >;
  if (version === 0) {
    return { timeZoneMode: old.useDeviceTime === true ? 'device' : 'conference' };
  }
  const mode = old.timeZoneMode;
  return {
    timeZoneMode: mode === 'device' || mode === 'conference' ? mode : defaultPreferences.timeZoneMode,
  };
}

/** UI preferences only: server data never goes here, it lives in the query cache. */
export const usePreferences = create<PreferencesState>()(
  persist(
    (set) => ({
      ...defaultPreferences,
      setTimeZoneMode: (timeZoneMode) => set({ timeZoneMode }),
    }),
    {
      name: 'lanyard:preferences',
      version: PREFERENCES_VERSION,
      storage: createJSONStorage(() => localStorage),
      migrate: migratePreferences,
      partialize: ({ timeZoneMode }) => ({ timeZoneMode }),
    },
  ),
);
