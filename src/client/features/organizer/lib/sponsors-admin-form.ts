import {
  sponsorInputSchema,
  sponsorTierInputSchema,
  type LogoSize,
  type Sponsor,
  type SponsorInput,
  type SponsorTier,
  type SponsorTierInput,
} from '@shared/contract/sponsor';
import { type FieldErrors } from '@client/ui/forms/field-errors';
import { checkWith, type FormCheck, type Schema } from '@client/ui/forms/use-form';

/**
 * The shared schema's check, with one message per field: an empty slug breaks both the length
 * and the format rule, and the format rule (reported last) tells the organizer what to type.
 */
export function checkOneEach<T>(schema: Schema<T>, input: unknown): FormCheck<T> {
  const check = checkWith(schema, input);
  if (check.ok) return check;
  const errors: FieldErrors = Object.fromEntries(
    Object.entries(check.errors).map(([k, v]) => [k, v.slice(-1)]),
  );
  return { ok: false, errors };
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
export function checkTierForm(values: TierFormValues): FormCheck<SponsorTierInput> {
  const rank = values.rank.trim();
  const input = {
    name: values.name,
    logoSize: values.logoSize,
    benefits: lines(values.benefits),
    ...(rank === '' ? {} : { rank: Number(rank) }),
  };
  const check = checkOneEach(sponsorTierInputSchema, input);
  return check.ok ? { ok: true, value: input } : check;
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

export function checkSponsorForm(values: SponsorFormValues): FormCheck<SponsorInput> {
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
  const check = checkOneEach(sponsorInputSchema, input);
  return check.ok ? { ok: true, value: input } : check;
}
