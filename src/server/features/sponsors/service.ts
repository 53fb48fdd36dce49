import { createHash, randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import {
  apiPaths,
  type sponsorInputSchema,
  type sponsorTierInputSchema,
  type Sponsor,
  type SponsorList,
  type SponsorTier,
  type SponsorTierOrder,
} from '@shared/contract';
import { toInstant, type Clock } from '@shared/time';
import type { z } from 'zod';
import { readJson, stringList, writeJson } from '../../db/json-column';
import type { ConferenceRow, Database } from '../../db/schema';
import { askUnlessConfirmed, dependentsOf } from '../../http/dependents';
import { HttpProblem } from '../../http/problem';
import { recordAudit } from '../audit';
import { isUniqueViolation } from '../auth';
import { inspectLogo } from './logo-image';
import * as repo from './repository';

type TierInput = z.output<typeof sponsorTierInputSchema>;
type SponsorInput = z.output<typeof sponsorInputSchema>;

/** Who changes what, for the audit log; every write below records one entry in its transaction. */
export interface Actor {
  db: Kysely<Database>;
  clock: Clock;
  conference: ConferenceRow;
  userId: string;
}

type TierRow = Awaited<ReturnType<typeof repo.findTierRows>>[number];
type SponsorRow = Awaited<ReturnType<typeof repo.findSponsorRows>>[number];

function toTier(t: TierRow): SponsorTier {
  return {
    id: t.id,
    name: t.name,
    rank: t.rank,
    logoSize: t.logo_size,
    benefits: readJson(t.benefits, stringList, 'sponsor_tiers.benefits'),
  };
}

function toSponsor(slug: string, s: SponsorRow): Sponsor {
  return {
    id: s.id,
    slug: s.slug,
    name: s.name,
    tierId: s.tier_id,
    url: s.url,
    packages: readJson(s.packages, stringList, 'sponsors.packages'),
    // Only logos Lanyard stores and serves itself; the URL changes with the image, so it caches.
    logoUrl: s.logo_hash ? apiPaths.sponsorLogo(slug, s.id, s.logo_hash.slice(0, 16)) : null,
    description: s.description,
    position: s.position,
  };
}

/** Tiers by rank (most prominent first) and sponsors in tier order. */
export async function listSponsors(db: Kysely<Database>, conference: ConferenceRow): Promise<SponsorList> {
  const [tiers, sponsors] = await Promise.all([
    repo.findTierRows(db, conference.id),
    repo.findSponsorRows(db, conference.id),
  ]);
  return { tiers: tiers.map(toTier), sponsors: sponsors.map((s) => toSponsor(conference.slug, s)) };
}

async function requireTier(db: Kysely<Database> | Transaction<Database>, conferenceId: string, id: string) {
  const row = await repo.findTierRow(db, conferenceId, id);
  if (!row) {
    throw new HttpProblem('sponsor_tier_not_found', `There is no sponsor tier "${id}".`, {
      tierId: ['Choose one of the tiers of this edition.'],
    });
  }
  return row;
}

async function requireSponsor(db: Kysely<Database>, conferenceId: string, id: string) {
  const row = await repo.findSponsorRow(db, conferenceId, id);
  if (!row) throw new HttpProblem('sponsor_not_found', `There is no sponsor "${id}".`);
  return row;
}

/** Runs a write with its audit entry in one transaction, turning unique violations into `onTaken`. */
async function write(
  actor: Actor,
  action: string,
  subject: string,
  detail: Record<string, unknown>,
  work: (trx: Transaction<Database>) => Promise<void>,
  onTaken?: () => HttpProblem,
): Promise<void> {
  try {
    await actor.db.transaction().execute(async (trx) => {
      await work(trx);
      await recordAudit(trx, {
        conferenceId: actor.conference.id,
        userId: actor.userId,
        action,
        subject,
        detail,
        at: toInstant(actor.clock()),
      });
    });
  } catch (err) {
    if (onTaken && isUniqueViolation(err)) throw onTaken();
    throw err;
  }
}

const tierNameTaken = (name: string) => () =>
  new HttpProblem('sponsor_tier_name_taken', `There is already a tier "${name}".`, {
    name: ['Another tier has this name.'],
  });
const sponsorSlugTaken = (slug: string) => () =>
  new HttpProblem('sponsor_slug_taken', `There is already a sponsor "${slug}".`, {
    slug: ['Another sponsor has this slug.'],
  });

async function tierById(actor: Actor, id: string): Promise<SponsorTier> {
  return toTier(await requireTier(actor.db, actor.conference.id, id));
}

async function sponsorById(actor: Actor, id: string): Promise<Sponsor> {
  const all = await repo.findSponsorRows(actor.db, actor.conference.id);
  return toSponsor(
    actor.conference.slug,
    all.find((s) => s.id === id)!,
  );
}

export async function createTier(actor: Actor, input: TierInput): Promise<SponsorTier> {
  const id = randomUUID();
  await write(
    actor,
    'sponsor_tier.created',
    input.name,
    { id },
    async (trx) => {
      await repo.insertTier(trx, {
        id,
        conference_id: actor.conference.id,
        name: input.name,
        rank: input.rank ?? (await repo.nextTierRank(trx, actor.conference.id)),
        logo_size: input.logoSize,
        benefits: writeJson(input.benefits),
      });
    },
    tierNameTaken(input.name),
  );
  return tierById(actor, id);
}

export async function updateTier(actor: Actor, id: string, input: TierInput): Promise<SponsorTier> {
  const before = await requireTier(actor.db, actor.conference.id, id);
  await write(
    actor,
    'sponsor_tier.updated',
    input.name,
    { id, before: toTier(before) },
    async (trx) => {
      await repo.updateTier(trx, id, {
        name: input.name,
        rank: input.rank ?? before.rank,
        logo_size: input.logoSize,
        benefits: writeJson(input.benefits),
      });
    },
    tierNameTaken(input.name),
  );
  return tierById(actor, id);
}

/** New ranks 1..n in the order given, which must name every tier of the edition once. */
export async function reorderTiers(actor: Actor, { tierIds }: SponsorTierOrder): Promise<SponsorTier[]> {
  const current = await repo.findTierRows(actor.db, actor.conference.id);
  const known = new Set(current.map((t) => t.id));
  if (
    new Set(tierIds).size !== tierIds.length ||
    tierIds.length !== known.size ||
    !tierIds.every((id) => known.has(id))
  ) {
    throw new HttpProblem(
      'sponsor_tier_order_mismatch',
      `List each of the ${known.size} tiers exactly once; the tiers may have changed meanwhile.`,
    );
  }
  await write(actor, 'sponsor_tiers.reordered', 'sponsor tiers', { tierIds }, async (trx) => {
    for (const [i, id] of tierIds.entries()) await repo.updateTier(trx, id, { rank: i + 1 });
  });
  return (await repo.findTierRows(actor.db, actor.conference.id)).map(toTier);
}

/**
 * A tier with sponsors is deleted only when the caller confirms, having been told which sponsors
 * go with it (the 409 sponsor_tier_in_use lists them), so one click cannot lose them silently.
 * The check and the delete share a transaction: what is deleted is what was counted.
 */
export async function deleteTier(actor: Actor, id: string, confirmed: boolean): Promise<void> {
  const tier = await requireTier(actor.db, actor.conference.id, id);
  const audited = { id, sponsors: [] as string[] };
  await write(actor, 'sponsor_tier.deleted', tier.name, audited, async (trx) => {
    const sponsors = await repo.sponsorsOfTier(trx, id);
    audited.sponsors = sponsors.map((s) => s.name);
    askUnlessConfirmed(
      'sponsor_tier_in_use',
      dependentsOf('sponsor', audited.sponsors),
      confirmed,
      `The tier "${tier.name}" has ${sponsors.length} sponsor(s). Deleting it deletes them too; repeat with ?confirm=true.`,
    );
    await repo.deleteSponsors(
      trx,
      sponsors.map((s) => s.id),
    );
    await repo.deleteTier(trx, id);
  });
}

export async function createSponsor(actor: Actor, input: SponsorInput): Promise<Sponsor> {
  await requireTier(actor.db, actor.conference.id, input.tierId);
  const id = randomUUID();
  await write(
    actor,
    'sponsor.created',
    input.slug,
    { id, tierId: input.tierId },
    async (trx) => {
      await repo.insertSponsor(trx, {
        id,
        conference_id: actor.conference.id,
        tier_id: input.tierId,
        slug: input.slug,
        name: input.name,
        url: input.url,
        packages: writeJson(input.packages),
        logo_url: null,
        description: input.description,
        position: input.position,
      });
    },
    sponsorSlugTaken(input.slug),
  );
  return sponsorById(actor, id);
}

export async function updateSponsor(actor: Actor, id: string, input: SponsorInput): Promise<Sponsor> {
  const before = await requireSponsor(actor.db, actor.conference.id, id);
  await requireTier(actor.db, actor.conference.id, input.tierId);
  await write(
    actor,
    'sponsor.updated',
    input.slug,
    { id, before: { ...before, packages: readJson(before.packages, stringList, 'sponsors.packages') } },
    async (trx) => {
      await repo.updateSponsor(trx, id, {
        tier_id: input.tierId,
        slug: input.slug,
        name: input.name,
        url: input.url,
        packages: writeJson(input.packages),
        description: input.description,
        position: input.position,
      });
    },
    sponsorSlugTaken(input.slug),
  );
  return sponsorById(actor, id);
}

export async function deleteSponsor(actor: Actor, id: string): Promise<void> {
  const sponsor = await requireSponsor(actor.db, actor.conference.id, id);
  await write(actor, 'sponsor.deleted', sponsor.slug, { id, name: sponsor.name }, async (trx) => {
    await repo.deleteSponsors(trx, [id]);
  });
}

/** Checks the image (see inspectLogo) and stores it, an SVG as sanitised, in place of any earlier logo. */
export async function putLogo(actor: Actor, id: string, upload: Uint8Array): Promise<Sponsor> {
  const sponsor = await requireSponsor(actor.db, actor.conference.id, id);
  const image = inspectLogo(upload);
  const bytes = image.bytes;
  const hash = createHash('sha256').update(bytes).digest('hex');
  const detail = {
    id,
    type: image.type,
    width: image.width,
    height: image.height,
    bytes: bytes.length,
    uploadedBytes: upload.length,
    hash,
  };
  await write(actor, 'sponsor.logo_uploaded', sponsor.slug, detail, async (trx) => {
    await repo.upsertLogo(trx, {
      sponsor_id: id,
      content_type: image.type,
      data: Buffer.from(bytes).toString('base64'),
      hash,
      width: image.width,
      height: image.height,
      bytes: bytes.length,
      updated_at: toInstant(actor.clock()),
    });
  });
  return sponsorById(actor, id);
}

/** Without a logo the attendee pages show the sponsor's text mark again. */
export async function removeLogo(actor: Actor, id: string): Promise<Sponsor> {
  const sponsor = await requireSponsor(actor.db, actor.conference.id, id);
  await write(actor, 'sponsor.logo_removed', sponsor.slug, { id }, async (trx) => {
    await repo.deleteLogo(trx, id);
  });
  return sponsorById(actor, id);
}

export async function getLogo(db: Kysely<Database>, conference: ConferenceRow, id: string) {
  await requireSponsor(db, conference.id, id);
  const row = await repo.findLogoRow(db, id);
  if (!row) throw new HttpProblem('logo_not_found', 'This sponsor has no logo; show its name instead.');
  return { ...row, bytes: Buffer.from(row.data, 'base64') };
}
