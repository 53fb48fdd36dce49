import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import {
  conferenceSchema,
  scheduleChangesSchema,
  scheduleImportPreviewSchema,
  scheduleImportResultSchema,
} from '@shared/contract';
import { describeEachDatabase, type TestClient } from '../../test/harness';
import { INTEROP_DIR, interopPresent } from '../../test/interop';

const withFiles = it.skipIf(!interopPresent);

describeEachDatabase('an applied import publishes its changelog', (server) => {
  async function importFile(client: TestClient, slug: string, content: string) {
    const res = await client.post(`/api/conferences/${slug}/schedule-import/preview`, { content });
    const preview = scheduleImportPreviewSchema.parse(await res.json());
    const applied = await client.post(`/api/conferences/${slug}/schedule-import/${preview.previewId}/apply`);
    return scheduleImportResultSchema.parse(await applied.json());
  }

  withFiles('records new sessions, then a move between rooms', async () => {
    const client = server().client();
    expect((await client.login('organizer@demo.test')).status).toBe(200);
    const slug = 'democon-changes';
    const created = await client.post('/api/conferences', {
      slug,
      name: 'DemoCon',
      timeZone: 'Europe/Berlin',
      startDate: '2020-12-14',
      endDate: '2020-12-16',
      venueName: 'Online',
    });
    expect(created.status).toBe(201);
    const text = readFileSync(resolve(INTEROP_DIR, 'example-pretalx-democon.schedule.json'), 'utf8');

    const first = await importFile(client, slug, text);
    const changesUrl = (since: number) => `/api/conferences/${slug}/schedule/changes?since=${since}`;
    const initial = scheduleChangesSchema.parse(await (await client.get(changesUrl(0))).json());
    expect(initial.changes).toHaveLength(36);
    expect(new Set(initial.changes.map((c) => c.kind))).toEqual(new Set(['new']));
    expect(initial.changes[0]!.version).toBe(first.scheduleVersion);

    const file = JSON.parse(text);
    const day = file.schedule.conference.days[0];
    const event = day.rooms['Gray Room'].shift();
    day.rooms['Tan Room'].push({ ...event, room: 'Tan Room' });
    const second = await importFile(client, slug, JSON.stringify(file));
    expect(second.scheduleVersion).toBe(first.scheduleVersion + 1);

    const conference = conferenceSchema.parse(await (await client.get(`/api/conferences/${slug}`)).json());
    const roomId = (name: string) => conference.rooms.find((r) => r.name === name)!.id;
    const later = scheduleChangesSchema.parse(
      await (await client.get(changesUrl(first.scheduleVersion))).json(),
    );
    expect(later.changes).toEqual([
      expect.objectContaining({
        version: second.scheduleVersion,
        title: event.title,
        kind: 'moved',
        fields: ['roomId'],
        before: expect.objectContaining({ roomId: roomId('Gray Room') }),
        after: expect.objectContaining({ roomId: roomId('Tan Room') }),
      }),
    ]);
  });
});
