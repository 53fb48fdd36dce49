import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';

/** Starts the service worker for `npm run dev:mock`; anything unmocked is an error, not a silent pass. */
export async function startMockWorker(): Promise<void> {
  const worker = setupWorker(...handlers);
  await worker.start({
    onUnhandledRequest(request, print) {
      // Vite's own modules and assets are not API calls.
      if (!new URL(request.url).pathname.startsWith('/api/')) return;
      print.error();
    },
    quiet: true,
  });
}
