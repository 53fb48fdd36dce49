import type { Context } from 'hono';
import { readCappedBody } from '../../http/body';
import { HttpProblem } from '../../http/problem';

/**
 * The raw request body, refused with `logo_too_large` as soon as it passes `maxBytes`: a large
 * upload is neither buffered whole nor trusted to declare its Content-Length honestly.
 */
export async function readLimitedBody(c: Context, maxBytes: number): Promise<Uint8Array> {
  const tooLarge = () =>
    new HttpProblem('logo_too_large', `Logos can be at most ${Math.round(maxBytes / 1024)} KB.`);
  if (Number(c.req.header('content-length') ?? 0) > maxBytes) throw tooLarge();
  return readCappedBody(c, maxBytes, tooLarge);
}
