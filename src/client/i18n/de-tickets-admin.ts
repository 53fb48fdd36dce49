import type { Catalog } from './locales';

/** German for the console's tickets, ticket import, ticket types, signing keys and check-in lists (en-pages-tickets-admin.ts). Spread into de.ts. */
export const deTicketsAdmin: Catalog = {
  // Overview links
  'ticketsAdmin.link': 'Tickets',
  'ticketsAdmin.linkHint':
    'Tickets finden, anlegen, stornieren oder sperren; den Ticket-Link verschicken; eine CSV importieren.',
  'ticketsAdmin.typesLink': 'Ticketarten und Signaturschlüssel',
  'ticketsAdmin.typesLinkHint':
    'Was jede Ticketart an welchen Tagen einlässt; den Schlüssel wechseln, der die QR-Codes signiert.',
  'ticketsAdmin.listsLink': 'Einlasslisten',
  'ticketsAdmin.listsLinkHint':
    'Die Eingänge, für die die Einlässe scannen: zugelassene Ticketarten und Tage, Ausgänge und Wiedereinlass.',
  'ticketsAdmin.back': 'Orga-Übersicht',

  // Ticket list
  'ticketsAdmin.title': 'Tickets',
  'ticketsAdmin.intro':
    'Suche nach Name, E-Mail oder Bestellnummer. Jede Änderung hier erreicht die Einlässe innerhalb von Sekunden.',
  'ticketsAdmin.add': 'Ticket hinzufügen',
  'ticketsAdmin.importLink': 'CSV importieren',
  'ticketsAdmin.addTitle': 'Neues Ticket',
  'ticketsAdmin.addSubmit': 'Ticket hinzufügen',
  'ticketsAdmin.addFailed': 'Das Ticket wurde nicht angelegt.',
  'ticketsAdmin.added': 'Ticket für {name} angelegt.',
  'ticketsAdmin.addedHint': 'Schicke der Person unten ihren persönlichen Link; er zeigt ihren QR-Code.',
  'ticketsAdmin.field.holderName': 'Name auf dem Ticket',
  'ticketsAdmin.field.email': 'E-Mail',
  'ticketsAdmin.field.company': 'Firma',
  'ticketsAdmin.field.country': 'Land',
  'ticketsAdmin.field.countryHint': 'Zwei Buchstaben, etwa DE oder FR. Optional.',
  'ticketsAdmin.field.type': 'Ticketart',
  'ticketsAdmin.field.orderCode': 'Bestellnummer',
  'ticketsAdmin.field.orderCodeHint':
    'Buchstaben, Ziffern, Binde- und Unterstriche, z. B. die Bestellnummer aus pretix.',
  'ticketsAdmin.note': 'Hinweis für den Einlass',
  'ticketsAdmin.searchRegion': 'Tickets finden',
  'ticketsAdmin.search': 'Tickets durchsuchen',
  'ticketsAdmin.searchHint': 'Ab drei Zeichen; kürzerer Text listet alle Tickets.',
  'ticketsAdmin.statusFilter': 'Status',
  'ticketsAdmin.status.any': 'Jeder Status',
  'ticketsAdmin.status.valid': 'Gültig',
  'ticketsAdmin.status.cancelled': 'Storniert',
  'ticketsAdmin.status.blocked': 'Gesperrt',
  'ticketsAdmin.loadFailed': 'Die Tickets konnten nicht geladen werden.',
  'ticketsAdmin.empty': 'Keine passenden Tickets.',
  'ticketsAdmin.showing': {
    one: '{from}–{to} von {count} Ticket',
    other: '{from}–{to} von {count} Tickets',
  },
  'ticketsAdmin.pages': 'Seiten der Ticketliste',
  'ticketsAdmin.previous': 'Zurück',
  'ticketsAdmin.next': 'Weiter',
  'ticketsAdmin.pageOf': 'Seite {page} von {pages}',

  // Ticket actions
  'ticketsAdmin.action.cancel': 'Ticket stornieren',
  'ticketsAdmin.action.block': 'Sperren',
  'ticketsAdmin.action.reinstate': 'Wieder gültig machen',
  'ticketsAdmin.confirm.cancel.title': 'Ticket von {name} stornieren?',
  'ticketsAdmin.confirm.cancel.body':
    'Die Einlässe weisen den QR-Code als storniert ab, nach dem Abgleich auch offline. Du kannst das Ticket später wieder gültig machen.',
  'ticketsAdmin.confirm.cancel.submit': 'Ticket stornieren',
  'ticketsAdmin.confirm.block.title': 'Ticket von {name} sperren?',
  'ticketsAdmin.confirm.block.body':
    'Die Einlässe weisen den QR-Code als gesperrt ab, etwa solange eine Zahlung strittig ist. Du kannst die Sperre später aufheben.',
  'ticketsAdmin.confirm.block.submit': 'Ticket sperren',
  'ticketsAdmin.confirm.reinstate.title': 'Ticket von {name} wieder gültig machen?',
  'ticketsAdmin.confirm.reinstate.body':
    'Die Einlässe lassen den QR-Code wieder ein, an den Tagen, die seine Ticketart erlaubt.',
  'ticketsAdmin.confirm.reinstate.submit': 'Gültig machen',
  'ticketsAdmin.updateFailed': 'Das Ticket von {name} wurde nicht geändert.',
  'ticketsAdmin.linkToggle': 'Ticket-Link',
  'ticketsAdmin.holderLinkHint':
    'Wer diesen Link hat, sieht das Ticket und seinen QR-Code. Nur an die Person auf dem Ticket schicken.',
  'ticketsAdmin.openLink': 'Ticketseite öffnen',
  'ticketsAdmin.copyLink': 'Link kopieren',
  'ticketsAdmin.copyMessage': 'Nachricht kopieren',
  'ticketsAdmin.copied': 'Kopiert.',
  'ticketsAdmin.copyFailed': 'Kopieren ging nicht; bitte den Text markieren und von Hand kopieren.',
  'ticketsAdmin.resendText':
    'Hallo {name},\n\nhier ist dein Ticket für {conference}: {url}\n\nÖffne es auf deinem Handy und zeig den QR-Code am Eingang. Einmal geöffnet, funktioniert die Seite auch offline. Bitte teile diesen Link nicht.',
  'ticketsAdmin.working': 'Wird ausgeführt…',

  // Scan history
  'ticketsAdmin.scans.toggle': 'Scans',
  'ticketsAdmin.scans.loading': 'Scans werden geladen…',
  'ticketsAdmin.scans.none': 'Noch nicht gescannt.',
  'ticketsAdmin.scans.line': '{day} {time}, {direction} bei {list} ({desk}): {verdict}',
  'ticketsAdmin.scans.entry': 'Eingang',
  'ticketsAdmin.scans.exit': 'Ausgang',
  'ticketsAdmin.scans.undone': '(rückgängig gemacht)',
  'ticketsAdmin.scans.conflict': '(Konflikt: ein Offline-Einlass hat die Person eingelassen)',
  'ticketsAdmin.verdict.ok': 'eingelassen',
  'ticketsAdmin.verdict.needs_attention': 'eingelassen nach Lesen des Hinweises',
  'ticketsAdmin.verdict.already_checked_in': 'abgewiesen, schon eingelassen',
  'ticketsAdmin.verdict.unknown_or_forged': 'abgewiesen, unbekannter oder gefälschter Code',
  'ticketsAdmin.verdict.wrong_ticket_type': 'abgewiesen, falsche Ticketart',
  'ticketsAdmin.verdict.wrong_day': 'abgewiesen, an dem Tag nicht gültig',
  'ticketsAdmin.verdict.not_valid_yet': 'abgewiesen, noch nicht gültig',
  'ticketsAdmin.verdict.expired': 'abgewiesen, abgelaufen',
  'ticketsAdmin.verdict.cancelled': 'abgewiesen, storniert',
  'ticketsAdmin.verdict.revoked': 'abgewiesen, Code eines widerrufenen Schlüssels',
  'ticketsAdmin.verdict.blocked': 'abgewiesen, gesperrt',

  // Shared words
  'ticketsAdmin.required': 'Bitte ausfüllen.',
  'ticketsAdmin.pickOne': 'Bitte mindestens eins wählen.',
  'ticketsAdmin.cancelAction': 'Abbrechen',
  'ticketsAdmin.close': 'Schließen',
  'ticketsAdmin.edit': 'Bearbeiten',
  'ticketsAdmin.delete': 'Löschen',
  'ticketsAdmin.save': 'Speichern',

  // CSV import
  'ticketsAdmin.import.back': 'Tickets',
  'ticketsAdmin.import.title': 'Tickets importieren',
  'ticketsAdmin.import.intro':
    'Wähle einen CSV-Export (z. B. aus pretix). Er wird zuerst geprüft; importiert wird erst, wenn jede Zeile stimmt. Schon importierte Zeilen werden übersprungen.',
  'ticketsAdmin.import.columns':
    'Spalten: Order code, Attendee name, Attendee email, Product; optional Company und Country. Komma oder Semikolon.',
  'ticketsAdmin.import.types': 'Product muss eine Ticketart nennen: {types}.',
  'ticketsAdmin.import.file': 'CSV-Datei',
  'ticketsAdmin.import.checking': '{file} wird geprüft…',
  'ticketsAdmin.import.invalid': '{file} wurde nicht importiert.',
  'ticketsAdmin.import.invalidHint':
    'Korrigiere diese Zeilen in der Datei und wähle sie erneut. Zeile 1 ist die Kopfzeile.',
  'ticketsAdmin.import.errorsCaption': {
    one: '{count} Zeile zu korrigieren',
    other: '{count} Zeilen zu korrigieren',
  },
  'ticketsAdmin.import.row': 'Zeile',
  'ticketsAdmin.import.column': 'Spalte',
  'ticketsAdmin.import.problem': 'Problem',
  'ticketsAdmin.import.wholeRow': 'Ganze Zeile',
  'ticketsAdmin.import.failed': 'Die Datei konnte nicht importiert werden.',
  'ticketsAdmin.import.previewTitle': '{file} ist bereit zum Import.',
  'ticketsAdmin.import.wouldCreate': {
    one: '{count} neues Ticket wird angelegt.',
    other: '{count} neue Tickets werden angelegt.',
  },
  'ticketsAdmin.import.wouldSkip': {
    one: '{count} Zeile wurde schon importiert und wird übersprungen.',
    other: '{count} Zeilen wurden schon importiert und werden übersprungen.',
  },
  'ticketsAdmin.import.submit': { one: '{count} Ticket importieren', other: '{count} Tickets importieren' },
  'ticketsAdmin.import.done': '{file} ist importiert.',
  'ticketsAdmin.import.created': { one: '{count} Ticket angelegt.', other: '{count} Tickets angelegt.' },
  'ticketsAdmin.import.skipped': {
    one: '{count} Zeile übersprungen: schon importiert.',
    other: '{count} Zeilen übersprungen: schon importiert.',
  },
  'ticketsAdmin.import.toTickets': 'Zu den Tickets',

  // Ticket types
  'ticketsAdmin.types.title': 'Ticketarten',
  'ticketsAdmin.types.intro':
    'Eine Ticketart legt fest, an welchen Tagen ein Ticket einlässt. Ihre Nummer steckt in jedem QR-Code und ändert sich daher nie.',
  'ticketsAdmin.types.add': 'Ticketart hinzufügen',
  'ticketsAdmin.types.addTitle': 'Neue Ticketart',
  'ticketsAdmin.types.create': 'Ticketart anlegen',
  'ticketsAdmin.types.slug': 'Kurzname (Slug)',
  'ticketsAdmin.types.slugHint':
    'Kleinbuchstaben, Ziffern und Bindestriche, z. B. tagesticket. Lässt sich später nicht ändern.',
  'ticketsAdmin.types.name': 'Name',
  'ticketsAdmin.types.days': 'Gültig am',
  'ticketsAdmin.types.daysEditHint':
    'Die Einlässe prüfen sofort nach diesen Tagen. QR-Codes, die schon auf Handys sind, behalten ihre alten Tage, bis die Person ihren Link erneut öffnet.',
  'ticketsAdmin.types.meta': '{slug} · Nummer {number}',
  'ticketsAdmin.types.saveFailed': 'Die Ticketart wurde nicht gespeichert.',
  'ticketsAdmin.types.deleteTitle': 'Ticketart „{name}“ löschen?',
  'ticketsAdmin.types.deleteBody':
    'Zuerst werden Tickets und Einlasslisten geprüft, die sie verwenden; du siehst sie, bevor etwas gelöscht wird.',
  'ticketsAdmin.types.inUseTitle': '„{name}“ wird von Einlasslisten verwendet',
  'ticketsAdmin.types.cannotDeleteTitle': '„{name}“ kann nicht gelöscht werden',
  'ticketsAdmin.types.listsLose':
    'Diese Einlasslisten lassen sie nicht mehr ein; ihre anderen Ticketarten behalten sie.',
  'ticketsAdmin.types.deleteAnyway': 'Aus den Listen entfernen und löschen',

  // Signing keys
  'ticketsAdmin.keys.title': 'Signaturschlüssel der QR-Codes',
  'ticketsAdmin.keys.intro':
    'Jeder QR-Code ist signiert, damit die Einlässe ein echtes Ticket von einer Fälschung unterscheiden können, auch offline.',
  'ticketsAdmin.keys.key': 'Schlüssel {id}:',
  'ticketsAdmin.keys.active': 'signiert neue QR-Codes',
  'ticketsAdmin.keys.verifying': 'prüft weiter die Codes, die er signiert hat',
  'ticketsAdmin.keys.revoked': 'widerrufen: seine Codes werden abgewiesen',
  'ticketsAdmin.keys.rotate': 'Schlüssel wechseln',
  'ticketsAdmin.keys.rotateRevoke': 'Wechseln und aktuellen Schlüssel widerrufen',
  'ticketsAdmin.keys.rotateTitle': 'Mit einem neuen Schlüssel signieren?',
  'ticketsAdmin.keys.rotateBody1':
    'Ticketseiten zeigen ab jetzt Codes, die mit dem neuen Schlüssel signiert sind. Früher signierte Codes gelten weiter: Der alte öffentliche Schlüssel bleibt veröffentlicht.',
  'ticketsAdmin.keys.rotateBody2':
    'Einlässe mit Verbindung holen den neuen Schlüssel innerhalb von Sekunden. Ein Einlass, der offline bleibt, kennt ihn nicht und weist neue Codes ab, bis er wieder verbunden ist.',
  'ticketsAdmin.keys.revokeTitle': 'Aktuellen Schlüssel widerrufen?',
  'ticketsAdmin.keys.revokeBody1':
    'Nur nach einem Leck: Jeder mit Schlüssel {id} signierte QR-Code wird als widerrufen abgewiesen, auch auf Handys gespeicherte Codes.',
  'ticketsAdmin.keys.revokeBody2':
    'Die Personen auf den Tickets müssen ihren Link erneut öffnen, um einen neuen Code zu bekommen. Offline-Einlässe erfahren davon erst, wenn sie wieder verbunden sind.',
  'ticketsAdmin.keys.rotated': 'Neuer Schlüssel in Gebrauch. Früher signierte Codes gelten weiter.',
  'ticketsAdmin.keys.revokedDone':
    'Neuer Schlüssel in Gebrauch; Codes des alten Schlüssels werden ab jetzt abgewiesen.',

  // Check-in lists
  'ticketsAdmin.lists.title': 'Einlasslisten',
  'ticketsAdmin.lists.intro':
    'Jeder Einlass scannt für eine Liste. Eine Liste lässt jedes Ticket einmal pro Tag ein, außer sie zählt Ausgänge und erlaubt Wiedereinlass.',
  'ticketsAdmin.lists.add': 'Einlassliste hinzufügen',
  'ticketsAdmin.lists.addTitle': 'Neue Einlassliste',
  'ticketsAdmin.lists.create': 'Liste anlegen',
  'ticketsAdmin.lists.name': 'Name',
  'ticketsAdmin.lists.types': 'Lässt Ticketarten ein',
  'ticketsAdmin.lists.typesHint': 'Nichts angekreuzt: jede Ticketart.',
  'ticketsAdmin.lists.days': 'Offen am',
  'ticketsAdmin.lists.daysHint': 'Nichts angekreuzt: jeden Tag offen.',
  'ticketsAdmin.lists.everyType': 'Jede Ticketart',
  'ticketsAdmin.lists.everyDay': 'Jeden Tag',
  'ticketsAdmin.lists.exits': 'Ausgänge',
  'ticketsAdmin.lists.countsExits': 'Einlässe scannen auch beim Hinausgehen',
  'ticketsAdmin.lists.allowsReentry': 'Wer hinausgescannt wurde, darf wieder hinein',
  'ticketsAdmin.lists.reentryHint':
    'Wiedereinlass setzt gescannte Ausgänge voraus; sonst wird ein zweiter Einlass immer abgewiesen.',
  'ticketsAdmin.lists.noExits': 'Nicht gezählt',
  'ticketsAdmin.lists.exitsNoReentry': 'Gezählt, kein Wiedereinlass',
  'ticketsAdmin.lists.exitsReentry': 'Gezählt, Wiedereinlass erlaubt',
  'ticketsAdmin.lists.saveFailed': 'Die Einlassliste wurde nicht gespeichert.',
  'ticketsAdmin.lists.deleteTitle': 'Einlassliste „{name}“ löschen?',
  'ticketsAdmin.lists.deleteBody': 'Einlässe mit dieser Liste müssen eine andere wählen.',
  'ticketsAdmin.lists.inUseTitle': '„{name}“ kann nicht gelöscht werden',
  'ticketsAdmin.lists.inUse':
    'Ihre Scans belegen, wer hereingekommen ist. Benenne sie stattdessen um oder ändere, was sie einlässt, oder lege eine neue Liste für die Einlässe an.',
};
