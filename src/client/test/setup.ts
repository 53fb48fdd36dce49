import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { setLocale } from '@client/i18n';
import { resetMockStore } from '@mocks/handlers';
import { server } from '@mocks/node';

beforeAll(async () => {
  // jsdom says en-US; pin a 24-hour English so expectations read like the conference's own times.
  await setLocale(['en-GB']);
  server.listen({ onUnhandledRequest: 'error' });
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
  // Fresh data and a logged-out mock session for the next test.
  resetMockStore();
  localStorage.clear();
});

afterAll(() => server.close());
