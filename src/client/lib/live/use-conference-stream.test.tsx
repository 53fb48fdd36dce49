import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { retryDelay } from './reconnecting-stream';
import { useConferenceStream } from './use-conference-stream';

/** A stand-in for the browser's EventSource that the test drives by hand. */
class FakeEventSource extends EventTarget {
  static instances: FakeEventSource[] = [];
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  readyState = FakeEventSource.CONNECTING;
  constructor(
    readonly url: string,
    readonly init?: EventSourceInit,
  ) {
    super();
    FakeEventSource.instances.push(this);
  }
  close() {
    this.readyState = FakeEventSource.CLOSED;
  }
  emit(type: string, data = '') {
    if (this.readyState === FakeEventSource.CLOSED) throw new Error('emitting on a closed source');
    this.readyState = FakeEventSource.OPEN;
    this.dispatchEvent(new MessageEvent(type, { data }));
  }
  /** What the browser does on a dropped connection, or (then closed for good) on a 503. */
  fail(giveUp: boolean) {
    if (giveUp) this.readyState = FakeEventSource.CLOSED;
    else this.readyState = FakeEventSource.CONNECTING;
    this.dispatchEvent(new Event('error'));
  }
}

const latest = () => FakeEventSource.instances.at(-1)!;
const open = () => FakeEventSource.instances.filter((s) => s.readyState !== FakeEventSource.CLOSED);

function setup() {
  const queryClient = new QueryClient();
  const invalidated: unknown[] = [];
  vi.spyOn(queryClient, 'invalidateQueries').mockImplementation(async (filters) => {
    invalidated.push(filters?.queryKey);
  });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  const hook = renderHook(() => useConferenceStream('matrix-2025'), { wrapper });
  return { invalidated, hook };
}

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

  it('refetches after a publish at a random moment within a few seconds, not at once', () => {
    const { invalidated, hook } = setup();
    latest().emit('ready', '{"scheduleVersion":1}');
    const publish = { topic: 'sessions', at: '2025-10-16T08:00:00Z', scheduleVersion: 2 };
    latest().emit('change', JSON.stringify(publish));
    expect(invalidated).toEqual([]);
    // Math.random is 0.5 here: half of the 3 s window.
    act(() => vi.advanceTimersByTime(1_499));
    expect(invalidated).toEqual([]);
    act(() => vi.advanceTimersByTime(1));
    expect(invalidated).toEqual([['sessions', 'matrix-2025']]);
    // A publish still waiting when the page goes is dropped with it.
    latest().emit('change', JSON.stringify(publish));
    hook.unmount();
    act(() => vi.advanceTimersByTime(5_000));
    expect(invalidated).toHaveLength(1);
  });

  it('reopens after a 503 with growing, jittered waits, and refetches everything once back', () => {
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
        ['sessions', 'matrix-2025'],
        ['conference', 'matrix-2025'],
        ['shifts', 'matrix-2025'],
        ['tickets', 'matrix-2025'],
        ['check-in', 'matrix-2025'],
      ]),
    );
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
