import { expect, it } from 'vitest';
import {
  apiPaths,
  conferenceSchema,
  roleListSchema,
  sessionListSchema,
  sponsorListSchema,
  ticketTypeListSchema,
  type CreateConferenceInput,
} from '@shared/contract';
import { describeEachDatabase, type TestClient } from '../../test/harness';
import { expectProblem, loggedIn, SLUG, unique } from '../../test/volunteer-fixtures';
import { listAudit } from '../audit';
import { makePng } from '../sponsors/test-images';
import { requireConference } from './service';

const edition = (input: Partial<CreateConferenceInput> = {}): CreateConferenceInput => ({
  slug: unique('edition'),
  name: 'Matrix Conference 2026',
  timeZone: 'Europe/Berlin',
  startDate: '2026-10-15',
  endDate: '2026-10-16',
  venueName: 'Somewhere',
  ...input,
});

const getJson = async (client: TestClient, path: string) => (await client.get(path)).json();

describeEachDatabase('copying an edition', (server) => {
  it('copies rooms, tracks, tiers with sponsors and logos, roles and ticket types, but no sessions', async () => {
    const org = await loggedIn(server(), 'organizer@demo.test');
    const before = sponsorListSchema.parse(await getJson(org, apiPaths.sponsors(SLUG)));
    const withLogo = before.sponsors[0]!;
    await org.request(apiPaths.sponsorLogo(SLUG, withLogo.id), {
      method: 'PUT',
      headers: { 'content-type': 'image/png' },
      body: makePng(3, 3) as BodyInit,
    });
    const input = edition({
      copyFrom: SLUG,
      copy: ['rooms', 'tracks', 'sponsorTiers', 'sponsors', 'volunteerRoles', 'ticketTypes'],
    });
    const res = await org.post(apiPaths.conferences(), input);
    expect(res.status, await res.clone().text()).toBe(201);
    const created = conferenceSchema.parse(await res.json());
    const source = conferenceSchema.parse(await getJson(org, apiPaths.conference(SLUG)));
    expect(created.rooms.map((r) => r.name)).toEqual(source.rooms.map((r) => r.name));
    expect(created.tracks.map((t) => [t.name, t.color])).toEqual(source.tracks.map((t) => [t.name, t.color]));
    expect(created.rooms.every((r) => !source.rooms.some((s) => s.id === r.id))).toBe(true);

    const sponsors = sponsorListSchema.parse(await getJson(org, apiPaths.sponsors(input.slug)));
    expect(sponsors.tiers.map((t) => t.name)).toEqual(before.tiers.map((t) => t.name));
    expect(sponsors.sponsors.map((s) => [s.name, s.packages])).toEqual(
      before.sponsors.map((s) => [s.name, s.packages]),
    );
    const tierNames = new Map(sponsors.tiers.map((t) => [t.id, t.name]));
    const beforeTierNames = new Map(before.tiers.map((t) => [t.id, t.name]));
    expect(sponsors.sponsors.map((s) => tierNames.get(s.tierId))).toEqual(
      before.sponsors.map((s) => beforeTierNames.get(s.tierId)),
    );
    const copiedLogo = sponsors.sponsors.find((s) => s.slug === withLogo.slug)!;
    expect(copiedLogo.logoUrl).toMatch(new RegExp(`^/api/conferences/${input.slug}/`));
    expect((await server().client().get(copiedLogo.logoUrl!)).status).toBe(200);

    const roles = roleListSchema.parse(await getJson(org, apiPaths.volunteerRoles(input.slug))).roles;
    const sourceRoles = roleListSchema.parse(await getJson(org, apiPaths.volunteerRoles(SLUG))).roles;
    expect(roles.map((r) => [r.slug, r.access])).toEqual(sourceRoles.map((r) => [r.slug, r.access]));
    expect(roles.every((r) => r.membership === null)).toBe(true);

    const types = ticketTypeListSchema.parse(
      await getJson(org, apiPaths.ticketTypes(input.slug)),
    ).ticketTypes;
    const sourceTypes = ticketTypeListSchema.parse(
      await getJson(org, apiPaths.ticketTypes(SLUG)),
    ).ticketTypes;
    expect(types.map((t) => t.slug).sort()).toEqual(sourceTypes.map((t) => t.slug).sort());
    const newDays = created.days.map((d) => d.date);
    expect(types.every((t) => t.validDays.length > 0 && t.validDays.every((d) => newDays.includes(d)))).toBe(
      true,
    );

    const sessions = sessionListSchema.parse(await getJson(org, apiPaths.sessions(input.slug)));
    expect(sessions.sessions).toEqual([]);

    const row = await requireConference(server().deps.db, input.slug);
    const [audit] = await listAudit(server().deps.db, row.id);
    expect(audit?.action).toBe('conference.created');
    expect(JSON.parse(audit!.detail)).toMatchObject({
      copiedFrom: SLUG,
      copied: { rooms: source.rooms.length, sponsors: before.sponsors.length },
    });
  });

  it('copies only the parts asked for', async () => {
    const org = await loggedIn(server(), 'organizer@demo.test');
    const input = edition({ copyFrom: SLUG, copy: ['tracks', 'sponsorTiers'] });
    const created = conferenceSchema.parse(await (await org.post(apiPaths.conferences(), input)).json());
    expect(created.rooms).toEqual([]);
    expect(created.tracks.length).toBeGreaterThan(0);
    const sponsors = sponsorListSchema.parse(await getJson(org, apiPaths.sponsors(input.slug)));
    expect(sponsors.tiers.length).toBeGreaterThan(0);
    expect(sponsors.sponsors).toEqual([]);
    const roles = roleListSchema.parse(await getJson(org, apiPaths.volunteerRoles(input.slug))).roles;
    expect(roles).toEqual([]);
  });

  it('refuses an unknown source, copying without a source and sponsors without tiers', async () => {
    const org = await loggedIn(server(), 'organizer@demo.test');
    const missing = edition({ copyFrom: 'no-such-edition', copy: ['rooms'] });
    const problem = await expectProblem(
      await org.post(apiPaths.conferences(), missing),
      422,
      'copy_source_not_found',
    );
    expect(Object.keys(problem.errors ?? {})).toEqual(['copyFrom']);
    await expectProblem(await org.get(apiPaths.conference(missing.slug)), 404, 'conference_not_found');
    const noSource = await expectProblem(
      await org.post(apiPaths.conferences(), edition({ copy: ['rooms'] })),
      400,
      'validation_failed',
    );
    expect(Object.keys(noSource.errors ?? {})).toEqual(['copyFrom']);
    const noTiers = await expectProblem(
      await org.post(apiPaths.conferences(), edition({ copyFrom: SLUG, copy: ['sponsors'] })),
      400,
      'validation_failed',
    );
    expect(Object.keys(noTiers.errors ?? {})).toEqual(['copy']);
  });
});
