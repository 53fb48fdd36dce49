import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import type { Context } from 'hono';
import type { z } from 'zod';
import { refuseUnstorable, unstorableFields } from './characters';
import { HttpProblem, parseOrThrow } from './problem';

const MAX_JSON_BYTES = 1_000_000;

/**
 * Reads and validates a JSON body. Requiring application/json also keeps plain HTML forms
 * on other sites from posting here (they cannot send that content type without CORS).
 */
export async function readJson<S extends z.ZodType>(
  c: Context,
  schema: S,
  { maxBytes = MAX_JSON_BYTES }: { maxBytes?: number } = {},
): Promise<z.infer<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    throw new HttpProblem('unsupported_media_type', 'Send the body as application/json.');
  }
  const length = Number(c.req.header('content-length') ?? 0);
  if (length > maxBytes) throw tooLarge(maxBytes);
  const bytes = await readCappedBody(c, maxBytes, () => tooLarge(maxBytes));
  let data: unknown;
  try {
    // Decoded like Request.text() does: UTF-8, BOM dropped, bad bytes replaced.
    data = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new HttpProblem('bad_request', 'The body is not valid JSON.');
  }
  refuseUnstorable(unstorableFields(data), 'body');
  return parseOrThrow(schema, data, 'body');
}

/**
 * 413 naming the limit. `Connection: close` because the rest of the body is not read: the
 * socket closes once the answer is out instead of carrying the sender's remaining bytes.
 */
function tooLarge(maxBytes: number): HttpProblem {
  const mb = Number((maxBytes / 1_000_000).toFixed(1));
  return new HttpProblem('payload_too_large', `The body can be at most ${mb} MB.`, undefined, {
    Connection: 'close',
  });
}

/**
 * The Node request behind @hono/node-server, when its body is still untouched. Reading the body
 * through c.req makes the adapter build a full web Request (headers, AbortSignal, a web stream
 * over the socket), which was an eighth of a scan's CPU; reading the Node stream directly gives
 * the same bytes. Elsewhere (app.request in tests, other runtimes) c.req is used as before.
 */
function unreadIncoming(c: Context): IncomingMessage | undefined {
  const incoming = (c.env as { incoming?: unknown } | undefined)?.incoming;
  if (!(incoming instanceof Readable)) return undefined;
  const node = incoming as IncomingMessage;
  // Someone already started reading it (e.g. through c.req.raw): leave it to them.
  if (node.readableDidRead || node.readableEnded || node.listenerCount('data') > 0) return undefined;
  return node;
}

/**
 * The body's bytes, refused with `tooLarge()` as soon as they pass `maxBytes`, whether or not a
 * Content-Length announced them (chunked bodies do not): reading stops there and nothing more
 * is buffered, so a huge body costs at most `maxBytes` of memory.
 */
export function readCappedBody(c: Context, maxBytes: number, tooLarge: () => Error): Promise<Uint8Array> {
  const incoming = unreadIncoming(c);
  return incoming ? readIncoming(incoming, maxBytes, tooLarge) : readWebBody(c, maxBytes, tooLarge);
}

function readIncoming(incoming: IncomingMessage, maxBytes: number, tooLarge: () => Error): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const stop = () => {
      incoming.off('data', onData);
      incoming.off('end', onEnd);
      incoming.off('error', onError);
      incoming.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      total += chunk.byteLength;
      if (total > maxBytes) {
        stop();
        incoming.pause();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks, total));
    };
    const onError = (err: Error) => {
      stop();
      reject(err);
    };
    // The sender went away before the end: nobody is waiting for an answer.
    const onClose = () => onError(new HttpProblem('bad_request', 'The body ended early.'));
    incoming.on('data', onData);
    incoming.on('end', onEnd);
    incoming.on('error', onError);
    incoming.on('close', onClose);
  });
}

/** The same for a web Request (app.request in tests, other runtimes). */
async function readWebBody(c: Context, maxBytes: number, tooLarge: () => Error): Promise<Uint8Array> {
  const body = c.req.raw.body;
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

/** Validates path parameters and the query string against schemas from the contract. */
export function readQuery<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  return parseOrThrow(schema, c.req.query(), 'query string');
}
