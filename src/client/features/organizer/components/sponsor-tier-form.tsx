import { logoSizes, type SponsorTier } from '@shared/contract/sponsor';
import { type FormEvent, useState } from 'react';
import { type MessageKey, t } from '@client/i18n';
import { isApiError } from '@client/lib/api-error';
import { Alert } from '@client/ui/alert';
import { primaryButton, secondaryButton } from '@client/ui/button-styles';
import { TextField } from '@client/ui/text-field';
import { useCreateTier, useUpdateTier } from '../api/sponsors-admin';
import {
  checkTierForm,
  serverFieldErrors,
  sponsorsProblemMessage,
  tierFormValuesOf,
  type TierFormValues,
} from '../lib/sponsors-admin-form';
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
  const [values, setValues] = useState<TierFormValues>(() => tierFormValuesOf(tier));
  const [localErrors, setLocalErrors] = useState<Record<string, string[]>>({});
  const create = useCreateTier(slug);
  const update = useUpdateTier(slug);
  const save = tier ? update : create;
  const errors = Object.keys(localErrors).length > 0 ? localErrors : serverFieldErrors(save.error);
  const set = (key: keyof TierFormValues) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.reset();
    update.reset();
    const check = checkTierForm(values);
    setLocalErrors(check.ok ? {} : check.errors);
    if (!check.ok) return;
    if (tier) update.mutate({ id: tier.id, input: check.input }, { onSuccess: onDone });
    else create.mutate(check.input, { onSuccess: onDone });
  }

  const count = Object.keys(errors).length;
  return (
    <form noValidate onSubmit={submit} className="mt-3 space-y-4">
      {count > 0 ? <Alert tone="error">{t('sponsorsAdmin.invalid', { count })}</Alert> : null}
      {save.error && !isApiError(save.error, 'validation_failed') ? (
        <Alert tone="error">{sponsorsProblemMessage(save.error)}</Alert>
      ) : null}
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
            onChange={(e) => set('logoSize')(e.target.value)}
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
        errors={Object.entries(errors)
          .filter(([k]) => k === 'benefits' || k.startsWith('benefits.'))
          .flatMap(([, v]) => v)}
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
        <button type="submit" className={primaryButton} disabled={save.isPending}>
          {save.isPending ? t('sponsorsAdmin.saving') : t('sponsorsAdmin.save')}
        </button>
        <button type="button" className={secondaryButton} onClick={onDone}>
          {t('sponsorsAdmin.cancel')}
        </button>
      </div>
    </form>
  );
}
