/**
 * Lets Set-Cookie survive inside the page. A browser silently drops Set-Cookie from any
 * Headers that belongs to a Response a script builds (a "forbidden response header"), and the
 * in-page server builds every Response itself, so its login cookie would vanish before the
 * forwarder (src/mocks/forward-api.ts) could put it in its jar. Here every Headers remembers
 * the Set-Cookie values given to it, a Response takes over those of its init, and
 * getSetCookie() answers from that memory. Only the in-page server's responses carry any.
 */
const remembered = new WeakMap<Headers, string[]>();
const NativeHeaders = globalThis.Headers;
const NativeResponse = globalThis.Response;
const { append, set, delete: remove, getSetCookie } = NativeHeaders.prototype;

const isSetCookie = (name: string) => name.toLowerCase() === 'set-cookie';

function cookiesOf(init: HeadersInit | undefined): string[] {
  if (!init) return [];
  if (init instanceof NativeHeaders) return [...(remembered.get(init) ?? getSetCookie.call(init))];
  const pairs = Array.isArray(init) ? init : Object.entries(init);
  return pairs.filter(([name]) => isSetCookie(name)).map(([, value]) => value);
}

NativeHeaders.prototype.append = function (this: Headers, name: string, value: string) {
  if (isSetCookie(name)) remembered.set(this, [...(remembered.get(this) ?? []), value]);
  append.call(this, name, value);
};
NativeHeaders.prototype.set = function (this: Headers, name: string, value: string) {
  if (isSetCookie(name)) remembered.set(this, [value]);
  set.call(this, name, value);
};
NativeHeaders.prototype.delete = function (this: Headers, name: string) {
  if (isSetCookie(name)) remembered.delete(this);
  remove.call(this, name);
};
NativeHeaders.prototype.getSetCookie = function (this: Headers) {
  return [...(remembered.get(this) ?? getSetCookie.call(this))];
};

class HeadersKeepingCookies extends NativeHeaders {
  constructor(init?: HeadersInit) {
    super(init);
    const cookies = cookiesOf(init);
    if (cookies.length > 0) remembered.set(this, cookies);
  }
}

class ResponseKeepingCookies extends NativeResponse {
  constructor(body?: BodyInit | null, init?: ResponseInit) {
    super(body, init);
    const cookies = init instanceof NativeResponse ? cookiesOf(init.headers) : cookiesOf(init?.headers);
    if (cookies.length > 0) remembered.set(this.headers, cookies);
  }
}

globalThis.Headers = HeadersKeepingCookies;
globalThis.Response = ResponseKeepingCookies;
