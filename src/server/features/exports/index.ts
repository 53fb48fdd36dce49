export { exportEndpoints } from './routes';
export { escapeText, utcDateTime, writeICalendar, type IcsComponent, type IcsProperty } from './icalendar';
