import { addDays, daysBetween } from '@shared/time';
import {
  apiPaths,
  apiRoutes,
  conferenceSchema,
  createConferenceSchema,
  LOGO_MAX_BYTES,
  LOGO_MAX_PIXELS,
  slugSchema,
  sponsorInputSchema,
  sponsorSchema,
  sponsorTierInputSchema,
  sponsorTierOrderSchema,
  sponsorTierSchema,
  TIER_DEPENDENTS_KEY,
  type Conference,
  type Sponsor,
  type SponsorTier,
} from '@shared/contract';
import type { DemoEdition } from '@shared/demo';
import { http, HttpResponse } from 'msw';
import { z } from 'zod';
import { getMockStore } from '../current-store';
import { problemResponse } from '../problem-response';
import { currentUser, findEdition, notifyChange, type MockStore } from '../store';
import { readJsonBody, readParam, respond } from '../validate';

/** Uploaded logo bytes by sponsor id; the mock serves them at the logo URL like the server does. */
const logos = new WeakMap<MockStore, Map<string, { type: string; bytes: Uint8Array }>>();
const logosOf = (store: MockStore) => {
  let map = logos.get(store);
  if (!map) logos.set(store, (map = new Map()));
  return map;
};

function refuseNonOrganizer(store: MockStore): Response | null {
  const user = currentUser(store);
  if (!user) return problemResponse('unauthenticated');
  if (!user.roles.includes('organizer')) return problemResponse('forbidden');
  return null;
}

/** The edition of the path for an organizer, or the refusal the server would answer. */
function organizerEdition(params: Record<string, unknown>): { edition: DemoEdition } | { refused: Response } {
  const store = getMockStore();
  const refused = refuseNonOrganizer(store);
  if (refused) return { refused };
  const slug = readParam(slugSchema, params.slug as string);
  const edition = slug ? findEdition(store, slug) : undefined;
  if (!edition) return { refused: problemResponse('conference_not_found') };
  return { edition };
}

const changed = (edition: DemoEdition) => notifyChange(getMockStore(), edition.conference.slug, 'sponsors');
const sortTiers = (edition: DemoEdition) => edition.sponsorTiers.sort((a, b) => a.rank - b.rank);
const tierNotFound = () =>
  problemResponse('sponsor_tier_not_found', 'There is no such sponsor tier.', {
    tierId: ['Choose one of the tiers of this edition.'],
  });

