import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { conferenceIdOf, database } from '@client/test/arrange';
import { flagship, loginAs, renderApp, SLUG } from '@client/test/render-app';

const ROOMS = `/${SLUG}/organizer/rooms`;

/** The flagship's rooms or tracks as the server holds them now. */
async function stored(table: 'rooms' | 'tracks') {
  const db = await database();
  return db
    .selectFrom(table)
    .select(['id', 'slug', 'name'])
    .where('conference_id', '=', await conferenceIdOf())
    .execute();
}

/** The room each of these sessions is in now (null: none). */
async function roomsOfSessions(codes: string[]) {
  const db = await database();
  const rows = await db
    .selectFrom('sessions')
    .select(['code', 'room_id'])
    .where('conference_id', '=', await conferenceIdOf())
    .where('code', 'in', codes)
    .execute();
  return rows.map((r) => r.room_id);
}

const roomItem = async (name: string) =>
  (await screen.findByRole('heading', { level: 2, name })).closest('li') as HTMLElement;

describe('organizer console: rooms and tracks', () => {
  it('checks a new room with the shared schema, then shows the server’s field error', async () => {
    await loginAs('organizer@demo.test');
    const { user } = renderApp(`/${SLUG}/organizer`);
    await user.click(await screen.findByRole('link', { name: /^Rooms/ }));
    await user.click(await screen.findByRole('button', { name: 'Add a room' }));

    const name = screen.getByRole('textbox', { name: 'Name' });
    const slug = screen.getByRole('textbox', { name: 'Slug' });
    await user.type(name, 'Salle Européenne');
    expect(slug).toHaveValue('salle-europeenne');
    await user.clear(slug);
    await user.type(slug, 'Bad Slug');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText('1 field needs attention; see the message next to it.'),
    ).toBeInTheDocument();
    expect(slug).toHaveAttribute('aria-invalid', 'true');
    expect(slug).toHaveAccessibleDescription(/Use lowercase letters, digits and dashes/);

    // A slug another room has: only the server knows, and says so on the same field.
    const taken = flagship().conference.rooms[0]!;
    await user.clear(slug);
    await user.type(slug, taken.slug);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(slug).toHaveAccessibleDescription(/Another room already uses this slug/));

    await user.clear(slug);
    await user.type(slug, 'salle-europeenne');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Saved Salle Européenne.');
    expect(await roomItem('Salle Européenne')).toBeInTheDocument();
    expect((await stored('rooms')).some((r) => r.slug === 'salle-europeenne')).toBe(true);
  });

  it('asks before deleting a room with sessions: Escape cancels, confirming moves them to no room', async () => {
    await loginAs('organizer@demo.test');
    const room = flagship().conference.rooms[0]!;
    const inRoom = flagship().sessions.filter((s) => s.roomId === room.id);
    expect(inRoom.length).toBeGreaterThan(0);
    const { user } = renderApp(ROOMS);
    const item = await roomItem(room.name);
    await user.click(within(item).getByRole('button', { name: `Edit ${room.name}` }));
    const remove = within(item).getByRole('button', { name: 'Delete' });
    await user.click(remove);

    const dialog = await screen.findByRole('alertdialog', { name: `Delete ${room.name}?` });
    expect(dialog).toHaveAccessibleDescription(
      new RegExp(`^${inRoom.length} sessions?: “${inRoom[0]!.title.replace(/[()?*+.[\]]/g, '.')}”`),
    );
    expect(dialog).toHaveAccessibleDescription(/Room to be announced/);
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(remove).toHaveFocus();
    expect((await stored('rooms')).some((r) => r.id === room.id)).toBe(true);

    await user.click(remove);
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Delete anyway' }),
    );
    expect(await screen.findByRole('status')).toHaveTextContent(`Deleted ${room.name}.`);
    expect(screen.queryByRole('heading', { level: 2, name: room.name })).not.toBeInTheDocument();
    expect(await roomsOfSessions(inRoom.map((s) => s.code))).toEqual(inRoom.map(() => null));
    expect((await stored('rooms')).some((r) => r.id === room.id)).toBe(false);
  });

  it('refuses a track colour too light to read on white and offers a darker one', async () => {
    await loginAs('organizer@demo.test');
    const { user } = renderApp(`/${SLUG}/organizer/tracks`);
    await user.click(await screen.findByRole('button', { name: 'Add a track' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Sunshine');
    const hex = screen.getByRole('textbox', { name: 'Colour code' });
    await user.clear(hex);
    await user.type(hex, '#ffee00');
    expect(hex).toHaveAccessibleDescription(/Too light/);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(hex).toHaveAccessibleDescription(/too light to read on white/));
    expect((await stored('tracks')).some((t) => t.name === 'Sunshine')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Darken until readable' }));
    expect(hex).toHaveAccessibleDescription(/Readable/);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Saved Sunshine.');
    expect((await stored('tracks')).find((t) => t.name === 'Sunshine')?.slug).toBe('sunshine');
  });

  it('tells a volunteer this is not theirs', async () => {
    await loginAs('volunteer@demo.test');
    renderApp(ROOMS);
    expect(await screen.findByRole('heading', { name: 'Staff only' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add a room' })).not.toBeInTheDocument();
  });
});
