export { ScheduleRoute, scheduleLoader, scheduleShouldRevalidate } from './routes/schedule-route';
export { ZoneSwitch } from './components/zone-switch';
