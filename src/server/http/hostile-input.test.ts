import { describe, expect, it } from 'vitest';
import { apiPaths, PROBLEM_CONTENT_TYPE, type Problem } from '@shared/contract';
import { describeEachDatabase, type TestClient } from '../test/harness';
import { isStorableText, unstorableFields } from './characters';

const SLUG = 'matrix-conf-2025';
const C = `/api/conferences/${SLUG}`;

async function expectRefused(res: Response, field: string): Promise<void> {
  expect(res.status, await res.clone().text()).toBe(400);
  expect(res.headers.get('content-type')).toBe(PROBLEM_CONTENT_TYPE);
  const problem = (await res.json()) as Problem;
  expect(problem.code).toBe('invalid_characters');
  expect(Object.keys(problem.errors ?? {})).toContain(field);
}

/** A JSON body as raw text, so escapes like \ud800 reach the server unchanged. */
function postRaw(client: TestClient, path: string, body: string, method = 'POST') {
  return client.request(path, { method, headers: { 'content-type': 'application/json' }, body });
}

describe('unstorable characters', () => {
  it.each([
    ['plain', 'Salle Alan Turing', true],
    ['emoji (a surrogate pair)', 'Café 🎉', true],
    ['NUL', 'a\u0000b', false],
    ['lone high surrogate', 'a\ud800b', false],
    ['lone low surrogate at the end', 'ab\udc00', false],
  ])('%s', (_, text, storable) => {
    expect(isStorableText(text)).toBe(storable);
  });

  it('names every bad string and key by its dotted path', () => {
    expect(
      unstorableFields({ ok: 'x', scans: [{ qr: 'a\u0000' }, { deskName: 'ok' }], ['k\u0000']: 1 }),
    ).toEqual(['scans.0.qr', 'k\u0000']);
    expect(unstorableFields('\ud800')).toEqual(['']);
  });
});

describeEachDatabase('NUL and lone surrogates are refused with 400 on every database', (server) => {
  it('in an anonymous session search', async () => {
    await expectRefused(await server().client().get(`${C}/sessions?q=a%00b`), 'q');
  });

  it('in a path parameter, named after the route', async () => {
    await expectRefused(await server().client().get(`${C}/sessions/AB%00CD`), 'code');
    await expectRefused(await server().client().get(`/api/conferences/matrix%00/sessions`), 'slug');
  });

  it('in ticket and account searches', async () => {
    const organizer = server().client();
    await organizer.login('organizer@demo.test');
    await expectRefused(await organizer.get(`${apiPaths.tickets(SLUG)}?q=a%00b`), 'q');
    await expectRefused(await organizer.get(`${apiPaths.users()}?q=%00`), 'q');
  });

  it.each(['qr', 'deskName', 'clientNonce'])('in a scan, %s', async (field) => {
    const desk = server().client();
    await desk.login('desk@demo.test');
    const scan: Record<string, string> = {
      qr: 'not-a-ticket',
      listId: 'any',
      deskId: 'desk-1',
      deskName: 'Desk 1',
      clientNonce: 'nonce-0001',
    };
    scan[field] = `${scan[field]}\u0000`;
    await expectRefused(await desk.post(apiPaths.scans(SLUG), scan), field);
    // A lone surrogate can only arrive as a JSON escape.
    const raw = JSON.stringify({ ...scan, [field]: 'x' }).replace('"x"', '"\\ud800"');
    await expectRefused(await postRaw(desk, apiPaths.scans(SLUG), raw), field);
  });

  it('in a volunteer profile, a room, a message and a ticket import', async () => {
    const volunteer = server().client();
    await volunteer.login('volunteer@demo.test');
    await expectRefused(
      await volunteer.request(apiPaths.volunteerProfile(SLUG), {
        method: 'PUT',
        json: { phone: '\u0000', emergencyContact: 'x' },
      }),
      'phone',
    );
    const organizer = server().client();
    await organizer.login('organizer@demo.test');
    await expectRefused(await organizer.post(apiPaths.rooms(SLUG), { name: 'Room\u0000' }), 'name');
    await expectRefused(
      await organizer.post(apiPaths.volunteerMessages(SLUG), { subject: 'Hi', body: 'a\u0000' }),
      'body',
    );
    await expectRefused(
      await organizer.post(apiPaths.ticketImport(SLUG), { csv: 'name,email\nA\u0000,a@example.org' }),
      'csv',
    );
    await expectRefused(
      await organizer.post(`${apiPaths.scheduleImportApply(SLUG, 'preview')}?x=%00`, {}),
      'x',
    );
  });

  it('still takes accents and emoji', async () => {
    const res = await server()
      .client()
      .get(`${C}/sessions?q=${encodeURIComponent('Café 🎉')}`);
    expect(res.status).toBe(200);
  });
});

describeEachDatabase('JSON bodies are capped while they are read', (server) => {
  /** A body with no Content-Length, sent in 64 KB chunks, as `Transfer-Encoding: chunked` is. */
  function chunked(totalBytes: number): { body: ReadableStream<Uint8Array>; sent: () => number } {
    const chunk = new TextEncoder().encode(' '.repeat(65_536));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= totalBytes) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    return { body, sent: () => sent };
  }

  it('refuses a chunked body past 1 MB with 413 without reading the rest', async () => {
    const { body, sent } = chunked(50_000_000);
    const res = await server()
      .client()
      .request(apiPaths.login(), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        duplex: 'half',
      } as RequestInit);
    expect(res.status).toBe(413);
    const problem = (await res.json()) as Problem;
    expect(problem).toMatchObject({ code: 'payload_too_large', detail: 'The body can be at most 1 MB.' });
    expect(res.headers.get('connection')).toBe('close');
    // Read a little past the cap (the stream pulls ahead by a few chunks), never the whole body.
    expect(sent()).toBeLessThan(2_000_000);
  });

  it('refuses an announced Content-Length past the cap before reading', async () => {
    const res = await server()
      .client()
      .request(apiPaths.login(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': '5000000' },
        body: '{}',
      });
    expect(res.status).toBe(413);
  });
});
