import { apiRoutes, healthSchema } from '@shared/contract';
import { toInstant } from '@shared/time';
import { http } from 'msw';
import { respond } from '../validate';

export const healthHandlers = [
  http.get(apiRoutes.health, () =>
    respond(healthSchema, {
      status: 'ok',
      version: 'mock',
      // The contract knows no "in-memory" engine; the mock stands in for the embedded default.
      database: 'sqlite',
      demo: true,
      now: toInstant(new Date()),
    }),
  ),
];
