import { z } from 'zod';

export const healthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  database: z.enum(['sqlite', 'postgres', 'pglite']),
  demo: z.boolean(),
  now: z.iso.datetime(),
});
export type Health = z.infer<typeof healthSchema>;

/** `GET /api/ready`: this process can serve requests, its database answered just now. */
export const readinessSchema = z.object({
  status: z.literal('ready'),
  database: z.enum(['sqlite', 'postgres', 'pglite']),
});
export type Readiness = z.infer<typeof readinessSchema>;
