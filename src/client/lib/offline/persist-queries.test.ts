import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { syncServerClock, serverNow } from '../server-clock';
import { MAX_AGE_MS, PERSIST_KEY, persistQueries, restoreQueries, saveQueries } from './persist-queries';

describe('persisted query cache', () => {
  afterEach(() => syncServerClock(new Date().toISOString()));

  function saved() {
    const source = new QueryClient();
    source.setQueryData(['sessions', 'conf', 'list', {}], { sessions: [{ code: 'A' }] }, { updatedAt: 1000 });
    source.setQueryData(['auth', 'me'], { name: 'Someone' });
    syncServerClock('2025-10-16T08:30:00Z');
    saveQueries(source, 'v1', 5000);
  }

  it('keeps public conference data with its age, never the account', () => {
    saved();
    syncServerClock(new Date().toISOString());
    const target = new QueryClient();
    restoreQueries(target, 'v1', 6000);
    expect(target.getQueryData(['sessions', 'conf', 'list', {}])).toEqual({ sessions: [{ code: 'A' }] });
    expect(target.getQueryState(['sessions', 'conf', 'list', {}])?.dataUpdatedAt).toBe(1000);
    expect(target.getQueryData(['auth', 'me'])).toBeUndefined();
    // Shown at once, but asked again on first use however recent the copy claims to be.
    expect(target.getQueryState(['sessions', 'conf', 'list', {}])?.isInvalidated).toBe(true);
    // "Now" is the server's again before any answer arrives.
    expect(serverNow().toISOString().slice(0, 10)).toBe('2025-10-16');
  });

  it('starts afresh after an app upgrade or when the copy is too old', () => {
    saved();
    const upgraded = new QueryClient();
    restoreQueries(upgraded, 'v2', 6000);
    expect(upgraded.getQueryCache().getAll()).toHaveLength(0);
    expect(localStorage.getItem(PERSIST_KEY)).toBeNull();

    saved();
    const late = new QueryClient();
    restoreQueries(late, 'v1', 5000 + MAX_AGE_MS + 1);
    expect(late.getQueryCache().getAll()).toHaveLength(0);
  });

  it('survives garbage in storage', () => {
    localStorage.setItem(PERSIST_KEY, '{not json');
    const client = new QueryClient();
    expect(() => restoreQueries(client, 'v1')).not.toThrow();
    expect(localStorage.getItem(PERSIST_KEY)).toBeNull();
  });

  it('keeps a restored copy whose refresh failed offline, so the next offline launch has it', async () => {
    saved();
    const offline = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    restoreQueries(offline, 'v1', 6000);
    const key = ['sessions', 'conf', 'list', {}];
    await offline
      .fetchQuery({
        queryKey: key,
        queryFn: () => Promise.reject(new TypeError('Failed to fetch')),
      })
      .catch(() => undefined);
    expect(offline.getQueryState(key)?.status).toBe('error');
    saveQueries(offline, 'v1', 7000);

    const nextLaunch = new QueryClient();
    restoreQueries(nextLaunch, 'v1', 8000);
    expect(nextLaunch.getQueryData(key)).toEqual({ sessions: [{ code: 'A' }] });
    expect(nextLaunch.getQueryState(key)?.dataUpdatedAt).toBe(1000);
  });

  it('keeps a saved copy the cache has dropped until the copy is a week old', () => {
    saved();
    const client = new QueryClient();
    restoreQueries(client, 'v1', 6000);
    client.removeQueries({ queryKey: ['sessions'] });
    client.setQueryData(['sponsors', 'conf'], { sponsors: [] }, { updatedAt: 6500 });
    saveQueries(client, 'v1', 7000);
    const next = new QueryClient();
    restoreQueries(next, 'v1', 8000);
    expect(next.getQueryData(['sessions', 'conf', 'list', {}])).toEqual({ sessions: [{ code: 'A' }] });
    expect(next.getQueryData(['sponsors', 'conf'])).toEqual({ sponsors: [] });

    // A week after the session list was fetched, it is gone; the newer sponsors stay.
    saveQueries(next, 'v1', 1000 + MAX_AGE_MS + 1);
    const late = new QueryClient();
    restoreQueries(late, 'v1', 1000 + MAX_AGE_MS + 2);
    expect(late.getQueryData(['sessions', 'conf', 'list', {}])).toBeUndefined();
    expect(late.getQueryData(['sponsors', 'conf'])).toEqual({ sponsors: [] });
  });

  it('keeps the kept families in memory as long as on the device', () => {
    const client = new QueryClient();
    const stop = persistQueries(client, 'v1');
    client.setQueryData(['sessions', 'conf', 'list', {}], { sessions: [] });
    client.setQueryData(['shifts', 'conf'], { shifts: [] });
    expect(client.getQueryCache().find({ queryKey: ['sessions', 'conf', 'list', {}] })?.gcTime).toBe(
      MAX_AGE_MS,
    );
    expect(client.getQueryCache().find({ queryKey: ['shifts', 'conf'] })?.gcTime).toBe(5 * 60_000);
    stop();
  });
});
