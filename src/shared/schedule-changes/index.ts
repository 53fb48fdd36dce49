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
