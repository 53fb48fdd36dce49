import { CONFERENCE, expect, logIn, sections, test } from './fixtures';

test.describe('app shell on a phone', () => {
  test('opens the current conference and every public section', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(new RegExp(`/${CONFERENCE}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // The server clock is pinned to Thursday 16 October, 10:30 in Strasbourg.
    await expect(page.getByText('The Matrix State of the Union').first()).toBeVisible();

    const nav = sections(page);
    await expect(nav.getByRole('link', { name: 'Check-in' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'Organizer' })).toHaveCount(0);

    await nav.getByRole('link', { name: 'Sponsors' }).click();
    await expect(page.getByRole('heading', { name: 'Sponsors', level: 1 })).toBeVisible();
    await expect(page.getByText('Element').first()).toBeVisible();

    await nav.getByRole('link', { name: 'Videos' }).click();
    await expect(page.getByRole('heading', { name: 'Videos', level: 1 })).toBeVisible();

    await nav.getByRole('link', { name: 'Volunteer' }).click();
    await expect(page.getByRole('heading', { name: 'Volunteer', level: 1 })).toBeVisible();

    await nav.getByRole('link', { name: 'Schedule', exact: true }).click();
    await expect(page.getByText('The Matrix State of the Union').first()).toBeVisible();
  });

  test('opens a session from the schedule', async ({ page }) => {
    await page.goto(`/${CONFERENCE}`);
    await page
      .getByRole('link', { name: /The Matrix State of the Union/ })
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`/${CONFERENCE}/sessions/8PEMJB`));
    await expect(
      page.getByRole('heading', { name: 'The Matrix State of the Union', level: 1 }),
    ).toBeVisible();
    await expect(page.getByText('Ada Byron').first()).toBeVisible();
    await expect(page.getByText('Matthew Hodgson').first()).toBeVisible();
  });

  test('logs in as organizer and opens the staff sections', async ({ page }) => {
    await logIn(page, 'organizer@demo.test');
    const nav = sections(page);
    await expect(nav.getByRole('link', { name: 'Organizer' })).toBeVisible();
    await nav.getByRole('link', { name: 'Organizer' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Organizer/);
    await expect(page.getByText('organizer@demo.test')).toBeVisible();

    await nav.getByRole('link', { name: 'Check-in' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Check-in/);
    // The desk is full-screen, without the sections; its way out returns an organizer to the console.
    await expect(nav).toHaveCount(0);
    await page.getByRole('link', { name: 'Leave the desk' }).click();
    await expect(page).toHaveURL(new RegExp(`/${CONFERENCE}/organizer$`));

    await page.getByRole('button', { name: 'Log out' }).click();
    await expect(nav.getByRole('link', { name: 'Organizer' })).toHaveCount(0);
  });

  test('explains a wrong password', async ({ page }) => {
    await logIn(page, 'desk@demo.test', 'not-the-password');
    await expect(page.getByRole('alert')).toContainText('The email or password is wrong');
  });

  test('shows a not-found page for unknown addresses', async ({ page }) => {
    await page.goto(`/${CONFERENCE}/no-such-page`);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  });
});
