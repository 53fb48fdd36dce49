import { CONFERENCE, expect, test } from './fixtures';

// The server's clock is pinned to Thursday 16 October 2025, 10:30 in Strasbourg (LANYARD_NOW).
const THURSDAY = `/${CONFERENCE}?day=2025-10-16`;

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
});
