import { type Session } from '@shared/contract/session';
import { useState } from 'react';
import { Link } from 'react-router';
import { conferenceDayOf } from '@shared/time';
import { useConference } from '@client/features/conference';
import { sessionPlace } from '@client/features/sessions';
import { t } from '@client/i18n';
import { cccEmbedUrl, youtubeEmbedUrl } from '@client/lib/embeds';
import { formatDay, formatLanguage, formatTime } from '@client/lib/format';
import { cardTitleLink, standaloneLink } from '@client/ui/button-styles';
import { EmbedFrame } from '@client/ui/embed-frame';
import { VideoThumbnail } from './video-thumbnail';

/**
 * One recording: the cover is a button that swaps in the player, only when pressed. The title
 * is written once, as the card's heading (the cover carries the track and the play sign).
 */
export function VideoCard({
  session,
  slug,
  zone,
  showLanguage,
}: {
  session: Session;
  slug: string;
  zone: string;
  /** Name each recording's language, when the list holds more than one. */
  showLanguage: boolean;
}) {
  const conference = useConference(slug);
  const [playing, setPlaying] = useState<string | null>(null);
  const { track } = sessionPlace(conference, session);
  const youtube = session.links.youtube ? youtubeEmbedUrl(session.links.youtube) : null;
  const ccc = session.links.mediaCccDe ? cccEmbedUrl(session.links.mediaCccDe) : null;
  const first = youtube ?? ccc;
  return (
    <li className="flex flex-col rounded-lg border border-slate-300 bg-white p-3 dark:border-slate-700 dark:bg-slate-900">
      {playing ? (
        <EmbedFrame src={playing} title={t('video.frameTitle', { title: session.title })} />
      ) : first ? (
        <button
          type="button"
          className="block w-full rounded-md text-left"
          aria-label={t('video.play', { title: session.title })}
          onClick={() => setPlaying(first)}
        >
          <VideoThumbnail track={track} />
        </button>
      ) : (
        <VideoThumbnail track={track} />
      )}
      <p className="mt-2 text-sm text-slate-700 tabular-nums dark:text-slate-300">
        {formatDay(conferenceDayOf(new Date(session.startsAt), conference.timeZone))},{' '}
        {formatTime(session.startsAt, zone)}
        {showLanguage ? ` · ${formatLanguage(session.language)}` : null}
      </p>
      <h2 className="mt-1 leading-snug font-semibold">
        <Link
          to={`/${slug}/sessions/${session.code}`}
          className={`${cardTitleLink} text-slate-900 hover:underline dark:text-slate-50`}
        >
          {session.title}
        </Link>
      </h2>
      {session.speakers.length > 0 ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {session.speakers.map((s) => s.name).join(', ')}
        </p>
      ) : null}
      <ul className="flex flex-wrap gap-x-4 pt-3 text-sm">
        {youtube && ccc && playing !== ccc ? (
          <li>
            <button type="button" className={standaloneLink} onClick={() => setPlaying(ccc)}>
              {t('video.playCcc')}
            </button>
          </li>
        ) : null}
        {session.links.youtube ? (
          <li>
            <a
              href={session.links.youtube}
              className={standaloneLink}
              rel="noopener"
              aria-label={t('videos.watchOn', { title: session.title, site: t('videos.youtube') })}
            >
              {t('videos.youtube')}
            </a>
          </li>
        ) : null}
        {session.links.mediaCccDe ? (
          <li>
            <a
              href={session.links.mediaCccDe}
              className={standaloneLink}
              rel="noopener"
              aria-label={t('videos.watchOn', { title: session.title, site: t('videos.ccc') })}
            >
              {t('videos.ccc')}
            </a>
          </li>
        ) : null}
      </ul>
    </li>
  );
}
