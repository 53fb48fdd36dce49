// The inbox roles and shifts deliver their notices to; the message endpoints, which look up
// shifts and roles, are served by the shifts feature (shifts/message-routes.ts).
export { deliverMessage, listMessages, sendMessage, type MessageTarget, type ShiftSnapshot } from './service';
