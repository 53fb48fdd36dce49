import { type Scan } from '@shared/contract/check-in';
import { describe, expect, it } from 'vitest';
import { arrivalBuckets, latestArrivalDay } from './arrival-buckets';

const scan = (scannedAt: string, extra: Partial<Scan> = {}): Scan => ({
  id: scannedAt,
  ticketId: 'AAAAAAAAAAAA',
  listId: 'l',
  deskId: 'd',
  deskName: 'Desk 1',
  direction: 'entry',
  verdict: 'ok',
  scannedAt,
  uploadedAt: scannedAt,
  clientNonce: 'nonce-123',
  offline: false,
  conflict: false,
  undoneAt: null,
  ...extra,
});

describe('arrivals per 15 minutes', () => {
  it('counts standing admissions in local quarters over at least two hours', () => {
    const scans = [
      scan('2025-10-16T07:01:00Z'),
      scan('2025-10-16T07:14:00Z'),
      scan('2025-10-16T07:50:00Z', { verdict: 'needs_attention' }),
      scan('2025-10-16T07:20:00Z', { verdict: 'already_checked_in' }),
      scan('2025-10-16T07:21:00Z', { undoneAt: '2025-10-16T07:22:00Z' }),
      scan('2025-10-15T07:21:00Z'),
    ];
    const buckets = arrivalBuckets(scans, '2025-10-16', 'Europe/Paris');
    expect(buckets.at(-1)).toEqual({ start: '09:45', count: 1 });
    expect(buckets.find((b) => b.start === '09:00')).toEqual({ start: '09:00', count: 2 });
    expect(buckets).toHaveLength(8);
    expect(buckets.reduce((n, b) => n + b.count, 0)).toBe(3);
    expect(latestArrivalDay(scans, 'Europe/Paris')).toBe('2025-10-16');
  });

  it('has nothing to draw before the first arrival', () => {
    expect(arrivalBuckets([], '2025-10-16', 'Europe/Paris')).toEqual([]);
  });
});
