import { CONFERENCE, expect, expectNoAxeViolations, logIn, test } from './fixtures';

const console_ = `/${CONFERENCE}/organizer`;

test.describe('organizer console: schedule structure', () => {
  test('renames a room, adds a track, is asked before deleting a room with sessions, and sees it all in the audit log', async ({
    page,
  }) => {
    const tag = Math.random().toString(36).slice(2, 7);
    const hall = `E2E hall ${tag}`;
    const renamed = `E2E forum ${tag}`;
    const track = `E2E track ${tag}`;
    await logIn(page, 'organizer@demo.test');
    await expect(page).not.toHaveURL(/login/);

    await page.goto(console_);
    await page.getByRole('link', { name: /^Rooms/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Rooms' })).toBeVisible();
    await expectNoAxeViolations(page);

    // A room of our own to rename (and remove afterwards), so parallel specs keep the demo rooms.
    await page.getByRole('button', { name: 'Add a room' }).click();
    await page.getByRole('textbox', { name: 'Name' }).fill(hall);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status')).toHaveText(`Saved ${hall}.`);
    await page.getByRole('button', { name: `Edit ${hall}` }).click();
    await page.getByRole('textbox', { name: 'Name' }).fill(renamed);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status')).toHaveText(`Saved ${renamed}.`);
    await expect(page.getByRole('heading', { level: 2, name: renamed })).toBeVisible();

    // A room with sessions: the server lists them, the dialog explains, Cancel keeps the room.
    await page.getByRole('button', { name: 'Edit Lynn Conway' }).click();
    const remove = page.getByRole('button', { name: 'Delete', exact: true });
    await remove.click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete Lynn Conway?' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('listitem').first()).toHaveText(/^\d+ sessions: “/);
    await expect(dialog).toContainText('Room to be announced');
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { level: 2, name: 'Lynn Conway' })).toBeVisible();
    await page.getByRole('button', { name: 'Cancel' }).click();

    // A new track with a readable colour.
    await page.goto(`${console_}/tracks`);
    await page.getByRole('button', { name: 'Add a track' }).click();
    await page.getByRole('textbox', { name: 'Name' }).fill(track);
    await page.getByRole('textbox', { name: 'Colour code' }).fill('#0f766e');
    await expect(page.getByText(/Readable \(AA needs 4\.5:1\)/)).toBeVisible();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status')).toHaveText(`Saved ${track}.`);
    await expectNoAxeViolations(page);

    // The audit log shows the rename, by whom.
    await page.goto(`${console_}/audit`);
    await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
    await page.getByLabel('Show').selectOption({ label: 'Rooms' });
    const rename = page.getByRole('listitem').filter({ hasText: 'Room updated' }).first();
    await expect(rename).toContainText('Olivia Organizer');
    await rename.getByText('Details').click();
    await expect(rename).toContainText(`name: ${hall} → ${renamed}`);
    await expectNoAxeViolations(page);

    for (const path of ['days', 'speakers']) {
      await page.goto(`${console_}/${path}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    }

    // Tidy up: neither has sessions, so both go without a question.
    await page.goto(`${console_}/rooms`);
    await page.getByRole('button', { name: `Edit ${renamed}` }).click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page.getByRole('status')).toHaveText(`Deleted ${renamed}.`);
    await page.goto(`${console_}/tracks`);
    await page.getByRole('button', { name: `Edit ${track}` }).click();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page.getByRole('status')).toHaveText(`Deleted ${track}.`);
  });
});

test.describe('organizer console pages in the dark scheme', () => {
  test.use({ colorScheme: 'dark', reducedMotion: 'reduce' });
  test('have no axe violations', async ({ page }) => {
    await logIn(page, 'organizer@demo.test');
    await expect(page).not.toHaveURL(/login/);
    for (const path of ['rooms', 'tracks', 'days', 'speakers', 'audit']) {
      await page.goto(`${console_}/${path}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    }
    // The edit form with its colour field and contrast line, open.
    await page.goto(`${console_}/tracks`);
    await page.getByRole('button', { name: 'Edit Keynote' }).click();
    await expectNoAxeViolations(page);
  });
});
