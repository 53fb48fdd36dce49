export { StarButton } from './components/star-button';
export {
  migrateMySchedule,
  MY_SCHEDULE_VERSION,
  useIsStarred,
  useMySchedule,
  useSeenSnapshot,
  useStarredCodes,
  type SeenSnapshot,
} from './my-schedule-store';
export { changesSince, snapshotOf, type Change } from './lib/changes';
export { useScheduleChanges } from './lib/use-schedule-changes';
export { LazyChangesNotice } from './components/lazy-changes-notice';
