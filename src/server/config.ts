import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { parseSecureCookies } from './features/auth/cookie';
import { sqliteSynchronous } from './db/sqlite-durability';
import { parseProxyTrust } from './http/proxy';

const flag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .optional()
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

/** A refinement that reports what `parse` throws. */
const parsedBy =
  (parse: (value: string | undefined) => unknown) => (value: string | undefined, ctx: z.RefinementCtx) => {
    try {
      parse(value);
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: (err as Error).message });
    }
  };

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().min(1).default('file:./data/lanyard.sqlite'),
  /** Demo mode: seed the demo conference on an empty database and allow the demo logins. */
  LANYARD_DEMO: flag,
  /** With demo mode: move the demo's dates so its first conference day is today. */
  LANYARD_DEMO_LIVE: flag,
  /** Start the server clock at this instant (it then runs on), to replay an event as if live. */
  LANYARD_NOW: z.iso.datetime({ offset: true }).optional(),
  LANYARD_STATIC_ROOT: z.string().optional(),
  LANYARD_ADMIN_EMAIL: z.email().optional(),
  /** Read again per request (src/server/http/proxy.ts); checked here so a typo stops the boot. */
  LANYARD_TRUST_PROXY: z.string().optional().superRefine(parsedBy(parseProxyTrust)),
  LANYARD_SECURE_COOKIES: z.string().optional().superRefine(parsedBy(parseSecureCookies)),
  LANYARD_SQLITE_SYNCHRONOUS: z.string().optional().superRefine(parsedBy(sqliteSynchronous)),
  /** Seconds without a heartbeat before a desk shows as silent; above the 15 s beat, so no flapping. */
  LANYARD_DESK_SILENT_SECONDS: z.coerce.number().int().min(20).max(600).optional(),
});

export type Config = z.infer<typeof envSchema> & { staticRoot?: string };

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const staticRoot = resolve(parsed.data.LANYARD_STATIC_ROOT ?? 'dist/client');
  return {
    ...parsed.data,
    staticRoot: existsSync(resolve(staticRoot, 'index.html')) ? staticRoot : undefined,
  };
}
