/** Items in start order, grouped by their conference day, days in order. */
export function groupByDay<T extends { day: string; startsAt: string }>(items: readonly T[]) {
  const days = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const list = days.get(item.day) ?? [];
    list.push(item);
    days.set(item.day, list);
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, list]) => ({ day, items: list }));
}
