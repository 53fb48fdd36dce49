/** Query key families of the desk; `['check-in', slug]` is what the 'arrivals' stream topic invalidates. */
export const checkInKeys = {
  all: (slug: string) => ['check-in', slug] as const,
  lists: (slug: string) => [...checkInKeys.all(slug), 'lists'] as const,
  stats: (slug: string, day: string | null) => [...checkInKeys.all(slug), 'stats', day ?? 'all'] as const,
  scans: (slug: string) => [...checkInKeys.all(slug), 'scans'] as const,
  desks: (slug: string) => [...checkInKeys.all(slug), 'desks'] as const,
  arrivals: (slug: string, day: string | null) =>
    [...checkInKeys.all(slug), 'arrivals', day ?? 'today'] as const,
};

/** Ticket data a desk caches; `['tickets', slug]` is what the 'tickets' stream topic invalidates. */
export const ticketKeys = {
  all: (slug: string) => ['tickets', slug] as const,
  types: (slug: string) => [...ticketKeys.all(slug), 'types'] as const,
  signingKeys: (slug: string) => [...ticketKeys.all(slug), 'signing-keys'] as const,
  revocations: (slug: string) => [...ticketKeys.all(slug), 'revocations'] as const,
  search: (slug: string, q: string) => [...ticketKeys.all(slug), 'search', q] as const,
  index: (slug: string) => [...ticketKeys.all(slug), 'desk-index'] as const,
};
