import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import {
  cleanupOutdatedCaches,
  matchPrecache,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkOnly } from 'workbox-strategies';

/**
 * Lanyard's service worker, built by vite-plugin-pwa (scripts/pwa-plugin.ts) into /sw.js.
 *
 * - The attendee's app shell is precached; staff-only chunks are left out of the list and are
 *   cached the first time staff open them.
 * - Navigations try the network for a few seconds, then answer with the precached shell.
 * - /api is never touched: the app persists its own query cache for offline reading.
 * - A new version waits: it takes over only when a page asks (the "Reload" prompt), so an open
 *   page never runs its old code against the new version's files. Its lazy chunks keep coming
 *   from the precache, which a waiting worker only adds to.
 */
declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] };

/** How long a navigation waits for the network before the cached shell answers. */
const NAVIGATION_TIMEOUT_SECONDS = 3;
const SHELL = 'index.html';

/** What the page posts (workbox-window's messageSkipWaiting) when the person chose to reload. */
type WorkerMessage = { type: 'SKIP_WAITING' };

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// The first worker takes the open page at once, so offline works from the first visit. An
// update reaches this line only after SKIP_WAITING, when the pages reload anyway.
clientsClaim();

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const message = event.data as WorkerMessage | undefined;
  if (message?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The hand-written worker before Workbox kept its shell in `lanyard-shell-<version>`.
self.addEventListener('activate', (event: ExtendableEvent) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith('lanyard-shell-')).map((k) => caches.delete(k))),
      ),
  );
});

const network = new NetworkOnly({ networkTimeoutSeconds: NAVIGATION_TIMEOUT_SECONDS });
registerRoute(
  new NavigationRoute(
    async (options) => {
      const fromNetwork = await network.handle(options).catch(() => undefined);
      if (fromNetwork?.ok) return fromNetwork;
      return (await matchPrecache(SHELL)) ?? fromNetwork ?? Response.error();
    },
    { denylist: [/^\/api\//] },
  ),
);

// Hashed files never change under their name: whatever the precache lacks (staff chunks, an
// older version's chunks that an open page still asks for) is kept after its first fetch.
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/assets/'),
  new CacheFirst({
    cacheName: 'lanyard-assets',
    plugins: [new ExpirationPlugin({ maxEntries: 120, purgeOnQuotaError: true })],
  }),
);
