import { useAppUpdate } from './app-update';

/** How often an open app asks whether a new version is out, besides when it comes back to the front. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * The service worker (src/sw/sw.ts) keeps the app shell for offline use. Only production builds
 * register it: in development it would serve stale modules, and under `dev:mock` MSW owns the
 * worker slot. workbox-window is loaded after the page, so the first visit does not wait for it.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || import.meta.env.LANYARD_MOCK || !('serviceWorker' in navigator)) return;
  const start = () => void watchServiceWorker().catch(() => undefined);
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

async function watchServiceWorker(): Promise<void> {
  const { Workbox } = await import('workbox-window');
  const workbox = new Workbox('/sw.js');

  // A page already run by a worker reloads when another takes over, after this tab's Reload
  // or another tab's: its code belongs to the old version, whose files the new worker drops.
  // The very first worker taking an uncontrolled page (offline from the first visit) is no update.
  let controlled = navigator.serviceWorker.controller !== null;
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (controlled && !reloading) {
      reloading = true;
      window.location.reload();
    }
    controlled = true;
  });

  // Also fires at registration when a new version was already waiting (installed in another tab).
  workbox.addEventListener('waiting', () => {
    useAppUpdate.setState({ reload: () => workbox.messageSkipWaiting() });
  });

  const registration = await workbox.register();
  if (!registration) return;
  const check = () => void registration.update().catch(() => undefined);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
  setInterval(check, UPDATE_CHECK_MS);
}
