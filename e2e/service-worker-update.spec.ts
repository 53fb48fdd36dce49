import { type ChildProcess, spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Page } from '@playwright/test';
import { expect, sections, test } from './fixtures';
import { THURSDAY, visitOnline } from './support/offline';

// A deploy while the app is open: the open page keeps working on the old version, including a
// lazy page whose chunk the server no longer has, until the person chooses to reload into the
// new one. The spec runs its own server on a copy of dist/client, so it can "deploy" by editing
// that copy: a new sw.js (a new precache list) and one lazy chunk deleted.
const port = Number(process.env.E2E_PORT ?? 8181) + 2;
const origin = `http://127.0.0.1:${port}`;
const SPONSORS_ROUTE = 'src/client/features/sponsors/routes/sponsors-route.tsx';
/** The list vite-plugin-pwa injects into sw.js: JSON objects with a revision and a url. */
const PRECACHE_LIST = /\[\{"revision".*?\}\]/;

type PrecacheEntry = { url: string; revision: string | null };

let workDir = '';
let root = '';
let server: ChildProcess | undefined;

test.use({ baseURL: origin });

test.beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'lanyard-sw-update-'));
  root = join(workDir, 'client');
  await cp('dist/client', root, { recursive: true });
  server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    stdio: 'ignore',
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `file:${join(workDir, 'db.sqlite')}`,
      LANYARD_DEMO: 'true',
      LANYARD_NOW: '2025-10-16T10:30:00+02:00',
      LANYARD_STATIC_ROOT: root,
    },
  });
  await expect
    .poll(
      () =>
        fetch(`${origin}/api/health`).then(
          (r) => r.ok,
          () => false,
        ),
      { timeout: 60_000 },
    )
    .toBe(true);
});

test.afterAll(async () => {
  server?.kill('SIGTERM');
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

/** The file name of a lazy page's chunk, from the build manifest. */
async function chunkOf(source: string): Promise<string> {
  const manifest = JSON.parse(await readFile(join(root, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    { file: string }
  >;
  const chunk = manifest[source]?.file;
  if (!chunk) throw new Error(`${source} is not in the build manifest`);
  return chunk;
}

/**
 * A new version goes out: sw.js changes (a new index.html revision, and no longer lists the
 * chunk), and the chunk is gone from the server. Its .br/.gz copies go too, or the server
 * would send those.
 */
async function deployWithout(chunk: string): Promise<void> {
  const file = join(root, 'sw.js');
  const source = await readFile(file, 'utf8');
  const list = PRECACHE_LIST.exec(source)?.[0];
  if (!list) throw new Error('sw.js has no precache list');
  const entries = JSON.parse(list) as PrecacheEntry[];
  expect(entries.map((e) => e.url)).toContain(chunk);
  const next = entries
    .filter((e) => e.url !== chunk)
    .map((e) => (e.url === 'index.html' ? { ...e, revision: `next-${Date.now()}` } : e));
  await writeFile(file, source.replace(list, JSON.stringify(next)));
  for (const f of ['sw.js.br', 'sw.js.gz', chunk, `${chunk}.br`, `${chunk}.gz`]) {
    await rm(join(root, f), { force: true });
  }
}

/** The URLs in the worker's precache, with their revision parameter. */
function precachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const name = (await caches.keys()).find((k) => k.startsWith('workbox-precache-v2-'));
    if (!name) return [];
    const cache = await caches.open(name);
    return (await cache.keys()).map((r) => new URL(r.url).pathname + new URL(r.url).search);
  });
}

test('an open page survives a deploy, offers the new version, and reloads into it', async ({
  page,
  context,
  request,
}) => {
  test.setTimeout(90_000);
  const chunk = await chunkOf(SPONSORS_ROUTE);

  await visitOnline(page);
  await expect.poll(() => precachedUrls(page)).toContain(`/${chunk}`);
  const oldRevision = (await precachedUrls(page)).find((u) => u.startsWith('/index.html?'));
  expect(oldRevision).toBeDefined();
  // Marks this document: a reload loses the mark.
  await page.evaluate(() => Object.assign(window, { lanyardOldPage: true }));

  await deployWithout(chunk);
  expect((await request.get(`/${chunk}`)).status()).toBe(404);

  // What the app does when it comes back to the front or once an hour: ask for a new sw.js.
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
  await page.waitForFunction(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return registration?.waiting?.state === 'installed';
  });

  // The new version waits; the old page opens a lazy page whose chunk only the old worker has.
  await sections(page).getByRole('link', { name: 'Sponsors' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sponsors' })).toBeVisible();
  await expect(page.getByText('Something went wrong')).toHaveCount(0);

  const prompt = page.locator('[aria-live="polite"]').filter({ hasText: 'A new version is available.' });
  await expect(prompt).toBeVisible();
  // Still the old document, and the new version still waits for the person.
  expect(
    await page.evaluate(async () => ({
      oldPage: 'lanyardOldPage' in window,
      waiting: (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? null,
    })),
  ).toEqual({ oldPage: true, waiting: 'installed' });
  await page.screenshot({ path: test.info().outputPath('update-prompt-390.png') });
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(prompt).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('update-prompt-1280.png') });
  await page.setViewportSize({ width: 390, height: 844 });
  await prompt.getByRole('button', { name: 'Reload' }).click();

  // A new document, run by the new worker: its activation dropped what only the old list had.
  await page.waitForFunction(
    () => !('lanyardOldPage' in window) && navigator.serviceWorker.controller !== null,
  );
  await expect(page.getByRole('heading', { level: 1, name: 'Sponsors' })).toBeVisible();
  await expect(prompt).toHaveCount(0);
  await expect
    .poll(async () => {
      const urls = await precachedUrls(page);
      return {
        chunk: urls.includes(`/${chunk}`),
        oldRevision: urls.includes(oldRevision!),
        next: urls.some((u) => u.startsWith('/index.html?__WB_REVISION__=next-')),
      };
    })
    .toEqual({ chunk: false, oldRevision: false, next: true });
  expect(
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting == null),
  ).toBe(true);

  // Offline launch on the new version still shows the schedule.
  await context.setOffline(true);
  await page.close();
  const app = await context.newPage();
  await app.goto(THURSDAY);
  await expect(app.getByRole('link', { name: 'Opening' })).toBeVisible();
  await expect(app.getByText(/Offline — last updated/)).toBeVisible();
});
