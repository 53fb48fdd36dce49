import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '@shared/contract/session';
import { buildSchedulePatch } from '@shared/schedule-changes/patch';
import { FakeEventSource } from '@client/test/fake-event-source';
import { retryDelay } from './reconnecting-stream';
import { useConferenceStream } from './use-conference-stream';

const latest = () => FakeEventSource.instances.at(-1)!;
const open = () => FakeEventSource.instances.filter((s) => s.readyState !== FakeEventSource.CLOSED);

function setup(arrange: (queryClient: QueryClient) => void = () => {}) {
  const queryClient = new QueryClient();
  arrange(queryClient);
  const invalidated: unknown[] = [];
  vi.spyOn(queryClient, 'invalidateQueries').mockImplementation(async (filters) => {
    invalidated.push(filters?.queryKey);
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  const hook = renderHook(() => useConferenceStream(SLUG), { wrapper });
  return { invalidated, hook, queryClient };
}

const SLUG = 'matrix-2025';
const LIST = ['sessions', SLUG, 'list', {}];

function talk(code: string, startsAt: string, title = `Talk ${code}`): Session {
  return {
    code,
    guid: '00000000-0000-4000-8000-000000000000',
    slug: code.toLowerCase(),
    title,
    type: 'talk',
    format: 'in-person',
    language: 'en',
    status: 'confirmed',
    trackId: null,
    roomId: 'r1',
    startsAt,
    endsAt: '2025-10-16T18:00:00Z',
    description: '',
    recordingOptOut: false,
    speakers: [],
    links: { youtube: null, mediaCccDe: null, slides: null, video: null },
    updatedAt: '2025-10-01T00:00:00Z',
  };
}

const unchanged = ['D', 'E', 'F'].map((code) => talk(code, '2025-10-16T12:00:00Z'));
const before = [talk('A', '2025-10-16T08:00:00Z'), talk('B', '2025-10-16T09:00:00Z'), ...unchanged];
/** Version 2: B moved before A and renamed, C added. */
const after = [
  talk('B', '2025-10-16T07:00:00Z', 'B, moved'),
  talk('A', '2025-10-16T08:00:00Z'),
  talk('C', '2025-10-16T10:00:00Z'),
  ...unchanged,
];

/** The server's answer to `changes?since=1` with `after` current. */
function changesAnswer(digest?: string) {
  const patch = buildSchedulePatch(after, new Set(['B', 'C']), ['talk', 'workshop']);
  return Response.json({
    scheduleVersion: 2,
    since: 1,
    changes: [],
    patch: { ...patch, digest: digest ?? patch.digest },
  });
}

const holdVersionOne = (queryClient: QueryClient) => {
  queryClient.setQueryData(LIST, { scheduleVersion: 1, sessions: before });
  queryClient.setQueryData(['conference', SLUG], { scheduleVersion: 1, sessionTypes: ['talk'], name: 'M' });
};

const publishOf = (topic: string, scheduleVersion: number) =>
  JSON.stringify({ topic, at: '2025-10-16T08:00:00Z', scheduleVersion });

describe('useConferenceStream', () => {
  beforeEach(() => {
    FakeEventSource.instances = [];
    vi.stubGlobal('EventSource', FakeEventSource);
    vi.useFakeTimers();
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('turns a change into the invalidation of its topic, and the first ready into nothing', () => {
    const { invalidated } = setup();
    expect(latest().url).toBe('/api/conferences/matrix-2025/stream');
    latest().emit('ready', '{"scheduleVersion":1}');
    expect(invalidated).toEqual([]);
    latest().emit('change', JSON.stringify({ topic: 'sponsors', at: '2025-10-16T08:00:00Z' }));
    expect(invalidated).toEqual([['sponsors', 'matrix-2025']]);
  });

  it('with no list held, refetches after a publish at a random moment within a few seconds', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    const { invalidated, hook } = setup();
    latest().emit('ready', '{"scheduleVersion":1}');
    const publish = { topic: 'sessions', at: '2025-10-16T08:00:00Z', scheduleVersion: 2 };
    latest().emit('change', JSON.stringify(publish));
    expect(invalidated).toEqual([]);
    // Math.random is 0.5 here: half of the 3 s window.
    await act(() => vi.advanceTimersByTimeAsync(1_499));
    expect(invalidated).toEqual([]);
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(invalidated).toEqual(
      expect.arrayContaining([['sessions', SLUG], LIST, ['conference', SLUG], ['conferences']]),
    );
    expect(fetch).not.toHaveBeenCalled();
    // A publish still waiting when the page goes is dropped with it.
    const count = invalidated.length;
    latest().emit('change', JSON.stringify({ ...publish, scheduleVersion: 3 }));
    hook.unmount();
    await act(() => vi.advanceTimersByTimeAsync(5_000));
    expect(invalidated).toHaveLength(count);
  });

  it('patches the held list with the changes since its version: one small request per publish', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async () => changesAnswer());
    const { invalidated, queryClient } = setup(holdVersionOne);
    latest().emit('ready');
    // Both events of one publish share one wait and one request.
    latest().emit('change', publishOf('sessions', 2));
    latest().emit('change', publishOf('conference', 2));
    await act(() => vi.advanceTimersByTimeAsync(1_500));
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(String(fetch.mock.calls[0]![0])).toBe(`/api/conferences/${SLUG}/schedule/changes?since=1`);
    await vi.waitFor(() =>
      expect(queryClient.getQueryData(LIST)).toEqual({ scheduleVersion: 2, sessions: after }),
    );
    expect(queryClient.getQueryData(['conference', SLUG])).toEqual({
      scheduleVersion: 2,
      sessionTypes: ['talk', 'workshop'],
      name: 'M',
    });
    // Neither the list nor the conference is fetched again; pages of single sessions may be.
    expect(invalidated).not.toContainEqual(LIST);
    expect(invalidated).not.toContainEqual(['conference', SLUG]);
    // A publish the list already holds costs nothing.
    latest().emit('change', publishOf('sessions', 2));
    await act(() => vi.advanceTimersByTimeAsync(3_000));
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('refetches the list when the patched list does not match the digest, or the request fails', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(async () => changesAnswer('3-wrong'));
    const { invalidated, queryClient } = setup(holdVersionOne);
    latest().emit('ready');
    latest().emit('change', publishOf('sessions', 2));
    await act(() => vi.advanceTimersByTimeAsync(1_500));
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(invalidated).toContainEqual(LIST));
    expect(invalidated).toContainEqual(['conference', SLUG]);
    expect(queryClient.getQueryData(LIST)).toEqual({ scheduleVersion: 1, sessions: before });

    fetch.mockImplementation(async () => {
      throw new TypeError('offline');
    });
    invalidated.length = 0;
    latest().emit('change', publishOf('sessions', 3));
    await act(() => vi.advanceTimersByTimeAsync(1_500));
    await vi.waitFor(() => expect(invalidated).toContainEqual(LIST));
  });

  it('reopens after a 503 with growing, jittered waits, and refetches everything once back', async () => {
    const { invalidated } = setup();
    latest().emit('ready');
    const waits: number[] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      const before = FakeEventSource.instances.length;
      latest().fail(true); // a proxy answered 503: EventSource would stay closed for good
      expect(open()).toHaveLength(0);
      const wait = retryDelay(attempt, Math.random);
      waits.push(wait);
      act(() => vi.advanceTimersByTime(wait - 1));
      expect(FakeEventSource.instances).toHaveLength(before);
      act(() => vi.advanceTimersByTime(1));
      expect(FakeEventSource.instances).toHaveLength(before + 1);
    }
    expect(waits).toEqual([750, 1500, 3000, 6000]);
    expect(invalidated).toEqual([]);

    latest().emit('ready');
    expect(invalidated).toEqual(
      expect.arrayContaining([
        ['conference', 'matrix-2025'],
        ['shifts', 'matrix-2025'],
        ['tickets', 'matrix-2025'],
        ['check-in', 'matrix-2025'],
      ]),
    );
    // The session list catches up as on a publish, after the same random wait (none held
    // here, so it is refetched).
    expect(invalidated).not.toContainEqual(['sessions', 'matrix-2025']);
    await act(() => vi.advanceTimersByTimeAsync(1_500));
    expect(invalidated).toContainEqual(['sessions', 'matrix-2025']);
    expect(invalidated).toContainEqual(LIST);
    // Connected again: the next failure starts from the shortest wait.
    const before = FakeEventSource.instances.length;
    latest().fail(false);
    act(() => vi.advanceTimersByTime(750));
    expect(FakeEventSource.instances).toHaveLength(before + 1);
  });

  it('takes over a dropped connection too, keeping one source open at a time', () => {
    setup();
    latest().emit('ready');
    latest().fail(false); // the browser would retry at its own pace; we close and retry ours
    expect(open()).toHaveLength(0);
    act(() => vi.advanceTimersByTime(1_000));
    expect(open()).toHaveLength(1);
  });

  it('caps the wait at 30 s and spreads it with jitter', () => {
    expect(retryDelay(20, () => 0)).toBe(15_000);
    expect(retryDelay(20, () => 1)).toBe(30_000);
    expect(retryDelay(0, () => 0)).toBe(500);
  });

  it('reconnects at once when the device comes back online', () => {
    setup();
    latest().fail(true);
    const before = FakeEventSource.instances.length;
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(FakeEventSource.instances).toHaveLength(before + 1);
  });

  it('closes the source and stops retrying on unmount', () => {
    const { hook } = setup();
    latest().fail(true);
    const count = FakeEventSource.instances.length;
    hook.unmount();
    act(() => vi.advanceTimersByTime(60_000));
    expect(FakeEventSource.instances).toHaveLength(count);
    expect(open()).toHaveLength(0);
  });
});
