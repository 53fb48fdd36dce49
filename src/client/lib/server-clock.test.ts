import { afterEach, describe, expect, it } from 'vitest';
import { serverNow, syncServerClock } from './server-clock';

describe('server clock', () => {
  afterEach(() => syncServerClock(new Date().toISOString()));

  it('follows the time the server reports', () => {
    syncServerClock('2025-10-16T08:30:00Z', Date.now());
    expect(Math.abs(serverNow().getTime() - Date.parse('2025-10-16T08:30:00Z'))).toBeLessThan(1000);
  });

  it('ignores a missing or malformed header', () => {
    syncServerClock('2025-10-16T08:30:00Z', Date.now());
    syncServerClock(null);
    syncServerClock('yesterday');
    expect(serverNow().toISOString().slice(0, 10)).toBe('2025-10-16');
  });
});
