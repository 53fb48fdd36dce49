import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const here = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));

/** Node built-ins the server imports, and what stands in for them in a browser. */
const BUILTIN_TWINS: Record<string, string> = {
  'node:crypto': 'src/server/platform/browser/crypto.ts',
  'node:net': 'src/server/platform/browser/net.ts',
  'node:stream': 'src/server/platform/browser/stream.ts',
  'node:util': 'src/server/platform/browser/util.ts',
  'node:zlib': 'src/server/platform/browser/zlib.ts',
};

/** Server modules that talk to the operating system, and their browser twins (same exports). */
const MODULE_TWINS: Record<string, string> = {
  'src/server/features/schedule-import/fetch-schedule.ts': 'src/server/platform/browser/fetch-schedule.ts',
  'src/server/http/static.ts': 'src/server/platform/browser/static.ts',
};

/**
 * The browser platform of the server (src/server/platform/README.md): when the real server is
 * bundled into the page, as the mock backend and the static demo, its few Node-only imports
 * resolve to browser twins. Everything else is the server's own code.
 */
export function browserPlatform(): Plugin {
  const builtins = new Map(Object.entries(BUILTIN_TWINS).map(([name, twin]) => [name, here(twin)]));
  const modules = new Map(Object.entries(MODULE_TWINS).map(([path, twin]) => [here(path), here(twin)]));
  return {
    name: 'lanyard-browser-platform',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const builtin = builtins.get(source);
      if (builtin) return builtin;
      if (!importer || !source.startsWith('.')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return (resolved && modules.get(resolved.id)) ?? null;
    },
  };
}
