import type { Catalog } from './locales';

/** French for the organizer overview, its dashboard, rooms, tracks, days, speakers, audit log and people (en-pages-console.ts, en-pages.ts). Spread into fr.ts. */
export const frConsole: Catalog = {
  // Overview and dashboard
  'organizer.title': 'Vue d’ensemble de l’organisation',
  'organizer.intro': 'Ce que {conference} contient dans Lanyard en ce moment.',
  'organizer.sessions': 'Sessions',
  'organizer.cancelled': 'Sessions annulées',
  'organizer.speakers': 'Intervenant·es',
  'organizer.sponsors': 'Sponsors',
  'organizer.rooms': 'Salles',
  'organizer.tracks': 'Thématiques',
  'organizer.days': 'Jours',
  'organizer.recorded': 'Sessions enregistrées',
  'organizer.scheduleVersion': 'Version du programme',
  'organizer.signedIn': 'Connecté·e en tant que {name} ({email})',
  'organizer.people': 'Personnes et rôles de l’équipe',
  'organizer.peopleHint': 'Faire passer des bénévoles à l’accueil ou à l’organisation.',
  'attention.title': 'À traiter maintenant',
  'attention.none':
    'Rien ne vous attend pour l’instant : aucune modification non publiée, aucun créneau en sous-effectif dans les prochaines heures, tous les points d’accueil sont en ligne.',
  'attention.unpublished': {
    one: '{count} modification du programme est enregistrée mais pas publiée.',
    other: '{count} modifications du programme sont enregistrées mais pas publiées.',
  },
  'attention.toPublish': 'Vérifier et publier',
  'attention.signoffRequests': {
    one: '{count} bénévole demande à quitter un créneau après la date limite.',
    other: '{count} bénévoles demandent à quitter un créneau après la date limite.',
  },
  'attention.toRoster': 'Décider du planning',
  'attention.understaffed': {
    one: '{count} créneau des 4 prochaines heures manque encore de {missing} bénévole(s), à partir de {first}.',
    other:
      '{count} créneaux des 4 prochaines heures manquent encore de {missing} bénévoles, à partir de {first}.',
  },
  'attention.toCoverage': 'Couverture',
  'attention.desks': {
    one: '{count} point d’accueil est hors ligne ou silencieux : {names}.',
    other: '{count} points d’accueil sont hors ligne ou silencieux : {names}.',
  },
  'attention.toArrivals': 'Arrivées',
  'attention.showUp':
    'Aujourd’hui : {checkedIn} entrées sur {expected} participant·es attendu·es ({percent} %).',

  // Shared console form words
  'console.back': 'Vue d’ensemble de l’organisation',
  'console.form.save': 'Enregistrer',
  'console.form.saving': 'Enregistrement…',
  'console.form.cancel': 'Annuler',
  'console.form.edit': 'Modifier {name}',
  'console.form.editShort': 'Modifier',
  'console.form.delete': 'Supprimer',
  'console.form.deleting': 'Suppression…',
  'console.form.saved': 'Enregistré : {name}.',
  'console.form.deleted': 'Supprimé : {name}.',
  'console.form.optional': '(facultatif)',
  'console.field.name': 'Nom',
  'console.field.slug': 'Identifiant',
  'console.field.slugHint': 'Utilisé dans les liens et les exports : minuscules, chiffres et tirets.',
  'console.field.position': 'Position',
  'console.field.positionHint': 'Les salles sont listées de la plus petite position à la plus grande.',
  'console.field.liveStreamUrl': 'URL du direct',
  'console.field.color': 'Couleur',
  'console.field.colorHex': 'Code couleur',
  'console.field.colorPicker': 'Sélecteur',
  'console.field.label': 'Libellé',
  'console.field.opensAt': 'Ouverture',
  'console.field.closesAt': 'Fermeture',
  'console.field.closesAtHint': 'Une heure antérieure à l’ouverture signifie après minuit.',
  'console.field.note': 'Note pour les participant·es',
  'console.field.affiliation': 'Structure',
  'console.field.bio': 'Biographie',

  // Rooms
  'console.rooms.link': 'Salles',
  'console.rooms.linkHint': 'Ajouter, renommer, réordonner les salles et définir leurs directs.',
  'console.rooms.title': 'Salles',
  'console.rooms.intro':
    'Les salles de {conference} dans l’ordre du programme. Les modifications sont publiques immédiatement.',
  'console.rooms.add': 'Ajouter une salle',
  'console.rooms.new': 'Nouvelle salle',
  'console.rooms.empty': 'Aucune salle pour l’instant.',
  'console.rooms.count': { one: '{count} salle', other: '{count} salles' },
  'console.rooms.sessions': { one: '{count} session', other: '{count} sessions' },
  'console.rooms.position': 'Position {position}',
  'console.rooms.stream': 'Direct',
  'console.rooms.noStream': 'Pas de direct',

  // Tracks and colours
  'console.tracks.link': 'Thématiques',
  'console.tracks.linkHint': 'Ajouter et renommer les thématiques, choisir leurs couleurs.',
  'console.tracks.title': 'Thématiques',
  'console.tracks.intro':
    'Les thématiques de {conference}. Chaque couleur doit rester lisible en texte sur fond blanc.',
  'console.tracks.add': 'Ajouter une thématique',
  'console.tracks.new': 'Nouvelle thématique',
  'console.tracks.empty': 'Aucune thématique pour l’instant.',
  'console.tracks.contrast': 'contraste {ratio}:1 sur blanc',
  'console.color.contrast': 'Contraste sur blanc : {ratio}:1.',
  'console.color.passes': 'Lisible (AA exige 4,5:1).',
  'console.color.fails': 'Trop clair : AA exige 4,5:1. Choisissez une couleur plus foncée.',
  'console.color.darken': 'Foncer jusqu’à ce que ce soit lisible',
  'console.color.preview': 'Aperçu',

  // Days
  'console.days.link': 'Jours de la conférence',
  'console.days.linkHint': 'Nommer chaque jour, fixer ses horaires et une note.',
  'console.days.title': 'Jours de la conférence',
  'console.days.intro':
    'Les jours suivent les dates de l’édition (du {start} au {end}). Indiquez le nom de chaque jour, ses horaires et une note.',
  'console.days.hours': '{opens}–{closes}',

  // Speakers
  'console.speakers.link': 'Intervenant·es',
  'console.speakers.linkHint':
    'Ajouter des intervenant·es et modifier leurs noms, structures et biographies.',
  'console.speakers.title': 'Intervenant·es',
  'console.speakers.intro': 'Toutes les personnes annoncées sur une session de {conference}.',
  'console.speakers.add': 'Ajouter un·e intervenant·e',
  'console.speakers.new': 'Nouvel·le intervenant·e',
  'console.speakers.search': 'Chercher un·e intervenant·e',
  'console.speakers.count': { one: '{count} intervenant·e', other: '{count} intervenant·es' },
  'console.speakers.shown': {
    one: '{count} intervenant·e affiché·e',
    other: '{count} intervenant·es affiché·es',
  },
  'console.speakers.sessions': { one: 'Sur {count} session', other: 'Sur {count} sessions' },
  'console.speakers.noSessions': 'Sur aucune session',
  'console.speakers.code': 'Code {code}',

  // Deleting
  'console.delete.title': 'Supprimer {name} ?',
  'console.delete.confirm': 'Supprimer quand même',
  'console.delete.room':
    'Ses sessions restent au programme avec « Salle à confirmer ». Les participant·es sont prévenu·es qu’elles ont changé (une nouvelle version du programme), et les exports Fahrplan les omettent jusqu’à ce qu’elles retrouvent une salle.',
  'console.delete.track':
    'Ses sessions restent au programme sans thématique, annoncées comme nouvelle version du programme.',
  'console.delete.speaker':
    'Les sessions restent ; la personne n’y figure plus comme intervenant·e, ce qu’annonce une nouvelle version du programme.',
  'console.delete.draftsDropped':
    'Les modifications non publiées gardent leurs autres changements mais ne déplacent plus de sessions ici.',

  // Audit log
  'console.audit.link': 'Journal des modifications',
  'console.audit.linkHint': 'Qui a modifié quoi, et quand.',
  'console.audit.title': 'Journal des modifications',
  'console.audit.intro':
    'Toutes les modifications apportées à {conference} par l’organisation et la coordination, les plus récentes d’abord.',
  'console.audit.filter': 'Afficher',
  'console.audit.filterAll': 'Toutes les modifications',
  'console.audit.filter.room': 'Salles',
  'console.audit.filter.track': 'Thématiques',
  'console.audit.filter.day': 'Jours',
  'console.audit.filter.speaker': 'Intervenant·es',
  'console.audit.filter.session': 'Brouillons de sessions',
  'console.audit.filter.schedule': 'Imports et publications du programme',
  'console.audit.filter.conference': 'Éditions',
  'console.audit.empty': 'Aucune modification enregistrée pour l’instant.',
  'console.audit.system': 'Système',
  'console.audit.more': 'Afficher les modifications plus anciennes',
  'console.audit.loadingMore': 'Chargement…',
  'console.audit.end': 'C’est tout.',
  'console.audit.details': 'Détails',
  'console.audit.change': '{field} : {before} → {after}',
  'console.audit.none': 'aucun',

  // People
  'people.title': 'Personnes',
  'people.intro':
    'Attribuez leurs rôles d’équipe aux comptes. L’équipe d’accueil tient l’entrée ; l’organisation peut tout faire, accueil compris.',
  'people.back': 'Vue d’ensemble de l’organisation',
  'people.search': 'Chercher par nom ou e-mail',
  'people.searchSubmit': 'Chercher',
  'people.roleFilter': 'Afficher',
  'people.filter.all': 'Tous les comptes',
  'people.filter.volunteer': 'Bénévoles',
  'people.filter.checkin': 'Équipe d’accueil',
  'people.filter.organizer': 'Organisation',
  'people.count': { one: '{count} compte', other: '{count} comptes' },
  'people.empty':
    'Aucun compte ne correspond. Essayez une partie d’un nom ou d’un e-mail, ou affichez tous les comptes.',
  'people.loadFailed': 'Impossible de charger les comptes.',
  'people.rolesOf': 'Rôles de {name}',
  'people.you': 'vous',
  'people.role.volunteer': 'Bénévole',
  'people.role.checkin': 'Accueil',
  'people.role.organizer': 'Organisation',
  'people.updateFailed': 'Les rôles de {name} n’ont pas été modifiés.',
};
