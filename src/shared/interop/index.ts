export * from './imported-schedule';
export { detectScheduleFormat, parseSchedule } from './parse-schedule';
export {
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
