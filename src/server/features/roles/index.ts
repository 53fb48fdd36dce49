export { roleEndpoints } from './routes';
export { roleParam, userIdParam } from './params';
export {
  assertCoordinates,
  canCoordinate,
  getPolicy,
  membershipsOf,
  requireVolunteerRole,
  toProfile,
} from './service';
