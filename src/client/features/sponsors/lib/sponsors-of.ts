import { type Sponsor, type SponsorList } from '@shared/contract/sponsor';
import { foldText } from '@shared/text/fold';

const fold = (s: string) => foldText(s).trim();

/** Sponsors holding a package, e.g. "Video", by tier rank then name. */
export function sponsorsOfPackage(list: SponsorList | undefined, pkg: string): Sponsor[] {
  if (!list) return [];
  const rank = new Map(list.tiers.map((t) => [t.id, t.rank]));
  return list.sponsors
    .filter((s) => s.packages.some((p) => fold(p) === fold(pkg)))
    .sort((a, b) => (rank.get(a.tierId) ?? 99) - (rank.get(b.tierId) ?? 99) || a.name.localeCompare(b.name));
}

/**
 * The package a session is the thing of, if any: a session titled "Welcome Party" is what
 * the "Welcome Party" package pays for.
 */
export function packageForTitle(list: SponsorList | undefined, title: string): string | null {
  if (!list) return null;
  const wanted = fold(title);
  for (const s of list.sponsors) for (const p of s.packages) if (fold(p) === wanted) return p;
  return null;
}
