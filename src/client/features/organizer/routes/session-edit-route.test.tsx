import { apiRoutes } from '@shared/contract/paths';
import { makeProblem } from '@shared/contract/problem';
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { conferenceIdOf, database } from '@client/test/arrange';
import { flagship, loginAs, renderApp, SLUG } from '@client/test/render-app';

function target() {
  const edition = flagship();
  const session = edition.sessions.find((s) => s.status === 'confirmed' && s.roomId)!;
  const room = edition.conference.rooms.find((r) => r.id !== session.roomId)!;
  return { session, room, path: `/${SLUG}/organizer/sessions/${session.code}` };
}

/** A session as published now (what attendees see; drafts live apart until published). */
async function published(code: string) {
  const db = await database();
  return db
    .selectFrom('sessions')
    .select(['title', 'room_id'])
    .where('conference_id', '=', await conferenceIdOf())
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
}

/** The error message tied to a field through aria-describedby. */
function errorOf(field: HTMLElement) {
  const id = field
    .getAttribute('aria-describedby')
    ?.split(' ')
    .find((i) => i.endsWith('-error'));
  return id ? document.getElementById(id)?.textContent : undefined;
}

describe('session edit form', () => {
  it('shows the schema’s errors next to each field and sends nothing', async () => {
    await loginAs('organizer@demo.test');
    let patches = 0;
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'PATCH') patches++;
    });
    const { session, path } = target();
    const { user } = renderApp(path);
    const title = await screen.findByLabelText('Title');
    await user.clear(title);
    await user.clear(screen.getByRole('textbox', { name: 'Language' }));
    await user.type(screen.getByRole('textbox', { name: 'Language' }), 'English');
    const ends = screen.getByLabelText('Ends');
    await user.clear(ends);
    await user.type(ends, screen.getByLabelText<HTMLInputElement>('Starts').value);
    await user.type(screen.getByLabelText('Slides'), 'not a link');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    expect(await screen.findByText(/4 fields need attention/)).toBeInTheDocument();
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(errorOf(title)).toBe('Give the session a title');
    expect(errorOf(screen.getByRole('textbox', { name: 'Language' }))).toBe(
      'Use a language tag like en or de',
    );
    expect(errorOf(ends)).toBe('The session must end after it starts');
    expect(errorOf(screen.getByLabelText('Slides'))).toBeTruthy();
    expect(patches).toBe(0);
    expect((await published(session.code)).title).toBe(session.title);
    server.events.removeAllListeners();
  });

  it('maps the server’s field errors to the fields', async () => {
    server.use(
      http.patch(apiRoutes.session, () =>
        HttpResponse.json(
          makeProblem('validation_failed', undefined, { roomId: ['There is no such room'] }),
          {
            status: 400,
          },
        ),
      ),
    );
    await loginAs('organizer@demo.test');
    const { room, path } = target();
    const { user } = renderApp(path);
    const select = await screen.findByLabelText('Room');
    await user.selectOptions(select, room.name);
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(errorOf(select)).toBe('There is no such room'));
    expect(select).toHaveAttribute('aria-invalid', 'true');
  });

  it('saves a new room as a draft, then publishes it for attendees', async () => {
    await loginAs('organizer@demo.test');
    const { session, room, path } = target();
    const { user } = renderApp(path);
    await user.selectOptions(await screen.findByLabelText('Room'), room.name);
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText(/Saved as a draft/)).toBeInTheDocument();
    // Attendees still see the published room.
    expect((await published(session.code)).room_id).toBe(session.roomId);

    const bar = screen.getByRole('region', { name: '1 unpublished change' });
    await user.click(within(bar).getByText('What attendees will see'));
    expect(within(bar).getByText(new RegExp(`room .* → ${room.name}`))).toBeVisible();
    await user.click(within(bar).getByRole('button', { name: 'Publish changes' }));
    // One tap reaches every attendee, so it asks first, saying what goes out.
    const dialog = await screen.findByRole('alertdialog', { name: 'Publish 1 change to every attendee?' });
    expect(dialog).toHaveTextContent('1 moved');
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Publish changes' }));
    expect(await screen.findByText(/Published schedule version \d+ with 1 change/)).toBeInTheDocument();
    expect((await published(session.code)).room_id).toBe(room.id);
  });

  it('says when nothing changed', async () => {
    await loginAs('organizer@demo.test');
    const { user } = renderApp(target().path);
    await user.click(await screen.findByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText('Nothing changed, so nothing was saved.')).toBeInTheDocument();
  });

  it('lists sessions with a search, leading to the form', async () => {
    await loginAs('organizer@demo.test');
    const { session } = target();
    const { user, router } = renderApp(`/${SLUG}/organizer/sessions`);
    await user.type(await screen.findByLabelText('Search by title, code or speaker'), session.code);
    await user.click(await screen.findByRole('link', { name: new RegExp(session.title.slice(0, 20)) }));
    await screen.findByLabelText('Title');
    expect(router.state.location.pathname).toBe(`/${SLUG}/organizer/sessions/${session.code}`);
  });
});
