import { type ShiftFilters } from '@shared/contract/shift';

/**
 * Query key families, general to specific. The stream's 'shifts' topic invalidates
 * ['shifts', slug] and ['roles', slug]; answers depend on who asks, so keys carry the user.
 */
export const shiftKeys = {
  all: (slug: string) => ['shifts', slug] as const,
  lists: (slug: string) => [...shiftKeys.all(slug), 'list'] as const,
  list: (slug: string, userId: string | null, filters: ShiftFilters) =>
    [...shiftKeys.lists(slug), { userId, ...filters }] as const,
  roster: (slug: string, shiftId: string) => [...shiftKeys.all(slug), 'roster', shiftId] as const,
};

export const roleKeys = {
  all: (slug: string) => ['roles', slug] as const,
  list: (slug: string, userId: string | null) => [...roleKeys.all(slug), 'list', { userId }] as const,
};

export const profileKeys = {
  all: (slug: string) => ['volunteer-profile', slug] as const,
  mine: (slug: string, userId: string) => [...profileKeys.all(slug), userId] as const,
};
