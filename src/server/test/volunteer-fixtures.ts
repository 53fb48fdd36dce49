import { expect } from 'vitest';
import {
  apiPaths,
  problemSchema,
  roleSchema,
  shiftSchema,
  signupSchema,
  type CreateRole,
  type Role,
  type Shift,
  type Signup,
  type User,
} from '@shared/contract';
import type { TestClient, TestServer } from './harness';
import { createAccount } from '../features/auth';

export const SLUG = 'matrix-conf-2025';
let counter = 0;
/** A name no other test of the run uses, so tests sharing a database never collide. */
export const unique = (prefix: string) => `${prefix}-${++counter}-${Math.random().toString(36).slice(2, 7)}`;

export interface Person {
  user: User;
  client: TestClient;
}

export async function newVolunteer(server: TestServer, name = unique('vol')): Promise<Person> {
  const email = `${name}@example.org`;
  const user = await createAccount(server.deps.db, server.deps.clock, {
    email,
    name,
    password: 'a-long-enough-password',
    roles: ['volunteer'],
  });
  const client = server.client();
  expect((await client.login(email, 'a-long-enough-password')).status).toBe(200);
  return { user, client };
}

export async function loggedIn(server: TestServer, email: string): Promise<TestClient> {
  const client = server.client();
  expect((await client.login(email)).status).toBe(200);
  return client;
}

export async function createRole(org: TestClient, input: Partial<CreateRole> = {}): Promise<Role> {
  const res = await org.post(apiPaths.volunteerRoles(SLUG), {
    slug: unique('role'),
    name: 'Test role',
    ...input,
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return roleSchema.parse(await res.json());
}

export async function createShift(
  org: TestClient,
  role: string,
  startsAt: string,
  endsAt: string,
  capacity = 3,
): Promise<Shift> {
  const res = await org.post(apiPaths.shifts(SLUG), {
    role,
    place: unique('place'),
    startsAt,
    endsAt,
    capacity,
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return shiftSchema.parse(await res.json());
}

export async function join(client: TestClient, role: string): Promise<void> {
  expect((await client.post(apiPaths.volunteerRoleJoin(SLUG, role))).status).toBe(200);
}

export async function signUp(client: TestClient, shiftId: string, body?: unknown): Promise<Signup> {
  const res = await client.post(apiPaths.shiftSignup(SLUG, shiftId), body);
  expect(res.status, await res.clone().text()).toBe(201);
  return signupSchema.parse(await res.json());
}

export async function getShift(client: TestClient, shiftId: string): Promise<Shift> {
  const res = await client.get(apiPaths.shift(SLUG, shiftId));
  expect(res.status).toBe(200);
  return shiftSchema.parse(await res.json());
}

export async function expectProblem(res: Response, status: number, code: string) {
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const problem = problemSchema.parse(await res.json());
  expect({ status: res.status, code: problem.code }, problem.detail).toEqual({ status, code });
  return problem;
}
