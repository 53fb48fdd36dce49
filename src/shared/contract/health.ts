import { z } from 'zod';

export const healthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  database: z.enum(['sqlite', 'postgres', 'pglite']),
  demo: z.boolean(),
  now: z.iso.datetime(),
});
export type Health = z.infer<typeof healthSchema>;
