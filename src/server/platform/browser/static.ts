/**
 * Browser twin of http/static.ts: in a browser the page is already served (by Vite or a static
 * host); the in-browser server answers /api only and is never given a staticRoot.
 */
import type { Hono } from 'hono';
import type { AppEnv } from '../../deps';

export function spaRoutes(_staticRoot: string): Hono<AppEnv> {
  throw new Error('The in-browser server does not serve files; give it no staticRoot.');
}
