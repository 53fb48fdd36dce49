import { fieldErrors } from '@shared/contract/problem';
import {
  sponsorInputSchema,
  sponsorTierInputSchema,
  type LogoSize,
  type Sponsor,
  type SponsorInput,
  type SponsorTier,
  type SponsorTierInput,
} from '@shared/contract/sponsor';
import { type MessageKey, t } from '@client/i18n';
import { isApiError } from '@client/lib/api-error';
import { problemMessage } from '@client/lib/problem-message';

export type Checked<T> = { ok: true; input: T } | { ok: false; errors: Record<string, string[]> };

/**
 * One message per field: an empty slug breaks both the length and the format rule, and the
 * format rule (reported last) tells the organizer what to type.
 */
export function formErrors(error: Parameters<typeof fieldErrors>[0]): Record<string, string[]> {
  return Object.fromEntries(Object.entries(fieldErrors(error)).map(([k, v]) => [k, v.slice(-1)]));
}

export interface TierFormValues {
  name: string;
  rank: string;
  logoSize: LogoSize;
  benefits: string;
}

export const tierFormValuesOf = (tier?: SponsorTier): TierFormValues => ({
  name: tier?.name ?? '',
  rank: tier ? String(tier.rank) : '',
  logoSize: tier?.logoSize ?? 'md',
  benefits: tier?.benefits.join('\n') ?? '',
});

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Form text to the API's input, checked with the same schema the server uses. */
export function checkTierForm(values: TierFormValues): Checked<SponsorTierInput> {
  const rank = values.rank.trim();
  const input = {
    name: values.name,
    logoSize: values.logoSize,
    benefits: lines(values.benefits),
    ...(rank === '' ? {} : { rank: Number(rank) }),
  };
  const parsed = sponsorTierInputSchema.safeParse(input);
  return parsed.success ? { ok: true, input } : { ok: false, errors: formErrors(parsed.error) };
}

export interface SponsorFormValues {
  name: string;
  slug: string;
  tierId: string;
  url: string;
  packages: string;
  description: string;
  position: string;
}

export const sponsorFormValuesOf = (tierId: string, sponsor?: Sponsor, position = 0): SponsorFormValues => ({
  name: sponsor?.name ?? '',
  slug: sponsor?.slug ?? '',
  tierId: sponsor?.tierId ?? tierId,
  url: sponsor?.url ?? '',
  packages: sponsor?.packages.join(', ') ?? '',
  description: sponsor?.description ?? '',
  position: String(position),
});

export function checkSponsorForm(values: SponsorFormValues): Checked<SponsorInput> {
  const position = values.position.trim();
  const input = {
    name: values.name,
    slug: values.slug.trim(),
    tierId: values.tierId,
    url: values.url.trim() === '' ? null : values.url.trim(),
    packages: values.packages
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean),
    description: values.description,
    position: position === '' ? 0 : Number(position),
  };
  const parsed = sponsorInputSchema.safeParse(input);
  return parsed.success ? { ok: true, input } : { ok: false, errors: formErrors(parsed.error) };
}

/** A slug suggestion from a name: "ACME Corp." becomes "acme-corp" (one rule app-wide). */
export { slugify as slugFromName } from '@shared/text/slug';

const known = [
  'sponsor_slug_taken',
  'sponsor_tier_name_taken',
  'sponsor_tier_not_found',
  'sponsor_not_found',
  'sponsor_tier_order_mismatch',
  'logo_too_large',
  'logo_type_not_allowed',
  'logo_svg_refused',
  'logo_unreadable',
  'logo_dimensions_not_allowed',
  'forbidden',
  'unauthenticated',
] as const;

/** Why a sponsor change failed, in the console's words where we have them. */
export function sponsorsProblemMessage(error: unknown): string {
  for (const code of known) {
    if (isApiError(error, code)) return t(`sponsorsAdmin.problem.${code}` as MessageKey);
  }
  return problemMessage(error);
}

/** Field errors of a refused save: the server's per-field errors, or ours from the schema. */
export function serverFieldErrors(error: unknown): Record<string, string[]> {
  return isApiError(error) && error.errors ? error.errors : {};
}
