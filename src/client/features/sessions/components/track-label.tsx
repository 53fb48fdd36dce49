import { type Track } from '@shared/contract/conference';

/** The track's colour is a swatch beside its name, never the only way to tell tracks apart. */
export function TrackLabel({ track }: { track: Track }) {
  return (
    <span className="inline-flex items-center gap-1.5">
      <span
        aria-hidden="true"
        className="inline-block h-2.5 w-2.5 rounded-full"
        style={{ backgroundColor: track.color }}
      />
      {track.name}
    </span>
  );
}
