import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { precompress } from './scripts/precompress-plugin.ts';
import { pwa } from './scripts/pwa-plugin.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export const aliases = {
  '@shared': here('./src/shared'),
  '@server': here('./src/server'),
  '@client': here('./src/client'),
  '@mocks': here('./src/mocks'),
};

const apiPort = process.env.PORT ?? '8080';

/**
 * MSW's worker (public/mockServiceWorker.js) serves `npm run dev:mock`, never a production
 * build: a deployed app has no business answering its own API from the browser.
 */
function withoutMockWorker(mode: string): Plugin {
  let outDir = 'dist';
  return {
    name: 'lanyard-without-mock-worker',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    // Before the precompress plugin's closeBundle, so no .gz/.br of it is written either.
    closeBundle: {
      order: 'pre',
      handler() {
        if (mode !== 'mock') rmSync(join(outDir, 'mockServiceWorker.js'), { force: true });
      },
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [react(), tailwindcss(), pwa(mode), withoutMockWorker(mode), precompress()],
  resolve: { alias: aliases },
  define: {
    // `npm run dev:mock` answers the API from MSW in the browser instead of the server.
    'import.meta.env.LANYARD_MOCK': JSON.stringify(mode === 'mock'),
  },
  build: {
    outDir: 'dist/client',
    emptyOutDir: true,
    // Source maps would publish the sources to anyone who asks.
    sourcemap: false,
    manifest: true,
    target: 'es2022',
    rolldownOptions: {
      output: {
        codeSplitting: {
          // What the first screen loads statically goes out as one chunk: one request and one
          // compression window instead of a dozen slivers shaped by the lazy pages' imports.
          groups: [{ name: 'first-visit', tags: ['$initial'] }],
        },
      },
    },
  },
  server: {
    proxy:
      mode === 'mock'
        ? undefined
        : { '/api': { target: `http://127.0.0.1:${apiPort}`, changeOrigin: false } },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/shared/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'api',
          include: ['src/server/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          include: ['src/client/**/*.test.{ts,tsx}', 'src/mocks/**/*.test.ts'],
          environment: 'jsdom',
          setupFiles: ['src/client/test/setup.ts'],
          testTimeout: 20_000,
        },
      },
    ],
  },
}));
