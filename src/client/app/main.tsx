import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { preferredTags, setLocale } from '@client/i18n';
import { persistQueries } from '@client/lib/offline/persist-queries';
import { registerServiceWorker } from '@client/lib/offline/register-service-worker';
import { AppProviders } from './providers';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';
import './styles.css';

/**
 * In `npm run dev:mock` the API is answered by MSW in the browser. The import is dynamic and
 * behind a build-time constant, so production bundles contain none of it.
 */
async function startMocks(): Promise<void> {
  if (!import.meta.env.LANYARD_MOCK) return;
  const { startMockWorker } = await import('@mocks/browser');
  await startMockWorker();
}

async function main(): Promise<void> {
  await Promise.all([startMocks(), setLocale(preferredTags(navigator.languages))]);
  const queryClient = createQueryClient();
  // Before the router's first loaders run, so a reload in airplane mode finds the schedule.
  persistQueries(queryClient, import.meta.env.LANYARD_APP_VERSION ?? 'dev');
  registerServiceWorker();
  const router = createAppRouter(queryClient);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <AppProviders queryClient={queryClient}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
}

void main();
