import type { DatabaseHandle } from '../../db/connect';
import { silentLogger, type Logger } from '../../deps';
import { MemoryEventBus, type EventBus } from './bus';
import { PostgresEventBus } from './pg-bus';

/**
 * The bus for this database: on Postgres several processes may serve one conference, so
 * changes travel through LISTEN/NOTIFY; SQLite and PGlite live in one process.
 */
export async function createEventBus(
  handle: DatabaseHandle,
  logger: Logger = silentLogger,
): Promise<EventBus> {
  if (handle.kind !== 'postgres' || !handle.pool) return new MemoryEventBus();
  const bus = new PostgresEventBus(handle.pool, logger);
  await bus.start();
  return bus;
}
