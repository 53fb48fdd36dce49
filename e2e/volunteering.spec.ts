import { CONFERENCE, DEMO_PASSWORD, expect, expectNoAxeViolations, logIn, test } from './fixtures';

// Server clock: Thursday 16 October 2025, 10:30 in Strasbourg. The video team's sign-off
// deadline is 24 h, so Friday's 10:00 shift can be taken but no longer left alone.
test.use({ locale: 'en-GB' });

test('an invite brings a new video team member, who asks to sign off late and is approved live', async ({
  page,
  browser,
  baseURL,
  viewport,
  uniqueEmail,
}) => {
  test.setTimeout(120_000);
  const name = `Ines ${Date.now().toString(36)}`;

  // The organizer, on their phone, makes an invite link for the video team.
  const organizerContext = await browser.newContext({ baseURL, viewport, locale: 'en-GB' });
  try {
    const org = await organizerContext.newPage();
    await logIn(org, 'organizer@demo.test');
    await expect(org).toHaveURL(new RegExp(`/${CONFERENCE}`));
    await org.goto(`/${CONFERENCE}/volunteer/roster`);
    await expect(org.getByRole('heading', { level: 1, name: 'Roster' })).toBeVisible();
    await org.getByLabel('Team', { exact: true }).selectOption({ label: 'Video team' });
    await org.getByRole('button', { name: 'Create invite link' }).click();
    const link = org.getByLabel('Invite link', { exact: true });
    await expect(link).toHaveValue(new RegExp(`/${CONFERENCE}/join/[A-Za-z0-9_-]{32}$`));
    const inviteUrl = new URL(await link.inputValue());
    await expectNoAxeViolations(org);

    // A new person opens it, registers and joins: confirmed, though the team is restricted.
    await page.goto(inviteUrl.pathname);
    await expect(page.getByRole('heading', { name: /Join the Video team at/ })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel('Name').fill(name);
    await page.getByLabel('Email').fill(uniqueEmail);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('button', { name: 'Join the Video team' }).click();
    await expect(page.getByText('Welcome to the Video team! You are a confirmed member.')).toBeVisible();

    // They take Friday's first video shift: inside the 24 h sign-off window already.
    await page.getByRole('link', { name: 'Find shifts for you' }).click();
    await page.getByLabel('Role').selectOption({ label: 'Video team' });
    const shift = page.getByRole('article', { name: /^Video team, .*, Fri 17 Oct 10:00/ }).first();
    await expect(shift.getByTestId('verdict')).toContainText('You can take this shift.');
    await shift.getByRole('button', { name: 'Take this shift' }).click();
    await expect(shift.getByTestId('verdict')).toContainText('You are on this shift.');

    // My shifts: signing off closed, so they ask the coordinator, with a reason.
    await page.goto(`/${CONFERENCE}/volunteer/mine`);
    const mine = page.getByRole('article', { name: /^Video team, .*, Fri 17 Oct 10:00/ });
    await expect(mine).toContainText('Signing off closed');
    await mine.getByRole('button', { name: 'Ask Olivia Organizer to sign me off' }).click();
    await mine.getByLabel('Why can you not make it?').fill('My train home was moved to Friday morning');
    await expectNoAxeViolations(page);
    await mine.getByRole('button', { name: 'Send request' }).click();
    await expect(mine).toContainText('Waiting for the coordinator’s answer');

    // The organizer sees it on the roster (live) and approves.
    const requests = org.getByRole('region', { name: 'Requests to sign off' });
    await expect(requests).toContainText('My train home was moved to Friday morning');
    await requests.getByRole('button', { name: `Approve: sign ${name} off` }).click();
    await expect(requests).toHaveCount(0);

    // The volunteer sees the outcome without reloading; the shift has left their list.
    await expect(page.getByText('Signed off by the coordinator')).toBeVisible();
    await expect(mine).toHaveCount(0);
    await expectNoAxeViolations(page);
  } finally {
    await organizerContext.close();
  }
});

test('a pending video team member scans the briefing code and is confirmed', async ({
  page,
  browser,
  baseURL,
  viewport,
  uniqueEmail,
}) => {
  test.setTimeout(90_000);
  // A new volunteer asks to join the restricted team: pending until the briefing.
  await page.goto(`/${CONFERENCE}/volunteer`);
  await page.getByLabel('Name').fill(`Bea ${Date.now().toString(36)}`);
  await page.getByLabel('Email').fill(uniqueEmail);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  const roles = page.locator('details', { hasText: 'Your roles' });
  await roles.getByRole('button', { name: 'Join Video team' }).click();

  const organizerContext = await browser.newContext({ baseURL, viewport, locale: 'en-GB' });
  try {
    const org = await organizerContext.newPage();
    await logIn(org, 'organizer@demo.test');
    await expect(org).toHaveURL(new RegExp(`/${CONFERENCE}`));
    await org.goto(`/${CONFERENCE}/volunteer/roster`);
    const code = org.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/briefing'));
    await org.getByRole('button', { name: 'Show briefing code' }).click();
    const { token } = (await (await code).json()) as { token: string };
    await expect(
      org.getByRole('img', { name: 'QR code to confirm your place on the Video team after the briefing' }),
    ).toBeVisible();

    // What the phone camera opens: the volunteer is confirmed at once.
    await page.goto(`/${CONFERENCE}/briefing/${token}`);
    await expect(
      page.getByText('You are confirmed for the Video team. You can now sign up for its shifts.'),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  } finally {
    await organizerContext.close();
  }
});
