import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
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

export default defineConfig(({ mode }) => ({
  plugins: [react(), tailwindcss(), pwa(), precompress()],
  resolve: { alias: aliases },
  define: {
    // `npm run dev:mock` answers the API from MSW in the browser instead of the server.
    'import.meta.env.LANYARD_MOCK': JSON.stringify(mode === 'mock'),
  },
  build: {
    outDir: 'dist/client',
    emptyOutDir: true,
    sourcemap: true,
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
