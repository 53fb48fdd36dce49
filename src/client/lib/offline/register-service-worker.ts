/**
 * The service worker keeps the app shell for offline use. Only production builds register it:
 * in development it would serve stale modules, and under `dev:mock` MSW owns the worker slot.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || import.meta.env.LANYARD_MOCK || !('serviceWorker' in navigator)) return;
  const register = () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
