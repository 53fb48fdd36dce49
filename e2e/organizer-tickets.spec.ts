import { CONFERENCE, expect, expectNoAxeViolations, logIn, sections, test } from './fixtures';

const csv = (rows: string[]) => ({
  name: 'tickets.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(['Order code;Attendee name;Attendee e-mail;Country;Product', ...rows, ''].join('\n')),
});

test.describe('organizer ticket console', () => {
  test('an organizer adds a ticket, opens its holder link, cancels it and imports a CSV', async ({
    page,
  }) => {
    const run = Date.now().toString(36).toUpperCase();
    const holder = `Tessa Ticket ${run}`;

    await logIn(page, 'organizer@demo.test');
    await sections(page).getByRole('link', { name: 'Organizer' }).click();
    await page.getByRole('link', { name: /^Tickets/ }).click();
    await expect(page).toHaveURL(new RegExp(`/${CONFERENCE}/organizer/tickets$`));
    await expect(page.getByRole('heading', { level: 1, name: 'Tickets' })).toBeVisible();
    await expect(page.getByRole('status').first()).toContainText('tickets');
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Add a ticket' }).click();
    await page.getByLabel('Holder name').fill(holder);
    await page.getByLabel('Email').fill(`tessa-${run.toLowerCase()}@example.org`);
    await page.getByLabel('Company').fill('Example GmbH');
    await page.getByLabel('Country').fill('de');
    await page.getByLabel('Ticket type').selectOption({ label: 'Conference pass' });
    await page.getByLabel('Order code').fill(`E2E-${run}`);
    await page.getByRole('button', { name: 'Add ticket' }).click();
    await expect(page.getByText(`Ticket added for ${holder}.`)).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Open the holder page' }).click();
    await expect(page).toHaveURL(new RegExp(`/t/${CONFERENCE}/[A-Za-z0-9_-]{43}$`));
    await expect(page.getByRole('heading', { level: 1, name: holder })).toBeVisible();
    await expect(page.getByRole('img', { name: `QR code of the ticket of ${holder}` })).toBeVisible();
    await page.goBack();

    const search = page.getByRole('searchbox', { name: 'Search tickets' });
    await search.fill(run);
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: holder }) });
    await expect(page.getByRole('status').filter({ hasText: 'of 1 ticket' })).toBeVisible();
    await card.getByRole('button', { name: 'Cancel ticket' }).click();
    const dialog = card.getByRole('alertdialog', { name: `Cancel the ticket of ${holder}?` });
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page);
    const patched = page.waitForResponse((r) => r.request().method() === 'PATCH');
    await dialog.getByRole('button', { name: 'Cancel ticket' }).click();
    expect((await patched).status()).toBe(200);
    await expect(card.getByText('Cancelled', { exact: true })).toBeVisible();
    await expect(card.getByRole('button', { name: 'Make valid again' })).toBeVisible();

    await page.getByRole('link', { name: 'Import a CSV' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Import tickets' })).toBeVisible();
    const file = page.getByLabel('CSV file');
    await file.setInputFiles(
      csv([
        `C${run};Ida Import;ida-${run.toLowerCase()}@example.org;FR;Conference pass`,
        `D${run};;not-an-email;;Gold`,
      ]),
    );
    const table = page.getByRole('table', { name: '1 row to fix' });
    await expect(table).toBeVisible();
    await expect(table.getByRole('row', { name: /^3 Email/ })).toBeVisible();
    await expect(table.getByRole('row', { name: /^3 Ticket type/ })).toBeVisible();
    await expectNoAxeViolations(page);

    await file.setInputFiles(
      csv([`C${run};Ida Import;ida-${run.toLowerCase()}@example.org;FR;Conference pass`]),
    );
    await expect(page.getByText('1 new ticket will be created.')).toBeVisible();
    await page.getByRole('button', { name: 'Import 1 ticket' }).click();
    await expect(page.getByText('1 ticket created.')).toBeVisible();
  });

  test('ticket types and check-in lists pages pass axe and explain refusals', async ({ page }) => {
    await logIn(page, 'organizer@demo.test');
    await expect(sections(page)).toBeVisible();
    await page.goto(`/${CONFERENCE}/organizer/ticket-types`);
    await expect(page.getByRole('heading', { level: 1, name: 'Ticket types' })).toBeVisible();
    await expectNoAxeViolations(page);
    const speaker = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Speaker' }) });
    await speaker.getByRole('button', { name: 'Delete' }).click();
    await speaker.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    const refusal = speaker.getByRole('alertdialog', { name: '“Speaker” cannot be deleted' });
    await expect(refusal.getByRole('listitem')).toHaveText(/^\d+ tickets$/);
    // The refusal is a modal that only explains: it is closed before anything else is tapped.
    await refusal.getByRole('button', { name: 'Close' }).click();
    await expect(refusal).toHaveCount(0);
    await page.getByRole('button', { name: 'Rotate key', exact: true }).click();
    await expect(page.getByRole('alertdialog', { name: 'Start signing with a new key?' })).toContainText(
      'Codes signed before keep working',
    );
    await expectNoAxeViolations(page);

    await page.goto(`/${CONFERENCE}/organizer/check-in-lists`);
    await expect(page.getByRole('heading', { level: 1, name: 'Check-in lists' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('organizer ticket console, dark scheme', () => {
  test.use({ colorScheme: 'dark', reducedMotion: 'reduce' });

  test('forms, refusals and the import error table pass axe', async ({ page }) => {
    await logIn(page, 'organizer@demo.test');
    await expect(sections(page)).toBeVisible();
    await page.goto(`/${CONFERENCE}/organizer/tickets`);
    await page.getByRole('button', { name: 'Add a ticket' }).click();
    await page.getByRole('button', { name: 'Add ticket' }).click();
    await expect(page.getByLabel('Holder name')).toBeFocused();
    // The first ticket that can still be blocked: other specs share this database, and the
    // bulk one leaves cancelled tickets at the top of the list.
    await page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 2 }) })
      .filter({ has: page.getByRole('button', { name: 'Block' }) })
      .first()
      .getByRole('button', { name: 'Block' })
      .click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto(`/${CONFERENCE}/organizer/tickets/import`);
    await page.getByLabel('CSV file').setInputFiles(csv(['X1;;nope;;Gold']));
    await expect(page.getByRole('table', { name: '1 row to fix' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto(`/${CONFERENCE}/organizer/check-in-lists`);
    await page.getByRole('button', { name: 'Add a check-in list' }).click();
    await page.getByRole('button', { name: 'Create list' }).click();
    await expect(page.getByLabel('Name')).toBeFocused();
    await expectNoAxeViolations(page);
  });
});
