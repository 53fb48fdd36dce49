import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useMySchedule } from '@client/features/my-schedule';
import { snapshotOf } from '@client/features/my-schedule/lib/changes';
import { flagship, renderApp, SLUG } from '@client/test/render-app';

describe('schedule changes since the last look', () => {
  beforeEach(() => useMySchedule.setState({ conferences: {} }));

  it('marks changed and new sessions, starred ones first, until marked as seen', async () => {
    const { conference, sessions } = flagship();
    const seen = snapshotOf(conference.scheduleVersion, sessions);
    // Last time, the Opening had another updatedAt and the State of the Union did not exist yet.
    seen.updatedAt.CL3HJB = '2025-01-01T00:00:00Z';
    delete seen.updatedAt['8PEMJB'];
    useMySchedule.setState({ conferences: { [SLUG]: { starred: ['8PEMJB'], seen } } });

    const { user } = renderApp(`/${SLUG}?day=2025-10-16`);
    const notice = (await screen.findByRole('heading', { name: '2 changes since your last look' })).closest(
      'section',
    )!;
    expect(within(notice).getByText('1 of them is in your schedule.')).toBeInTheDocument();
    const items = within(notice).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('New · in your schedule: The Matrix State of the Union');
    expect(items[1]).toHaveTextContent('Changed: Opening');
    const list = screen.getByRole('region', { name: /Thursday/ });
    const opening = within(list).getByRole('link', { name: 'Opening' }).closest('article')!;
    expect(within(opening).getByText('Changed')).toBeInTheDocument();

    await user.click(within(notice).getByRole('button', { name: 'Mark all as seen' }));
    expect(screen.queryByRole('heading', { name: /changes since your last look/ })).not.toBeInTheDocument();
    expect(within(opening).queryByText('Changed')).not.toBeInTheDocument();
  });

  it('takes a silent snapshot on the first visit', async () => {
    renderApp(`/${SLUG}?day=2025-10-16`);
    await screen.findByRole('link', { name: 'Opening' });
    expect(useMySchedule.getState().conferences[SLUG]?.seen?.updatedAt.CL3HJB).toBeDefined();
    expect(screen.queryByText('Changed')).not.toBeInTheDocument();
  });
});
