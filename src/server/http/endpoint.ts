import { Hono, type Context, type Handler, type MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import type { ProblemCode, User } from '@shared/contract';
import type { AppDeps, AppEnv } from '../deps';
import { readJson, readQuery } from './body';
import { requireRole, requireUser } from './guards';
import { HttpProblem } from './problem';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type Auth = 'user' | 'checkin' | 'organizer';

/** What the OpenAPI document says about one endpoint: static data, built without any deps. */
export interface Operation {
  method: Method;
  /** The path as the contract names it (`apiRoutes`), e.g. "/api/conferences/:slug/sessions". */
  path: string;
  summary: string;
  tag: string;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Status -> schema; `null` means no body. */
  responses: Record<number, z.ZodType | null>;
  /** Problem codes this operation may answer with, besides validation. */
  problems?: readonly ProblemCode[];
  /**
   * Who may call it; public when absent. The matching guard runs before the handler
   * (`user`: logged in; `checkin`, `organizer`: that role, organizers passing every check).
   */
  auth?: Auth;
  /** Content type of the success body, when not JSON. */
  produces?: string;
}

/** What a handler reads through the definition, so it reads what the document declares. */
export interface Input<B, Q> {
  /** The JSON body validated with `body` (415, 413, 400 problems as readJson answers them). */
  body(): Promise<B>;
  /** The query string validated with `query`. */
  query(): Q;
  /** The logged-in user; 401 when nobody is (an `auth` endpoint always has one). */
  user(): User;
}

export type EndpointHandler<B = never, Q = never> = (
  c: Context<AppEnv>,
  input: Input<B, Q>,
) => Response | Promise<Response>;

type Infer<S> = S extends z.ZodType ? z.infer<S> : never;

export interface EndpointDefinition<
  B extends z.ZodType | undefined,
  Q extends z.ZodObject | undefined,
> extends Omit<Operation, 'tag' | 'body' | 'query'> {
  /** The group's tag when absent. */
  tag?: string;
  body?: B;
  query?: Q;
  /** The largest JSON body `body()` accepts, when not readJson's 1 MB. */
  maxBodyBytes?: number;
  /**
   * The Hono pattern when the contract's path cannot be one: Hono reads ":code.ics" as a
   * parameter named "code.ics", so ".../sessions/:code.ics" is registered as a regex route.
   */
  route?: string;
  /** Called once per app with its deps; what it returns answers every request. */
  handler: (deps: AppDeps) => EndpointHandler<Infer<B>, Infer<Q>>;
}

/** One endpoint, its OpenAPI entry and its handler in one record. */
export interface Endpoint extends Operation {
  maxBodyBytes?: number;
  route?: string;
  // The input's types were checked where the endpoint was defined.
  handler: (deps: AppDeps) => EndpointHandler<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface EndpointGroup {
  /** For messages and tests: which group an endpoint came from. */
  name: string;
  endpoints: Endpoint[];
  /**
   * Guards for whole path patterns (Hono `use`), for groups whose every path, known or not,
   * must be refused to the wrong caller before a 404 could tell what exists.
   */
  guards?: { path: string; auth: Auth }[];
}

/**
 * Defines one endpoint: method, contract path, OpenAPI text, schemas, answers, who may call it,
 * and the handler. The handler's `input.body()` and `input.query()` are typed by the schemas.
 */
export function endpoint<
  B extends z.ZodType | undefined = undefined,
  Q extends z.ZodObject | undefined = undefined,
>(definition: EndpointDefinition<B, Q>): Omit<Endpoint, 'tag'> & { tag?: string } {
  return definition as Omit<Endpoint, 'tag'> & { tag?: string };
}

/**
 * An ordered group of endpoints sharing a tag (each may name its own). Order is the order
 * Hono tries them: put a literal path ("/sponsor-tiers/order") before the pattern that
 * would take it ("/sponsor-tiers/:id").
 */
export function endpointGroup(
  name: string,
  options: { tag?: string; guards?: EndpointGroup['guards'] },
  endpoints: (Omit<Endpoint, 'tag'> & { tag?: string })[],
): EndpointGroup {
  return {
    name,
    endpoints: endpoints.map((e) => {
      const tag = e.tag ?? options.tag;
      if (!tag) throw new Error(`${e.method.toUpperCase()} ${e.path} in ${name} has no tag.`);
      return { ...e, tag };
    }),
    ...(options.guards ? { guards: options.guards } : {}),
  };
}

/** The OpenAPI records of groups, in order. */
export function operationsOf(groups: readonly EndpointGroup[]): Operation[] {
  return groups.flatMap((g) =>
    g.endpoints.map((e): Operation => {
      const { handler: _handler, route: _route, maxBodyBytes: _max, ...operation } = e;
      return operation;
    }),
  );
}

/** The guard middleware an `auth` value stands for. */
export function guardFor(auth: Auth): MiddlewareHandler<AppEnv> {
  return auth === 'user' ? requireUser() : requireRole(auth);
}

/** The input of one request; handlers may destructure it (`async (c, { body, user }) => ...`). */
function inputOf(c: Context<AppEnv>, e: Endpoint): Input<unknown, unknown> {
  const what = `${e.method.toUpperCase()} ${e.path}`;
  return {
    body: () => {
      if (!e.body) throw new Error(`${what} declares no body.`);
      return readJson(c, e.body, e.maxBodyBytes ? { maxBytes: e.maxBodyBytes } : {});
    },
    query: () => {
      if (!e.query) throw new Error(`${what} declares no query.`);
      return readQuery(c, e.query);
    },
    user: () => {
      const user = c.get('user');
      if (!user) throw new HttpProblem('unauthenticated');
      return user;
    },
  };
}

/** A Hono app answering a group's endpoints with `deps`, guards derived from `auth`. */
export function routesOf(group: EndpointGroup, deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  for (const { path, auth } of group.guards ?? []) app.use(path, guardFor(auth));
  for (const e of group.endpoints) {
    const handle = e.handler(deps);
    const guards = e.auth ? [guardFor(e.auth)] : [];
    const answer: Handler<AppEnv> = (c) => handle(c, inputOf(c, e));
    app.on(e.method.toUpperCase(), [e.route ?? e.path], ...guards, answer);
  }
  return app;
}
