export * from './imported-schedule';
export { detectScheduleFormat, parseSchedule } from './parse-schedule';
export { readSummary } from './import-summary';
export { NO_ROOM } from './schedule-builder';
export {
  needsConfirmation,
  planImport,
  sessionDescription,
  type CurrentSchedule,
  type CurrentSession,
  type ImportPlan,
  type PlannedSession,
  type SessionValues,
} from './import-plan';
export {
  matchMediaCccDe,
  matchYoutubeCsv,
  type LinkableSession,
  type RecordingLinking,
} from './recording-links';
