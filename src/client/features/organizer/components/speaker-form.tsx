import { type Speaker } from '@shared/contract/speaker';
import { createSpeakerSchema, updateSpeakerSchema } from '@shared/contract/structure';
import { type FormEvent, useState } from 'react';
import { t } from '@client/i18n';
import { TextField } from '@client/ui/text-field';
import { createSpeaker, updateSpeaker, useStructureSave } from '../api/structure';
import { changedFields, checkWith, orNull } from '../lib/structure-form';
import { useConsoleForm } from '../lib/use-console-form';
import { Field, FormButtons, FormErrors, inputClass } from './form-parts';

/** Adds a speaker (speaker = null; the server gives the code) or edits one. */
export function SpeakerForm({
  slug,
  speaker,
  onDone,
  onCancel,
}: {
  slug: string;
  speaker: Speaker | null;
  onDone: (speaker: Speaker) => void;
  onCancel?: () => void;
}) {
  const [values, setValues] = useState({
    name: speaker?.name ?? '',
    affiliation: speaker?.affiliation ?? '',
    bio: speaker?.bio ?? '',
  });
  const save = useStructureSave(slug, (input: Record<string, unknown>) =>
    speaker
      ? updateSpeaker(slug, speaker.code, input)
      : createSpeaker(slug, input as Parameters<typeof createSpeaker>[1]),
  );
  const form = useConsoleForm(save);
  const set = (key: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { name: values.name, affiliation: orNull(values.affiliation), bio: values.bio };
    if (speaker) {
      const check = checkWith(updateSpeakerSchema, input);
      const before = { name: speaker.name, affiliation: speaker.affiliation, bio: speaker.bio };
      form.submit(
        check.ok ? { ok: true, value: changedFields(before, { ...before, ...check.value }) } : check,
        onDone,
      );
    } else {
      form.submit(checkWith(createSpeakerSchema, input), onDone);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      <FormErrors fieldCount={form.fieldCount} problem={form.problem} />
      <TextField
        label={t('console.field.name')}
        value={values.name}
        onChange={(e) => set('name')(e.target.value)}
        errors={form.errors.name}
        autoComplete="off"
      />
      <TextField
        label={`${t('console.field.affiliation')} ${t('console.form.optional')}`}
        value={values.affiliation}
        onChange={(e) => set('affiliation')(e.target.value)}
        errors={form.errors.affiliation}
        autoComplete="off"
      />
      <Field label={t('console.field.bio')} errors={form.errors.bio}>
        {(p) => (
          <textarea
            {...p}
            rows={5}
            className={inputClass}
            value={values.bio}
            onChange={(e) => set('bio')(e.target.value)}
          />
        )}
      </Field>
      <FormButtons pending={form.pending} onCancel={onCancel} />
    </form>
  );
}
