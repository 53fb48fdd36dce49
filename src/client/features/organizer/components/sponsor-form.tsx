import { type Sponsor, type SponsorTier } from '@shared/contract/sponsor';
import { type FormEvent, useState } from 'react';
import { t } from '@client/i18n';
import { isApiError } from '@client/lib/api-error';
import { Alert } from '@client/ui/alert';
import { primaryButton, secondaryButton } from '@client/ui/button-styles';
import { TextField } from '@client/ui/text-field';
import { useCreateSponsor, useUpdateSponsor } from '../api/sponsors-admin';
import {
  checkSponsorForm,
  serverFieldErrors,
  slugFromName,
  sponsorFormValuesOf,
  sponsorsProblemMessage,
  type SponsorFormValues,
} from '../lib/sponsors-admin-form';
import { Field, inputClass } from './form-parts';

const joined = (errors: Record<string, string[]>, key: string) =>
  Object.entries(errors)
    .filter(([k]) => k === key || k.startsWith(`${key}.`))
    .flatMap(([, v]) => v);

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
  const [values, setValues] = useState<SponsorFormValues>(() =>
    sponsorFormValuesOf(tierId, sponsor, sponsor?.position ?? 0),
  );
  const [slugEdited, setSlugEdited] = useState(Boolean(sponsor));
  const [localErrors, setLocalErrors] = useState<Record<string, string[]>>({});
  const create = useCreateSponsor(slug);
  const update = useUpdateSponsor(slug);
  const save = sponsor ? update : create;
  const errors = Object.keys(localErrors).length > 0 ? localErrors : serverFieldErrors(save.error);
  const set = (key: keyof SponsorFormValues) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.reset();
    update.reset();
    const check = checkSponsorForm(values);
    setLocalErrors(check.ok ? {} : check.errors);
    if (!check.ok) return;
    if (sponsor) update.mutate({ id: sponsor.id, input: check.input }, { onSuccess: onDone });
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
        errors={joined(errors, 'packages')}
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
