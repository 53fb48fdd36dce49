import type { Context } from 'hono';
import { streamSSE, type SSEStreamingApi } from 'hono/streaming';
import { STREAM_CHANGE_EVENT, apiRoutes, streamEventSchema, type StreamEvent } from '@shared/contract';
import type { AppDeps, AppEnv } from '../../deps';
import { endpoint, endpointGroup } from '../../http/endpoint';
import { conferenceOf } from './request';

/** Below the idle timeouts of common proxies and load balancers (often 30 or 60 s). */
const HEARTBEAT_MS = 25_000;
/** How long a browser waits before reconnecting after the stream drops. */
const RETRY_MS = 5_000;

const encoder = new TextEncoder();
/**
 * One event's SSE frame, checked and encoded once however many streams carry it: the bus hands
 * the same event object to every listener, and a publish at a large conference reaches a
 * thousand open streams, where checking and encoding per stream kept the event loop busy for
 * seconds. Null when the event is malformed (then no stream gets it).
 */
const frames = new WeakMap<StreamEvent, Uint8Array | null>();
function frameOf(event: StreamEvent): Uint8Array | null {
  let frame = frames.get(event);
  if (frame === undefined) {
    const parsed = streamEventSchema.safeParse(event);
    // JSON.stringify writes no line breaks, so the data fits one `data:` line.
    frame = parsed.success
      ? encoder.encode(`event: ${STREAM_CHANGE_EVENT}\ndata: ${JSON.stringify(parsed.data)}\n\n`)
      : null;
    frames.set(event, frame);
  }
  return frame;
}

/**
 * An edition's live changes. Served here rather than by the stream feature, whose bus and
 * publishChange every feature (this one too) uses: stream needs nothing of conferences that way.
 */
export const streamEndpoints = endpointGroup('stream', { tag: 'conferences' }, [
  endpoint({
    method: 'get',
    path: apiRoutes.stream,
    summary: 'Server-sent events: `ready`, then `change` events naming what changed',
    responses: { 200: null },
    produces: 'text/event-stream',
    problems: ['conference_not_found'],
    handler: (deps) => (c) => answerStream(deps, c),
  }),
]);

async function answerStream(deps: AppDeps, c: Context<AppEnv>) {
  // Resolved before the stream starts, so an unknown slug is a plain 404 problem.
  const conference = await conferenceOf(deps, c);
  c.header('X-Accel-Buffering', 'no');
  return streamSSE(c, async (stream) => {
    // Writes are chained so events leave in the order they arrived.
    let writing = Promise.resolve();
    const send = (write: (s: SSEStreamingApi) => Promise<unknown>) => {
      writing = writing
        .then(() => write(stream))
        .then(
          () => undefined,
          (err: unknown) => deps.logger.warn('Could not write to an event stream', { err }),
        );
    };

    const forward = (event: StreamEvent) => {
      const frame = frameOf(event);
      if (!frame) {
        deps.logger.warn('Dropped a malformed stream event', { slug: conference.slug, event });
        return;
      }
      send((s) => s.write(frame));
    };
    // Subscribe before saying ready, so no change slips between the two.
    const unsubscribe = deps.bus.subscribe(conference.slug, forward);
    send((s) =>
      s.writeSSE({
        event: 'ready',
        data: JSON.stringify({ scheduleVersion: conference.schedule_version }),
        retry: RETRY_MS,
      }),
    );
    const heartbeat = setInterval(() => send((s) => s.write(': heartbeat\n\n')), HEARTBEAT_MS);

    await new Promise<void>((resolve) => {
      stream.onAbort(() => {
        clearInterval(heartbeat);
        unsubscribe();
        resolve();
      });
    });
  });
}
