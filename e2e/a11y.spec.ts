import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { CONFERENCE, expect, test } from './fixtures';

// Every public page passes axe (WCAG 2.1 A and AA) in both colour schemes on a phone.
const pages = [
  ['schedule', `/${CONFERENCE}`],
  ['session', `/${CONFERENCE}/sessions/8PEMJB`],
  ['now and next', `/${CONFERENCE}?view=now`],
  ['filtered schedule', `/${CONFERENCE}?day=2025-10-16&track=healthcare`],
  ['my schedule', `/${CONFERENCE}/my`],
  ['my schedule import', `/${CONFERENCE}/my?codes=8PEMJB,KCKEYJ`],
  ['speaker', `/${CONFERENCE}/speakers/3WCXHM`],
  ['sponsors', `/${CONFERENCE}/sponsors`],
  ['videos', `/${CONFERENCE}/videos`],
  ['volunteer', `/${CONFERENCE}/volunteer`],
  // A demo ticket holder's private link (demo ticket 10; the secrets are deterministic in demo mode).
  ['ticket', `/t/${CONFERENCE}/uN4601PH9WnDaOVTwKLdRWKgHNvAUL3tqizVy9I_M8w`],
  ['login', '/login'],
  ['not found', `/${CONFERENCE}/no-such-page`],
] as const;

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`accessibility, ${scheme} scheme`, () => {
    // Reduced motion: axe must judge the settled page, not a fade in progress.
    test.use({ colorScheme: scheme, reducedMotion: 'reduce' });
    for (const [name, path] of pages) {
      test(`${name} page has no axe violations`, async ({ page }) => {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await page.waitForLoadState('networkidle');
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .analyze();
        expect(
          violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        ).toEqual([]);
      });
    }
  });
}

test.describe('accessibility of the German interface and the share QR code', () => {
  test.use({ reducedMotion: 'reduce' });
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('lanyard:locale', 'de'));
  });
  const axe = async (page: Page) => {
    await page.waitForLoadState('networkidle');
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
      [],
    );
  };

  test('German schedule has no axe violations', async ({ page }) => {
    await page.goto(`/${CONFERENCE}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Programm' })).toBeVisible();
    await axe(page);
  });

  test('German my schedule with its QR code open has no axe violations', async ({ page }) => {
    await page.goto(`/${CONFERENCE}/my?codes=8PEMJB,KCKEYJ`);
    await page.getByRole('button', { name: 'Zu meinem Programm hinzufügen' }).click();
    await page.getByText('Link als QR-Code zeigen').click();
    await expect(
      page.getByRole('img', { name: 'QR-Code des Links zu deinen 2 gemerkten Sessions' }),
    ).toBeVisible();
    await axe(page);
  });
});
