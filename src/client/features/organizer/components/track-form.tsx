import { type Track } from '@shared/contract/conference';
import { createTrackSchema, updateTrackSchema } from '@shared/contract/structure';
import { slugify } from '@shared/text/slug';
import { useState } from 'react';
import { t } from '@client/i18n';
import { FormSummary } from '@client/ui/forms/problem-alert';
import { checkWith, useForm } from '@client/ui/forms/use-form';
import { TextField } from '@client/ui/text-field';
import { createTrack, updateTrack, useStructureSave } from '../api/structure';
import { checkChanges } from '../lib/structure-form';
import { ColorField } from './color-field';
import { FormButtons } from './form-parts';

interface TrackValues {
  name: string;
  slug: string;
  color: string;
}

/** Adds a track (track = null) or edits one. */
export function TrackForm({
  slug,
  track,
  onDone,
  onCancel,
}: {
  slug: string;
  track: Track | null;
  onDone: (track: Track) => void;
  onCancel?: () => void;
}) {
  const [slugTouched, setSlugTouched] = useState(track !== null);
  const save = useStructureSave(slug, (input: Record<string, unknown>) =>
    track
      ? updateTrack(slug, track.id, input)
      : createTrack(slug, input as Parameters<typeof createTrack>[1]),
  );
  const form = useForm({
    initial: (): TrackValues => ({
      name: track?.name ?? '',
      slug: track?.slug ?? '',
      color: track?.color ?? '#4338ca',
    }),
    check: (values: TrackValues) => {
      const input = { name: values.name, slug: values.slug.trim(), color: values.color.trim() };
      return track ? checkChanges(updateTrackSchema, input, track) : checkWith(createTrackSchema, input);
    },
    mutation: save,
    onSaved: onDone,
  });
  const { values, setValues } = form;

  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-4">
      <FormSummary form={form} />
      <TextField
        label={t('console.field.name')}
        value={values.name}
        onChange={(e) => {
          const name = e.target.value;
          setValues((v) => ({ ...v, name, ...(slugTouched ? {} : { slug: slugify(name) }) }));
        }}
        errors={form.errors.name}
        autoComplete="off"
      />
      <TextField
        label={t('console.field.slug')}
        hint={t('console.field.slugHint')}
        value={values.slug}
        onChange={(e) => {
          setSlugTouched(true);
          setValues((v) => ({ ...v, slug: e.target.value }));
        }}
        errors={form.errors.slug}
        autoComplete="off"
        spellCheck={false}
      />
      <ColorField
        value={values.color}
        onChange={(color) => setValues((v) => ({ ...v, color }))}
        errors={form.errors.color}
      />
      <FormButtons pending={form.pending} onCancel={onCancel} />
    </form>
  );
}
