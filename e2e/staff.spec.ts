import { CONFERENCE, DEMO_PASSWORD, expect, logIn, sections, test } from './fixtures';

// The server clock is Thursday 16 October 2025, 10:30 in Strasbourg.
test.use({ locale: 'en-GB' });

const api = (path: string) => `/api/conferences/${CONFERENCE}${path}`;

test('a volunteer lands on My shifts, leaves a shift after a confirmation and undoes it', async ({
  page,
  uniqueEmail,
}) => {
  // A volunteer of our own, in the desk role, holding Saturday's first desk shift.
  const registered = await page.request.post('/api/auth/register', {
    data: { name: `Lea ${Date.now().toString(36)}`, email: uniqueEmail, password: DEMO_PASSWORD },
  });
  expect(registered.status()).toBe(201);
  expect((await page.request.post(api('/roles/check-in-desk/join'))).status()).toBe(200);
  const shifts = (await (await page.request.get(api('/shifts'))).json()) as {
    shifts: { id: string; roleName: string; place: string; startsAt: string }[];
  };
  const desk = shifts.shifts.find((s) => s.id.endsWith('check-in-desk.2025-10-18.0900'))!;
  expect((await page.request.post(api(`/shifts/${desk.id}/signup`))).status()).toBe(201);
  await page.request.post('/api/auth/logout');

  await logIn(page, uniqueEmail);
  await expect(page).toHaveURL(new RegExp(`/${CONFERENCE}/volunteer/mine$`));
  const card = page.getByRole('article', { name: /^Check-in desk, Entrance, Sat 18 Oct 09:00/ });
  await card.getByRole('button', { name: 'Leave this shift' }).click();
  await expect(card.getByRole('alertdialog', { name: 'Leave this shift' })).toContainText(
    'You can leave on your own until Sat 06:00',
  );
  await page.screenshot({ path: 'test-results/staff-leave-confirm-390.png' });
  await card.getByRole('button', { name: 'Yes, leave this shift' }).click();
  await expect(card).toHaveCount(0);
  const toast = page.getByRole('status').filter({ hasText: /^You left Check-in desk/ });
  await expect(toast).toBeVisible();
  await page.screenshot({ path: 'test-results/staff-leave-undo-390.png' });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^You are back on Check-in desk/ })).toBeVisible();
  await expect(card).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: 'test-results/staff-my-shifts-1280.png' });
});

test('an organizer lands on the overview, and every label in the phone bar fits', async ({ page }) => {
  await logIn(page, 'organizer@demo.test');
  await expect(page).toHaveURL(new RegExp(`/${CONFERENCE}/organizer$`));
  const nav = sections(page);
  await expect(nav.getByRole('link', { name: 'Organizer' })).toHaveAttribute('aria-current', 'page');
  // Six items at most on a phone, none cut short ("Sched…", "Organi…").
  const labels = nav.locator('li:visible a span');
  await expect(labels).toHaveCount(6);
  const cut = await labels.evaluateAll((spans) =>
    spans.filter((s) => s.scrollWidth > s.clientWidth + 0.5).map((s) => s.textContent),
  );
  expect(cut).toEqual([]);
  await page.screenshot({ path: 'test-results/staff-organizer-nav-390.png' });
  await nav.getByRole('link', { name: 'Schedule', exact: true }).click();
  const cutOnSchedule = await labels.evaluateAll((spans) =>
    spans.filter((s) => s.scrollWidth > s.clientWidth + 0.5).map((s) => s.textContent),
  );
  expect(cutOnSchedule).toEqual([]);
});
