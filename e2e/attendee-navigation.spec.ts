import { CONFERENCE, expect, test } from './fixtures';

// The server's clock is pinned to Thursday 16 October 2025, 10:30 in Strasbourg (LANYARD_NOW).
const THURSDAY = `/${CONFERENCE}?day=2025-10-16`;
const FOUNDATION = 'The Matrix.org Foundation Updates'; // Ada Byron, running at 10:30

test.describe('attendee navigation on a phone', () => {
  test('a new page opens at its top and back returns to where the list was left', async ({ page }) => {
    await page.goto(THURSDAY);
    const links = page.locator('main a[href*="/sessions/"]');
    await expect(links.first()).toBeVisible();
    const late = links.nth((await links.count()) - 3);
    await late.scrollIntoViewIfNeeded();
    const listY = await page.evaluate(() => window.scrollY);
    expect(listY).toBeGreaterThan(1000);

    const title = (await late.textContent())!.trim();
    await late.click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    // Back: the list is where it was left, the session just read in view.
    await page.goBack();
    await expect(page.getByRole('link', { name: title })).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  });

  test('during the conference the first screen is what runs now and next, today below', async ({ page }) => {
    await page.goto(`/${CONFERENCE}`);
    await expect(page.getByRole('heading', { level: 2, name: 'On now and next' })).toBeInViewport();
    const ada = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3, name: 'Ada Byron' }) });
    await expect(ada.getByRole('link', { name: FOUNDATION })).toBeVisible();
    // Today's full list follows the panel.
    await expect(page.getByRole('heading', { level: 2, name: 'Thursday, 16 October 2025' })).toBeAttached();
    await expect(page.getByRole('link', { name: 'Opening' })).toBeAttached();
  });

  test('"Jump to now" on today\'s tab scrolls to the slot that is running', async ({ page }) => {
    await page.goto(THURSDAY);
    await expect(page.getByRole('link', { name: 'Opening' })).toBeInViewport();
    await page.getByRole('button', { name: 'Jump to now' }).click();
    await expect(page.getByRole('link', { name: 'Opening' })).not.toBeInViewport();
    const list = page.getByRole('region', { name: 'Thursday, 16 October 2025' });
    await expect(list.getByRole('link', { name: new RegExp(FOUNDATION) })).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
  });

  test('search spans every day with a count per day', async ({ page }) => {
    await page.goto(THURSDAY);
    // A Friday talk, searched from Thursday.
    await page.getByRole('searchbox', { name: 'Search sessions' }).fill('Governing Board transparency');
    const results = page.getByRole('region', { name: 'Search results, all days' });
    const friday = results.getByRole('region', { name: /Friday, 17 October/ });
    await expect(friday.getByRole('link', { name: /Governing Board transparency update/ })).toBeVisible();
    await expect(friday.getByRole('heading', { level: 2 })).toContainText('1 match');
    await expect(results.getByText('1 session matches “Governing Board transparency”')).toBeVisible();
    await expect(page).toHaveURL(/q=Governing/);

    await page.getByRole('searchbox', { name: 'Search sessions' }).fill('zzzz-nothing');
    await expect(
      page.getByText('No session on any day matches “zzzz-nothing”. Try another word.'),
    ).toBeVisible();
    await expect(page.getByText(/clear the filters/i)).toHaveCount(0);
  });
});
