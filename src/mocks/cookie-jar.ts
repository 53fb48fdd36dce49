/**
 * The cookies one browser holds for the in-page server. A page may not set or read a Cookie
 * header itself, so the forwarder keeps the session cookie here and hands it to the server.
 */
export class CookieJar {
  private readonly cookies: Map<string, string>;

  /** With `storage`, the cookies outlive the page (the static demo keeps its login on reload). */
  constructor(private readonly storage?: { store: Storage; key: string }) {
    const saved = storage?.store.getItem(storage.key);
    this.cookies = new Map(saved ? (JSON.parse(saved) as [string, string][]) : []);
  }

  /** The Cookie header to send, or undefined when the jar is empty. */
  header(): string | undefined {
    if (this.cookies.size === 0) return undefined;
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  /** Takes what the server set (or cleared) with Set-Cookie. */
  store(setCookies: readonly string[]): void {
    for (const line of setCookies) {
      const [pair = '', ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      if (at <= 0) continue;
      const name = pair.slice(0, at).trim();
      const expired = attributes.some(
        (a) => /^\s*max-age\s*=\s*0\s*$/i.test(a) || /^\s*expires\s*=.*1970/i.test(a),
      );
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, pair.slice(at + 1).trim());
    }
    if (setCookies.length > 0) this.save();
  }

  clear(): void {
    this.cookies.clear();
    this.save();
  }

  private save(): void {
    this.storage?.store.setItem(this.storage.key, JSON.stringify([...this.cookies]));
  }
}
