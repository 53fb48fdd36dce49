import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { setLocale } from '@client/i18n';
import { resetMockBackend, server } from '@mocks/node';

// findBy*/waitFor default to 1 s, which a lazy route's first render can exceed on a loaded 2-core
// CI machine; a real regression still fails, only later.
configure({ asyncUtilTimeout: 5_000 });

// jsdom lays nothing out and logs "Not implemented" for scrollTo, which the router's
// ScrollRestoration calls on every navigation; the e2e specs test scrolling for real.
window.scrollTo = () => undefined;

beforeAll(async () => {
  // jsdom says en-US; pin a 24-hour English so expectations read like the conference's own times.
  await setLocale(['en-GB']);
  server.listen({ onUnhandledRequest: 'error' });
});

afterEach(async () => {
  cleanup();
  server.resetHandlers();
  // Fresh data, a logged-out session and the clock back at MOCK_NOW for the next test.
  await resetMockBackend();
  localStorage.clear();
});

afterAll(() => server.close());
