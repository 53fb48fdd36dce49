export {
  applyUpdate,
  describeChange,
  foldChanges,
  kindOf,
  pruneUpdate,
  subjectOf,
  type ChangeSubject,
} from './changelog';
export { importChanges } from './import-changes';
export { applySchedulePatch, buildSchedulePatch, sessionListDigest, TOO_FAR_BEHIND_SHARE } from './patch';
