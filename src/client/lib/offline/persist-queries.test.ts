import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it } from 'vitest';
import { syncServerClock, serverNow } from '../server-clock';
import { MAX_AGE_MS, PERSIST_KEY, restoreQueries, saveQueries } from './persist-queries';

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
});
