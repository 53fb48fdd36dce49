import { existsSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { defineConfig, mergeConfig, type Plugin, type UserConfig } from 'vite';
import { browserPlatform } from './scripts/browser-platform-plugin.ts';
import base from './vite.config.ts';

/**
 * A static host answers a deep link (/matrix-conf-2025/sessions/X) with its 404 page; that page
 * is the app, which then routes by the address as index.html would.
 */
function spaFallback(): Plugin {
  let outDir = '';
  return {
    name: 'lanyard-spa-fallback',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async closeBundle() {
      const page = join(outDir, 'index.html');
      // Also called after a failed build, whose own error is the one to see.
      if (existsSync(page)) await copyFile(page, join(outDir, '404.html'));
    },
  };
}

/**
 * The app with the real server running in the page (src/mocks/browser.ts): `npm run dev:mock`
 * serves it, `npm run build:demo` writes it to dist/demo for any static host. Mode "mock"
 * switches the app to start the in-page server and keeps MSW's worker in the build.
 */
export default defineConfig((env) => {
  const app = base({ ...env, mode: 'mock' }) as UserConfig;
  // A static host compresses (or not) as it likes; .br/.gz copies only serve our own server.
  const plugins = (app.plugins ?? []).filter((p) => !(p && 'name' in p && p.name === 'lanyard-precompress'));
  return mergeConfig(
    { ...app, plugins },
    { plugins: [browserPlatform(), spaFallback()], build: { outDir: 'dist/demo' } },
  );
});
