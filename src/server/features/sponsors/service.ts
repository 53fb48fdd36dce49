import type { Kysely } from 'kysely';
import type { LogoSize, SponsorList } from '@shared/contract';
import type { ConferenceRow, Database } from '../../db/schema';
import { findSponsorRows, findTierRows } from './repository';

/** Tiers by rank (most prominent first) and sponsors in tier order. */
export async function listSponsors(db: Kysely<Database>, conference: ConferenceRow): Promise<SponsorList> {
  const [tiers, sponsors] = await Promise.all([
    findTierRows(db, conference.id),
    findSponsorRows(db, conference.id),
  ]);
  return {
    tiers: tiers.map((t) => ({
      id: t.id,
      name: t.name,
      rank: t.rank,
      logoSize: t.logo_size as LogoSize,
      benefits: JSON.parse(t.benefits) as string[],
    })),
    sponsors: sponsors.map((s) => ({
      id: s.id,
      slug: s.slug,
      name: s.name,
      tierId: s.tier_id,
      url: s.url,
      packages: JSON.parse(s.packages) as string[],
      logoUrl: s.logo_url,
      description: s.description,
    })),
  };
}
