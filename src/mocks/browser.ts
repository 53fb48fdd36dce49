import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';

/**
 * Starts the service worker for `npm run dev:mock`. An API call without a handler is an error,
 * never a silent pass-through (MSW already lets Vite's modules and assets through).
 */
export async function startMockWorker(): Promise<void> {
  await setupWorker(...handlers).start({ onUnhandledRequest: 'error', quiet: true });
}
