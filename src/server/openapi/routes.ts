import { Hono } from 'hono';
import { apiRoutes } from '@shared/contract';
import type { AppEnv } from '../deps';
import { endpointGroups } from '../features';
import { operationsOf } from '../http/endpoint';
import { buildOpenApiDocument } from './document';

/** The operations the document describes: every endpoint of every feature, in order. */
export const operations = operationsOf(endpointGroups);

export function openapiRoutes(version = '0.1.0') {
  // Built once: the document depends only on the code.
  const document = buildOpenApiDocument(operations, version);
  return new Hono<AppEnv>().get(apiRoutes.openapi, (c) => c.json(document));
}
