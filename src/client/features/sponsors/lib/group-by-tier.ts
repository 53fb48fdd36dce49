import { type Sponsor, type SponsorList, type SponsorTier } from '@shared/contract/sponsor';

/** Tiers from most to least prominent, each with its sponsors by name; empty tiers drop out. */
export function groupByTier({ tiers, sponsors }: SponsorList): { tier: SponsorTier; sponsors: Sponsor[] }[] {
  return [...tiers]
    .sort((a, b) => a.rank - b.rank)
    .map((tier) => ({
      tier,
      sponsors: sponsors.filter((s) => s.tierId === tier.id).sort((a, b) => a.name.localeCompare(b.name)),
    }))
    .filter((group) => group.sponsors.length > 0);
}
