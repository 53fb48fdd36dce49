import { create } from 'zustand';

/**
 * A newer version of the app is installed and waiting. It takes over only when the person
 * chooses to reload (the update prompt), never under a page that is still in use.
 */
type AppUpdate = {
  /** Set while a new version waits: hands over to it, and the page reloads once it is in control. */
  reload: (() => void) | null;
};

export const useAppUpdate = create<AppUpdate>(() => ({ reload: null }));
