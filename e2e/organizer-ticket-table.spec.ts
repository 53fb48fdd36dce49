import { CONFERENCE, expect, expectNoAxeViolations, logIn, test } from './fixtures';

// A laptop: the ticket list is a sortable table with bulk actions from 1024 px.
test.use({ viewport: { width: 1280, height: 800 } });

test('an organizer sorts the ticket table by holder and cancels two tickets at once', async ({ page }) => {
  const run = Date.now().toString(36).toUpperCase();
  const names = [`Abel Bulk ${run}`, `Mira Bulk ${run}`, `Zora Bulk ${run}`];
  await logIn(page, 'organizer@demo.test');
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
  for (const [i, holderName] of names.entries()) {
    const res = await page.request.post(`/api/conferences/${CONFERENCE}/tickets`, {
      data: {
        typeId: `${CONFERENCE}.ticket-type.conference-pass`,
        holderName,
        email: `bulk-${i}-${run.toLowerCase()}@example.org`,
        orderCode: `BULK${i}${run}`,
      },
      headers: { Origin: new URL(page.url()).origin },
    });
    expect(res.status()).toBe(201);
  }

  await page.goto(`/${CONFERENCE}/organizer/tickets?q=${run}`);
  const table = page.getByRole('table', { name: 'Tickets on this page' });
  const holders = table.getByRole('rowheader');
  await expect(holders).toHaveText(names);
  await expectNoAxeViolations(page);

  await table.getByRole('button', { name: /Holder/ }).click();
  await expect(page).toHaveURL(/dir=desc/);
  await expect(table.getByRole('columnheader', { name: /Holder/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
  await expect(holders).toHaveText([...names].reverse());

  await page.getByRole('checkbox', { name: `Select ${names[2]}'s ticket` }).check();
  await page.getByRole('checkbox', { name: `Select ${names[0]}'s ticket` }).check();
  await expect(page.getByRole('checkbox', { name: 'Select all shown tickets' })).toHaveJSProperty(
    'indeterminate',
    true,
  );
  const bar = page.getByRole('region', { name: 'Selected tickets' });
  await expect(bar).toContainText('2 tickets selected');
  await expectNoAxeViolations(page);
  await bar.getByRole('button', { name: 'Cancel 2 tickets' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Cancel 2 tickets' });
  await expect(dialog).toContainText(`Cancel 2 tickets: ${names[2]}, ${names[0]}`);
  await expectNoAxeViolations(page);
  const bulk = page.waitForResponse((r) => r.url().endsWith('/tickets/bulk'));
  await dialog.getByRole('button', { name: 'Cancel 2 tickets' }).click();
  expect((await bulk).status()).toBe(200);
  await expect(page.getByText('2 tickets cancelled.')).toBeVisible();
  await expect(bar).toBeHidden();

  const statusOf = (name: string) =>
    table.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
  await expect(statusOf(names[0]!)).toContainText('Cancelled');
  await expect(statusOf(names[2]!)).toContainText('Cancelled');
  await expect(statusOf(names[1]!)).toContainText('Valid');
  await expectNoAxeViolations(page);
});

test('an organizer sorts the sessions table by room, kept through a reload, axe-clean', async ({ page }) => {
  await logIn(page, 'organizer@demo.test');
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
  await page.goto(`/${CONFERENCE}/organizer/sessions`);
  const table = page.getByRole('table', { name: 'Sessions' });
  await expect(table.getByRole('columnheader', { name: /When/ })).toHaveAttribute('aria-sort', 'ascending');
  await expectNoAxeViolations(page);
  const room = table.getByRole('columnheader', { name: /Room/ });
  await room.getByRole('button').click();
  await expect(page).toHaveURL(/\?sort=room$/);
  await expect(room).toHaveAttribute('aria-sort', 'ascending');
  const rooms = await table.getByRole('row').locator('td:nth-child(4)').allTextContents();
  expect(rooms).toEqual([...rooms].sort((a, b) => a.localeCompare(b)));
  // The sort survives a reload, as the address keeps it.
  await page.reload();
  await expect(table.getByRole('columnheader', { name: /Room/ })).toHaveAttribute('aria-sort', 'ascending');
  await expectNoAxeViolations(page);
});
