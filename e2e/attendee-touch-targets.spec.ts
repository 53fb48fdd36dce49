import { type Page } from '@playwright/test';
import { CONFERENCE, expect, test } from './fixtures';

// Every control an attendee taps is at least 44 x 44 CSS pixels (WCAG 2.5.5, Apple's HIG), on a
// 390 x 844 phone. The one exception: a link inside running prose (its parent is a <p> that has
// other text too), which WCAG 2.5.8 exempts as "inline" — enlarging it would break the line.
const MIN = 44;
const THURSDAY = `/${CONFERENCE}?day=2025-10-16`;
const SESSION = `/${CONFERENCE}/sessions/XTTQ3R`; // From Healthcare to Governments, 11:20, one speaker

const INTERACTIVE = 'a, button, select, input, summary, [role=button], [role=tab]';

interface Box {
  what: string;
  width: number;
  height: number;
}

/** Every visible interactive element that is smaller than 44 x 44 px and not an inline link. */
async function smallTargets(page: Page): Promise<Box[]> {
  return page.evaluate(
    ({ selector, min }) => {
      const small: Box[] = [];
      for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
        if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: false })) continue;
        const parent = el.parentElement;
        // The exception: a link in running prose.
        if (
          el.tagName === 'A' &&
          parent?.tagName === 'P' &&
          (parent.textContent ?? '').trim() !== (el.textContent ?? '').trim()
        ) {
          continue;
        }
        // Visually hidden until focused (the skip link): not a tap target.
        const style = getComputedStyle(el);
        if (style.clip.startsWith('rect(0') || style.clipPath === 'inset(50%)') continue;
        const rect = el.getBoundingClientRect();
        const large = (r: DOMRect) => r.width + 0.5 >= min && r.height + 0.5 >= min;
        if (large(rect)) continue;
        // An input is tapped through its label too (a checkbox chip, say).
        const label = el instanceof HTMLInputElement ? el.labels?.[0] : undefined;
        if (label && large(label.getBoundingClientRect())) continue;
        const name = el.getAttribute('aria-label') ?? label?.textContent ?? el.textContent ?? '';
        const type = el.getAttribute('type');
        const tag = el.tagName.toLowerCase();
        small.push({
          what: `<${tag}${type ? ` type=${type}` : ''}> "${name.trim().replace(/\s+/g, ' ').slice(0, 50)}"`,
          width: Math.round(rect.width),
          height: Math.round(rect.height),
        });
      }
      return small;
    },
    { selector: INTERACTIVE, min: MIN },
  );
}

async function expectAllTargetsLarge(page: Page, where: string) {
  // Let fonts settle: a target's size depends on its text.
  await page.evaluate(() => document.fonts.ready);
  const small = await smallTargets(page);
  expect(small, `controls under ${MIN} px on ${where}`).toEqual([]);
}

test.describe('touch targets on a phone', () => {
  test('the schedule, with its filters open and in search', async ({ page }) => {
    await page.goto(THURSDAY);
    await expect(page.getByRole('link', { name: 'Opening' })).toBeVisible();
    await page.getByText('Filters', { exact: true }).click();
    await expect(page.getByRole('checkbox', { name: 'Healthcare' })).toBeAttached();
    await expectAllTargetsLarge(page, 'the schedule with filters open');

    await page.getByRole('checkbox', { name: 'Healthcare' }).check();
    await expect(page).toHaveURL(/track=healthcare/);
    await expectAllTargetsLarge(page, 'the schedule with a track filter');

    await page.goto(`/${CONFERENCE}`);
    await expect(page.getByRole('heading', { level: 2, name: 'On now and next' })).toBeVisible();
    await expectAllTargetsLarge(page, 'Now & next');

    await page.goto(THURSDAY);
    await page.getByRole('searchbox', { name: 'Search sessions' }).fill('matrix');
    await expect(page.getByRole('region', { name: 'Search results, all days' })).toBeVisible();
    await expectAllTargetsLarge(page, 'search results');
  });

  test('a session page and a speaker page', async ({ page }) => {
    await page.goto(SESSION);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAllTargetsLarge(page, 'a session page');

    const speaker = page.locator(`main a[href*="/${CONFERENCE}/speakers/"]`).first();
    await speaker.click();
    await expect(page).toHaveURL(/\/speakers\//);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAllTargetsLarge(page, 'a speaker page');
  });

  test('My schedule with a starred session', async ({ page }) => {
    await page.goto(SESSION);
    await page.getByRole('button', { name: 'Add to my schedule' }).click();
    await page.goto(`/${CONFERENCE}/my`);
    await expect(page.getByRole('heading', { level: 1, name: 'My schedule' })).toBeVisible();
    await expect(page.getByRole('link', { name: /From Healthcare to Governments/ })).toBeVisible();
    await expectAllTargetsLarge(page, 'My schedule');
  });

  test('videos and sponsors', async ({ page }) => {
    await page.goto(`/${CONFERENCE}/videos`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('main a').first()).toBeVisible();
    await expectAllTargetsLarge(page, 'videos');

    await page.goto(`/${CONFERENCE}/sponsors`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAllTargetsLarge(page, 'sponsors');
  });
});
