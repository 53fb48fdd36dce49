import { type Track } from '@shared/contract/conference';
import { textOn } from '@shared/text/contrast';

/**
 * A generated cover in the track's colour with the track's name and a play sign: no thumbnail
 * is fetched from the video host (the CSP allows only our own images, and nothing third-party
 * loads unasked). The title is the card's heading right below, so the cover does not repeat it.
 */
export function VideoThumbnail({ track }: { track: Track | undefined }) {
  const background = track?.color ?? '#334155';
  return (
    <div
      aria-hidden="true"
      className="flex aspect-video w-full flex-col justify-between overflow-hidden rounded-md p-3"
      style={{ backgroundColor: background, color: textOn(background) }}
    >
      <span className="text-xs font-semibold tracking-wide uppercase">{track?.name ?? ''}</span>
      <span className="mx-auto flex h-11 w-11 items-center justify-center rounded-full bg-slate-900 text-white">
        <svg viewBox="0 0 24 24" className="h-6 w-6" fill="currentColor" aria-hidden="true">
          <path d="M7 4v16l13-8L7 4Z" />
        </svg>
      </span>
      {/* Keeps the play sign in the middle, below the track's name. */}
      <span className="h-4" />
    </div>
  );
}
