import { screen } from '@testing-library/react';
import { apiPaths } from '@shared/contract/paths';
import type { SchedulePublishResult } from '@shared/contract/schedule-changes';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { asOrganizer } from '@client/test/arrange';
import { FakeEventSource } from '@client/test/fake-event-source';
import { flagship, renderApp, SLUG } from '@client/test/render-app';

const DAY = '2025-10-16';

/** The paths (and queries) the page asked the mock backend for. */
function recordRequests() {
  const asked: string[] = [];
  const original = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation((input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
    asked.push(url.pathname + url.search);
    return original(input, init);
  });
  return asked;
}

describe('a publish reaching an open schedule page (decision 18)', () => {
  beforeEach(() => {
    FakeEventSource.instances = [];
    vi.stubGlobal('EventSource', FakeEventSource);
    // No wait: the publish jitter is the stream hook's own test.
    vi.spyOn(Math, 'random').mockReturnValue(0);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('patches the list with the changes since its version, without fetching the list again', async () => {
    const { sessions } = flagship();
    const target = sessions.find((s) => s.startsAt.startsWith(DAY) && s.status === 'confirmed')!;
    const asked = recordRequests();
    renderApp(`/${SLUG}?day=${DAY}`);
    // The first render of a test file is slow on a busy machine.
    expect(await screen.findByRole('link', { name: target.title }, { timeout: 15_000 })).toBeInTheDocument();
    // The stream opens in an effect, which may run just after the list shows.
    const stream = await vi.waitFor(() => {
      const opened = FakeEventSource.instances.at(-1);
      if (!opened) throw new Error('the stream is not open yet');
      return opened;
    });
    stream.emit('ready');
    const listPath = apiPaths.sessions(SLUG);
    expect(asked.filter((p) => p === listPath)).toHaveLength(1);

    await asOrganizer(apiPaths.session(SLUG, target.code), {
      method: 'PATCH',
      json: { title: 'Retitled after the publish' },
    });
    const { scheduleVersion } = await asOrganizer<SchedulePublishResult>(apiPaths.schedulePublish(SLUG), {
      method: 'POST',
    });
    const at = new Date().toISOString();
    stream.emit('change', JSON.stringify({ topic: 'sessions', at, scheduleVersion }));
    stream.emit('change', JSON.stringify({ topic: 'conference', at, scheduleVersion }));

    expect(
      await screen.findByRole('link', { name: 'Retitled after the publish' }, { timeout: 5_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: target.title })).not.toBeInTheDocument();
    // One request for the changes: the schedule's "moved" marks read the same answer.
    expect(asked.filter((p) => p.includes('/schedule/changes'))).toEqual([
      apiPaths.scheduleChanges(SLUG, scheduleVersion - 1),
    ]);
    // The list and the conference were each fetched once, when the page opened.
    expect(asked.filter((p) => p === listPath)).toHaveLength(1);
    expect(asked.filter((p) => p === apiPaths.conference(SLUG))).toHaveLength(1);
  });
});
