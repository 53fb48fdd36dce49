import { type Sponsor, type SponsorInput, type SponsorTier } from '@shared/contract/sponsor';
import { slugify as slugFromName } from '@shared/text/slug';
import { useState } from 'react';
import { t } from '@client/i18n';
import { primaryButton, secondaryButton } from '@client/ui/button-styles';
import { errorsUnder } from '@client/ui/forms/field-errors';
import { FormSummary } from '@client/ui/forms/problem-alert';
import { useForm } from '@client/ui/forms/use-form';
import { TextField } from '@client/ui/text-field';
import { useCreateSponsor, useUpdateSponsor } from '../api/sponsors-admin';
import { checkSponsorForm, sponsorFormValuesOf, type SponsorFormValues } from '../lib/sponsors-admin-form';
import { Field, inputClass } from './form-parts';

/** Creates a sponsor in `tierId`, or edits `sponsor`; the slug follows the name until edited. */
export function SponsorForm({
  slug,
  tiers,
  tierId,
  sponsor,
  onDone,
}: {
  slug: string;
  tiers: SponsorTier[];
  tierId: string;
  sponsor?: Sponsor;
  onDone: () => void;
}) {
  const [slugEdited, setSlugEdited] = useState(Boolean(sponsor));
  const create = useCreateSponsor(slug);
  const update = useUpdateSponsor(slug);
  const form = useForm<SponsorFormValues, SponsorInput | { id: string; input: SponsorInput }, Sponsor>({
    initial: () => sponsorFormValuesOf(tierId, sponsor, sponsor?.position ?? 0),
    check: (values) => {
      const check = checkSponsorForm(values);
      return check.ok && sponsor ? { ok: true, value: { id: sponsor.id, input: check.value } } : check;
    },
    // Either mutation takes what the check gives for it: a new sponsor, or an edit of this one.
    mutation: sponsor ? update : create,
    onSaved: onDone,
  });
  const { values, setValues, set, errors } = form;

  return (
    <form noValidate onSubmit={form.onSubmit} className="mt-3 space-y-4">
      <FormSummary form={form} />
      <TextField
        label={t('sponsorsAdmin.field.name')}
        value={values.name}
        onChange={(e) => {
          const name = e.target.value;
          setValues((v) => ({ ...v, name, ...(slugEdited ? {} : { slug: slugFromName(name) }) }));
        }}
        errors={errors.name}
        maxLength={120}
        required
      />
      <TextField
        label={t('sponsorsAdmin.field.slug')}
        hint={t('sponsorsAdmin.field.slugHint')}
        value={values.slug}
        onChange={(e) => {
          setSlugEdited(true);
          set('slug')(e.target.value);
        }}
        errors={errors.slug}
        autoCapitalize="none"
        spellCheck={false}
        required
      />
      <Field label={t('sponsorsAdmin.field.tier')} errors={errors.tierId}>
        {(props) => (
          <select
            {...props}
            className={inputClass}
            value={values.tierId}
            onChange={(e) => set('tierId')(e.target.value)}
          >
            {tiers.map((tier) => (
              <option key={tier.id} value={tier.id}>
                {tier.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField
        label={t('sponsorsAdmin.field.url')}
        hint={t('sponsorsAdmin.field.urlHint')}
        type="url"
        inputMode="url"
        value={values.url}
        onChange={(e) => set('url')(e.target.value)}
        errors={errors.url}
      />
      <TextField
        label={t('sponsorsAdmin.field.packages')}
        hint={t('sponsorsAdmin.field.packagesHint')}
        value={values.packages}
        onChange={(e) => set('packages')(e.target.value)}
        errors={errorsUnder(errors, 'packages')}
      />
      <Field label={t('sponsorsAdmin.field.description')} errors={errors.description}>
        {(props) => (
          <textarea
            {...props}
            rows={3}
            className={inputClass}
            value={values.description}
            onChange={(e) => set('description')(e.target.value)}
          />
        )}
      </Field>
      <TextField
        label={t('sponsorsAdmin.field.position')}
        hint={t('sponsorsAdmin.field.positionHint')}
        inputMode="numeric"
        value={values.position}
        onChange={(e) => set('position')(e.target.value)}
        errors={errors.position}
      />
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={primaryButton} disabled={form.pending}>
          {form.pending ? t('sponsorsAdmin.saving') : t('sponsorsAdmin.save')}
        </button>
        <button type="button" className={secondaryButton} onClick={onDone}>
          {t('sponsorsAdmin.cancel')}
        </button>
      </div>
    </form>
  );
}
