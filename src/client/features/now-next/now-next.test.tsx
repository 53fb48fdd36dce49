import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { syncServerClock } from '@client/lib/server-clock';
import { renderApp, SLUG } from '@client/test/render-app';

describe('now and next', () => {
  afterEach(() => syncServerClock(new Date().toISOString()));

  it('shows what runs in each room at a pinned time, with progress, and what starts next', async () => {
    // Thursday 10:30 in Strasbourg.
    syncServerClock('2025-10-16T08:30:00Z');
    renderApp(`/${SLUG}?view=now`);
    const ada = (await screen.findByRole('heading', { level: 3, name: 'Ada Byron' })).closest('li')!;
    expect(within(ada).getByRole('link', { name: 'The Matrix.org Foundation Updates' })).toBeInTheDocument();
    expect(within(ada).getByText('Live')).toBeInTheDocument();
    // 08:10–08:35 UTC at 08:30: 80 % done, 5 minutes left.
    const progress = within(ada).getByRole('progressbar');
    expect(progress).toHaveAttribute('aria-valuenow', '80');
    expect(within(ada).getByText('5 min left')).toBeInTheDocument();
    expect(within(ada).getByRole('link', { name: 'The Matrix State of the Union' })).toBeInTheDocument();
    expect(within(ada).getByText('in 5 min')).toBeInTheDocument();
    expect(within(ada).getByRole('button', { name: 'Watch Ada Byron live' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Now & next/ })).toHaveAttribute('aria-current', 'page');
  });

  it('loads the live stream only when asked', async () => {
    syncServerClock('2025-10-16T08:30:00Z');
    const { user } = renderApp(`/${SLUG}?view=now`);
    const ada = (await screen.findByRole('heading', { level: 3, name: 'Ada Byron' })).closest('li')!;
    expect(document.querySelector('iframe')).toBeNull();
    await user.click(within(ada).getByRole('button', { name: 'Watch Ada Byron live' }));
    expect(within(ada).getByTitle('Live stream from Ada Byron')).toHaveAttribute(
      'src',
      'https://streaming.media.ccc.de/matrix-conf-2025/embed/byron',
    );
  });

  it('offers a jump to now in the day view while the conference runs', async () => {
    syncServerClock('2025-10-16T08:30:00Z');
    const { user } = renderApp(`/${SLUG}?day=2025-10-17`);
    await user.click(await screen.findByRole('button', { name: 'Jump to now' }));
    // Today's running slot gets the focus: 10:10 local (08:10 UTC) is still running at 10:30.
    expect(await screen.findByRole('heading', { level: 3, name: '10:10' })).toHaveFocus();
  });
});
