import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { flagship, renderApp, SLUG } from '@client/test/render-app';

describe('speaker page', () => {
  it("lists the speaker's talks with their day and time, and leads back to the schedule", async () => {
    const session = flagship().sessions.find((s) => s.code === 'KCKEYJ')!;
    const speaker = session.speakers[0]!;
    const { user } = renderApp(`/${SLUG}/speakers/${speaker.code}`);
    expect(await screen.findByRole('heading', { level: 1, name: speaker.name })).toBeInTheDocument();
    const talks = screen.getByRole('region', { name: 'Sessions' });
    const card = within(talks).getByRole('link', { name: session.title }).closest('article')!;
    expect(within(card).getByText(/^Thu 16 Oct, 11:20\s*–/)).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: '← All sessions' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Schedule' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: session.title })).toBeInTheDocument();
  });
});
