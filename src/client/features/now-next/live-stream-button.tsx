import { type Room } from '@shared/contract/conference';
import { useState } from 'react';
import { t } from '@client/i18n';
import { secondaryButton, standaloneLink } from '@client/ui/button-styles';
import { Icon } from '@client/ui/icons';
import { pageIcons } from '@client/ui/page-icons';
import { streamEmbedUrl } from '@client/lib/embeds';
import { EmbedFrame } from '@client/ui/embed-frame';

/** One tap to the room's live stream: the player loads in place only when asked. */
export function LiveStreamButton({ room }: { room: Room }) {
  const [open, setOpen] = useState(false);
  if (!room.liveStreamUrl) return null;
  const embed = streamEmbedUrl(room.liveStreamUrl);
  if (!embed) {
    return (
      <a href={room.liveStreamUrl} className={standaloneLink} rel="noopener">
        {t('stream.watch', { room: room.name })}
      </a>
    );
  }
  return (
    <>
      <button
        type="button"
        className={`${secondaryButton} gap-1.5`}
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        <Icon {...(open ? { name: 'live' as const } : { path: pageIcons.play })} className="h-4 w-4" />
        {open ? t('stream.close') : t('stream.watch', { room: room.name })}
      </button>
      {open ? (
        <div className="w-full">
          <EmbedFrame src={embed} title={t('stream.frameTitle', { room: room.name })} />
          <p className="mt-1 text-sm">
            <a href={room.liveStreamUrl} className={standaloneLink} rel="noopener">
              {t('stream.openElsewhere')}
            </a>
          </p>
        </div>
      ) : null}
    </>
  );
}
