import { http, HttpResponse } from 'msw';
import { apiRoutes } from '@shared/contract/paths';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { useScanQueue } from './scan-queue-store';
import { uploadQueue } from './upload-queue';

const SLUG = 'matrix-conf-2025';

describe('uploadQueue', () => {
  afterEach(() => useScanQueue.setState({ queue: [] }));

  it('uploads scans queued after an upload that found the queue empty', async () => {
    // A desk that goes offline with nothing queued runs one empty upload first; that must not
    // leave a finished "all done" behind for every later upload to return.
    const posted: unknown[] = [];
    server.use(
      http.post(`*${apiRoutes.scans}`, async ({ request }) => {
        posted.push(await request.json());
        // Refused as invalid: the queue drops it, which is all this test needs to see.
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
