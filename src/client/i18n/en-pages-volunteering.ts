/** English strings, Volunteering: invites, briefings, calendar feed, requests to coordinators. Spread into en-pages.ts. */
export const enVolunteering = {
  'volunteering.copy': 'Copy link',
  'volunteering.copied': 'Copied.',
  'volunteering.copyFailed': 'Copying did not work; select the link and copy it by hand.',

  // Invite page (/:slug/join/:token)
  'volunteering.invite.title': 'You are invited to volunteer',
  'volunteering.invite.forRole': 'Join the {role} at {conference}',
  'volunteering.invite.general': 'Join the volunteers of {conference}',
  'volunteering.invite.restrictedNote':
    'This team normally needs a coordinator’s confirmation. Because the coordinator sent you this link, you are confirmed straight away.',
  'volunteering.invite.expires': 'This link works until {when}.',
  'volunteering.invite.registerTitle': 'New here? Create your account',
  'volunteering.invite.haveAccount': 'Already have an account?',
  'volunteering.invite.logIn': 'Log in to accept',
  'volunteering.invite.loggedInAs': 'You are logged in as {name}.',
  'volunteering.invite.accept': 'Join the {role}',
  'volunteering.invite.acceptGeneral': 'Accept the invitation',
  'volunteering.invite.accepting': 'Joining…',
  'volunteering.invite.joined': 'Welcome to the {role}! You are a confirmed member.',
  'volunteering.invite.joinedGeneral': 'Welcome! You are signed up as a volunteer.',
  'volunteering.invite.findShifts': 'Find shifts for you',
  'volunteering.invite.unusable': 'This invite link cannot be used',

  // Coordinator tools on the roster
  'volunteering.tools.title': 'Invites and briefings',
  'volunteering.invites.title': 'Invite links',
  'volunteering.invites.intro':
    'Send a link to people you want on a team. They register (or log in) and are members at once.',
  'volunteering.invites.role': 'Team',
  'volunteering.invites.noRole': 'No team (volunteers in general)',
  'volunteering.invites.expiry': 'Link works for',
  'volunteering.invites.expiry.never': 'Until withdrawn',
  'volunteering.invites.expiry.day': '1 day',
  'volunteering.invites.expiry.week': '7 days',
  'volunteering.invites.expiry.month': '30 days',
  'volunteering.invites.maxUses': 'How many people may use it',
  'volunteering.invites.maxUsesHint': 'Leave empty for no limit.',
  'volunteering.invites.create': 'Create invite link',
  'volunteering.invites.creating': 'Creating…',
  'volunteering.invites.created': 'Invite link for {role}. Copy it now: it is shown only once.',
  'volunteering.invites.linkLabel': 'Invite link',
  'volunteering.invites.none': 'No invite links yet.',
  'volunteering.invites.uses': { one: 'Used {count} time', other: 'Used {count} times' },
  'volunteering.invites.usesOf': 'Used {count} of {max} times',
  'volunteering.invites.until': 'until {when}',
  'volunteering.invites.expired': 'expired',
  'volunteering.invites.revoked': 'withdrawn',
  'volunteering.invites.revoke': 'Withdraw',
  'volunteering.invites.revokeLabel': 'Withdraw the invite link for {role} created {when}',
  'volunteering.invites.failed': 'The invite link could not be created',

  'volunteering.briefing.title': 'Briefing code',
  'volunteering.briefing.intro':
    'At the briefing, show this code. Volunteers scan it with their phone camera and are confirmed for the team.',
  'volunteering.briefing.role': 'Team with a briefing',
  'volunteering.briefing.show': 'Show briefing code',
  'volunteering.briefing.hide': 'Hide code',
  'volunteering.briefing.qrLabel': 'QR code to confirm your place on the {role} after the briefing',
  'volunteering.briefing.renews': 'The code renews by itself; each one works for two minutes (until {time}).',
  'volunteering.briefing.noRoles': 'None of your teams needs a briefing.',

  // Briefing page (/:slug/briefing/:token)
  'volunteering.briefing.pageTitle': 'Briefing check-in',
  'volunteering.briefing.logIn': 'Log in to confirm that you attended the briefing.',
  'volunteering.briefing.confirming': 'Confirming…',
  'volunteering.briefing.confirmed': 'You are confirmed for the {role}. You can now sign up for its shifts.',
  'volunteering.briefing.failed': 'Your attendance could not be confirmed',

  // Requests to sign off after the deadline
  'volunteering.request.ask': 'Ask {name} to sign me off',
  'volunteering.request.reason': 'Why can you not make it?',
  'volunteering.request.reasonHint': 'The coordinator sees this. A few words are enough.',
  'volunteering.request.send': 'Send request',
  'volunteering.request.sending': 'Sending…',
  'volunteering.request.cancel': 'Cancel',
  'volunteering.request.pending': 'You asked to be signed off. Waiting for the coordinator’s answer.',
  'volunteering.request.declined':
    'The coordinator declined your request to sign off ({when}). The shift is still yours.',
  'volunteering.request.approvedTitle': 'Signed off by the coordinator',
  'volunteering.request.approved': '{role} · {when}: {name} signed you off.',
  'volunteering.requests.title': 'Requests to sign off',
  'volunteering.requests.count': {
    one: '{count} volunteer asks to be signed off after the deadline.',
    other: '{count} volunteers ask to be signed off after the deadline.',
  },
  'volunteering.requests.shift': '{role} · {when} · {place}',
  'volunteering.requests.reason': 'Reason: {reason}',
  'volunteering.requests.approve': 'Approve',
  'volunteering.requests.decline': 'Decline',
  'volunteering.requests.approveLabel': 'Approve: sign {name} off',
  'volunteering.requests.declineLabel': 'Decline the request of {name}',

  // Calendar feed on My shifts
  'volunteering.feed.title': 'My shifts in my calendar',
  'volunteering.feed.intro':
    'Subscribe in your calendar app: your shifts appear with reminders an hour and 15 minutes before, and follow any changes.',
  'volunteering.feed.create': 'Create my calendar link',
  'volunteering.feed.subscribe': 'Subscribe in calendar app',
  'volunteering.feed.linkLabel': 'Calendar address (keep it private)',
  'volunteering.feed.renew': 'Make a new address',
  'volunteering.feed.renewHint': 'The old address stops working, e.g. if you shared it by mistake.',

  // Hand-over filter on Shifts for me
  'volunteering.filter.offered': 'Only shifts up for hand-over',
} as const;
