/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** True under `vite --mode mock` (see vite.config.ts): the API is answered by MSW. */
  readonly LANYARD_MOCK: boolean;
  /** package.json's version (scripts/pwa-plugin.ts); busts the persisted query cache on upgrades. */
  readonly LANYARD_APP_VERSION: string | undefined;
}
