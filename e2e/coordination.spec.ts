import { CONFERENCE, DEMO_PASSWORD, expect, expectNoAxeViolations, logIn, test } from './fixtures';

// The server clock is Thursday 16 October 2025, 10:30 in Strasbourg.
test.use({ locale: 'en-GB' });

test('an organizer generates shifts from the schedule, edits one, checks coverage and messages a role', async ({
  page,
  browser,
  uniqueEmail,
}) => {
  test.setTimeout(120_000);
  const roleName = `Stage crew ${Date.now().toString(36)}`;

  await logIn(page, 'organizer@demo.test');
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
  await page.goto(`/${CONFERENCE}/organizer`);
  await page.getByRole('link', { name: /Shifts and roles/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Shifts and roles' })).toBeVisible();
  await expectNoAxeViolations(page, { settle: false });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, { settle: false });
  await page.emulateMedia({ colorScheme: 'light' });

  // A new open role, so this run's shifts and members are its own.
  await page.getByText('New volunteer role').click();
  const roleForm = page.getByRole('form', { name: 'New volunteer role' });
  await roleForm.getByLabel('Name').fill(roleName);
  await roleForm.getByRole('button', { name: 'Create role' }).click();
  await expect(roleForm.getByText(`Role “${roleName}” created.`)).toBeVisible();

  // One shift per session in Ada Byron, previewed first.
  const generate = page.getByRole('form', { name: 'Shifts from the schedule' });
  await generate.getByLabel('Role').selectOption({ label: roleName });
  await generate.getByRole('checkbox', { name: 'Ada Byron' }).check();
  await generate.getByRole('button', { name: 'Preview' }).click();
  const summary = generate.getByText(/shifts? would cover \d+ sessions/);
  await expect(summary).toBeVisible();
  const count = Number(/^(\d+)/.exec((await summary.textContent()) ?? '')?.[1]);
  expect(count).toBeGreaterThan(0);
  await generate.getByRole('button', { name: new RegExp(`^Create ${count} shifts?$`) }).click();
  await expect(generate.getByText(new RegExp(`^${count} shifts? created`))).toBeVisible();

  // Edit the first of them: more people needed.
  await page.getByRole('combobox', { name: 'Role' }).last().selectOption({ label: roleName });
  await page.getByRole('combobox', { name: 'Day' }).selectOption({ label: 'All days' });
  await page
    .getByRole('button', { name: new RegExp(`^Edit ${roleName} · Ada Byron`) })
    .first()
    .click();
  const edit = page.getByRole('form', { name: 'Edit shift' });
  await edit.getByLabel('People needed').fill('4');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toHaveCount(0);
  await expect(page.getByText('0 of 4 places filled').first()).toBeVisible();

  // Coverage: understaffed first.
  await page.getByRole('link', { name: 'See which shifts still need people →' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Shift coverage' })).toBeVisible();
  const rows = page.getByRole('list', { name: 'Shifts, understaffed first' }).getByRole('listitem');
  await expect(rows.first()).toContainText('missing');
  await page.getByLabel('Role').first().selectOption({ label: roleName });
  await expect(rows.first()).toContainText(`${roleName} · Ada Byron`);
  await expect(rows.first()).toContainText('missing');
  await expectNoAxeViolations(page, { settle: false });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, { settle: false });
  await page.emulateMedia({ colorScheme: 'light' });

  // A fresh volunteer registers and joins the new role.
  const volunteerContext = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: 'en-GB',
  });
  const volunteer = await volunteerContext.newPage();
  await volunteer.goto(`/${CONFERENCE}/volunteer`);
  await volunteer.getByLabel('Name').fill('Mia Message');
  await volunteer.getByLabel('Email').fill(uniqueEmail);
  await volunteer.getByLabel('Password').fill(DEMO_PASSWORD);
  await volunteer.getByRole('button', { name: 'Create account' }).click();
  await expect(volunteer.getByRole('heading', { level: 1, name: 'Shifts for me' })).toBeVisible();
  const roles = volunteer.locator('details', { hasText: 'Your roles' });
  await roles.getByRole('button', { name: `Join ${roleName}` }).click();
  await expect(roles.getByRole('button', { name: `Join ${roleName}` })).toHaveCount(0);
  await volunteer
    .getByRole('navigation', { name: 'Volunteer sections' })
    .getByRole('link', { name: 'My shifts' })
    .click();
  const inbox = volunteer.getByRole('region', { name: 'Messages' });
  await expect(inbox.getByText('No messages from your coordinators yet.')).toBeVisible();

  // The organizer writes to the role; the volunteer's open page shows it without a reload.
  const form = page.getByRole('form', { name: 'Write to volunteers' });
  await form.getByLabel('To').selectOption({ label: `Everyone in ${roleName}` });
  await form.getByLabel('Message').fill('Stage crew: meet at the Ada Byron door at 9:30.');
  await form.getByRole('button', { name: 'Send message' }).click();
  await expect(form.getByText(`Sent to 1 volunteer (${roleName}).`)).toBeVisible();
  await expect(inbox.getByText('Stage crew: meet at the Ada Byron door at 9:30.')).toBeVisible({
    timeout: 15_000,
  });
  await expectNoAxeViolations(volunteer, { settle: false });
  await volunteerContext.close();

  // Hours page and its export are there for the organizer.
  await page.goto(`/${CONFERENCE}/organizer/hours`);
  await expect(page.getByRole('heading', { level: 1, name: 'Volunteer hours' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Download CSV' })).toHaveAttribute(
    'href',
    `/api/conferences/${CONFERENCE}/volunteer/hours.csv`,
  );
  await expectNoAxeViolations(page, { settle: false });
});

test("a role's coordinator who is no organizer opens coverage for their role and messages it", async ({
  page,
  request,
  uniqueEmail,
}) => {
  test.setTimeout(90_000);
  const roleName = `Cloakroom ${Date.now().toString(36)}`;
  const api = `/api/conferences/${CONFERENCE}`;

  // A fresh volunteer: the coordination screens are closed to them.
  await page.goto(`/${CONFERENCE}/volunteer`);
  await page.getByLabel('Name').fill('Cora Coordinator');
  await page.getByLabel('Email').fill(uniqueEmail);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Shifts for me' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Coverage and messages' })).toHaveCount(0);
  await page.goto(`/${CONFERENCE}/organizer/coverage`);
  await expect(page.getByRole('heading', { name: 'Staff only' })).toBeVisible();
  const { user: me } = (await (await page.request.get('/api/auth/me')).json()) as { user: { id: string } };

  // The organizer gives them the coordinator seat of a new role with one shift; they join it.
  expect(
    (
      await request.post('/api/auth/login', {
        data: { email: 'organizer@demo.test', password: DEMO_PASSWORD },
      })
    ).status(),
  ).toBe(200);
  const slug = `cloakroom-${Date.now().toString(36)}`;
  const created = await request.post(`${api}/roles`, {
    data: { slug, name: roleName, coordinatorUserId: me.id, coordinatorContact: 'Cloakroom desk' },
  });
  expect(created.status()).toBe(201);
  expect(((await created.json()) as { coordinator: { id: string } }).coordinator.id).toBe(me.id);
  const shift = await request.post(`${api}/shifts`, {
    data: {
      role: slug,
      place: 'Cloakroom',
      startsAt: '2025-10-17T07:00:00Z',
      endsAt: '2025-10-17T10:00:00Z',
      capacity: 2,
    },
  });
  expect(shift.status()).toBe(201);
  expect((await page.request.post(`${api}/roles/${slug}/join`)).status()).toBe(200);

  // From the roster to coverage: only their role.
  await page.goto(`/${CONFERENCE}/volunteer/roster`);
  await page
    .getByRole('navigation', { name: 'Coordination' })
    .getByRole('link', { name: 'Coverage and messages' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Shift coverage' })).toBeVisible();
  await expect(page.getByLabel('Role').first().locator('option')).toHaveText(['All roles', roleName]);
  const rows = page.getByRole('list', { name: 'Shifts, understaffed first' }).getByRole('listitem');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(`${roleName} · Cloakroom`);
  await expect(page.getByText('No messages sent yet.')).toBeVisible();
  await expectNoAxeViolations(page, { settle: false });

  const form = page.getByRole('form', { name: 'Write to volunteers' });
  await form.getByLabel('To').selectOption({ label: `Everyone in ${roleName}` });
  await form.getByLabel('Message').fill('Hangers arrive at 8:45.');
  await form.getByRole('button', { name: 'Send message' }).click();
  await expect(form.getByText(`Sent to 1 volunteer (${roleName}).`)).toBeVisible();
  const sent = page.getByRole('list', { name: 'Sent messages' });
  await expect(sent.getByText('Hangers arrive at 8:45.')).toBeVisible();
  await expectNoAxeViolations(page, { settle: false });

  // Their hours page opens too; the organizers' night rule is not theirs to change.
  await page.goto(`/${CONFERENCE}/organizer/hours`);
  await expect(page.getByRole('heading', { level: 1, name: 'Volunteer hours' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Night hours' })).toHaveCount(0);
});
