import { readFileSync } from 'node:fs';
import type { LogLevel, Plugin, PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** Module ids of code only staff run: their chunks are not precached for every attendee. */
const STAFF = /\/features\/(check-in|organizer)\//;

/**
 * The offline app shell: the service worker in src/sw/sw.ts, built by vite-plugin-pwa into
 * /sw.js with the list of files to precache (index.html, the attendee's JS and CSS, icons and
 * the manifest in public/). Staff chunks are left out; the worker caches them on first use.
 * It also tells the client its version, which busts the persisted query cache on upgrades.
 *
 * Under `dev:mock` (the static demo) MSW owns the worker slot, so no worker is built.
 */
export function pwa(mode: string): PluginOption[] {
  const staffChunks = new Set<string>();
  let logLevel: LogLevel = 'info';
  return [
    appVersion(),
    {
      name: 'lanyard-staff-chunks',
      apply: 'build',
      configResolved(config) {
        logLevel = config.logLevel ?? 'info';
      },
      generateBundle(_options, bundle) {
        staffChunks.clear();
        for (const [fileName, item] of Object.entries(bundle)) {
          const ids = item.type === 'chunk' ? item.moduleIds : [];
          if (ids.length > 0 && ids.every((id) => STAFF.test(id.replaceAll('\\', '/')))) {
            staffChunks.add(fileName);
          }
        }
      },
    },
    VitePWA({
      disable: mode === 'mock',
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      // Installed apps registered /sw.js; the app registers it itself (lib/offline).
      injectRegister: false,
      // public/manifest.webmanifest is the one manifest.
      manifest: false,
      integration: {
        // Before the precompress plugin, so sw.js gets its .br and .gz like every other file.
        closeBundleOrder: 'pre',
        // The worker's own build speaks as loudly as the app's (quiet under --logLevel warn).
        configureCustomSWViteBuild: (inline) => {
          inline.logLevel = logLevel;
        },
      },
      injectManifest: {
        rollupFormat: 'iife',
        globPatterns: ['**/*.{js,css,html}', 'favicon.svg', 'manifest.webmanifest', 'icons/*.{svg,png}'],
        globIgnores: ['mockServiceWorker.js', '404.html'],
        manifestTransforms: [
          (entries) => ({ manifest: entries.filter((e) => !staffChunks.has(e.url)), warnings: [] }),
        ],
      },
    }),
  ];
}

/** The version the client stamps on its persisted query cache. */
function appVersion(): Plugin {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  return {
    name: 'lanyard-app-version',
    config: () => ({ define: { 'import.meta.env.LANYARD_APP_VERSION': JSON.stringify(version) } }),
  };
}
