import type { Catalog } from './locales';

/** French for the console's tickets, ticket import, ticket types, signing keys and check-in lists (en-pages-tickets-admin.ts). Spread into fr.ts. */
export const frTicketsAdmin: Catalog = {
  // Overview links
  'ticketsAdmin.link': 'Billets',
  'ticketsAdmin.linkHint':
    'Trouver, ajouter, annuler ou bloquer des billets ; envoyer son lien à un·e titulaire ; importer un CSV.',
  'ticketsAdmin.typesLink': 'Types de billets et clés de signature',
  'ticketsAdmin.typesLinkHint':
    'Ce que chaque type permet et quels jours ; changer la clé qui signe les QR codes.',
  'ticketsAdmin.listsLink': 'Listes d’entrée',
  'ticketsAdmin.listsLinkHint':
    'Les entrées que scannent les points d’accueil : types et jours admis, sorties et retours.',
  'ticketsAdmin.back': 'Vue d’ensemble de l’organisation',

  // Ticket list
  'ticketsAdmin.title': 'Billets',
  'ticketsAdmin.intro':
    'Cherchez par nom, e-mail ou numéro de commande. Chaque changement ici atteint les points d’accueil en quelques secondes.',
  'ticketsAdmin.add': 'Ajouter un billet',
  'ticketsAdmin.importLink': 'Importer un CSV',
  'ticketsAdmin.addTitle': 'Nouveau billet',
  'ticketsAdmin.addSubmit': 'Ajouter le billet',
  'ticketsAdmin.addFailed': 'Le billet n’a pas été ajouté.',
  'ticketsAdmin.added': 'Billet ajouté pour {name}.',
  'ticketsAdmin.addedHint': 'Envoyez à la personne son lien privé ci-dessous ; il affiche son QR code.',
  'ticketsAdmin.field.holderName': 'Nom du ou de la titulaire',
  'ticketsAdmin.field.email': 'E-mail',
  'ticketsAdmin.field.company': 'Entreprise',
  'ticketsAdmin.field.country': 'Pays',
  'ticketsAdmin.field.countryHint': 'Deux lettres, comme DE ou FR. Facultatif.',
  'ticketsAdmin.field.type': 'Type de billet',
  'ticketsAdmin.field.orderCode': 'Numéro de commande',
  'ticketsAdmin.field.orderCodeHint':
    'Lettres, chiffres, tirets et tirets bas, par exemple le code de commande pretix.',
  'ticketsAdmin.note': 'Note pour l’accueil',
  'ticketsAdmin.searchRegion': 'Trouver des billets',
  'ticketsAdmin.search': 'Chercher des billets',
  'ticketsAdmin.searchHint': 'À partir de trois caractères ; un texte plus court liste tous les billets.',
  'ticketsAdmin.statusFilter': 'Statut',
  'ticketsAdmin.status.any': 'Tous les statuts',
  'ticketsAdmin.status.valid': 'Valable',
  'ticketsAdmin.status.cancelled': 'Annulé',
  'ticketsAdmin.status.blocked': 'Bloqué',
  'ticketsAdmin.loadFailed': 'Impossible de charger les billets.',
  'ticketsAdmin.empty': 'Aucun billet ne correspond.',
  'ticketsAdmin.showing': {
    one: '{from}–{to} sur {count} billet',
    other: '{from}–{to} sur {count} billets',
  },
  'ticketsAdmin.pages': 'Pages de billets',
  'ticketsAdmin.previous': 'Précédente',
  'ticketsAdmin.next': 'Suivante',
  'ticketsAdmin.pageOf': 'Page {page} sur {pages}',

  // Ticket actions
  'ticketsAdmin.action.cancel': 'Annuler le billet',
  'ticketsAdmin.action.block': 'Bloquer',
  'ticketsAdmin.action.reinstate': 'Rendre valable',
  'ticketsAdmin.confirm.cancel.title': 'Annuler le billet de {name} ?',
  'ticketsAdmin.confirm.cancel.body':
    'Les points d’accueil refuseront son QR code comme annulé, hors ligne aussi une fois synchronisés. Vous pourrez le rendre valable plus tard.',
  'ticketsAdmin.confirm.cancel.submit': 'Annuler le billet',
  'ticketsAdmin.confirm.block.title': 'Bloquer le billet de {name} ?',
  'ticketsAdmin.confirm.block.body':
    'Les points d’accueil refuseront son QR code comme bloqué, par exemple le temps d’un litige de paiement. Vous pourrez le débloquer plus tard.',
  'ticketsAdmin.confirm.block.submit': 'Bloquer le billet',
  'ticketsAdmin.confirm.reinstate.title': 'Rendre le billet de {name} de nouveau valable ?',
  'ticketsAdmin.confirm.reinstate.body':
    'Les points d’accueil accepteront de nouveau son QR code les jours que permet son type.',
  'ticketsAdmin.confirm.reinstate.submit': 'Rendre valable',
  'ticketsAdmin.updateFailed': 'Le billet de {name} n’a pas été modifié.',
  'ticketsAdmin.linkToggle': 'Lien du billet',
  'ticketsAdmin.holderLinkHint':
    'Toute personne qui a ce lien voit le billet et son QR code. Ne l’envoyez qu’à son ou sa titulaire.',
  'ticketsAdmin.openLink': 'Ouvrir la page du billet',
  'ticketsAdmin.copyLink': 'Copier le lien',
  'ticketsAdmin.copyMessage': 'Copier le message',
  'ticketsAdmin.copied': 'Copié.',
  'ticketsAdmin.copyFailed': 'Copie impossible ; sélectionnez le texte et copiez-le à la main.',
  'ticketsAdmin.resendText':
    'Bonjour {name},\n\nvoici votre billet pour {conference} : {url}\n\nOuvrez-le sur votre téléphone et montrez le QR code à l’entrée. Une fois ouverte, la page fonctionne aussi hors ligne. Merci de ne pas partager ce lien.',
  'ticketsAdmin.working': 'En cours…',

  // Scan history
  'ticketsAdmin.scans.toggle': 'Scans',
  'ticketsAdmin.scans.loading': 'Chargement des scans…',
  'ticketsAdmin.scans.none': 'Pas encore scanné.',
  'ticketsAdmin.scans.line': '{day} {time}, {direction} à {list} ({desk}) : {verdict}',
  'ticketsAdmin.scans.entry': 'entrée',
  'ticketsAdmin.scans.exit': 'sortie',
  'ticketsAdmin.scans.undone': '(annulé)',
  'ticketsAdmin.scans.conflict': '(conflit : un accueil hors ligne a laissé entrer)',
  'ticketsAdmin.verdict.ok': 'admis',
  'ticketsAdmin.verdict.needs_attention': 'admis après lecture de la note',
  'ticketsAdmin.verdict.already_checked_in': 'refusé, déjà entré',
  'ticketsAdmin.verdict.unknown_or_forged': 'refusé, code inconnu ou falsifié',
  'ticketsAdmin.verdict.wrong_ticket_type': 'refusé, mauvais type de billet',
  'ticketsAdmin.verdict.wrong_day': 'refusé, non valable ce jour-là',
  'ticketsAdmin.verdict.not_valid_yet': 'refusé, pas encore valable',
  'ticketsAdmin.verdict.expired': 'refusé, expiré',
  'ticketsAdmin.verdict.cancelled': 'refusé, annulé',
  'ticketsAdmin.verdict.revoked': 'refusé, code d’une clé révoquée',
  'ticketsAdmin.verdict.blocked': 'refusé, bloqué',

  // Shared words
  'ticketsAdmin.required': 'À remplir.',
  'ticketsAdmin.pickOne': 'Choisissez-en au moins un.',
  'ticketsAdmin.cancelAction': 'Annuler',
  'ticketsAdmin.close': 'Fermer',
  'ticketsAdmin.edit': 'Modifier',
  'ticketsAdmin.delete': 'Supprimer',
  'ticketsAdmin.save': 'Enregistrer',

  // CSV import
  'ticketsAdmin.import.back': 'Billets',
  'ticketsAdmin.import.title': 'Importer des billets',
  'ticketsAdmin.import.intro':
    'Choisissez un export CSV (par exemple de pretix). Il est d’abord vérifié ; rien n’est importé tant que chaque ligne n’est pas correcte. Les lignes déjà importées sont ignorées.',
  'ticketsAdmin.import.columns':
    'Colonnes : Order code, Attendee name, Attendee email, Product ; Company et Country en option. Virgules ou points-virgules.',
  'ticketsAdmin.import.types': 'Product doit nommer un type de billet : {types}.',
  'ticketsAdmin.import.file': 'Fichier CSV',
  'ticketsAdmin.import.checking': 'Vérification de {file}…',
  'ticketsAdmin.import.invalid': '{file} n’a pas été importé.',
  'ticketsAdmin.import.invalidHint':
    'Corrigez ces lignes dans le fichier et choisissez-le à nouveau. La ligne 1 est l’en-tête.',
  'ticketsAdmin.import.errorsCaption': {
    one: '{count} ligne à corriger',
    other: '{count} lignes à corriger',
  },
  'ticketsAdmin.import.row': 'Ligne',
  'ticketsAdmin.import.column': 'Colonne',
  'ticketsAdmin.import.problem': 'Problème',
  'ticketsAdmin.import.wholeRow': 'Ligne entière',
  'ticketsAdmin.import.failed': 'Impossible d’importer le fichier.',
  'ticketsAdmin.import.previewTitle': '{file} est prêt à être importé.',
  'ticketsAdmin.import.wouldCreate': {
    one: '{count} nouveau billet sera créé.',
    other: '{count} nouveaux billets seront créés.',
  },
  'ticketsAdmin.import.wouldSkip': {
    one: '{count} ligne a déjà été importée et sera ignorée.',
    other: '{count} lignes ont déjà été importées et seront ignorées.',
  },
  'ticketsAdmin.import.submit': { one: 'Importer {count} billet', other: 'Importer {count} billets' },
  'ticketsAdmin.import.done': '{file} est importé.',
  'ticketsAdmin.import.created': { one: '{count} billet créé.', other: '{count} billets créés.' },
  'ticketsAdmin.import.skipped': {
    one: '{count} ligne ignorée : déjà importée.',
    other: '{count} lignes ignorées : déjà importées.',
  },
  'ticketsAdmin.import.toTickets': 'Voir les billets',

  // Ticket types
  'ticketsAdmin.types.title': 'Types de billets',
  'ticketsAdmin.types.intro':
    'Un type indique les jours où un billet donne accès. Son numéro figure dans chaque QR code, il ne change donc jamais.',
  'ticketsAdmin.types.add': 'Ajouter un type de billet',
  'ticketsAdmin.types.addTitle': 'Nouveau type de billet',
  'ticketsAdmin.types.create': 'Créer le type',
  'ticketsAdmin.types.slug': 'Nom court (slug)',
  'ticketsAdmin.types.slugHint':
    'Minuscules, chiffres et tirets, par exemple pass-jour. Non modifiable ensuite.',
  'ticketsAdmin.types.name': 'Nom',
  'ticketsAdmin.types.days': 'Valable le',
  'ticketsAdmin.types.daysEditHint':
    'Les points d’accueil appliquent ces jours immédiatement. Les QR codes déjà sur les téléphones gardent leurs anciens jours jusqu’à ce que la personne rouvre son lien.',
  'ticketsAdmin.types.meta': '{slug} · numéro {number}',
  'ticketsAdmin.types.saveFailed': 'Le type de billet n’a pas été enregistré.',
  'ticketsAdmin.types.deleteTitle': 'Supprimer le type de billet « {name} » ?',
  'ticketsAdmin.types.deleteBody':
    'Les billets et listes d’entrée qui l’utilisent sont vérifiés d’abord ; vous les verrez avant toute suppression.',
  'ticketsAdmin.types.inUseTitle': '« {name} » est utilisé par des listes d’entrée',
  'ticketsAdmin.types.cannotDeleteTitle': '« {name} » ne peut pas être supprimé',
  'ticketsAdmin.types.listsLose':
    'Ces listes d’entrée ne l’admettront plus ; elles gardent leurs autres types.',
  'ticketsAdmin.types.deleteAnyway': 'Retirer des listes et supprimer',

  // Signing keys
  'ticketsAdmin.keys.title': 'Clés de signature des QR codes',
  'ticketsAdmin.keys.intro':
    'Chaque QR code est signé : l’accueil distingue ainsi un vrai billet d’un faux, même hors ligne.',
  'ticketsAdmin.keys.key': 'Clé {id} :',
  'ticketsAdmin.keys.active': 'signe les nouveaux QR codes',
  'ticketsAdmin.keys.verifying': 'vérifie encore les codes qu’elle a signés',
  'ticketsAdmin.keys.revoked': 'révoquée : ses codes sont refusés',
  'ticketsAdmin.keys.rotate': 'Changer de clé',
  'ticketsAdmin.keys.rotateRevoke': 'Changer de clé et révoquer l’actuelle',
  'ticketsAdmin.keys.rotateTitle': 'Signer désormais avec une nouvelle clé ?',
  'ticketsAdmin.keys.rotateBody1':
    'Les pages des billets affichent dès maintenant des codes signés avec la nouvelle clé. Les codes signés avant restent valables : l’ancienne clé publique reste publiée.',
  'ticketsAdmin.keys.rotateBody2':
    'Les points d’accueil en ligne récupèrent la nouvelle clé en quelques secondes. Un accueil qui reste hors ligne ne la connaît pas et refuse les nouveaux codes jusqu’à sa reconnexion.',
  'ticketsAdmin.keys.revokeTitle': 'Révoquer la clé actuelle ?',
  'ticketsAdmin.keys.revokeBody1':
    'Uniquement après une fuite : tout QR code signé avec la clé {id} est refusé comme révoqué, y compris les codes enregistrés sur les téléphones.',
  'ticketsAdmin.keys.revokeBody2':
    'Les titulaires doivent rouvrir leur lien pour obtenir un nouveau code. Les points d’accueil hors ligne ne l’apprennent qu’à leur reconnexion.',
  'ticketsAdmin.keys.rotated': 'Nouvelle clé en service. Les codes signés avant restent valables.',
  'ticketsAdmin.keys.revokedDone':
    'Nouvelle clé en service ; les codes de l’ancienne clé sont désormais refusés.',

  // Check-in lists
  'ticketsAdmin.lists.title': 'Listes d’entrée',
  'ticketsAdmin.lists.intro':
    'Chaque point d’accueil scanne pour une liste. Une liste admet chaque billet une fois par jour, sauf si elle compte les sorties et autorise le retour.',
  'ticketsAdmin.lists.add': 'Ajouter une liste d’entrée',
  'ticketsAdmin.lists.addTitle': 'Nouvelle liste d’entrée',
  'ticketsAdmin.lists.create': 'Créer la liste',
  'ticketsAdmin.lists.name': 'Nom',
  'ticketsAdmin.lists.types': 'Types admis',
  'ticketsAdmin.lists.typesHint': 'Aucune case cochée : tous les types sont admis.',
  'ticketsAdmin.lists.days': 'Ouverte le',
  'ticketsAdmin.lists.daysHint': 'Aucune case cochée : ouverte tous les jours.',
  'ticketsAdmin.lists.everyType': 'Tous les types',
  'ticketsAdmin.lists.everyDay': 'Tous les jours',
  'ticketsAdmin.lists.exits': 'Sorties',
  'ticketsAdmin.lists.countsExits': 'L’accueil scanne aussi les sorties',
  'ticketsAdmin.lists.allowsReentry': 'Les personnes sorties peuvent revenir',
  'ticketsAdmin.lists.reentryHint':
    'Le retour suppose que les sorties soient scannées ; sinon une seconde entrée est toujours refusée.',
  'ticketsAdmin.lists.noExits': 'Non comptées',
  'ticketsAdmin.lists.exitsNoReentry': 'Comptées, sans retour',
  'ticketsAdmin.lists.exitsReentry': 'Comptées, retour autorisé',
  'ticketsAdmin.lists.saveFailed': 'La liste d’entrée n’a pas été enregistrée.',
  'ticketsAdmin.lists.deleteTitle': 'Supprimer la liste d’entrée « {name} » ?',
  'ticketsAdmin.lists.deleteBody':
    'Les points d’accueil réglés sur cette liste devront en choisir une autre.',
  'ticketsAdmin.lists.inUseTitle': '« {name} » ne peut pas être supprimée',
  'ticketsAdmin.lists.inUse':
    'Ses scans sont la trace de qui est entré. Renommez-la ou changez ce qu’elle admet, ou créez une nouvelle liste pour l’accueil.',
};
