import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

export type CameraFacing = 'environment' | 'user';

export interface DeskSettings {
  /** Made once per device: the server names admissions by it ("at Desk 2"). */
  deskId: string;
  deskName: string;
  /** The chosen check-in list per conference slug. */
  listIds: Record<string, string>;
  facing: CameraFacing;
  /** Short tones with each verdict; off until someone at the desk turns them on. */
  sounds: boolean;
}

interface DeskSettingsState extends DeskSettings {
  setDeskName: (name: string) => void;
  setListId: (slug: string, listId: string) => void;
  setFacing: (facing: CameraFacing) => void;
  setSounds: (sounds: boolean) => void;
}

export const DESK_SETTINGS_VERSION = 1;
const newDeskId = () => `desk-${crypto.randomUUID()}`;

export const defaultDeskSettings = (): DeskSettings => ({
  deskId: newDeskId(),
  deskName: '',
  listIds: {},
  facing: 'environment',
  sounds: false,
});

/**
 * Upgrades what an older version stored. Version 0 (the placeholder desk) kept a single
 * `listId` without its conference; it is dropped, and the desk asks for the list once more.
 */
export function migrateDeskSettings(persisted: unknown, _version: number): DeskSettings {
  const old = (typeof persisted === 'object' && persisted !== null ? persisted : {}) as Record<
    string,
    unknown
  >;
  const defaults = defaultDeskSettings();
  const listIds =
    typeof old.listIds === 'object' && old.listIds !== null
      ? Object.fromEntries(
          Object.entries(old.listIds as Record<string, unknown>).filter(
            (e): e is [string, string] => typeof e[1] === 'string',
          ),
        )
      : {};
  return {
    deskId: typeof old.deskId === 'string' && old.deskId ? old.deskId : defaults.deskId,
    deskName: typeof old.deskName === 'string' ? old.deskName.slice(0, 60) : '',
    listIds,
    facing: old.facing === 'user' ? 'user' : 'environment',
    sounds: old.sounds === true,
  };
}

/** Device-owned desk settings: which desk this is, its list, its camera. */
export const useDeskSettings = create<DeskSettingsState>()(
  persist(
    (set) => ({
      ...defaultDeskSettings(),
      setDeskName: (deskName) => set({ deskName: deskName.slice(0, 60) }),
      setListId: (slug, listId) => set((s) => ({ listIds: { ...s.listIds, [slug]: listId } })),
      setFacing: (facing) => set({ facing }),
      setSounds: (sounds) => set({ sounds }),
    }),
    {
      name: 'lanyard:desk-settings',
      version: DESK_SETTINGS_VERSION,
      storage: createJSONStorage(() => localStorage),
      migrate: migrateDeskSettings,
      partialize: ({ deskId, deskName, listIds, facing, sounds }) => ({
        deskId,
        deskName,
        listIds,
        facing,
        sounds,
      }),
    },
  ),
);
