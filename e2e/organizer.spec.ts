import AxeBuilder from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { sessionListSchema } from '../src/shared/contract/session';
import { speakerListSchema } from '../src/shared/contract/speaker';
import { conferenceSchema } from '../src/shared/contract/conference';
import { CONFERENCE, expect, logIn, test } from './fixtures';

const DEMOCON = resolve(process.cwd(), '../shared/interop/example-pretalx-democon.schedule.json');
// Other specs open these sessions; this one must not move them.
const TAKEN = new Set(['CL3HJB', '8PEMJB']);

test.describe('organizer console', () => {
  test('imports a pretalx schedule into a new conference', async ({ page }) => {
    test.skip(!existsSync(DEMOCON), `${DEMOCON} is absent: the import walk-through is skipped`);
    await logIn(page, 'organizer@demo.test');
    await expect(page).not.toHaveURL(/\/login/);
    // A conference of its own, so the demo edition other specs read stays as it is.
    const slug = `e2e-democon-${Date.now().toString(36)}`;
    const created = await page.request.post('/api/conferences', {
      data: {
        slug,
        name: 'DemoCon (e2e)',
        timeZone: 'Europe/Berlin',
        startDate: '2020-12-14',
        endDate: '2020-12-16',
        venueName: 'Online',
      },
    });
    expect(created.status()).toBe(201);

    await page.goto(`/${slug}/organizer/import`);
    await page.getByLabel('Schedule file').setInputFiles(DEMOCON);
    await page.getByRole('button', { name: 'Preview the import' }).click();
    await expect(page.getByRole('heading', { name: /Preview of/ })).toBeVisible();
    const figure = (name: string) =>
      page.locator('dl > div').filter({ has: page.getByText(name, { exact: true }) });
    await expect(figure('Sessions to add').locator('dd')).toHaveText('36');
    await expect(figure('Sessions to cancel').locator('dd')).toHaveText('0');
    await page.getByRole('button', { name: 'Apply the import' }).click();
    await expect(page.getByText(/Imported and published as schedule version \d+: 36 added/)).toBeVisible();

    const sessions = sessionListSchema.parse(
      await (await page.request.get(`/api/conferences/${slug}/sessions`)).json(),
    );
    expect(sessions.sessions).toHaveLength(36);
  });

  test('moves a session to another room, publishes, and attendees see the move', async ({
    page,
    browser,
    baseURL,
    viewport,
  }) => {
    const conference = conferenceSchema.parse(
      await (await page.request.get(`/api/conferences/${CONFERENCE}`)).json(),
    );
    const all = sessionListSchema.parse(
      await (await page.request.get(`/api/conferences/${CONFERENCE}/sessions`)).json(),
    ).sessions;
    // The last session of the conference: no other spec looks at it, and it is not on "now".
    const session = all.filter((s) => s.status === 'confirmed' && s.roomId && !TAKEN.has(s.code)).at(-1)!;
    const from = conference.rooms.find((r) => r.id === session.roomId)!;
    const to = conference.rooms.find((r) => r.id !== session.roomId)!;

    await logIn(page, 'organizer@demo.test');
    await expect(page).not.toHaveURL(/\/login/);
    await page.goto(`/${CONFERENCE}/organizer/sessions`);
    await page.getByRole('searchbox', { name: 'Search by title, code or speaker' }).fill(session.code);
    await page.getByRole('link', { name: new RegExp(session.code) }).click();
    await page.getByLabel('Room').selectOption({ label: to.name });
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect(page.getByText(/Saved as a draft/)).toBeVisible();

    const bar = page.getByRole('region', { name: /unpublished change/ });
    await bar.getByText('What attendees will see').click();
    await expect(bar.getByText(`room ${from.name} → ${to.name}`)).toBeVisible();
    await bar.getByRole('button', { name: 'Publish changes' }).click();
    // It reaches every attendee, so it asks first and says what goes out.
    const confirm = page.getByRole('alertdialog', { name: /to every attendee\?/ });
    await expect(confirm).toContainText('1 moved');
    await confirm.getByRole('button', { name: 'Publish changes' }).click();
    await expect(page.getByText(/Published schedule version \d+ with/)).toBeVisible();

    // An attendee on their own phone: a fresh context, no login.
    const context = await browser.newContext({ baseURL, viewport });
    try {
      const attendee = await context.newPage();
      await attendee.goto(`/${CONFERENCE}/sessions/${session.code}`);
      await expect(attendee.getByRole('heading', { level: 1, name: session.title })).toBeVisible();
      await expect(attendee.getByText(to.name, { exact: true })).toBeVisible();
      await expect(attendee.getByText(`Moved from ${from.name}`)).toBeVisible();
    } finally {
      await context.close();
    }
  });

  test('creates a session with a speaker, publishes it, and attendees see it as new', async ({
    page,
    browser,
    baseURL,
    viewport,
  }) => {
    const conference = conferenceSchema.parse(
      await (await page.request.get(`/api/conferences/${CONFERENCE}`)).json(),
    );
    const speaker = speakerListSchema
      .parse(await (await page.request.get(`/api/conferences/${CONFERENCE}/speakers`)).json())
      .speakers.at(-1)!;
    // Late on the last day in the last room: no other spec looks there.
    const day = conference.days.at(-1)!.date;
    const room = conference.rooms.at(-1)!;
    const title = `Console-made session ${Date.now()}`;

    // An attendee who has seen the schedule before: the new session must stand out later.
    const context = await browser.newContext({ baseURL, viewport });
    const attendee = await context.newPage();
    try {
      await attendee.goto(`/${CONFERENCE}?day=${day}`);
      await expect(attendee.getByRole('article').first()).toBeVisible();

      await logIn(page, 'organizer@demo.test');
      await expect(page).not.toHaveURL(/\/login/);
      await page.goto(`/${CONFERENCE}/organizer/sessions`);
      await page.getByRole('button', { name: 'New session' }).click();
      const form = page.getByRole('region', { name: 'New session' });
      await form.getByLabel('Title').fill(title);
      await form.getByLabel('Room').selectOption({ label: room.name });
      await form.getByLabel('Starts').fill(`${day}T21:00`);
      await form.getByLabel('Ends').fill(`${day}T21:30`);
      await form.getByRole('searchbox', { name: 'Find a speaker' }).fill(speaker.name);
      await form.getByRole('checkbox', { name: new RegExp(speaker.name) }).check();
      await expect(form.getByRole('button', { name: `Remove ${speaker.name}` })).toBeVisible();
      const axe = async () =>
        (
          await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
        ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(await axe()).toEqual([]);
      await form.getByRole('button', { name: 'Create draft' }).click();

      await expect(page.getByRole('heading', { level: 1, name: `Edit “${title}”` })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Discard this new session' })).toBeVisible();
      expect(await axe()).toEqual([]);
      // Not public before the publish.
      const before = await (await page.request.get(`/api/conferences/${CONFERENCE}/sessions`)).text();
      expect(before).not.toContain(title);

      const bar = page.getByRole('region', { name: /unpublished change/ });
      await bar.getByRole('button', { name: 'Publish changes' }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Publish changes' }).click();
      await expect(page.getByText(/Published schedule version \d+ with/)).toBeVisible();

      // The open page learns of the publish from the stream, no reload needed.
      const card = attendee.getByRole('article').filter({ hasText: title });
      await expect(card).toBeVisible({ timeout: 15_000 });
      await expect(card.getByText('New', { exact: true })).toBeVisible();
      await expect(card.getByText(speaker.name)).toBeVisible();
    } finally {
      await context.close();
    }
  });
});
