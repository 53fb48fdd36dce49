import { type Speaker } from '@shared/contract/speaker';
import { createSpeakerSchema, updateSpeakerSchema } from '@shared/contract/structure';
import { t } from '@client/i18n';
import { FormSummary } from '@client/ui/forms/problem-alert';
import { checkWith, useForm } from '@client/ui/forms/use-form';
import { TextField } from '@client/ui/text-field';
import { createSpeaker, updateSpeaker, useStructureSave } from '../api/structure';
import { checkChanges, orNull } from '../lib/structure-form';
import { Field, FormButtons, inputClass } from './form-parts';

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
  const save = useStructureSave(slug, (input: Record<string, unknown>) =>
    speaker
      ? updateSpeaker(slug, speaker.code, input)
      : createSpeaker(slug, input as Parameters<typeof createSpeaker>[1]),
  );
  const form = useForm({
    initial: {
      name: speaker?.name ?? '',
      affiliation: speaker?.affiliation ?? '',
      bio: speaker?.bio ?? '',
    },
    check: (values) => {
      const input = { name: values.name, affiliation: orNull(values.affiliation), bio: values.bio };
      if (!speaker) return checkWith(createSpeakerSchema, input);
      const before = { name: speaker.name, affiliation: speaker.affiliation, bio: speaker.bio };
      return checkChanges(updateSpeakerSchema, input, before);
    },
    mutation: save,
    onSaved: onDone,
  });
  const { values, set } = form;

  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-4">
      <FormSummary form={form} />
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
