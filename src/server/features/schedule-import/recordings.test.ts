import { expect, it } from 'vitest';
import { problemSchema, recordingLinkResultSchema, sessionListSchema, type Session } from '@shared/contract';
import { describeEachDatabase, type TestServer } from '../../test/harness';

const C = '/api/conferences/matrix-conf-2025';

async function organizer(server: TestServer) {
  const client = server.client();
  await client.login('organizer@demo.test');
  return client;
}

async function sessions(server: TestServer): Promise<Session[]> {
  return sessionListSchema.parse(await (await server.client().get(`${C}/sessions`)).json()).sessions;
}

describeEachDatabase('linking recordings', (server) => {
  it('matches media.ccc.de events by guid, then code in link, then slug, and reports the rest', async () => {
    const [first, second, third] = await sessions(server());
    const conference = {
      acronym: 'mxc25',
      title: 'Matrix Conference 2025',
      events: [
        {
          guid: first!.guid,
          slug: 'mxc25-1-a',
          frontend_link: 'https://media.ccc.de/v/mxc25-1-a',
          title: 'A',
        },
        {
          guid: '0f0e0d0c-0000-4000-8000-000000000000',
          link: `https://cfp.example/mxc25/talk/${second!.code}/`,
          frontend_link: 'https://media.ccc.de/v/mxc25-2-b',
        },
        { guid: '0f0e0d0c-0000-4000-8000-000000000001', slug: `mxc25-${third!.code.toLowerCase()}-c` },
        { guid: '0f0e0d0c-0000-4000-8000-000000000002', slug: 'mxc25-99999-nobody', title: 'Nobody' },
      ],
    };
    const client = await organizer(server());
    const events: string[] = [];
    const stop = server().deps.bus.subscribe('matrix-conf-2025', (e) => events.push(e.topic));
    const res = await client.post(`${C}/recordings/link`, { mediaCccDe: conference });
    stop();
    expect(res.status).toBe(200);
    const result = recordingLinkResultSchema.parse(await res.json());
    expect(result.matched.map((m) => [m.code, m.by])).toEqual([
      [first!.code, 'guid'],
      [second!.code, 'code'],
      [third!.code, 'slug'],
    ]);
    expect(result.unmatched).toEqual([
      expect.objectContaining({ ref: '0f0e0d0c-0000-4000-8000-000000000002', title: 'Nobody' }),
    ]);
    expect(result.updated).toBe(3);
    expect(events).toEqual(['sessions']);

    const after = new Map((await sessions(server())).map((s) => [s.code, s]));
    expect(after.get(first!.code)!.links.mediaCccDe).toBe('https://media.ccc.de/v/mxc25-1-a');
    expect(after.get(third!.code)!.links.mediaCccDe).toBe(
      `https://media.ccc.de/v/mxc25-${third!.code.toLowerCase()}-c`,
    );

    const again = recordingLinkResultSchema.parse(
      await (await client.post(`${C}/recordings/link`, { mediaCccDe: conference })).json(),
    );
    expect(again.updated).toBe(0);
  });

  it('links YouTube videos from a CSV of code or title', async () => {
    const all = await sessions(server());
    const titles = new Map<string, number>();
    for (const s of all) titles.set(s.title, (titles.get(s.title) ?? 0) + 1);
    const byCode = all[4]!;
    const byTitle = all.find((s) => s !== byCode && titles.get(s.title) === 1)!;
    const csv = [
      'code or title,youtube',
      `${byCode.code},https://www.youtube.com/watch?v=code1`,
      `"${byTitle.title}",https://youtu.be/title1`,
      'No such talk,https://youtu.be/none',
    ].join('\r\n');
    const res = await (await organizer(server())).post(`${C}/recordings/link`, { csv });
    expect(res.status).toBe(200);
    const result = recordingLinkResultSchema.parse(await res.json());
    expect(result.matched.map((m) => [m.code, m.by, m.link])).toEqual([
      [byCode.code, 'code', 'youtube'],
      [byTitle.code, 'title', 'youtube'],
    ]);
    expect(result.unmatched).toEqual([expect.objectContaining({ ref: 'line 4', title: 'No such talk' })]);
    const after = new Map((await sessions(server())).map((s) => [s.code, s]));
    expect(after.get(byTitle.code)!.links.youtube).toBe('https://youtu.be/title1');
  });

  it.each([
    [{ csv: '"unclosed,https://youtu.be/x' }, 400, 'recordings_unreadable'],
    [{ mediaCccDe: { title: 'no events' } }, 400, 'validation_failed'],
    [{ csv: 'a,b', mediaCccDe: { events: [] } }, 400, 'validation_failed'],
  ])('refuses %j', async (body, status, code) => {
    const res = await (await organizer(server())).post(`${C}/recordings/link`, body);
    expect(res.status).toBe(status);
    expect(problemSchema.parse(await res.json()).code).toBe(code);
  });
});
