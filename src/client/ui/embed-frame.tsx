/** A 16:9 player frame. Only rendered after the attendee asked for it. */
export function EmbedFrame({ src, title }: { src: string; title: string }) {
  return (
    <iframe
      src={src}
      title={title}
      className="aspect-video w-full rounded-lg bg-slate-900"
      allow="autoplay; fullscreen; picture-in-picture"
      allowFullScreen
      referrerPolicy="strict-origin-when-cross-origin"
    />
  );
}
