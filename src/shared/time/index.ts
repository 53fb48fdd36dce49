export * from './clock';
export * from './conference-day';
export * from './zoned';
