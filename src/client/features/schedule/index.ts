export { ScheduleRoute, scheduleLoader } from './routes/schedule-route';
export { ZoneSwitch } from './components/zone-switch';
