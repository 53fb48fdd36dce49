import { apiPaths, apiRoutes } from '@shared/contract/paths';
import { makeProblem } from '@shared/contract/problem';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { asOrganizer, conferenceIdOf, database } from '@client/test/arrange';
import { flagship, loginAs, renderApp, SLUG } from '@client/test/render-app';

const IMPORT = `/${SLUG}/organizer/import`;

/** A two-talk pretalx schedule.json in a room the demo edition does not have. */
function miniSchedule() {
  const event = (n: number) => ({
    guid: `6c1a9a52-0000-4000-8000-00000000000${n}`,
    id: n,
    code: `MINI${n}`,
    room: 'Hall Z',
    title: `Mini talk ${n}`,
    subtitle: '',
    type: 'Talk',
    date: `2025-10-16T1${n}:00:00+02:00`,
    start: `1${n}:00`,
    duration: '00:30',
    abstract: '',
    description: '',
    language: 'en',
    track: null,
    do_not_record: false,
    persons: [{ code: `P${n}`, public_name: `Person ${n}` }],
    links: [],
    attachments: [],
    url: '',
    slug: `mini-${n}`,
  });
  return JSON.stringify({
    schedule: {
      version: '1',
      conference: {
        acronym: 'mini',
        title: 'Mini Con',
        start: '2025-10-16',
        end: '2025-10-16',
        daysCount: 1,
        timeslot_duration: '00:05',
        time_zone_name: 'Europe/Paris',
        rooms: [{ name: 'Hall Z', guid: '2f7c1f26-4b0c-4d0d-9a39-2b3a8b9c1d01' }],
        days: [{ index: 1, date: '2025-10-16', rooms: { 'Hall Z': [event(1), event(2)] } }],
      },
    },
  });
}

const figure = (name: string) => screen.getByText(name, { selector: 'dt' }).nextElementSibling?.textContent;

describe('schedule import', () => {
  it('previews an uploaded file with its counts and lists, then applies it', async () => {
    await loginAs('organizer@demo.test');
    const before = flagship().sessions.length;
    const { user } = renderApp(IMPORT);
    const file = new File([miniSchedule()], 'schedule.json', { type: 'application/json' });
    await user.upload(await screen.findByLabelText('Schedule file'), file);
    await user.click(screen.getByRole('button', { name: 'Preview the import' }));

    expect(
      await screen.findByRole('heading', { name: 'Preview of “Mini Con” (frab schedule.json)' }),
    ).toBeInTheDocument();
    const read = within(screen.getByRole('heading', { name: 'Read from the file' }).parentElement!);
    expect(read.getByText('Sessions', { selector: 'dt' }).nextElementSibling).toHaveTextContent('2');
    expect(read.getByText('Speakers', { selector: 'dt' }).nextElementSibling).toHaveTextContent('2');
    expect(read.getByText('All on 2025-10-16.')).toBeInTheDocument();
    expect(figure('Sessions to add')).toBe('2');
    expect(figure('New rooms')).toBe('1');
    expect(figure('New speakers')).toBe('2');
    // Every demo session is missing from the file, so the import would cancel them.
    expect(figure('Sessions to cancel')).toBe(String(before));
    const added = screen.getByText('Sessions to add (2)', { selector: 'summary' });
    await user.click(added);
    const list = within(added.parentElement!);
    expect(list.getByText(/Mini talk 1/)).toBeVisible();
    expect(list.getByText(/Mini talk 2/)).toBeVisible();

    // Cancelling every published session is not done on one tap: the dialog says how many.
    expect(screen.getByRole('alert')).toHaveTextContent(`cancels ${before} of the ${before} sessions`);
    await user.click(screen.getByRole('button', { name: 'Apply the import' }));
    const dialog = await screen.findByRole('alertdialog', { name: `Cancel ${before} sessions?` });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: `Apply and cancel ${before}` }));
    expect(await screen.findByText(/Imported and published as schedule version/)).toHaveTextContent(
      `2 added, 0 changed, ${before} cancelled`,
    );
    const db = await database();
    const imported = await db
      .selectFrom('sessions')
      .select('title')
      .where('conference_id', '=', await conferenceIdOf())
      .where('title', 'like', 'Mini talk %')
      .orderBy('title')
      .execute();
    expect(imported.map((s) => s.title)).toEqual(['Mini talk 1', 'Mini talk 2']);
    expect(screen.queryByRole('button', { name: 'Apply the import' })).not.toBeInTheDocument();
  });

  it('explains an unreadable file with the reason the server gives', async () => {
    await loginAs('organizer@demo.test');
    const { user } = renderApp(IMPORT);
    await user.upload(
      await screen.findByLabelText('Schedule file'),
      new File(['<html>'], 'schedule.json', { type: 'application/json' }),
    );
    await user.click(screen.getByRole('button', { name: 'Preview the import' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This file is not a schedule Lanyard can read');
  });

  it.each([
    ['import_url_refused', 'Lanyard does not fetch schedules from this address'],
    ['import_fetch_failed', 'The schedule could not be fetched from that address'],
  ] as const)('explains %s for an address', async (code, message) => {
    server.use(
      http.post(apiRoutes.scheduleImportPreview, () =>
        HttpResponse.json(makeProblem(code), { status: makeProblem(code).status }),
      ),
    );
    await loginAs('organizer@demo.test');
    const { user } = renderApp(IMPORT);
    await user.click(await screen.findByRole('radio', { name: 'An address on the web' }));
    await user.type(screen.getByLabelText('Schedule address'), 'https://pretalx.example.org/schedule.json');
    await user.click(screen.getByRole('button', { name: 'Preview the import' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
  });

  it('asks to preview again when the schedule moved since the preview', async () => {
    await loginAs('organizer@demo.test');
    const { user } = renderApp(IMPORT);
    await user.upload(
      await screen.findByLabelText('Schedule file'),
      new File([miniSchedule()], 'schedule.json', { type: 'application/json' }),
    );
    await user.click(screen.getByRole('button', { name: 'Preview the import' }));
    await screen.findByRole('button', { name: 'Apply the import' });
    // Another organizer publishes an edit meanwhile: the schedule gets a new version.
    const other = flagship().sessions[0]!;
    await asOrganizer(apiPaths.session(SLUG, other.code), {
      method: 'PATCH',
      json: { title: `${other.title} (moved)` },
    });
    await asOrganizer(apiPaths.schedulePublish(SLUG), { method: 'POST' });
    await user.click(screen.getByRole('button', { name: 'Apply the import' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: /^Apply and cancel/ }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Preview the import again');
  });

  it('refuses a file without sessions and says nothing was changed', async () => {
    await loginAs('organizer@demo.test');
    const { user } = renderApp(IMPORT);
    const empty = '<?xml version="1.0"?><schedule><conference><title>X</title></conference></schedule>';
    await user.upload(
      await screen.findByLabelText('Schedule file'),
      new File([empty], 'schedule.xml', { type: 'application/xml' }),
    );
    await user.click(screen.getByRole('button', { name: 'Preview the import' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The file holds no sessions, so importing it would cancel the whole schedule. Nothing was changed.',
    );
    expect(screen.queryByRole('button', { name: 'Apply the import' })).not.toBeInTheDocument();
  });

  it('says to choose a file before previewing', async () => {
    await loginAs('organizer@demo.test');
    const { user } = renderApp(IMPORT);
    await user.click(await screen.findByRole('button', { name: 'Preview the import' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose a schedule file first.');
  });
});
