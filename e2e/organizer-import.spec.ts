import AxeBuilder from '@axe-core/playwright';
import { expect, logIn, test } from './fixtures';

/** An iCalendar feed as small conferences publish one: TZID without VTIMEZONE, a speaker as ATTENDEE. */
function feed(titles: string[]): Buffer {
  const events = titles.flatMap((title, i) => [
    'BEGIN:VEVENT',
    `UID:talk-${i}@example.org`,
    `DTSTART;TZID=Europe/Paris:20260307T${String(10 + i).padStart(2, '0')}0000`,
    'DURATION:PT45M',
    `SUMMARY:${title}`,
    'LOCATION:Salle Blanche',
    `ATTENDEE;CN="Zoë Ærø ${i}":mailto:speaker${i}@example.org`,
    'END:VEVENT',
  ]);
  return Buffer.from(
    ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//e2e//EN', ...events, 'END:VCALENDAR', ''].join('\r\n'),
  );
}

test.describe('organizer import', () => {
  test('refuses a file without sessions, and asks before an import cancels most of the schedule', async ({
    page,
  }) => {
    await logIn(page, 'organizer@demo.test');
    await expect(page).not.toHaveURL(/\/login/);
    const slug = `e2e-import-${Date.now().toString(36)}`;
    const created = await page.request.post('/api/conferences', {
      data: {
        slug,
        name: 'Import check (e2e)',
        timeZone: 'Europe/Paris',
        startDate: '2026-03-07',
        endDate: '2026-03-08',
        venueName: 'Salle Blanche',
      },
    });
    expect(created.status()).toBe(201);
    await page.goto(`/${slug}/organizer/import`);
    const file = page.getByLabel('Schedule file');
    const preview = page.getByRole('button', { name: 'Preview the import' });
    const apply = page.getByRole('button', { name: 'Apply the import' });

    // A schedule with no events would cancel everything: refused before anything is stored.
    await file.setInputFiles({
      name: 'schedule.xml',
      mimeType: 'application/xml',
      buffer: Buffer.from(
        '<?xml version="1.0"?><schedule><conference><title>Empty</title></conference></schedule>',
      ),
    });
    await preview.click();
    await expect(page.getByRole('alert')).toContainText('The file holds no sessions');
    await expect(apply).toHaveCount(0);

    // Four talks from a feed: read, shown per field, applied without a question.
    const talks = ['Ouverture', 'Déjà vu', 'Über Kalender', 'Clôture'];
    await file.setInputFiles({ name: 'talks.ics', mimeType: 'text/calendar', buffer: feed(talks) });
    await preview.click();
    await expect(page.getByRole('heading', { name: 'Preview of the iCalendar feed' })).toBeVisible();
    const read = page
      .locator('div', { has: page.getByRole('heading', { name: 'Read from the file' }) })
      .last();
    await expect(read.getByText('Sessions', { exact: true }).locator('+ dd')).toHaveText('4');
    await expect(read.getByText('Speakers', { exact: true }).locator('+ dd')).toHaveText('4');
    await apply.click();
    await expect(page.getByText(/Imported and published as schedule version/)).toContainText('4 added');

    // The same feed with one talk left: cancelling 3 of 4 asks first, and Cancel changes nothing.
    await file.setInputFiles({
      name: 'talks.ics',
      mimeType: 'text/calendar',
      buffer: feed(talks.slice(0, 1)),
    });
    await preview.click();
    await expect(page.getByRole('alert')).toContainText('cancels 3 of the 4 sessions');
    await apply.click();
    const dialog = page.getByRole('alertdialog', { name: 'Cancel 3 sessions?' });
    await expect(dialog).toBeVisible();
    expect((await new AxeBuilder({ page }).include('[role=alertdialog]').analyze()).violations).toEqual([]);
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await expect(apply).toBeFocused();
    const before = await page.request.get(`/api/conferences/${slug}/sessions`);
    const list = (await before.json()) as { sessions: { status: string; speakers: { name: string }[] }[] };
    expect(list.sessions.filter((s) => s.status === 'confirmed')).toHaveLength(4);
    expect(list.sessions.map((s) => s.speakers[0]?.name).sort()).toEqual(
      [0, 1, 2, 3].map((i) => `Zoë Ærø ${i}`),
    );

    await apply.click();
    await page.getByRole('button', { name: 'Apply and cancel 3' }).click();
    await expect(page.getByText(/Imported and published as schedule version/)).toContainText('3 cancelled');
    const after = (await (await page.request.get(`/api/conferences/${slug}/sessions`)).json()) as typeof list;
    expect(after.sessions.filter((s) => s.status === 'cancelled')).toHaveLength(3);
  });
});
