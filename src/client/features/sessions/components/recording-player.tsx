import { type Session } from '@shared/contract/session';
import { useState } from 'react';
import { t } from '@client/i18n';
import { secondaryButton, standaloneLink } from '@client/ui/button-styles';
import { Icon } from '@client/ui/icons';
import { pageIcons } from '@client/ui/page-icons';
import { cccEmbedUrl, youtubeEmbedUrl } from '@client/lib/embeds';
import { EmbedFrame } from '@client/ui/embed-frame';

/**
 * The recording: links to YouTube and media.ccc.de, and a player that loads only when the
 * attendee picks one (youtube-nocookie or media.ccc.de's player); a recording on another site
 * as a link; slides when present.
 */
export function RecordingPlayer({ session, headingLevel = 2 }: { session: Session; headingLevel?: 2 | 3 }) {
  const [playing, setPlaying] = useState<string | null>(null);
  const Heading = `h${headingLevel}` as const;
  const { youtube, mediaCccDe, slides, video } = session.links;
  const players = [
    youtube ? { src: youtubeEmbedUrl(youtube), label: t('video.playYoutube'), site: 'YouTube' } : null,
    mediaCccDe ? { src: cccEmbedUrl(mediaCccDe), label: t('video.playCcc'), site: 'media.ccc.de' } : null,
  ].filter((p) => p !== null && p.src !== null) as { src: string; label: string; site: string }[];
  const links = [
    youtube ? { href: youtube, label: t('session.watchYoutube') } : null,
    mediaCccDe ? { href: mediaCccDe, label: t('session.watchCcc') } : null,
    // A recording on a site Lanyard does not embed (video.fosdem.org...): a plain link, named by its host.
    video ? { href: video, label: t('session.watchOn', { site: new URL(video).hostname }) } : null,
    slides ? { href: slides, label: t('session.slides') } : null,
  ].filter((l) => l !== null);
  if (links.length === 0 || session.recordingOptOut) return null;
  return (
    <section aria-labelledby={`recording-${session.code}`} className="mt-6">
      <Heading
        id={`recording-${session.code}`}
        className="mb-2 text-lg font-bold text-slate-900 dark:text-slate-50"
      >
        {t('session.recordings')}
      </Heading>
      {playing ? (
        <div className="mb-3">
          <EmbedFrame src={playing} title={t('video.frameTitle', { title: session.title })} />
        </div>
      ) : players.length > 0 ? (
        <>
          <p className="mb-2 text-sm text-slate-700 dark:text-slate-300">{t('video.consent')}</p>
          <div className="mb-3 flex flex-wrap gap-2">
            {players.map((p) => (
              <button
                key={p.src}
                type="button"
                className={`${secondaryButton} gap-1.5`}
                onClick={() => setPlaying(p.src)}
              >
                <Icon path={pageIcons.play} className="h-4 w-4" />
                {p.label}
              </button>
            ))}
          </div>
        </>
      ) : null}
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} className={standaloneLink} rel="noopener">
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