/** Magic bytes only: enough for the console's error paths; the server parses the headers too. */
function sniff(bytes: Uint8Array): string | null {
  const starts = (sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
}

function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

export const sponsorAdminHandlers = [
  http.post(apiRoutes.sponsorTiers, async ({ params, request }) => {
    const found = organizerEdition(params);
    if ('refused' in found) return found.refused;
    const { edition } = found;
    const input = await readJsonBody(request, sponsorTierInputSchema);
    if (!input.ok) return input.response;
    if (edition.sponsorTiers.some((t) => t.name === input.data.name)) {
      return problemResponse('sponsor_tier_name_taken', undefined, { name: ['Another tier has this name.'] });
    }
    const tier: SponsorTier = {
      id: crypto.randomUUID(),
      name: input.data.name,
      rank: input.data.rank ?? Math.max(0, ...edition.sponsorTiers.map((t) => t.rank)) + 1,
      logoSize: input.data.logoSize,
      benefits: input.data.benefits,
    };
    edition.sponsorTiers.push(tier);
    sortTiers(edition);
    changed(edition);
    return respond(sponsorTierSchema, tier, { status: 201 });
  }),

  http.put(apiRoutes.sponsorTierOrder, async ({ params, request }) => {
    const found = organizerEdition(params);
    if ('refused' in found) return found.refused;
    const { edition } = found;
    const input = await readJsonBody(request, sponsorTierOrderSchema);
    if (!input.ok) return input.response;
    const ids = input.data.tierIds;
    const known = new Set(edition.sponsorTiers.map((t) => t.id));
    if (new Set(ids).size !== ids.length || ids.length !== known.size || !ids.every((id) => known.has(id))) {
      return problemResponse('sponsor_tier_order_mismatch');
    }
    for (const tier of edition.sponsorTiers) tier.rank = ids.indexOf(tier.id) + 1;
    sortTiers(edition);
    changed(edition);
    return respond(z.object({ tiers: z.array(sponsorTierSchema) }), { tiers: edition.sponsorTiers });
  }),

  http.put(apiRoutes.sponsorTier, async ({ params, request }) => {
    const found = organizerEdition(params);
    if ('refused' in found) return found.refused;
    const { edition } = found;
    const tier = edition.sponsorTiers.find((t) => t.id === params.id);
    if (!tier) return problemResponse('sponsor_tier_not_found');
    const input = await readJsonBody(request, sponsorTierInputSchema);
    if (!input.ok) return input.response;
    if (edition.sponsorTiers.some((t) => t.id !== tier.id && t.name === input.data.name)) {
      return problemResponse('sponsor_tier_name_taken', undefined, { name: ['Another tier has this name.'] });
    }
    Object.assign(tier, { ...input.data, rank: input.data.rank ?? tier.rank });
    sortTiers(edition);
    changed(edition);
    return respond(sponsorTierSchema, tier);
  }),

  http.delete(apiRoutes.sponsorTier, ({ params, request }) => {
    const found = organizerEdition(params);
    if ('refused' in found) return found.refused;
    const { edition } = found;
    const tier = edition.sponsorTiers.find((t) => t.id === params.id);
    if (!tier) return problemResponse('sponsor_tier_not_found');
    const dependents = edition.sponsors.filter((s) => s.tierId === tier.id);
    const confirmed = new URL(request.url).searchParams.get('confirm') === 'delete-sponsors';
    if (dependents.length > 0 && !confirmed) {
      return problemResponse('sponsor_tier_in_use', `The tier "${tier.name}" has sponsors.`, {
        [TIER_DEPENDENTS_KEY]: dependents.map((s) => s.name),
      });
    }
    edition.sponsors = edition.sponsors.filter((s) => s.tierId !== tier.id);
    edition.sponsorTiers = edition.sponsorTiers.filter((t) => t.id !== tier.id);
    changed(edition);
    return new HttpResponse(null, { status: 204 });
  }),

  http.post(apiRoutes.sponsors, async ({ params, request }) => {
    const found = organizerEdition(params);
    if ('refused' in found) return found.refused;
    const { edition } = found;
    const input = await readJsonBody(request, sponsorInputSchema);
    if (!input.ok) return input.response;
    if (!edition.sponsorTiers.some((t) => t.id === input.data.tierId)) return tierNotFound();
    if (edition.sponsors.some((s) => s.slug === input.data.slug)) {
      return problemResponse('sponsor_slug_taken', undefined, { slug: ['Another sponsor has this slug.'] });
    }
    const sponsor: Sponsor = { id: crypto.randomUUID(), logoUrl: null, ...input.data };
    edition.sponsors.push(sponsor);
    changed(edition);
    return respond(sponsorSchema, sponsor, { status: 201 });
  }),

  http.put(apiRoutes.sponsor, async ({ params, request }) => {
    const found = organizerEdition(params);
    if ('refused' in found) return found.refused;
    const { edition } = found;
    const sponsor = edition.sponsors.find((s) => s.id === params.id);
    if (!sponsor) return problemResponse('sponsor_not_found');
    const input = await readJsonBody(request, sponsorInputSchema);
    if (!input.ok) return input.response;
    if (!edition.sponsorTiers.some((t) => t.id === input.data.tierId)) return tierNotFound();
    if (edition.sponsors.some((s) => s.id !== sponsor.id && s.slug === input.data.slug)) {
      return problemResponse('sponsor_slug_taken', undefined, { slug: ['Another sponsor has this slug.'] });
    }
    Object.assign(sponsor, input.data);
    changed(edition);
    return respond(sponsorSchema, sponsor);
  }),

  http.delete(apiRoutes.sponsor, ({ params }) => {
    const found = organizerEdition(params);
    if ('refused' in found) return found.refused;
    const { edition } = found;
    if (!edition.sponsors.some((s) => s.id === params.id)) return problemResponse('sponsor_not_found');
    edition.sponsors = edition.sponsors.filter((s) => s.id !== params.id);
    changed(edition);
    return new HttpResponse(null, { status: 204 });
  }),

  http.get(apiRoutes.sponsorLogo, ({ params }) => {
    const logo = logosOf(getMockStore()).get(params.id as string);
    if (!logo) return problemResponse('logo_not_found');
    return new HttpResponse(logo.bytes as BodyInit, {
      headers: { 'content-type': logo.type, 'x-content-type-options': 'nosniff' },
    });
  }),

  http.put(apiRoutes.sponsorLogo, async ({ params, request }) => {
    const found = organizerEdition(params);
    if ('refused' in found) return found.refused;
    const { edition } = found;
    const sponsor = edition.sponsors.find((s) => s.id === params.id);
    if (!sponsor) return problemResponse('sponsor_not_found');
    const bytes = new Uint8Array(await request.arrayBuffer());
    if (bytes.length > LOGO_MAX_BYTES) return problemResponse('logo_too_large');
    const type = sniff(bytes);
    if (!type) return problemResponse('logo_type_not_allowed', 'This file is not a PNG, JPEG or WebP image.');
    const size = type === 'image/png' ? pngSize(bytes) : { width: 1, height: 1 };
    if (!size) return problemResponse('logo_unreadable');
    if ([size.width, size.height].some((n) => n < 1 || n > LOGO_MAX_PIXELS)) {
      return problemResponse('logo_dimensions_not_allowed');
    }
    logosOf(getMockStore()).set(sponsor.id, { type, bytes });
    const version = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) =>
      b.toString(16).padStart(2, '0'),
    ).join('');
    sponsor.logoUrl = apiPaths.sponsorLogo(edition.conference.slug, sponsor.id, version);
    changed(edition);
    return respond(sponsorSchema, sponsor);
  }),

  http.delete(apiRoutes.sponsorLogo, ({ params }) => {
    const found = organizerEdition(params);
    if ('refused' in found) return found.refused;
    const { edition } = found;
    const sponsor = edition.sponsors.find((s) => s.id === params.id);
    if (!sponsor) return problemResponse('sponsor_not_found');
    logosOf(getMockStore()).delete(sponsor.id);
    sponsor.logoUrl = null;
    changed(edition);
    return respond(sponsorSchema, sponsor);
  }),

  /** A new edition; rooms, tracks, tiers and sponsors are copied here (roles and ticket types live elsewhere in the mock). */
  http.post(apiRoutes.conferences, async ({ request }) => {
    const store = getMockStore();
    const refused = refuseNonOrganizer(store);
    if (refused) return refused;
    const input = await readJsonBody(request, createConferenceSchema);
    if (!input.ok) return input.response;
    const { copyFrom, copy, ...fields } = input.data;
    if (findEdition(store, fields.slug)) return problemResponse('conference_slug_taken');
    const source = copyFrom ? findEdition(store, copyFrom) : undefined;
    if (copyFrom && !source) {
      return problemResponse('copy_source_not_found', undefined, {
        copyFrom: ['Choose an existing edition.'],
      });
    }
    const has = (part: (typeof copy)[number]) => Boolean(source) && copy.includes(part);
    const tierIds = new Map<string, string>();
    const sponsorTiers = has('sponsorTiers')
      ? source!.sponsorTiers.map((t) => {
          const id = crypto.randomUUID();
          tierIds.set(t.id, id);
          return { ...t, id, benefits: [...t.benefits] };
        })
      : [];
    const conference: Conference = {
      slug: fields.slug,
      name: fields.name,
      timeZone: fields.timeZone,
      startDate: fields.startDate,
      endDate: fields.endDate,
      venueName: fields.venueName,
      scheduleVersion: 1,
      venue: { name: fields.venueName, address: fields.venueAddress, directions: [] },
      days: Array.from({ length: daysBetween(fields.startDate, fields.endDate) + 1 }, (_, i) => ({
        date: addDays(fields.startDate, i),
        label: `Day ${i + 1}`,
        opensAt: '09:00',
        closesAt: '18:00',
        note: null,
      })),
      rooms: has('rooms') ? source!.conference.rooms.map((r) => ({ ...r, id: crypto.randomUUID() })) : [],
      tracks: has('tracks') ? source!.conference.tracks.map((t) => ({ ...t, id: crypto.randomUUID() })) : [],
      sessionTypes: [],
    };
    const sponsors = has('sponsors')
      ? source!.sponsors.map((s) => ({
          ...s,
          id: crypto.randomUUID(),
          tierId: tierIds.get(s.tierId)!,
          logoUrl: null,
        }))
      : [];
    store.editions.push({ conference, sessions: [], speakers: [], sponsorTiers, sponsors });
    return respond(conferenceSchema, conference, { status: 201 });
  }),
];
