import type { Catalog } from './locales';

/** French for invites, briefings, sign-off requests and the shift calendar (en-pages-volunteering.ts). Spread into fr.ts. */
export const frVolunteering: Catalog = {
  'volunteering.copy': 'Copier le lien',
  'volunteering.copied': 'Copié.',
  'volunteering.copyFailed': 'La copie n’a pas fonctionné ; sélectionnez le lien et copiez-le à la main.',

  // Accepting an invite
  'volunteering.invite.title': 'Vous êtes invité·e à devenir bénévole',
  'volunteering.invite.forRole': 'Rejoignez l’équipe {role} de {conference}',
  'volunteering.invite.general': 'Rejoignez les bénévoles de {conference}',
  'volunteering.invite.restrictedNote':
    'Cette équipe demande normalement une confirmation de la coordination. Comme c’est la coordination qui vous a envoyé ce lien, vous êtes confirmé·e tout de suite.',
  'volunteering.invite.expires': 'Ce lien fonctionne jusqu’au {when}.',
  'volunteering.invite.registerTitle': 'Nouveau ou nouvelle ? Créez votre compte',
  'volunteering.invite.haveAccount': 'Vous avez déjà un compte ?',
  'volunteering.invite.logIn': 'Se connecter pour accepter',
  'volunteering.invite.loggedInAs': 'Vous êtes connecté·e en tant que {name}.',
  'volunteering.invite.accept': 'Rejoindre l’équipe {role}',
  'volunteering.invite.acceptGeneral': 'Accepter l’invitation',
  'volunteering.invite.accepting': 'Inscription…',
  'volunteering.invite.joined': 'Bienvenue dans l’équipe {role} ! Vous en êtes membre confirmé·e.',
  'volunteering.invite.joinedGeneral': 'Bienvenue ! Vous êtes inscrit·e comme bénévole.',
  'volunteering.invite.findShifts': 'Trouver des créneaux pour vous',
  'volunteering.invite.unusable': 'Ce lien d’invitation ne peut pas être utilisé',

  // Invite links
  'volunteering.tools.title': 'Invitations et briefings',
  'volunteering.invites.title': 'Liens d’invitation',
  'volunteering.invites.intro':
    'Envoyez un lien aux personnes que vous voulez dans une équipe. Elles créent un compte (ou se connectent) et en sont membres aussitôt.',
  'volunteering.invites.role': 'Équipe',
  'volunteering.invites.noRole': 'Aucune équipe (bénévoles en général)',
  'volunteering.invites.expiry': 'Lien valable',
  'volunteering.invites.expiry.never': 'Jusqu’à son retrait',
  'volunteering.invites.expiry.day': '1 jour',
  'volunteering.invites.expiry.week': '7 jours',
  'volunteering.invites.expiry.month': '30 jours',
  'volunteering.invites.maxUses': 'Combien de personnes peuvent l’utiliser',
  'volunteering.invites.maxUsesHint': 'Laissez vide pour ne pas limiter.',
  'volunteering.invites.create': 'Créer un lien d’invitation',
  'volunteering.invites.creating': 'Création…',
  'volunteering.invites.created':
    'Lien d’invitation pour {role}. Copiez-le maintenant : il n’est affiché qu’une fois.',
  'volunteering.invites.linkLabel': 'Lien d’invitation',
  'volunteering.invites.none': 'Aucun lien d’invitation pour l’instant.',
  'volunteering.invites.uses': { one: 'Utilisé {count} fois', other: 'Utilisé {count} fois' },
  'volunteering.invites.usesOf': 'Utilisé {count} fois sur {max}',
  'volunteering.invites.until': 'jusqu’au {when}',
  'volunteering.invites.expired': 'expiré',
  'volunteering.invites.revoked': 'retiré',
  'volunteering.invites.revoke': 'Retirer',
  'volunteering.invites.revokeLabel': 'Retirer le lien d’invitation pour {role} créé le {when}',
  'volunteering.invites.failed': 'Le lien d’invitation n’a pas pu être créé',

  // Briefings
  'volunteering.briefing.title': 'Code de briefing',
  'volunteering.briefing.intro':
    'Au briefing, montrez ce code. Les bénévoles le scannent avec l’appareil photo de leur téléphone et sont confirmé·es dans l’équipe.',
  'volunteering.briefing.role': 'Équipe avec briefing',
  'volunteering.briefing.show': 'Afficher le code de briefing',
  'volunteering.briefing.hide': 'Masquer le code',
  'volunteering.briefing.qrLabel':
    'QR code pour confirmer votre place dans l’équipe {role} après le briefing',
  'volunteering.briefing.renews':
    'Le code se renouvelle tout seul ; chacun est valable deux minutes (jusqu’à {time}).',
  'volunteering.briefing.noRoles': 'Aucune de vos équipes n’a besoin d’un briefing.',
  'volunteering.briefing.pageTitle': 'Présence au briefing',
  'volunteering.briefing.logIn': 'Connectez-vous pour confirmer votre présence au briefing.',
  'volunteering.briefing.confirming': 'Confirmation…',
  'volunteering.briefing.confirmed':
    'Vous êtes confirmé·e dans l’équipe {role}. Vous pouvez maintenant vous inscrire à ses créneaux.',
  'volunteering.briefing.failed': 'Votre présence n’a pas pu être confirmée',

  // Sign-off requests
  'volunteering.request.ask': 'Demander à {name} de me retirer',
  'volunteering.request.reason': 'Pourquoi ne pouvez-vous pas venir ?',
  'volunteering.request.reasonHint': 'La coordination le verra. Quelques mots suffisent.',
  'volunteering.request.send': 'Envoyer la demande',
  'volunteering.request.sending': 'Envoi…',
  'volunteering.request.cancel': 'Annuler',
  'volunteering.request.pending':
    'Vous avez demandé à être retiré·e. En attente de la réponse de la coordination.',
  'volunteering.request.declined':
    'La coordination a refusé votre demande de retrait ({when}). Le créneau reste à vous.',
  'volunteering.request.approvedTitle': 'Retiré·e par la coordination',
  'volunteering.request.approved': '{role} · {when} : {name} vous a retiré·e.',
  'volunteering.requests.title': 'Demandes de retrait',
  'volunteering.requests.count': {
    one: '{count} bénévole demande à être retiré·e après la date limite.',
    other: '{count} bénévoles demandent à être retiré·es après la date limite.',
  },
  'volunteering.requests.shift': '{role} · {when} · {place}',
  'volunteering.requests.reason': 'Motif : {reason}',
  'volunteering.requests.approve': 'Accepter',
  'volunteering.requests.decline': 'Refuser',
  'volunteering.requests.approveLabel': 'Accepter : retirer {name}',
  'volunteering.requests.declineLabel': 'Refuser la demande de {name}',

  // Calendar feed
  'volunteering.feed.title': 'Mes créneaux dans mon agenda',
  'volunteering.feed.intro':
    'Abonnez-vous dans votre application d’agenda : vos créneaux y apparaissent avec des rappels une heure et 15 minutes avant, et suivent chaque changement.',
  'volunteering.feed.create': 'Créer mon lien d’agenda',
  'volunteering.feed.subscribe': 'S’abonner dans l’application d’agenda',
  'volunteering.feed.linkLabel': 'Adresse de l’agenda (gardez-la pour vous)',
  'volunteering.feed.renew': 'Créer une nouvelle adresse',
  'volunteering.feed.renewHint':
    'L’ancienne adresse cesse de fonctionner, par exemple si vous l’avez partagée par erreur.',
  'volunteering.filter.offered': 'Seulement les créneaux proposés à la reprise',
};
