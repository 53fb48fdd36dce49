import { expect, it } from 'vitest';
import {
  apiPaths,
  withConfirm,
  sponsorListSchema,
  sponsorSchema,
  sponsorTierSchema,
  type Sponsor,
  type SponsorTier,
} from '@shared/contract';
import { expectDependents } from '../../test/dependents';
import { describeEachDatabase, type TestClient } from '../../test/harness';
import { expectProblem, loggedIn, newVolunteer, SLUG, unique } from '../../test/volunteer-fixtures';
import { listAudit } from '../audit';
import { requireConference } from '../conferences';
import { JPEG_3x2, makePng, pngClaiming, WEBP_3x2, WEBP_LOSSLESS_1x1 } from './test-images';

async function createTier(org: TestClient, input: Record<string, unknown> = {}): Promise<SponsorTier> {
  const res = await org.post(apiPaths.sponsorTiers(SLUG), {
    name: unique('Tier'),
    logoSize: 'md',
    benefits: ['Logo on the website'],
    ...input,
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return sponsorTierSchema.parse(await res.json());
}

async function createSponsor(org: TestClient, tierId: string, input: Record<string, unknown> = {}) {
  const res = await org.post(apiPaths.sponsors(SLUG), {
    name: 'Test Sponsor',
    slug: unique('sponsor'),
    tierId,
    ...input,
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return sponsorSchema.parse(await res.json());
}

const upload = (org: TestClient, id: string, body: Uint8Array, type = 'image/png') =>
  org.request(apiPaths.sponsorLogo(SLUG, id), {
    method: 'PUT',
    headers: { 'content-type': type },
    body: body as BodyInit,
  });

async function list(client: TestClient) {
  return sponsorListSchema.parse(await (await client.get(apiPaths.sponsors(SLUG))).json());
}

describeEachDatabase('sponsor tiers and sponsors', (server) => {
  it('creates, edits and lists a tier and a sponsor, audited, for organizers only', async () => {
    const org = await loggedIn(server(), 'organizer@demo.test');
    const tier = await createTier(org, { logoSize: 'lg' });
    expect(tier.rank).toBeGreaterThan(1);
    const edited = await org.request(apiPaths.sponsorTier(SLUG, tier.id), {
      method: 'PUT',
      json: { name: `${tier.name} edited`, logoSize: 'xl', rank: 99, benefits: ['Booth', 'Talk slot'] },
    });
    expect(sponsorTierSchema.parse(await edited.json())).toMatchObject({
      name: `${tier.name} edited`,
      logoSize: 'xl',
      rank: 99,
      benefits: ['Booth', 'Talk slot'],
    });

    const sponsor = await createSponsor(org, tier.id, {
      name: 'Acme',
      url: 'https://acme.example/',
      packages: ['Video'],
      description: 'Rockets.',
    });
    expect(sponsor).toMatchObject({ name: 'Acme', packages: ['Video'], logoUrl: null, tierId: tier.id });
    const put = await org.request(apiPaths.sponsor(SLUG, sponsor.id), {
      method: 'PUT',
      json: {
        name: 'Acme Corp',
        slug: sponsor.slug,
        tierId: tier.id,
        packages: ['Welcome Party'],
        position: 3,
      },
    });
    expect(sponsorSchema.parse(await put.json())).toMatchObject({
      name: 'Acme Corp',
      url: null,
      packages: ['Welcome Party'],
      description: '',
    });
    const anonymous = await list(server().client());
    expect(anonymous.sponsors.find((s) => s.id === sponsor.id)?.name).toBe('Acme Corp');
    expect(anonymous.tiers.at(-1)?.id).toBe(tier.id);

    const conference = await requireConference(server().deps.db, SLUG);
    const actions = (await listAudit(server().deps.db, conference.id))
      .filter((e) => e.detail.includes(tier.id) || e.detail.includes(sponsor.id))
      .map((e) => e.action);
    expect(actions).toEqual([
      'sponsor_tier.created',
      'sponsor_tier.updated',
      'sponsor.created',
      'sponsor.updated',
    ]);

    const vol = await newVolunteer(server());
    await expectProblem(
      await vol.client.post(apiPaths.sponsorTiers(SLUG), { name: 'X', logoSize: 'sm' }),
      403,
      'forbidden',
    );
    await expectProblem(
      await server().client().request(apiPaths.sponsor(SLUG, sponsor.id), { method: 'DELETE' }),
      401,
      'unauthenticated',
    );
  });

  it('refuses duplicates, unknown tiers and sponsors, and invalid fields with per-field errors', async () => {
    const org = await loggedIn(server(), 'organizer@demo.test');
    const tier = await createTier(org);
    const taken = await expectProblem(
      await org.post(apiPaths.sponsorTiers(SLUG), { name: tier.name, logoSize: 'sm' }),
      409,
      'sponsor_tier_name_taken',
    );
    expect(Object.keys(taken.errors ?? {})).toEqual(['name']);
    const sponsor = await createSponsor(org, tier.id);
    const slugTaken = await expectProblem(
      await org.post(apiPaths.sponsors(SLUG), { name: 'Other', slug: sponsor.slug, tierId: tier.id }),
      409,
      'sponsor_slug_taken',
    );
    expect(Object.keys(slugTaken.errors ?? {})).toEqual(['slug']);
    const noTier = await expectProblem(
      await org.post(apiPaths.sponsors(SLUG), { name: 'Other', slug: unique('s'), tierId: 'nope' }),
      404,
      'sponsor_tier_not_found',
    );
    expect(Object.keys(noTier.errors ?? {})).toEqual(['tierId']);
    await expectProblem(
      await org.request(apiPaths.sponsor(SLUG, 'nope'), {
        method: 'PUT',
        json: { name: 'X', slug: 'x', tierId: tier.id },
      }),
      404,
      'sponsor_not_found',
    );
    await expectProblem(
      await org.request(apiPaths.sponsorTier(SLUG, 'nope'), {
        method: 'PUT',
        json: { name: 'X', logoSize: 'sm' },
      }),
      404,
      'sponsor_tier_not_found',
    );
    const invalid = await expectProblem(
      await org.post(apiPaths.sponsors(SLUG), {
        name: '',
        slug: 'Not A Slug',
        tierId: tier.id,
        url: 'javascript:alert(1)',
      }),
      400,
      'validation_failed',
    );
    expect(Object.keys(invalid.errors ?? {}).sort()).toEqual(['name', 'slug', 'url']);
  });

  it('reorders tiers by rank and refuses an order that misses a tier', async () => {
    const org = await loggedIn(server(), 'organizer@demo.test');
    await createTier(org);
    const ids = (await list(org)).tiers.map((t) => t.id);
    const reversed = [...ids].reverse();
    const res = await org.request(apiPaths.sponsorTierOrder(SLUG), {
      method: 'PUT',
      json: { tierIds: reversed },
    });
    expect(res.status).toBe(200);
    const after = (await list(org)).tiers;
    expect(after.map((t) => t.id)).toEqual(reversed);
    expect(after.map((t) => t.rank)).toEqual(reversed.map((_, i) => i + 1));
    await expectProblem(
      await org.request(apiPaths.sponsorTierOrder(SLUG), {
        method: 'PUT',
        json: { tierIds: reversed.slice(1) },
      }),
      409,
      'sponsor_tier_order_mismatch',
    );
    await expectProblem(
      await org.request(apiPaths.sponsorTierOrder(SLUG), {
        method: 'PUT',
        json: { tierIds: [reversed[0], ...reversed.slice(0, -1)] },
      }),
      409,
      'sponsor_tier_order_mismatch',
    );
  });

  it('deletes a tier with sponsors only after confirmation, listing them first', async () => {
    const org = await loggedIn(server(), 'organizer@demo.test');
    const tier = await createTier(org);
    const a = await createSponsor(org, tier.id, { name: 'Alpha' });
    await createSponsor(org, tier.id, { name: 'Beta' });
    await upload(org, a.id, makePng(2, 2));
    const elsewhere = await createSponsor(org, (await createTier(org)).id, { name: 'Gamma' });
    const inUse = await expectDependents(
      await org.request(apiPaths.sponsorTier(SLUG, tier.id), { method: 'DELETE' }),
      'sponsor_tier_in_use',
      true,
    );
    expect(inUse.dependents).toEqual([{ kind: 'sponsor', count: 2, examples: ['Alpha', 'Beta'] }]);
    expect((await list(org)).tiers.some((t) => t.id === tier.id)).toBe(true);
    // The confirmation of earlier releases is gone: one `?confirm=true` for every delete.
    await expectProblem(
      await org.request(`${apiPaths.sponsorTier(SLUG, tier.id)}?confirm=delete-sponsors`, {
        method: 'DELETE',
      }),
      400,
      'validation_failed',
    );
    const confirmed = await org.request(withConfirm(apiPaths.sponsorTier(SLUG, tier.id), true), {
      method: 'DELETE',
    });
    expect(confirmed.status).toBe(204);
    const after = await list(org);
    expect(after.tiers.some((t) => t.id === tier.id)).toBe(false);
    expect(after.sponsors.some((s) => s.tierId === tier.id)).toBe(false);
    expect(after.sponsors.some((s) => s.id === elsewhere.id)).toBe(true);
    const conference = await requireConference(server().deps.db, SLUG);
    const audit = await listAudit(server().deps.db, conference.id);
    const entry = audit.find((e) => e.action === 'sponsor_tier.deleted' && e.subject === tier.name);
    expect(JSON.parse(String(entry?.detail))).toMatchObject({ sponsors: ['Alpha', 'Beta'] });
    await expectProblem(await org.get(apiPaths.sponsorLogo(SLUG, a.id)), 404, 'sponsor_not_found');

    const empty = await createTier(org);
    expect((await org.request(apiPaths.sponsorTier(SLUG, empty.id), { method: 'DELETE' })).status).toBe(204);
    await expectProblem(
      await org.request(apiPaths.sponsorTier(SLUG, empty.id), { method: 'DELETE' }),
      404,
      'sponsor_tier_not_found',
    );
  });

  it('deletes a sponsor', async () => {
    const org = await loggedIn(server(), 'organizer@demo.test');
    const tier = await createTier(org);
    const sponsor = await createSponsor(org, tier.id);
    expect((await org.request(apiPaths.sponsor(SLUG, sponsor.id), { method: 'DELETE' })).status).toBe(204);
    expect((await list(org)).sponsors.some((s) => s.id === sponsor.id)).toBe(false);
    await expectProblem(
      await org.request(apiPaths.sponsor(SLUG, sponsor.id), { method: 'DELETE' }),
      404,
      'sponsor_not_found',
    );
  });
});

describeEachDatabase('sponsor logos', (server) => {
  let sponsor: Sponsor;
  let org: TestClient;
  const setUp = async () => {
    org = await loggedIn(server(), 'organizer@demo.test');
    sponsor = await createSponsor(org, (await createTier(org)).id);
  };

  it('stores a PNG and serves it itself at a hashed URL with caching and nosniff', async () => {
    await setUp();
    const png = makePng(4, 3);
    const res = await upload(org, sponsor.id, png, 'application/octet-stream');
    const updated = sponsorSchema.parse(await res.json());
    expect(updated.logoUrl).toMatch(
      new RegExp(`^/api/conferences/${SLUG}/sponsors/${sponsor.id}/logo\\?v=[0-9a-f]{16}$`),
    );
    const listed = (await list(server().client())).sponsors.find((s) => s.id === sponsor.id);
    expect(listed?.logoUrl).toBe(updated.logoUrl);

    const served = await server().client().get(updated.logoUrl!);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // The logo's own policy, not the app's looser one: opened on its own it may run and load nothing.
    expect(served.headers.get('content-security-policy')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'",
    );
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);
    // Without the current version the answer must be revalidated, never cached for long.
    const unversioned = await server().client().get(apiPaths.sponsorLogo(SLUG, sponsor.id));
    expect(unversioned.headers.get('cache-control')).toBe('no-cache');

    const again = sponsorSchema.parse(await (await upload(org, sponsor.id, makePng(8, 8))).json());
    expect(again.logoUrl).not.toBe(updated.logoUrl);

    const removed = await org.request(apiPaths.sponsorLogo(SLUG, sponsor.id), { method: 'DELETE' });
    expect(sponsorSchema.parse(await removed.json()).logoUrl).toBeNull();
    await expectProblem(await server().client().get(updated.logoUrl!), 404, 'logo_not_found');

    const conference = await requireConference(server().deps.db, SLUG);
    const actions = (await listAudit(server().deps.db, conference.id))
      .filter((e) => e.detail.includes(sponsor.id) && e.action.startsWith('sponsor.logo'))
      .map((e) => e.action);
    expect(actions).toEqual(['sponsor.logo_uploaded', 'sponsor.logo_uploaded', 'sponsor.logo_removed']);
  });

  it('accepts JPEG and WebP judged by their bytes, whatever the declared type', async () => {
    await setUp();
    for (const [bytes, type] of [
      [JPEG_3x2, 'image/jpeg'],
      [WEBP_3x2, 'image/webp'],
      [WEBP_LOSSLESS_1x1, 'image/webp'],
      // A PNG uploaded with a JPEG type (e.g. renamed to .jpg) is stored and served as the PNG it is.
      [makePng(2, 2), 'image/png'],
    ] as const) {
      const declared = type === 'image/png' ? 'image/jpeg' : 'application/octet-stream';
      const res = await upload(org, sponsor.id, bytes, declared);
      const { logoUrl } = sponsorSchema.parse(await res.json());
      const served = await server().client().get(logoUrl!);
      expect(served.headers.get('content-type')).toBe(type);
    }
  });

  it('refuses what is not a safe raster image with stable codes', async () => {
    await setUp();
    const html = new TextEncoder().encode('<!doctype html><script>alert(1)</script>');
    const svg = new TextEncoder().encode(
      '<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>',
    );
    const png = makePng(2, 2);
    const cases: [Uint8Array, number, string][] = [
      [html, 415, 'logo_type_not_allowed'],
      [svg, 422, 'logo_svg_refused'],
      [new Uint8Array(), 415, 'logo_type_not_allowed'],
      [png.subarray(0, png.length - 20), 422, 'logo_unreadable'],
      [JPEG_3x2.subarray(0, 200), 422, 'logo_unreadable'],
      [WEBP_3x2.subarray(0, 100), 422, 'logo_unreadable'],
      [pngClaiming(0, 10), 422, 'logo_dimensions_not_allowed'],
      [pngClaiming(5000, 10), 422, 'logo_dimensions_not_allowed'],
      [makePng(1, 1, 600 * 1024), 413, 'logo_too_large'],
    ];
    for (const [bytes, status, code] of cases) {
      const problem = await expectProblem(await upload(org, sponsor.id, bytes, 'image/png'), status, code);
      expect(problem.detail).toBeTruthy();
    }
    const svgProblem = await expectProblem(
      await upload(org, sponsor.id, svg, 'image/svg+xml'),
      422,
      'logo_svg_refused',
    );
    expect(svgProblem.detail).toMatch(/DOCTYPE/);
    expect((await list(org)).sponsors.find((s) => s.id === sponsor.id)?.logoUrl).toBeNull();
    await expectProblem(await upload(org, 'nope', png), 404, 'sponsor_not_found');
    await expectProblem(
      await server().client().get(apiPaths.sponsorLogo(SLUG, sponsor.id)),
      404,
      'logo_not_found',
    );
    const vol = await newVolunteer(server());
    await expectProblem(await upload(vol.client, sponsor.id, png), 403, 'forbidden');
  });
});

describeEachDatabase('SVG sponsor logos', (server) => {
  it('stores the sanitised SVG and serves it with the SVG policy; refuses what cannot be made safe', async () => {
    const org = await loggedIn(server(), 'organizer@demo.test');
    const sponsor = await createSponsor(org, (await createTier(org)).id);
    const svg = new TextEncoder().encode(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40" onload="alert(1)">' +
        '<script>alert(2)</script><rect width="120" height="40" fill="#123456"/>' +
        '<image href="https://evil.example/t.png"/><text x="4" y="30">ACME</text></svg>',
    );
    const res = await upload(org, sponsor.id, svg, 'image/svg+xml');
    expect(res.status).toBe(200);
    const { logoUrl } = sponsorSchema.parse(await res.json());
    const served = await server().client().get(logoUrl!);
    expect(served.headers.get('content-type')).toBe('image/svg+xml');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-security-policy')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'",
    );
    const body = await served.text();
    expect(body).toContain('<rect width="120" height="40" fill="#123456"');
    expect(body).toContain('ACME');
    for (const bad of ['script', 'onload', 'alert', 'image', 'evil.example']) expect(body).not.toContain(bad);

    const conference = await requireConference(server().deps.db, SLUG);
    const audit = (await listAudit(server().deps.db, conference.id)).find(
      (e) => e.action === 'sponsor.logo_uploaded' && e.detail.includes(sponsor.id),
    );
    expect(audit?.detail).toContain('image/svg+xml');

    const html = new TextEncoder().encode('<html><body><svg onload="alert(1)"></svg></body></html>');
    await expectProblem(await upload(org, sponsor.id, html, 'image/svg+xml'), 422, 'logo_svg_refused');
    const broken = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>');
    await expectProblem(await upload(org, sponsor.id, broken, 'image/svg+xml'), 422, 'logo_unreadable');
    const sizeless = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>');
    await expectProblem(
      await upload(org, sponsor.id, sizeless, 'image/svg+xml'),
      422,
      'logo_dimensions_not_allowed',
    );
  });
});
