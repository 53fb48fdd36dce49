import {
  createConferenceSchema,
  editionCopyParts,
  type ConferenceSummary,
  type EditionCopyPart,
} from '@shared/contract/conference';
import { slugify as slugFromName } from '@shared/text/slug';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { type MessageKey, t } from '@client/i18n';
import { Alert } from '@client/ui/alert';
import { primaryButton, textLink } from '@client/ui/button-styles';
import { FormSummary } from '@client/ui/forms/problem-alert';
import { useForm } from '@client/ui/forms/use-form';
import { TextField } from '@client/ui/text-field';
import { useCreateEdition } from '../api/sponsors-admin';
import { Field, inputClass } from './form-parts';
import { checkOneEach } from '../lib/sponsors-admin-form';

const DEFAULT_PARTS: EditionCopyPart[] = ['rooms', 'tracks', 'sponsorTiers', 'volunteerRoles', 'ticketTypes'];

interface Values {
  name: string;
  slug: string;
  timeZone: string;
  startDate: string;
  endDate: string;
  venueName: string;
  venueAddress: string;
  copyFrom: string;
  copy: EditionCopyPart[];
}

/** A new edition, optionally taking over the set-up of `from` (the edition in view). */
export function EditionForm({ editions, from }: { editions: ConferenceSummary[]; from: ConferenceSummary }) {
  const partsId = useId();
  const [slugEdited, setSlugEdited] = useState(false);
  const create = useCreateEdition();
  const form = useForm({
    initial: (): Values => ({
      name: '',
      slug: '',
      timeZone: from.timeZone,
      startDate: '',
      endDate: '',
      venueName: from.venueName,
      venueAddress: '',
      copyFrom: from.slug,
      copy: DEFAULT_PARTS,
    }),
    check: ({ copyFrom, copy, ...fields }: Values) => {
      const input = { ...fields, ...(copyFrom ? { copyFrom, copy } : {}) };
      const check = checkOneEach(createConferenceSchema, input);
      return check.ok ? { ok: true, value: input } : check;
    },
    mutation: create,
  });
  const { values, setValues, errors } = form;
  const set = (key: keyof Values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  const togglePart = (part: EditionCopyPart, on: boolean) =>
    setValues((v) => {
      let copy = on ? [...v.copy, part] : v.copy.filter((p) => p !== part);
      // Sponsors live in tiers: choosing sponsors takes the tiers, dropping the tiers drops them.
      if (on && part === 'sponsors' && !copy.includes('sponsorTiers')) copy.push('sponsorTiers');
      if (!on && part === 'sponsorTiers') copy = copy.filter((p) => p !== 'sponsors');
      return { ...v, copy };
    });

  return (
    <form noValidate onSubmit={form.onSubmit} className="space-y-4">
      {create.data ? (
        <Alert tone="success">
          <p>{t('editions.created', { name: create.data.name })}</p>
          <Link to={`/${create.data.slug}/organizer`} className={textLink}>
            {t('editions.openCreated')}
          </Link>
        </Alert>
      ) : null}
      <FormSummary form={form} />
      <TextField
        label={t('editions.field.name')}
        value={values.name}
        onChange={(e) => {
          const name = e.target.value;
          setValues((v) => ({ ...v, name, ...(slugEdited ? {} : { slug: slugFromName(name) }) }));
        }}
        errors={errors.name}
        required
      />
      <TextField
        label={t('editions.field.slug')}
        hint={t('editions.field.slugHint')}
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
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t('editions.field.startDate')}
          type="date"
          value={values.startDate}
          onChange={(e) => set('startDate')(e.target.value)}
          errors={errors.startDate}
          required
        />
        <TextField
          label={t('editions.field.endDate')}
          type="date"
          value={values.endDate}
          onChange={(e) => set('endDate')(e.target.value)}
          errors={errors.endDate}
          required
        />
      </div>
      <TextField
        label={t('editions.field.timeZone')}
        hint={t('editions.field.timeZoneHint')}
        value={values.timeZone}
        onChange={(e) => set('timeZone')(e.target.value)}
        errors={errors.timeZone}
        required
      />
      <TextField
        label={t('editions.field.venueName')}
        value={values.venueName}
        onChange={(e) => set('venueName')(e.target.value)}
        errors={errors.venueName}
        required
      />
      <TextField
        label={t('editions.field.venueAddress')}
        value={values.venueAddress}
        onChange={(e) => set('venueAddress')(e.target.value)}
        errors={errors.venueAddress}
      />
      <Field label={t('editions.field.copyFrom')} errors={errors.copyFrom}>
        {(props) => (
          <select
            {...props}
            className={inputClass}
            value={values.copyFrom}
            onChange={(e) => set('copyFrom')(e.target.value)}
          >
            <option value="">{t('editions.noCopy')}</option>
            {editions.map((edition) => (
              <option key={edition.slug} value={edition.slug}>
                {edition.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {values.copyFrom ? (
        <fieldset aria-describedby={errors.copy ? `${partsId}-error` : undefined}>
          <legend className="font-medium text-slate-900 dark:text-slate-100">
            {t('editions.copyParts')}
          </legend>
          <div className="mt-2 space-y-2">
            {editionCopyParts.map((part) => (
              <label key={part} className="flex items-center gap-2 text-slate-900 dark:text-slate-100">
                <input
                  type="checkbox"
                  className="size-5 accent-indigo-700"
                  checked={values.copy.includes(part)}
                  onChange={(e) => togglePart(part, e.target.checked)}
                />
                {t(`editions.part.${part}` as MessageKey)}
              </label>
            ))}
          </div>
          {errors.copy ? (
            <p id={`${partsId}-error`} className="mt-1 text-sm font-medium text-red-800 dark:text-red-300">
              {errors.copy.join(' ')}
            </p>
          ) : null}
        </fieldset>
      ) : null}
      <button type="submit" className={primaryButton} disabled={form.pending}>
        {form.pending ? t('editions.creating') : t('editions.create')}
      </button>
    </form>
  );
}
