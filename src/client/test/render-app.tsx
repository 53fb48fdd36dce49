import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '@client/app/providers';
import { createRoutes } from '@client/app/routes';
import { getMockStore } from '@mocks/handlers';

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

/** Logs a demo account into the mock session, as if it had used the login form. */
export function loginAs(email: string): void {
  const store = getMockStore();
  const account = store.accounts.find((a) => a.email === email);
  if (!account) throw new Error(`No demo account ${email}`);
  store.currentUserId = account.id;
}

export function flagship() {
  const edition = getMockStore().editions.find((e) => e.conference.slug === SLUG);
  if (!edition) throw new Error(`The demo data has no ${SLUG}`);
  return edition;
}
