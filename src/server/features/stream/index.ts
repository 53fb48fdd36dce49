export { MemoryEventBus, type ChangeWatcher, type EventBus, type StreamListener } from './bus';
export { createEventBus } from './create-bus';
export { EVENTS_CHANNEL, PostgresEventBus } from './pg-bus';
export { publishChange } from './publish';
