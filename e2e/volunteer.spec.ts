import { request as apiRequest } from '@playwright/test';
import { CONFERENCE, DEMO_PASSWORD, expect, logIn, test } from './fixtures';

// The server clock is Thursday 16 October 2025, 10:30 in Strasbourg. A British phone writes
// "Sat 18 Oct 09:00–12:00", which the locators below match.
test.use({ locale: 'en-GB' });

const api = (path: string) => `/api/conferences/${CONFERENCE}${path}`;
let fullPlace = '';

test.beforeAll(async ({ baseURL }) => {
  // A full shift of our own: the organizer makes one with a single place and takes it.
  const organizer = await apiRequest.newContext({ baseURL });
  try {
    const login = await organizer.post('/api/auth/login', {
      data: { email: 'organizer@demo.test', password: DEMO_PASSWORD },
    });
    expect(login.status()).toBe(200);
    const { user } = (await login.json()) as { user: { id: string } };
    expect((await organizer.post(api('/roles/merch-desk/join'))).status()).toBe(200);
    fullPlace = `Pop-up stand ${Date.now().toString(36)}`;
    const created = await organizer.post(api('/shifts'), {
      data: {
        role: 'merch-desk',
        place: fullPlace,
        capacity: 1,
        startsAt: '2025-10-18T17:00:00Z',
        endsAt: '2025-10-18T18:00:00Z',
      },
    });
    expect(created.status()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const taken = await organizer.post(api(`/shifts/${id}/roster`), {
      data: { userId: user.id, overrideLimits: true },
    });
    expect(taken.status()).toBe(201);
  } finally {
    await organizer.dispose();
  }
});

test('a new volunteer joins roles, claims, is refused an overlap, signs off, waits; the organizer marks a no-show', async ({
  page,
  browser,
  baseURL,
  viewport,
  uniqueEmail,
}) => {
  test.setTimeout(90_000);
  const name = `Val ${Date.now().toString(36)}`;

  // Register on the volunteer page, then say how coordinators reach us.
  await page.goto(`/${CONFERENCE}/volunteer`);
  await expect(page.getByRole('heading', { level: 1, name: 'Volunteer' })).toBeVisible();
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Email').fill(uniqueEmail);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Shifts for me' })).toBeVisible();
  await page.getByLabel('Phone or Matrix ID').fill('@val:example.org');
  await page.getByLabel('Shirt size').selectOption('M');
  await page.getByRole('button', { name: 'Save my details' }).click();
  await expect(page.getByText('Saved. Your coordinators can reach you now.')).toBeVisible();

  // Join two open roles.
  const roles = page.locator('details', { hasText: 'Your roles' });
  await roles.getByRole('button', { name: 'Join Check-in desk' }).click();
  await roles.getByRole('button', { name: 'Join Merch desk' }).click();
  // Other specs may add roles to the same edition meanwhile: count only what this volunteer joined.
  await expect(roles.getByText(/^Your roles: 2 of \d+ joined$/)).toBeVisible();

  // Claim Saturday's first desk shift and the one that follows on directly.
  const morning = page.getByRole('article', { name: /^Check-in desk, Entrance, Sat 18 Oct 09:00/ });
  const noon = page.getByRole('article', { name: /^Check-in desk, Entrance, Sat 18 Oct 12:00/ });
  for (const shift of [morning, noon]) {
    await expect(shift.getByTestId('verdict')).toContainText('You can take this shift.');
    const claimed = page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.url().endsWith('/signup'),
    );
    await shift.getByRole('button', { name: 'Take this shift' }).click();
    expect((await claimed).status()).toBe(201);
    await expect(shift.getByTestId('verdict')).toContainText('You are on this shift.');
  }

  // The merch shift at the same time is refused, and the card says why before any tap
  // (once the list shows more than the shifts this volunteer can take).
  const onlyTakeable = page.getByRole('checkbox', { name: 'Only ones I can take' });
  await expect(onlyTakeable).toBeChecked();
  await onlyTakeable.click();
  await expect(onlyTakeable).not.toBeChecked();
  const merch = page.getByRole('article', { name: /^Merch desk, Foyer, Sat 18 Oct 10:00/ });
  await expect(merch.getByTestId('verdict')).toContainText(
    /Overlaps your shift Check-in desk 09:00\s?–\s?12:00/,
  );
  await expect(merch.getByRole('button', { name: 'Take this shift' })).toHaveCount(0);

  // My shifts: both are there with a countdown; leave the second (after a confirmation).
  await page
    .getByRole('navigation', { name: 'Volunteer sections' })
    .getByRole('link', { name: 'My shifts' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'My shifts' })).toBeVisible();
  await expect(morning).toContainText('Starts in 1 d');
  await expect(page.getByTestId('hours')).toContainText('2 shifts, 6 h signed up so far');
  await noon.getByRole('button', { name: 'Leave this shift' }).click();
  await noon.getByRole('button', { name: 'Yes, leave this shift' }).click();
  await expect(noon).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: /^You left Check-in desk/ })).toBeVisible();
  await expect(page.getByTestId('hours')).toContainText('1 shift, 3 h signed up so far');

  // A full shift offers its waiting list.
  await page
    .getByRole('navigation', { name: 'Volunteer sections' })
    .getByRole('link', { name: 'Shifts for me' })
    .click();
  await page.getByLabel('Place').selectOption(fullPlace);
  const full = page.getByRole('article', { name: new RegExp(`^Merch desk, ${fullPlace}`) });
  await expect(full).toContainText('1 of 1 taken');
  await full.getByRole('button', { name: 'Join the waiting list' }).click();
  await expect(full.getByTestId('verdict')).toContainText('You are number 1 on the waiting list.');

  // The organizer, on their own phone, marks the volunteer a no-show on the morning shift.
  const context = await browser.newContext({ baseURL, viewport, locale: 'en-GB' });
  try {
    const phone = await context.newPage();
    await logIn(phone, 'organizer@demo.test');
    await expect(phone).toHaveURL(new RegExp(`/${CONFERENCE}`));
    await phone.goto(`/${CONFERENCE}/volunteer/roster?day=2025-10-18`);
    await expect(phone.getByRole('heading', { level: 1, name: 'Roster' })).toBeVisible();
    const desk = phone.getByRole('article', { name: /^Check-in desk, Entrance, Sat 18 Oct 09:00/ });
    await desk.getByRole('button', { name: /^Show \d+ (person|people)$/ }).click();
    const marks = desk.getByRole('group', { name: `Attendance of ${name}` });
    await expect(desk).toContainText('@val:example.org');
    const saved = phone.waitForResponse(
      (r) => r.request().method() === 'PUT' && r.url().includes('/roster/'),
    );
    await marks.getByRole('button', { name: 'No-show' }).click();
    await expect(marks.getByRole('button', { name: 'No-show' })).toHaveAttribute('aria-pressed', 'true');
    expect((await saved).status()).toBe(200);
  } finally {
    await context.close();
  }
});
