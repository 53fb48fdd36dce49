import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '@client/app/providers';
import { createRoutes } from '@client/app/routes';
import { demoEditions } from '@shared/demo';
import { mockBackend } from '@mocks/node';

/** The demo's flagship edition, which the tests browse. */
export const SLUG = 'matrix-conf-2025';

/**
 * Renders the real route table at `path` in a memory router, over the MSW mock API, with a
 * query client that fails fast (no retries) so error states show at once.
 */
export function renderApp(path: string) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: 30_000 }, mutations: { retry: false } },
  });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router, queryClient, user };
}

/** Logs a demo account in on the mock backend, as if it had used the login form. */
export async function loginAs(email: string): Promise<void> {
  await (await mockBackend()).login(email);
}

/** The flagship edition as the mock backend was seeded with it (the demo at its 2025 dates). */
export function flagship() {
  const edition = demoEditions().find((e) => e.conference.slug === SLUG);
  if (!edition) throw new Error(`The demo data has no ${SLUG}`);
  return edition;
}
