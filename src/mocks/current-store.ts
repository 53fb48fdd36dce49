import { createMockStore, type MockStore, type MockStoreOptions } from './store';

/**
 * The store the handlers answer from. One module-level instance because MSW handlers are
 * static; tests call resetMockStore() between cases so none sees another's changes.
 */
let current: MockStore = createMockStore();

export function getMockStore(): MockStore {
  return current;
}

export function resetMockStore(options?: MockStoreOptions): MockStore {
  current = createMockStore(options);
  return current;
}
