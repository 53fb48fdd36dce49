/** English strings, Volunteer coordination: shift editing, generation, coverage, hours, messages. Spread into en-pages.ts. */
export const enCoordination = {} as const;
