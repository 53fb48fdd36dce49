import type { Catalog } from './locales';

/** German for the staff pages' error sentences (the problem.* keys of en-pages-forms.ts). Spread into de.ts. */
export const deProblems: Catalog = {
  'form.invalid': {
    one: '{count} Feld muss korrigiert werden; siehe den Hinweis daneben.',
    other: '{count} Felder müssen korrigiert werden; siehe die Hinweise daneben.',
  },
  'problem.forbidden': 'Dein Konto darf das nicht. Frag die Orga, falls es das dürfen sollte.',
  'problem.forbidden.people': 'Nur die Orga kann Rollen ändern, und dein Konto gehört nicht mehr dazu.',

  // Volunteering
  'problem.invite_not_found':
    'Diesen Einladungslink kennen wir nicht. Prüfe, ob du den ganzen Link geöffnet oder kopiert hast.',
  'problem.invite_revoked': 'Die Orga hat diesen Einladungslink zurückgezogen. Bitte sie um einen neuen.',
  'problem.invite_expired': 'Dieser Einladungslink ist abgelaufen. Bitte die Orga um einen neuen.',
  'problem.invite_used_up':
    'Dieser Einladungslink wurde so oft benutzt wie erlaubt. Bitte die Orga um einen neuen.',
  'problem.briefing_not_found':
    'Dieser Briefing-Code ist ungültig. Scanne den Code auf dem Bildschirm der Koordination noch einmal.',
  'problem.briefing_expired':
    'Dieser Briefing-Code ist abgelaufen. Scanne jetzt den auf dem Bildschirm der Koordination.',
  'problem.sign_off_still_open': 'Die Frist ist noch nicht vorbei: Du kannst die Schicht selbst abgeben.',
  'problem.signoff_request_pending': 'Du hast schon gefragt; die Koordination hat noch nicht geantwortet.',
  'problem.signoff_request_decided': 'Auf diese Anfrage hat schon jemand geantwortet.',

  // Shifts and roles
  'problem.capacity_below_signups':
    'Mehr Helfende haben einen Platz, als diese Zahl erlaubt. Nimm zuerst einige aus dem Schichtplan, dann senke sie.',
  'problem.shift_change_overlaps':
    'Die neuen Zeiten überschneiden sich mit einer anderen Schicht einer Person in dieser Schicht; sie wurden nicht gespeichert.',
  'problem.shift_role_locked':
    'In dieser Schicht sind Helfende eingetragen, daher kann sie nicht die Rolle wechseln.',
  'problem.shift_not_found': 'Diese Schicht gibt es nicht mehr; vielleicht hat sie jemand gelöscht.',
  'problem.role_not_found': 'Diese Rolle gibt es nicht mehr.',
  'problem.role_slug_taken': 'Eine Rolle mit diesem Namen gibt es schon.',
  'problem.no_sessions_match':
    'Es gibt nichts anzulegen: keine Sessions in diesen Räumen und an diesen Tagen, oder ihre Schichten gibt es schon.',
  'problem.message_no_recipients':
    'In dieser Rolle oder Schicht ist noch niemand, also würde niemand die Nachricht bekommen.',
  'problem.role_has_history':
    'Helfende haben Schichten dieser Rolle geleistet, daher kann sie nicht gelöscht werden: Ihre Stunden gingen verloren. Benenne sie stattdessen um.',
  'problem.user_not_found.coordinator': 'Dieses Konto gibt es nicht mehr; wähle eine andere Koordination.',
  'problem.last_organizer': 'Erst muss jemand anderes Orga sein, bevor du die Rolle abgeben kannst.',
  'problem.user_not_found': 'Dieses Konto gibt es nicht mehr.',

  // Rooms, tracks, speakers, days
  'problem.room_taken': 'Ein anderer Raum verwendet dieses Kürzel oder diesen Namen schon.',
  'problem.track_taken': 'Ein anderer Track verwendet dieses Kürzel oder diesen Namen schon.',
  'problem.room_not_found': 'Dieser Raum wurde inzwischen gelöscht. Bitte die Seite neu laden.',
  'problem.track_not_found': 'Dieser Track wurde inzwischen gelöscht. Bitte die Seite neu laden.',
  'problem.speaker_not_found':
    'Diese vortragende Person wurde inzwischen gelöscht. Bitte die Seite neu laden.',
  'problem.conference_day_not_found': 'Dieser Tag gehört nicht mehr zur Konferenz.',

  // Schedule import and publishing
  'problem.import_unreadable':
    'Diese Datei ist kein Programm, das Lanyard lesen kann (schedule.xml, schedule.json oder ein iCalendar-Feed).',
  'problem.import_empty':
    'Die Datei enthält keine Sessions; ein Import würde das ganze Programm absagen. Es wurde nichts geändert.',
  'problem.import_confirmation_required':
    'Dieser Import sagt mehr als ein Viertel der veröffentlichten Sessions ab. Bestätige ihn, um ihn zu übernehmen.',
  'problem.import_url_refused':
    'Von dieser Adresse holt Lanyard keine Programme: Bitte eine öffentliche http- oder https-Adresse verwenden.',
  'problem.import_fetch_failed':
    'Das Programm konnte von dieser Adresse nicht geholt werden. Prüfe, ob sie sich im Browser öffnet, oder lade stattdessen die Datei hoch.',
  'problem.import_preview_not_found': 'Diese Vorschau ist abgelaufen. Bitte die Vorschau neu erstellen.',
  'problem.import_preview_applied': 'Diese Vorschau wurde schon übernommen.',
  'problem.import_preview_stale':
    'Das Programm hat sich seit dieser Vorschau geändert. Erstelle die Vorschau neu, um die aktuellen Unterschiede zu sehen.',
  'problem.payload_too_large.schedule': 'Das Programm ist größer als 20 MB, das Maximum, das Lanyard liest.',
  'problem.schedule_nothing_to_publish':
    'Es gibt nichts zu veröffentlichen: Jede Änderung ist schon öffentlich.',
  'problem.session_not_found': 'Es gibt keine Session mit diesem Code.',
  'problem.session_published':
    'Diese Session wurde schon veröffentlicht und kann nicht verworfen werden; setze ihren Status stattdessen auf abgesagt.',

  // Sponsors and editions
  'problem.sponsor_slug_taken': 'Ein anderer Sponsor dieser Ausgabe hat dieses Kürzel.',
  'problem.sponsor_tier_name_taken': 'Eine andere Stufe dieser Ausgabe hat diesen Namen.',
  'problem.sponsor_tier_not_found': 'Diese Stufe gibt es nicht mehr. Bitte die Seite neu laden.',
  'problem.sponsor_not_found': 'Diesen Sponsor gibt es nicht mehr. Bitte die Seite neu laden.',
  'problem.sponsor_tier_order_mismatch':
    'Die Stufen haben sich inzwischen geändert. Bitte die Seite neu laden und erneut sortieren.',
  'problem.logo_too_large':
    'Die Datei ist größer als 512 KB. Bitte ein kleineres Bild exportieren und erneut versuchen.',
  'problem.logo_type_not_allowed':
    'Diese Datei ist kein PNG-, JPEG-, WebP- oder SVG-Bild. Bitte das Logo in einem dieser Formate exportieren und erneut versuchen.',
  'problem.logo_svg_refused':
    'Dieses SVG lässt sich nicht sicher anzeigen (es deklariert einen DOCTYPE oder Entitäten, oder es ist kein SVG-Dokument). Bitte erneut als einfaches SVG oder als PNG exportieren.',
  'problem.logo_unreadable':
    'Das Bild konnte nicht gelesen werden; vielleicht ist es beschädigt oder abgeschnitten. Bitte neu exportieren und erneut versuchen.',
  'problem.logo_dimensions_not_allowed': 'Das Bild muss zwischen 1 und 4096 Pixel breit und hoch sein.',
  'problem.conference_slug_taken': 'Eine andere Ausgabe hat dieses Kürzel.',
  'problem.copy_source_not_found': 'Die Ausgabe, von der kopiert werden soll, gibt es nicht mehr.',

  // Tickets
  'problem.ticket_type_taken': 'Eine Ticketart mit diesem Kurznamen gibt es schon.',
  'problem.ticket_type_not_found': 'Diese Ticketart gibt es nicht mehr. Bitte die Seite neu laden.',
  'problem.ticket_not_found': 'Dieses Ticket gibt es nicht mehr. Bitte die Seite neu laden.',
  'problem.check_in_list_not_found': 'Diese Einlassliste gibt es nicht mehr. Bitte die Seite neu laden.',
  'problem.check_in_list_in_use': 'Auf dieser Liste wurden Tickets gescannt, daher bleibt sie.',
  'problem.ticket_type_has_tickets':
    'Tickets behalten ihre Ticketart, auch stornierte: Die Einlässe brauchen sie, um sie abzuweisen. Benenne die Ticketart stattdessen um oder verkaufe sie nicht mehr.',
  'problem.ticket_type_in_use':
    'Einlasslisten lassen nur diese Ticketart ein; ohne sie ließen sie jede Ticketart ein. Bearbeite zuerst diese Listen.',
  'problem.signing_keys_exhausted': 'Alle 255 Signaturschlüssel dieser Konferenz sind aufgebraucht.',
  'problem.ticket_import_invalid': 'Einige Zeilen sind ungültig; es wurde nichts importiert.',
};
