import { type LogoSize, logoSizes, type SponsorTier, type SponsorTierInput } from '@shared/contract/sponsor';
import { type MessageKey, t } from '@client/i18n';
import { primaryButton, secondaryButton } from '@client/ui/button-styles';
import { errorsUnder } from '@client/ui/forms/field-errors';
import { FormSummary } from '@client/ui/forms/problem-alert';
import { useForm } from '@client/ui/forms/use-form';
import { TextField } from '@client/ui/text-field';
import { useCreateTier, useUpdateTier } from '../api/sponsors-admin';
import { checkTierForm, tierFormValuesOf, type TierFormValues } from '../lib/sponsors-admin-form';
import { Field, inputClass } from './form-parts';

/** Creates a tier, or edits `tier`. Checked with the shared schema first; server errors land per field. */
export function SponsorTierForm({
  slug,
  tier,
  onDone,
}: {
  slug: string;
  tier?: SponsorTier;
  onDone: () => void;
}) {
  const create = useCreateTier(slug);
  const update = useUpdateTier(slug);
  const form = useForm<
    TierFormValues,
    SponsorTierInput | { id: string; input: SponsorTierInput },
    SponsorTier
  >({
    initial: () => tierFormValuesOf(tier),
    check: (values) => {
      const check = checkTierForm(values);
      return check.ok && tier ? { ok: true, value: { id: tier.id, input: check.value } } : check;
    },
    // Either mutation takes what the check gives for it: a new tier, or an edit of this one.
    mutation: tier ? update : create,
    onSaved: onDone,
  });
  const { values, set, errors } = form;

  return (
    <form noValidate onSubmit={form.onSubmit} className="mt-3 space-y-4">
      <FormSummary form={form} />
      <TextField
        label={t('sponsorsAdmin.field.name')}
        value={values.name}
        onChange={(e) => set('name')(e.target.value)}
        errors={errors.name}
        maxLength={80}
        required
      />
      <Field label={t('sponsorsAdmin.field.logoSize')} errors={errors.logoSize}>
        {(props) => (
          <select
            {...props}
            className={inputClass}
            value={values.logoSize}
            onChange={(e) => set('logoSize')(e.target.value as LogoSize)}
          >
            {logoSizes.map((size) => (
              <option key={size} value={size}>
                {t(`sponsorsAdmin.size.${size}` as MessageKey)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField
        label={t('sponsorsAdmin.field.rank')}
        hint={t('sponsorsAdmin.field.rankHint')}
        inputMode="numeric"
        value={values.rank}
        onChange={(e) => set('rank')(e.target.value)}
        errors={errors.rank}
      />
      <Field
        label={t('sponsorsAdmin.field.benefits')}
        hint={t('sponsorsAdmin.field.benefitsHint')}
        errors={errorsUnder(errors, 'benefits')}
      >
        {(props) => (
          <textarea
            {...props}
            rows={3}
            className={inputClass}
            value={values.benefits}
            onChange={(e) => set('benefits')(e.target.value)}
          />
        )}
      </Field>
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
