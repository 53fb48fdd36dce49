import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export const CONFERENCE = 'matrix-conf-2025';
export const DEMO_PASSWORD = 'lanyard-demo';

/** The bottom navigation on phones (a sidebar on wide screens): one labelled landmark. */
export const sections = (page: Page) => page.getByRole('navigation', { name: 'Sections' });

export async function logIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

/**
 * The page has no WCAG 2.1 A/AA violation axe can find. By default it first waits for the
 * network to settle, so late content is checked too; pages holding a request open (the desk's
 * live stream) pass `{ settle: false }`.
 */
export async function expectNoAxeViolations(page: Page, { settle = true } = {}) {
  if (settle) await page.waitForLoadState('networkidle');
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/**
 * Each test gets a fresh browser context (no cookies, no storage); accounts a test creates use
 * unique emails so tests never depend on each other's data.
 */
export const test = base.extend<{ uniqueEmail: string }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies first
  uniqueEmail: async ({}, use, info) => {
    await use(`e2e-${info.workerIndex}-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.org`);
  },
});

export { expect };
