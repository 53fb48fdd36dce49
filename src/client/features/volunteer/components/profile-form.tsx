import { shirtSizes, type VolunteerProfile, volunteerProfileSchema } from '@shared/contract/role';
import { type FormEvent, useId, useState } from 'react';
import { type z } from 'zod';
import { t } from '@client/i18n';
import { Alert } from '@client/ui/alert';
import { primaryButton } from '@client/ui/button-styles';
import { TextField } from '@client/ui/text-field';
import { fieldErrorsOf } from '@client/ui/forms/field-errors';
import { ProblemAlert } from '@client/ui/forms/problem-alert';
import { useSaveVolunteerProfile } from '../api/volunteer-profile';
import { field, fieldLabel } from '@client/ui/staff-styles';

const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'nl'] as const;

function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(undefined, { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** How coordinators reach the volunteer, the shirt to keep ready, the languages they speak. */
export function ProfileForm({
  slug,
  userId,
  profile,
}: {
  slug: string;
  userId: string;
  profile: VolunteerProfile;
}) {
  const id = useId();
  const save = useSaveVolunteerProfile(slug, userId);
  const [invalid, setInvalid] = useState<z.ZodError | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const contact = String(form.get('contact') ?? '').trim();
    const parsed = volunteerProfileSchema.safeParse({
      contact: contact === '' ? null : contact,
      shirtSize: form.get('shirtSize') || null,
      languages: form.getAll('languages'),
    });
    setInvalid(parsed.success ? null : parsed.error);
    if (parsed.success) save.mutate(parsed.data);
  }

  const contactErrors = fieldErrorsOf(invalid ?? save.error).contact;
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <TextField
        label={t('volunteer.profile.contact')}
        name="contact"
        defaultValue={profile.contact ?? ''}
        hint={t('volunteer.profile.contactHint')}
        errors={contactErrors}
      />
      <div>
        <label htmlFor={`${id}-shirt`} className={fieldLabel}>
          {t('volunteer.profile.shirt')}
        </label>
        <select id={`${id}-shirt`} name="shirtSize" className={field} defaultValue={profile.shirtSize ?? ''}>
          <option value="">{t('volunteer.profile.noShirt')}</option>
          {shirtSizes.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend className={fieldLabel}>{t('volunteer.profile.languages')}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-2">
          {LANGUAGES.map((tag) => (
            <label key={tag} className="flex min-h-11 items-center gap-2 text-slate-900 dark:text-slate-100">
              <input
                type="checkbox"
                name="languages"
                value={tag}
                defaultChecked={profile.languages.includes(tag)}
                className="h-5 w-5 accent-indigo-700"
              />
              {languageName(tag)}
            </label>
          ))}
        </div>
      </fieldset>
      {save.isSuccess ? <Alert tone="success">{t('volunteer.profile.saved')}</Alert> : null}
      {save.error ? <ProblemAlert error={save.error} screen="volunteer" /> : null}
      <button type="submit" className={primaryButton} disabled={save.isPending}>
        {t('volunteer.profile.save')}
      </button>
    </form>
  );
}
