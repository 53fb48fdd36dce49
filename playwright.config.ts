import { defineConfig, devices } from '@playwright/test';

// End to end against the real server on a fresh SQLite database, in Debian's Chromium
// (Playwright's own browser downloads are not available here).
const port = Number(process.env.E2E_PORT ?? 8181);
/** The static demo's plain file server (e2e/demo.spec.ts). */
const demoPort = Number(process.env.E2E_DEMO_PORT ?? 8182);
// One database per port, so two e2e runs on different ports (E2E_PORT) do not share a file.
const E2E_DATABASE = `data/e2e-${port}/lanyard.sqlite`;

const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-gpu',
    '--no-sandbox',
  ],
};

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  // The organizer specs with axe checks take about 20 s on a quiet 2-core machine; 45 s leaves
  // room for a loaded one without hiding a real hang for long.
  timeout: 45_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: chromium,
  },
  projects: [
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 }, launchOptions: chromium },
    },
  ],
  webServer: [
    {
      command: `mkdir -p data/e2e-${port} && rm -f ${E2E_DATABASE} ${E2E_DATABASE}-wal ${E2E_DATABASE}-shm && node --import tsx src/server/main.ts`,
      url: `http://127.0.0.1:${port}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
      env: {
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: `file:${E2E_DATABASE}`,
        LANYARD_DEMO: 'true',
        // Thursday of the reference event, 10:30 in Strasbourg: "now" is during the conference.
        LANYARD_NOW: '2025-10-16T10:30:00+02:00',
        LANYARD_STATIC_ROOT: 'dist/client',
        // A desk is silent after 20 s here (45 s in production): the dashboard test waits less.
        LANYARD_DESK_SILENT_SECONDS: '20',
      },
    },
    {
      // The static demo (e2e/demo.spec.ts), built fresh and served as any static host would.
      command: `npx vite build --config vite.demo.config.ts --logLevel warn && node --import tsx e2e/support/static-server.ts dist/demo ${demoPort}`,
      url: `http://127.0.0.1:${demoPort}/index.html`,
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'pipe',
    },
  ],
});
