import type { Catalog } from './locales';

/** French for the staff pages' error sentences (the problem.* keys of en-pages-forms.ts). Spread into fr.ts. */
export const frProblems: Catalog = {
  'form.invalid': {
    one: '{count} champ est à corriger ; voyez le message à côté.',
    other: '{count} champs sont à corriger ; voyez les messages à côté.',
  },
  'problem.forbidden':
    'Votre compte ne peut pas faire cela. Demandez à l’organisation si cela devrait être le cas.',
  'problem.forbidden.people':
    'Seule l’organisation peut modifier les rôles, et votre compte n’en fait plus partie.',

  // Volunteering
  'problem.invite_not_found':
    'Nous ne connaissons pas ce lien d’invitation. Vérifiez que vous avez ouvert ou copié le lien en entier.',
  'problem.invite_revoked': 'L’organisation a retiré ce lien d’invitation. Demandez-lui-en un nouveau.',
  'problem.invite_expired': 'Ce lien d’invitation a expiré. Demandez-en un nouveau à l’organisation.',
  'problem.invite_used_up':
    'Ce lien d’invitation a été utilisé autant de fois que permis. Demandez-en un nouveau à l’organisation.',
  'problem.briefing_not_found':
    'Ce code de briefing n’est pas valable. Scannez à nouveau le code sur l’écran de la coordination.',
  'problem.briefing_expired':
    'Ce code de briefing a expiré. Scannez maintenant celui affiché sur l’écran de la coordination.',
  'problem.sign_off_still_open':
    'La date limite n’est pas encore passée : vous pouvez quitter le créneau vous-même.',
  'problem.signoff_request_pending': 'Vous avez déjà demandé ; la coordination n’a pas encore répondu.',
  'problem.signoff_request_decided': 'Quelqu’un a déjà répondu à cette demande.',

  // Shifts and roles
  'problem.capacity_below_signups':
    'Plus de bénévoles occupent une place que ce nombre n’en permet. Retirez-en d’abord du planning, puis baissez-le.',
  'problem.shift_change_overlaps':
    'Les nouveaux horaires chevauchent un autre créneau d’une personne inscrite ; ils n’ont pas été enregistrés.',
  'problem.shift_role_locked':
    'Des bénévoles sont inscrit·es sur ce créneau, il ne peut donc pas changer de rôle.',
  'problem.shift_not_found': 'Ce créneau n’existe plus ; quelqu’un l’a peut-être supprimé.',
  'problem.role_not_found': 'Ce rôle n’existe plus.',
  'problem.role_slug_taken': 'Un rôle portant ce nom existe déjà.',
  'problem.no_sessions_match':
    'Rien à créer : aucune session dans ces salles et ces jours, ou leurs créneaux existent déjà.',
  'problem.message_no_recipients':
    'Personne n’est encore sur ce rôle ou ce créneau, personne ne recevrait donc le message.',
  'problem.role_has_history':
    'Des bénévoles ont effectué des créneaux de ce rôle, il ne peut donc pas être supprimé : leurs heures seraient perdues. Renommez-le plutôt.',
  'problem.user_not_found.coordinator':
    'Ce compte n’existe plus ; choisissez une autre personne pour la coordination.',
  'problem.last_organizer':
    'Quelqu’un d’autre doit faire partie de l’organisation avant que vous puissiez quitter ce rôle.',
  'problem.user_not_found': 'Ce compte n’existe plus.',

  // Rooms, tracks, speakers, days
  'problem.room_taken': 'Une autre salle utilise déjà cet identifiant ou ce nom.',
  'problem.track_taken': 'Une autre thématique utilise déjà cet identifiant ou ce nom.',
  'problem.room_not_found': 'Cette salle a été supprimée entre-temps. Rechargez la page.',
  'problem.track_not_found': 'Cette thématique a été supprimée entre-temps. Rechargez la page.',
  'problem.speaker_not_found': 'Cette personne intervenante a été supprimée entre-temps. Rechargez la page.',
  'problem.conference_day_not_found': 'Ce jour ne fait plus partie de la conférence.',

  // Schedule import and publishing
  'problem.import_unreadable':
    'Ce fichier n’est pas un programme que Lanyard sait lire (schedule.xml, schedule.json ou un flux iCalendar).',
  'problem.import_empty':
    'Le fichier ne contient aucune session : l’importer annulerait tout le programme. Rien n’a été modifié.',
  'problem.import_confirmation_required':
    'Cet import annule plus d’un quart des sessions publiées. Confirmez-le pour l’appliquer.',
  'problem.import_url_refused':
    'Lanyard ne récupère pas de programme à cette adresse : utilisez une adresse http ou https publique.',
  'problem.import_fetch_failed':
    'Impossible de récupérer le programme à cette adresse. Vérifiez qu’elle s’ouvre dans un navigateur, ou envoyez plutôt le fichier.',
  'problem.import_preview_not_found': 'Cet aperçu a expiré. Prévisualisez à nouveau l’import.',
  'problem.import_preview_applied': 'Cet aperçu a déjà été appliqué.',
  'problem.import_preview_stale':
    'Le programme a changé depuis cet aperçu. Prévisualisez à nouveau l’import pour voir les différences actuelles.',
  'problem.payload_too_large.schedule': 'Le programme dépasse 20 Mo, le maximum que lit Lanyard.',
  'problem.schedule_nothing_to_publish': 'Rien à publier : toutes les modifications sont déjà publiques.',
  'problem.session_not_found': 'Il n’y a pas de session avec ce code.',
  'problem.session_published':
    'Cette session a été publiée, elle ne peut donc pas être abandonnée ; passez plutôt son statut à annulée.',

  // Sponsors and editions
  'problem.sponsor_slug_taken': 'Un autre sponsor de cette édition a cet identifiant.',
  'problem.sponsor_tier_name_taken': 'Un autre niveau de cette édition porte ce nom.',
  'problem.sponsor_tier_not_found': 'Ce niveau n’existe plus. Rechargez la page.',
  'problem.sponsor_not_found': 'Ce sponsor n’existe plus. Rechargez la page.',
  'problem.sponsor_tier_order_mismatch':
    'Les niveaux ont changé entre-temps. Rechargez la page et réordonnez-les à nouveau.',
  'problem.logo_too_large': 'Le fichier dépasse 512 Ko. Exportez une image plus légère et réessayez.',
  'problem.logo_type_not_allowed':
    'Ce fichier n’est pas une image PNG, JPEG, WebP ou SVG. Exportez le logo dans l’un de ces formats et réessayez.',
  'problem.logo_svg_refused':
    'Ce SVG ne peut pas être affiché en toute sécurité (il déclare un DOCTYPE ou des entités, ou n’est pas un document SVG). Exportez-le à nouveau en SVG simple ou en PNG.',
  'problem.logo_unreadable':
    'Impossible de lire l’image ; elle est peut-être endommagée ou tronquée. Exportez-la à nouveau et réessayez.',
  'problem.logo_dimensions_not_allowed': 'L’image doit mesurer entre 1 et 4096 pixels de large et de haut.',
  'problem.conference_slug_taken': 'Une autre édition a cet identifiant.',
  'problem.copy_source_not_found': 'L’édition à copier n’existe plus.',

  // Tickets
  'problem.ticket_type_taken': 'Un type de billet avec ce nom court existe déjà.',
  'problem.ticket_type_not_found': 'Ce type de billet n’existe plus. Rechargez la page.',
  'problem.ticket_not_found': 'Ce billet n’existe plus. Rechargez la page.',
  'problem.check_in_list_not_found': 'Cette liste d’entrée n’existe plus. Rechargez la page.',
  'problem.check_in_list_in_use': 'Des billets ont été scannés sur cette liste, elle est donc conservée.',
  'problem.ticket_type_has_tickets':
    'Les billets gardent leur type, même annulés : l’accueil en a besoin pour les refuser. Renommez plutôt le type, ou arrêtez de le vendre.',
  'problem.ticket_type_in_use':
    'Des listes d’entrée n’admettent que ce type ; sans lui, elles admettraient tous les types. Modifiez d’abord ces listes.',
  'problem.signing_keys_exhausted': 'Les 255 clés de signature de cette conférence sont toutes utilisées.',
  'problem.ticket_import_invalid': 'Certaines lignes ne sont pas valables ; rien n’a été importé.',
};
