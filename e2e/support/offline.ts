import { type Page } from '@playwright/test';
import { CONFERENCE, expect } from '../fixtures';

/** Thursday of the demo conference, with the session "Opening" on it. */
export const THURSDAY = `/${CONFERENCE}?day=2025-10-16`;

/**
 * The schedule used online until the service worker runs the page and the persisted query
 * cache holds the sessions and sponsors: what an offline launch needs afterwards.
 */
export async function visitOnline(page: Page) {
  await page.goto(THURSDAY);
  await expect(page.getByRole('link', { name: 'Opening' })).toBeVisible();
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
  await page.waitForFunction(() => {
    const saved = localStorage.getItem('lanyard:query-cache') ?? '';
    return saved.includes('"sessions"') && saved.includes('"sponsors"');
  });
}
