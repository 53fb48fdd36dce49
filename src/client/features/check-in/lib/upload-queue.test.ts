import { http, HttpResponse } from 'msw';
import { apiRoutes } from '@shared/contract/paths';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '@mocks/node';
import { useScanQueue } from './scan-queue-store';
import { MAX_SERVER_FAILURES, uploadQueue } from './upload-queue';

const SLUG = 'matrix-conf-2025';

describe('uploadQueue', () => {
  afterEach(() => {
    useScanQueue.setState({ queue: [], setAside: [] });
    vi.useRealTimers();
  });

  it('uploads scans queued after an upload that found the queue empty', async () => {
    // A desk that goes offline with nothing queued runs one empty upload first; that must not
    // leave a finished "all done" behind for every later upload to return.
    const posted: unknown[] = [];
    server.use(
      http.post(`*${apiRoutes.scans}`, async ({ request }) => {
        posted.push(await request.json());
        // Refused as invalid: the queue sets it aside, which is all this test needs to see.
        return HttpResponse.json(
          { type: 'about:blank', title: 'The request is not valid', status: 400, code: 'validation_failed' },
          { status: 400, headers: { 'content-type': 'application/problem+json' } },
        );
      }),
    );
    expect(await uploadQueue(SLUG)).toBe(true);
    useScanQueue.getState().enqueue({
      slug: SLUG,
      request: {
        listId: 'list-1',
        deskId: 'desk-1',
        deskName: 'Desk 1',
        direction: 'entry',
        ticketId: 'ticket-1',
        offline: true,
        scannedAt: '2025-10-16T08:30:00.000Z',
        clientNonce: 'nonce-1',
      },
    } as Parameters<ReturnType<typeof useScanQueue.getState>['enqueue']>[0]);
    expect(await uploadQueue(SLUG)).toBe(true);
    expect(posted).toHaveLength(1);
    expect(useScanQueue.getState().queue).toHaveLength(0);
  });
});

const problem = (status: number, code: string, title = 'Refused') =>
  HttpResponse.json(
    { type: 'about:blank', title, status, code },
    { status, headers: { 'content-type': 'application/problem+json' } },
  );

function queueScans(...nonces: string[]) {
  for (const nonce of nonces) {
    useScanQueue.getState().enqueue({
      slug: SLUG,
      label: `Holder ${nonce}`,
      request: {
        listId: 'list-1',
        deskId: 'desk-1',
        deskName: 'Desk 1',
        direction: 'entry',
        ticketId: `ticket-${nonce}`,
        offline: true,
        scannedAt: '2025-10-16T08:30:00.000Z',
        clientNonce: `nonce-${nonce}`,
      },
    });
  }
}

/** The server's answer per nonce suffix (201 for any other); records the order of uploads. */
function answer(byNonce: Record<string, () => Response>) {
  const posted: string[] = [];
  server.use(
    http.post(`*${apiRoutes.scans}`, async ({ request }) => {
      const nonce = ((await request.json()) as { clientNonce: string }).clientNonce.slice('nonce-'.length);
      posted.push(nonce);
      const respond = byNonce[nonce];
      if (respond) return respond();
      const scan = {
        id: `scan-${nonce}`,
        ticketId: null,
        listId: 'list-1',
        deskId: 'desk-1',
        deskName: 'Desk 1',
        direction: 'entry',
        verdict: 'ok',
        scannedAt: '2025-10-16T08:30:00Z',
        uploadedAt: '2025-10-16T08:31:00Z',
        clientNonce: `nonce-${nonce}`,
        offline: true,
        conflict: false,
        undoneAt: null,
      };
      const verdict = { code: 'ok', previous: null, note: null };
      return HttpResponse.json({ scan, verdict, ticket: null, replayed: false }, { status: 201 });
    }),
  );
  return posted;
}

const queued = () => useScanQueue.getState().queue.map((q) => q.request.clientNonce);
const setAside = () =>
  useScanQueue.getState().setAside.map((a) => [a.request.clientNonce, a.reason.status, a.reason.code]);

describe('uploadQueue never lets one scan block the queue', () => {
  afterEach(() => {
    useScanQueue.setState({ queue: [], setAside: [] });
    vi.useRealTimers();
  });

  it.each([
    [400, 'validation_failed'],
    [404, 'check_in_list_not_found'],
    [409, 'exits_not_counted'],
    [422, 'unprocessable'],
  ])(
    'sets a scan refused with %i aside with its reason and uploads the ones behind it',
    async (status, code) => {
      queueScans('a', 'b', 'c');
      const posted = answer({ b: () => problem(status, code, 'Not this one') });
      expect(await uploadQueue(SLUG)).toBe(true);
      expect(posted).toEqual(['a', 'b', 'c']);
      expect(queued()).toEqual([]);
      expect(setAside()).toEqual([['nonce-b', status, code]]);
      expect(useScanQueue.getState().setAside[0]).toMatchObject({
        label: 'Holder b',
        reason: { message: expect.any(String) },
      });
    },
  );

  it.each([401, 403, 408, 429, 502, 503, 504])(
    'stops at %i and keeps the whole queue, in order, for later',
    async (status) => {
      queueScans('a', 'b', 'c');
      const posted = answer({ b: () => problem(status, 'try_later') });
      expect(await uploadQueue(SLUG)).toBe(false);
      expect(posted).toEqual(['a', 'b']);
      expect(queued()).toEqual(['nonce-b', 'nonce-c']);
      expect(setAside()).toEqual([]);
    },
  );

  it('stops without the network and keeps the queue', async () => {
    queueScans('a', 'b');
    const posted = answer({ a: () => HttpResponse.error() });
    expect(await uploadQueue(SLUG)).toBe(false);
    expect(posted).toEqual(['a']);
    expect(queued()).toEqual(['nonce-a', 'nonce-b']);
  });

  it('retries a scan the server fails with 500 after a growing wait, lets the others pass, and sets it aside in the end', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-10-16T08:40:00Z'));
    queueScans('a', 'b');
    const posted = answer({ a: () => problem(500, 'internal_error') });
    expect(await uploadQueue(SLUG)).toBe(true);
    expect(posted).toEqual(['a', 'b']);
    expect(queued()).toEqual(['nonce-a']);

    // Too early: not tried again.
    expect(await uploadQueue(SLUG)).toBe(true);
    expect(posted).toHaveLength(2);

    const waits = [];
    for (let failure = 1; failure < MAX_SERVER_FAILURES; failure++) {
      const item = useScanQueue.getState().queue[0]!;
      expect(item.failures).toBe(failure);
      waits.push(item.retryAt! - Date.now());
      vi.setSystemTime(item.retryAt!);
      await uploadQueue(SLUG);
    }
    expect(waits).toEqual([5000, 10000, 20000, 40000, 80000]);
    expect(posted.filter((n) => n === 'a')).toHaveLength(MAX_SERVER_FAILURES);
    expect(queued()).toEqual([]);
    expect(setAside()).toEqual([['nonce-a', 500, 'internal_error']]);
  });

  it('puts a set-aside scan back at the end of the queue on request, or forgets it', async () => {
    queueScans('a', 'b');
    answer({ a: () => problem(400, 'validation_failed') });
    await uploadQueue(SLUG);
    useScanQueue.getState().retrySetAside('nonce-a');
    expect(queued()).toEqual(['nonce-a']);
    expect(setAside()).toEqual([]);
    await uploadQueue(SLUG);
    useScanQueue.getState().discardSetAside('nonce-a');
    expect(setAside()).toEqual([]);
  });
});
