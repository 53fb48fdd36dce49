import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { conferenceDayOf } from '@shared/time';
import { publishSchedule } from '@client/features/organizer/api/publish-schedule';
import { updateSession } from '@client/features/organizer/api/update-session';
import { snapshotOf, useMySchedule } from '@client/features/my-schedule';
import { flagship, loginAs, renderApp, SLUG } from '@client/test/render-app';

/** An organizer moves a session to another room and publishes it, through the mock API. */
async function moveOne() {
  const edition = flagship();
  const session = edition.sessions.find((s) => s.status === 'confirmed' && s.roomId)!;
  const from = edition.conference.rooms.find((r) => r.id === session.roomId)!;
  const to = edition.conference.rooms.find((r) => r.id !== session.roomId)!;
  await loginAs('organizer@demo.test');
  await updateSession(SLUG, session.code, { roomId: to.id });
  await publishSchedule(SLUG);
  return { session, from, to, day: conferenceDayOf(new Date(session.startsAt), edition.conference.timeZone) };
}

describe('moved sessions, as attendees see them', () => {
  it('marks a session moved since this device last looked in the schedule list', async () => {
    const edition = flagship();
    useMySchedule.getState().markSeen(SLUG, snapshotOf(edition.conference.scheduleVersion, edition.sessions));
    const { from, day } = await moveOne();
    renderApp(`/${SLUG}?day=${day}`);
    const badge = await screen.findByText(`Moved from ${from.name}`);
    // The move says what changed: the card carries no second "Changed" mark.
    const card = badge.closest('article')!;
    expect(within(card).queryByText('Changed')).not.toBeInTheDocument();
  });

  it('shows where a session was on its page, even on a device that never looked before', async () => {
    const { session, from, to } = await moveOne();
    renderApp(`/${SLUG}/sessions/${session.code}`);
    expect(await screen.findByText(`Moved from ${from.name}`)).toBeInTheDocument();
    expect(screen.getByText(to.name)).toBeInTheDocument();
  });

  it('marks nothing moved before anything is published', async () => {
    const session = flagship().sessions[0]!;
    renderApp(`/${SLUG}/sessions/${session.code}`);
    expect(await screen.findByRole('heading', { level: 1, name: session.title })).toBeInTheDocument();
    expect(screen.queryByText(/Moved from/)).not.toBeInTheDocument();
  });
});
