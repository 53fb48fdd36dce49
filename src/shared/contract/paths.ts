/**
 * Every API path in one place, so the server's routes, the client's fetchers and the MSW
 * handlers cannot drift apart. Extend, don't rename: other tools depend on these.
 */
const c = (slug: string) => `/api/conferences/${encodeURIComponent(slug)}`;

export const apiPaths = {
  health: () => '/api/health',
  openapi: () => '/api/openapi.json',
  conferences: () => '/api/conferences',
  conference: (slug: string) => c(slug),
  sessions: (slug: string) => `${c(slug)}/sessions`,
  session: (slug: string, code: string) => `${c(slug)}/sessions/${encodeURIComponent(code)}`,
  speakers: (slug: string) => `${c(slug)}/speakers`,
  speaker: (slug: string, code: string) => `${c(slug)}/speakers/${encodeURIComponent(code)}`,
  sponsors: (slug: string) => `${c(slug)}/sponsors`,
  stream: (slug: string) => `${c(slug)}/stream`,
  login: () => '/api/auth/login',
  logout: () => '/api/auth/logout',
  me: () => '/api/auth/me',
  register: () => '/api/auth/register',
  users: () => '/api/users',
  userRoles: (id: string) => `/api/users/${encodeURIComponent(id)}/roles`,
} as const;

/** The same paths as route patterns, for Hono and MSW. */
export const apiRoutes = {
  health: '/api/health',
  openapi: '/api/openapi.json',
  conferences: '/api/conferences',
  conference: '/api/conferences/:slug',
  sessions: '/api/conferences/:slug/sessions',
  session: '/api/conferences/:slug/sessions/:code',
  speakers: '/api/conferences/:slug/speakers',
  speaker: '/api/conferences/:slug/speakers/:code',
  sponsors: '/api/conferences/:slug/sponsors',
  stream: '/api/conferences/:slug/stream',
  login: '/api/auth/login',
  logout: '/api/auth/logout',
  me: '/api/auth/me',
  register: '/api/auth/register',
  users: '/api/users',
  userRoles: '/api/users/:id/roles',
} as const satisfies Record<keyof typeof apiPaths, string>;
