/**
 * Player addresses for the hosts the CSP allows in frames. They are only ever put in an
 * iframe after the attendee asks, so nothing third-party loads on its own.
 */
export function youtubeId(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.hostname === 'youtu.be') return u.pathname.slice(1) || null;
    if (!/(^|\.)youtube(-nocookie)?\.com$/.test(u.hostname)) return null;
    const fromPath = /^\/(?:embed|live|shorts)\/([\w-]+)/.exec(u.pathname)?.[1];
    return u.searchParams.get('v') ?? fromPath ?? null;
  } catch {
    return null;
  }
}

export function youtubeEmbedUrl(url: string): string | null {
  const id = youtubeId(url);
  return id && /^[\w-]{6,20}$/.test(id) ? `https://www.youtube-nocookie.com/embed/${id}?autoplay=1` : null;
}

/** media.ccc.de's own embeddable player for a talk page: /v/<slug>/oembed. */
export function cccEmbedUrl(url: string): string | null {
  try {
    const u = new URL(url);
    const slug = /^\/v\/([\w.-]+)\/?$/.exec(u.pathname)?.[1];
    return u.hostname === 'media.ccc.de' && slug ? `https://media.ccc.de/v/${slug}/oembed` : null;
  } catch {
    return null;
  }
}

/** Live streams are already embed URLs on streaming.media.ccc.de; anything else is linked, not framed. */
export function streamEmbedUrl(url: string): string | null {
  try {
    return new URL(url).hostname === 'streaming.media.ccc.de' ? url : null;
  } catch {
    return null;
  }
}
