import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

// The tests run with the app's Vite config (aliases, React, defines) plus what is below.
export default defineConfig((env) =>
  mergeConfig(viteConfig(env), {
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
            // Builds the run's migrated and seeded databases once (src/server/test/snapshots.ts).
            globalSetup: ['src/server/test/global-setup.ts'],
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
  }),
);
