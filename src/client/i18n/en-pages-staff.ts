/** English strings, staff second pass: leaving a shift with undo, claim warnings, the full-screen desk. Spread into en-pages.ts. */
export const enStaff = {
  'volunteer.action.leave': 'Leave this shift',
  'volunteer.tone.queued': 'On the waiting list',
  'volunteer.leave.confirm':
    'Give up your place? It goes to the next person waiting, or back to the open shifts. You can leave on your own until {when}.',
  'volunteer.leave.confirmWaitlist': 'Leave the waiting list? You lose your place in line.',
  'volunteer.leave.yes': 'Yes, leave this shift',
  'volunteer.leave.yesWaitlist': 'Yes, leave the list',
  'volunteer.leave.keep': 'Keep it',
  'volunteer.leave.left': 'You left {shift}.',
  'volunteer.leave.leftWaitlist': 'You left the waiting list for {shift}.',
  'volunteer.leave.undo': 'Undo',
  'volunteer.leave.back': 'You are back on {shift}.',
  'volunteer.leave.taken': 'Someone else took the place on {shift} meanwhile, so it could not be given back.',
  'volunteer.leave.undoFailed': 'Could not undo. Look for the shift under “Shifts for me”.',
  'volunteer.leave.dismiss': 'OK',
  'volunteer.claim.leaveUntil':
    'Leaving this shift closes {when}; after that only a coordinator can take you off.',
  'volunteer.claim.noLeaving':
    'Leaving this shift closed {when}: once you take it, only a coordinator can take you off.',
  'desk.leave': 'Leave the desk',
  'desk.allDays': 'Whole event',
  'desk.settings': 'Desk settings',
  'desk.findByName': 'Find by name',
  'desk.alreadyIn': 'Checked in',
  'desk.alreadyInAt': '{time} · {desk}',
  'desk.uploadedShort': 'uploaded',
  'desk.setAsideShort': 'refused on upload',
} as const;
