/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** True under `vite --mode mock` (see vite.config.ts): the API is answered by MSW. */
  readonly LANYARD_MOCK: boolean;
}
