import { expect, test } from './fixtures';

// The README's promises about the API, checked against the real server.
test.describe('REST API', () => {
  test('lists both editions and gives UTC instants for Paris times', async ({ request }) => {
    const list = await (await request.get('/api/conferences')).json();
    expect(list.conferences.map((c: { slug: string }) => c.slug)).toEqual([
      'matrix-conf-2025',
      'matrix-conf-2024',
    ]);
    const session = await (await request.get('/api/conferences/matrix-conf-2025/sessions/CL3HJB')).json();
    expect(session.startsAt).toBe('2025-10-16T08:00:00Z');
  });

  test('serves the OpenAPI description and the SPA with caching rules', async ({ request }) => {
    const doc = await request.get('/api/openapi.json');
    expect((await doc.json()).openapi).toBe('3.1.0');
    const page = await request.get('/matrix-conf-2025/sponsors');
    expect(page.headers()['content-type']).toContain('text/html');
    expect(page.headers()['cache-control']).toBe('no-cache');
    const asset = (await page.text()).match(/\/assets\/[^"]+\.js/)![0];
    expect((await request.get(asset)).headers()['cache-control']).toContain('immutable');
  });

  test('answers bad input with problem+json and rate-limits password guessing', async ({ request }) => {
    const bad = await request.get('/api/conferences/matrix-conf-2025/sessions?type=banana');
    expect(bad.status()).toBe(400);
    expect(bad.headers()['content-type']).toContain('application/problem+json');

    // Decision 13: ten wrong passwords for one account from one address in 15 minutes, then 429.
    // An account of its own, so other specs' failed logins from this address do not count here.
    const email = `guess-${Date.now().toString(36)}@example.org`;
    const statuses: number[] = [];
    let retryAfter: string | undefined;
    for (let i = 0; i < 11; i++) {
      const res = await request.post('/api/auth/login', { data: { email, password: `wrong-${i}` } });
      statuses.push(res.status());
      retryAfter = res.headers()['retry-after'];
    }
    expect(statuses).toEqual([...Array<number>(10).fill(401), 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });
});
