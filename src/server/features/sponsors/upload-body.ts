import type { Context } from 'hono';
import { HttpProblem } from '../../http/problem';

/**
 * The raw request body, refused with `logo_too_large` as soon as it passes `maxBytes`: a large
 * upload is neither buffered whole nor trusted to declare its Content-Length honestly.
 */
export async function readLimitedBody(c: Context, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () =>
    new HttpProblem('logo_too_large', `Logos can be at most ${Math.round(maxBytes / 1024)} KB.`);
  if (Number(c.req.header('content-length') ?? 0) > maxBytes) throw tooLarge();
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
  return Buffer.concat(chunks);
}
