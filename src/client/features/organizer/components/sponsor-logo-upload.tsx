import { LOGO_MAX_BYTES, type Sponsor } from '@shared/contract/sponsor';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { t } from '@client/i18n';
import { Alert } from '@client/ui/alert';
import { secondaryButton } from '@client/ui/button-styles';
import { problemMessage } from '@client/ui/forms/problem-messages';
import { useRemoveLogo, useUploadLogo } from '../api/sponsors-admin';

/** A data: URL of the chosen file (the CSP allows data: images, not blob:). */
function usePreview(file: File | null): string | null {
  const [loaded, setLoaded] = useState<{ file: File; url: string } | null>(null);
  useEffect(() => {
    if (!file || file.size > LOGO_MAX_BYTES) return;
    const reader = new FileReader();
    reader.onload = () => {
      if (typeof reader.result === 'string') setLoaded({ file, url: reader.result });
    };
    reader.readAsDataURL(file);
    return () => reader.abort();
  }, [file]);
  return loaded && loaded.file === file ? loaded.url : null;
}

/** The current logo (or the text-mark note); a file picker with preview opens on demand. */
export function SponsorLogoUpload({ slug, sponsor }: { slug: string; sponsor: Sponsor }) {
  const inputId = useId();
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [previewFailed, setPreviewFailed] = useState<File | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const preview = usePreview(file);
  const upload = useUploadLogo(slug);
  const remove = useRemoveLogo(slug);
  const pending = upload.isPending || remove.isPending;
  const failed = message?.tone === 'error';

  const close = () => {
    setOpen(false);
    setFile(null);
    upload.reset();
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) {
      setMessage({ tone: 'error', text: t('sponsorsAdmin.chooseFile') });
      return;
    }
    setMessage(null);
    upload.mutate(
      { id: sponsor.id, file },
      {
        onSuccess: () => {
          close();
          setMessage({ tone: 'success', text: t('sponsorsAdmin.logoUploaded') });
        },
        onError: (error) =>
          setMessage({
            tone: 'error',
            text: `${t('sponsorsAdmin.logoFailed')} ${problemMessage(error)}`,
          }),
      },
    );
  }

  return (
    <div className="mt-3 space-y-2 border-t border-slate-200 pt-3 dark:border-slate-700">
      <div className="flex flex-wrap items-center gap-3">
        {sponsor.logoUrl ? (
          <img
            src={sponsor.logoUrl}
            alt={t('sponsorsAdmin.logoOf', { name: sponsor.name })}
            className="h-12 max-w-40 rounded border border-slate-300 bg-white object-contain p-1 dark:border-slate-600"
          />
        ) : (
          <p className="text-sm text-slate-700 dark:text-slate-300">{t('sponsorsAdmin.noLogo')}</p>
        )}
        {open ? null : (
          <button
            type="button"
            className={secondaryButton}
            aria-label={t(sponsor.logoUrl ? 'sponsorsAdmin.replaceLogoFor' : 'sponsorsAdmin.addLogoFor', {
              name: sponsor.name,
            })}
            onClick={() => {
              setMessage(null);
              setOpen(true);
            }}
          >
            {t(sponsor.logoUrl ? 'sponsorsAdmin.replaceLogo' : 'sponsorsAdmin.addLogo')}
          </button>
        )}
        {sponsor.logoUrl ? (
          <button
            type="button"
            className={secondaryButton}
            disabled={pending}
            aria-label={t('sponsorsAdmin.removeLogoFor', { name: sponsor.name })}
            onClick={() =>
              remove.mutate(sponsor.id, {
                onSuccess: () => setMessage({ tone: 'success', text: t('sponsorsAdmin.logoRemoved') }),
                onError: (error) => setMessage({ tone: 'error', text: problemMessage(error) }),
              })
            }
          >
            {t('sponsorsAdmin.removeLogo')}
          </button>
        ) : null}
      </div>
      {open ? (
        <form onSubmit={submit} className="space-y-2">
          <label htmlFor={inputId} className="block text-sm font-medium text-slate-900 dark:text-slate-100">
            {t('sponsorsAdmin.logoFile', { name: sponsor.name })}
          </label>
          <input
            id={inputId}
            type="file"
            accept="image/png,image/jpeg,image/webp,image/svg+xml,.svg"
            aria-describedby={failed ? `${hintId} ${errorId}` : hintId}
            aria-invalid={failed ? true : undefined}
            className="block w-full text-sm text-slate-900 file:mr-3 file:rounded-md file:border file:border-slate-500 file:bg-white file:px-3 file:py-1.5 file:font-medium dark:text-slate-100 dark:file:bg-slate-900 dark:file:text-slate-100"
            onChange={(e) => {
              setMessage(null);
              upload.reset();
              setFile(e.target.files?.[0] ?? null);
            }}
          />
          <p id={hintId} className="text-sm text-slate-600 dark:text-slate-400">
            {t('sponsorsAdmin.logoHint')}
          </p>
          {preview && previewFailed !== file ? (
            <img
              src={preview}
              alt={t('sponsorsAdmin.logoPreview')}
              onError={() => setPreviewFailed(file)}
              className="h-16 max-w-48 rounded border border-dashed border-slate-400 bg-white object-contain p-1"
            />
          ) : null}
          {failed ? (
            <Alert tone="error" id={errorId}>
              {message.text}
            </Alert>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <button
              type="submit"
              className={secondaryButton}
              disabled={pending}
              aria-label={t('sponsorsAdmin.uploadLogoFor', { name: sponsor.name })}
            >
              {upload.isPending ? t('sponsorsAdmin.uploading') : t('sponsorsAdmin.uploadLogo')}
            </button>
            <button type="button" className={secondaryButton} onClick={close} disabled={pending}>
              {t('sponsorsAdmin.cancel')}
            </button>
          </div>
        </form>
      ) : null}
      {message && !open ? <Alert tone={message.tone}>{message.text}</Alert> : null}
    </div>
  );
}
