import { Hono } from 'hono';
import { apiRoutes } from '@shared/contract';
import type { AppEnv } from '../deps';
import { buildOpenApiDocument } from './document';
import { operations } from './operations';

export function openapiRoutes(version = '0.1.0') {
  // Built once: the document depends only on the code.
  const document = buildOpenApiDocument(operations, version);
  return new Hono<AppEnv>().get(apiRoutes.openapi, (c) => c.json(document));
}
