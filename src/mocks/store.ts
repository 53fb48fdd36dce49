import { type StreamTopic, type User, type UserRole } from '@shared/contract';
import { DEMO_ACCOUNTS, type DemoEdition, demoEditions, type DemoOptions } from '@shared/demo';

export interface MockAccount extends User {
  password: string;
}

type StreamListener = (topic: StreamTopic, id?: string) => void;

/** Everything the mock API knows, in contract shapes, so handlers never invent data. */
export interface MockStore {
  editions: DemoEdition[];
  accounts: MockAccount[];
  /** The mock's one browser session: who logged in, if anyone. */
  currentUserId: string | null;
  /** Failed logins per email, for the same rate limit the server applies. */
  failedLogins: Map<string, number>;
  listeners: Map<string, Set<StreamListener>>;
}

export interface MockStoreOptions {
  demo?: DemoOptions;
  editions?: DemoEdition[];
}

/**
 * Wrong passwords per email from this one browser; after this many the next attempt answers
 * rate_limited (the server's per account and address budget, decision 13).
 */
export const LOGIN_ATTEMPT_LIMIT = 10;

/** A fresh store seeded from the demo data; each test gets its own. */
export function createMockStore(options: MockStoreOptions = {}): MockStore {
  return {
    editions: options.editions ?? demoEditions(options.demo),
    accounts: DEMO_ACCOUNTS.map((a, i) => ({
      id: `demo-user-${i + 1}`,
      email: a.email,
      name: a.name,
      roles: [...a.roles],
      password: a.password,
    })),
    currentUserId: null,
    failedLogins: new Map(),
    listeners: new Map(),
  };
}

export function findEdition(store: MockStore, slug: string): DemoEdition | undefined {
  return store.editions.find((e) => e.conference.slug === slug);
}

export function currentUser(store: MockStore): User | null {
  const account = store.accounts.find((a) => a.id === store.currentUserId);
  return account ? toUser(account) : null;
}

/** The public shape: the password never leaves the store. */
export function toUser({ password: _password, ...user }: MockAccount): User {
  return user;
}

export function addAccount(
  store: MockStore,
  fields: { email: string; name: string; password: string },
  roles: UserRole[],
) {
  const account: MockAccount = { id: `user-${store.accounts.length + 1}`, roles, ...fields };
  store.accounts.push(account);
  return account;
}

/** Tells every open stream of `slug` that `topic` changed, as the server's SSE does. */
export function notifyChange(store: MockStore, slug: string, topic: StreamTopic, id?: string): void {
  for (const listener of store.listeners.get(slug) ?? []) listener(topic, id);
}
