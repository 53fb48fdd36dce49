import { makeProblem, PROBLEM_CONTENT_TYPE } from '@shared/contract/problem';
import { sessionListSchema } from '@shared/contract/session';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { server } from '@mocks/node';
import { apiFetch, toQueryString } from './api-client';
import { ApiError, ResponseShapeError } from './api-error';

const probe = '/api/probe';

describe('apiFetch', () => {
  it('parses a 2xx answer with the schema', async () => {
    server.use(http.get(probe, () => HttpResponse.json({ value: 42, extra: true })));
    await expect(apiFetch(probe, z.object({ value: z.number() }))).resolves.toEqual({ value: 42 });
  });

  it('turns problem+json into an ApiError carrying code, title, detail, errors and status', async () => {
    const problem = makeProblem('validation_failed', 'Some fields are not valid.', {
      email: ['Invalid email'],
    });
    server.use(
      http.post(probe, () =>
        HttpResponse.json(problem, { status: 400, headers: { 'content-type': PROBLEM_CONTENT_TYPE } }),
      ),
    );
    const error = await apiFetch(probe, z.unknown(), { method: 'POST', json: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'validation_failed',
      title: 'The request is not valid',
      detail: 'Some fields are not valid.',
      errors: { email: ['Invalid email'] },
    });
  });

  it('makes a problem up from the status when a proxy answered with HTML', async () => {
    server.use(http.get(probe, () => new HttpResponse('<h1>Bad Gateway</h1>', { status: 502 })));
    await expect(apiFetch(probe, z.unknown())).rejects.toMatchObject({ status: 502, code: 'internal_error' });
  });

  it('rejects a 2xx answer that breaks the contract', async () => {
    server.use(http.get(probe, () => HttpResponse.json({ sessions: [{ code: 1 }] })));
    await expect(apiFetch(probe, sessionListSchema)).rejects.toBeInstanceOf(ResponseShapeError);
  });

  it('sends credentials and JSON bodies', async () => {
    let seen: { credentials: string; type: string | null; body: unknown } | undefined;
    server.use(
      http.post(probe, async ({ request }) => {
        seen = {
          credentials: request.credentials,
          type: request.headers.get('content-type'),
          body: await request.json(),
        };
        return new HttpResponse(null, { status: 204 });
      }),
    );
    await apiFetch(probe, z.undefined(), { method: 'POST', json: { a: 1 } });
    expect(seen).toEqual({ credentials: 'include', type: 'application/json', body: { a: 1 } });
  });
});

describe('toQueryString', () => {
  it('sorts keys and drops empty values', () => {
    expect(toQueryString({ q: 'matrix', day: '2025-10-16', room: undefined, track: '' })).toBe(
      '?day=2025-10-16&q=matrix',
    );
    expect(toQueryString({})).toBe('');
  });
});
