import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { database } from '@client/test/arrange';
import { flagship, renderApp, SLUG } from '@client/test/render-app';

describe('session page', () => {
  it('shows title, time, room, track and speakers', async () => {
    const session = flagship().sessions.find((s) => s.code === 'KCKEYJ')!;
    renderApp(`/${SLUG}/sessions/${session.code}`);
    expect(await screen.findByRole('heading', { level: 1, name: session.title })).toBeInTheDocument();
    const facts = screen.getByText('When').closest('dl')!;
    expect(within(facts).getByText(/Thu 16 Oct, 11:20\s*–/)).toBeInTheDocument();
    expect(within(facts).getByText('Ada Byron')).toBeInTheDocument();
    expect(within(facts).getByText('Public Sector')).toBeInTheDocument();
    const speaker = within(facts).getByRole('link', { name: 'Matthias Stürmer' });
    expect(speaker).toHaveAttribute('href', `/${SLUG}/speakers/${session.speakers[0]!.code}`);
    expect(screen.getByRole('link', { name: 'Watch on YouTube' })).toHaveAttribute(
      'href',
      session.links.youtube,
    );
  });

  it('links a recording on another site by its host, next to the embedded players', async () => {
    const session = flagship().sessions.find((s) => s.code === 'KCKEYJ')!;
    // As an import of a FOSDEM schedule leaves it: a recording that is neither YouTube nor CCC.
    await (
      await database()
    )
      .updateTable('sessions')
      .set({ video_url: 'https://video.fosdem.org/2025/janson/talk.av1.webm' })
      .where('code', '=', session.code)
      .execute();
    renderApp(`/${SLUG}/sessions/${session.code}`);
    expect(await screen.findByRole('link', { name: 'Watch on video.fosdem.org' })).toHaveAttribute(
      'href',
      'https://video.fosdem.org/2025/janson/talk.av1.webm',
    );
  });

  it('opens the speaker page from the session', async () => {
    const { user } = renderApp(`/${SLUG}/sessions/KCKEYJ`);
    await user.click(await screen.findByRole('link', { name: 'Matthias Stürmer' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Matthias Stürmer' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Swiss Open Source Law/ })).toBeInTheDocument();
  });

  it('offers "Add to calendar" for a session that takes place, not for a cancelled one', async () => {
    const session = flagship().sessions.find((s) => s.code === 'KCKEYJ')!;
    const first = renderApp(`/${SLUG}/sessions/${session.code}`);
    expect(await screen.findByRole('link', { name: 'Add to calendar' })).toBeInTheDocument();
    first.unmount();

    await (
      await database()
    )
      .updateTable('sessions')
      .set({ status: 'cancelled' })
      .where('code', '=', session.code)
      .execute();
    renderApp(`/${SLUG}/sessions/${session.code}`);
    expect(await screen.findByRole('heading', { level: 1, name: session.title })).toBeInTheDocument();
    expect(screen.getByText('Cancelled')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Add to calendar' })).not.toBeInTheDocument();
  });

  it('explains an unknown session code inside the app shell', async () => {
    renderApp(`/${SLUG}/sessions/NOPE42`);
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('There is no session with this code.')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Sections' })).toBeInTheDocument();
  });
});
