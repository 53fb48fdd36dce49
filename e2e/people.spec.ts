import { CONFERENCE, DEMO_PASSWORD, expect, logIn, sections, test } from './fixtures';

test.describe('people and staff roles', () => {
  // A volunteer of our own rather than volunteer@demo.test: api.spec.ts locks that demo login
  // out (rate limit) on the shared server, and other specs must not see its roles change.
  test('an organizer makes a volunteer check-in staff', async ({
    page,
    request,
    browser,
    baseURL,
    viewport,
    uniqueEmail,
  }) => {
    const registered = await request.post('/api/auth/register', {
      data: { email: uniqueEmail, name: 'Vic Volunteer', password: DEMO_PASSWORD },
    });
    expect(registered.status()).toBe(201);

    await logIn(page, 'organizer@demo.test');
    await sections(page).getByRole('link', { name: 'Organizer' }).click();
    await page.getByRole('link', { name: /People and staff roles/ }).click();
    await expect(page).toHaveURL(new RegExp(`/${CONFERENCE}/organizer/people$`));

    const search = page.getByRole('searchbox', { name: 'Search by name or email' });
    await search.fill(uniqueEmail);
    await search.press('Enter');
    await expect(page.getByRole('status')).toHaveText('1 account');
    const roles = page.getByRole('group', { name: 'Roles of Vic Volunteer' });
    await expect(roles.getByRole('button', { name: 'Volunteer' })).toHaveAttribute('aria-pressed', 'true');
    const checkIn = roles.getByRole('button', { name: 'Check-in' });
    await expect(checkIn).toHaveAttribute('aria-pressed', 'false');
    const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith('/roles'));
    await checkIn.click();
    await expect(checkIn).toHaveAttribute('aria-pressed', 'true');
    expect((await saved).status()).toBe(200);
    await expect(page.getByRole('alert')).toHaveCount(0);

    // The volunteer, on their own phone: a fresh context with no cookies.
    const context = await browser.newContext({ baseURL, viewport });
    try {
      const phone = await context.newPage();
      await logIn(phone, uniqueEmail);
      // Desk staff now: the login lands on the (full-screen) desk; its way out leads to the sections.
      await expect(phone).toHaveURL(new RegExp(`/${CONFERENCE}/check-in$`));
      await expect(phone.getByRole('heading', { level: 1 })).toHaveText(/Check-in/);
      await phone.getByRole('link', { name: 'Leave the desk' }).click();
      const nav = sections(phone);
      await expect(nav.getByRole('link', { name: 'Check-in' })).toBeVisible();
      await expect(nav.getByRole('link', { name: 'Organizer' })).toHaveCount(0);
      await nav.getByRole('link', { name: 'Check-in' }).click();
      await expect(phone.getByRole('heading', { level: 1 })).toHaveText(/Check-in/);
    } finally {
      await context.close();
    }
  });
});
