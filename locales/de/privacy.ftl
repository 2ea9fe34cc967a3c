# The user's own data: /export, /deletedata, /token and /broadcast.
# Informal "du"; currency word: Credit / Credits.

privacy-private-only = 🔒 Zum Schutz deiner Privatsphäre funktioniert das nur in unserem privaten Chat.

export-caption = 📦 Alles, was ich über dich speichere: Profil, innerer Zustand, Erinnerungen (auch die angehefteten), Stimmung pro Tag, Gesprächsverlauf, Credit-Buchungen, Zahlungen, Kreationen, Teams und Projekte, Erinnerungen und Nachfragen, Tagebuch, Sprachantworten und Einstellungen.

delete-confirm =
    ⚠️ Alle deine Daten löschen? Dein Profil, deine Erinnerungen, mein innerer Zustand, unser Gesprächsverlauf und deine Kreationen werden endgültig gelöscht.

    Dein Credit-Guthaben, seine Buchungen und die Belege deiner Zahlungen mit Telegram Stars bleiben erhalten: Das sind Finanzunterlagen, die für Erstattungen und Zahlungsstreitigkeiten nötig sind, und sie enthalten keine Nachrichten.

# Added below delete-confirm when the user owns teams that have other members.
# $count (number) — how many such teams.
delete-confirm-team-handover =
    { $count ->
        [one] 👥 Dir gehört ein Team, in dem noch andere sind: Es geht an das dienstälteste Admin-Mitglied (gibt es keins, an die dienstälteste Bearbeitung, dann an Lesende).
       *[other] 👥 Dir gehören { $count } Teams, in denen noch andere sind: Jedes geht an das dienstälteste Admin-Mitglied (gibt es keins, an die dienstälteste Bearbeitung, dann an Lesende).
    }

# Added below delete-confirm when the user owns teams nobody else is in.
# $count (number) — how many such teams; $credits (number) — the credits left in their pools together.
delete-confirm-team-lone =
    { $count ->
        [one] 🗂 In einem deiner Teams bist nur du: Es wird gelöscht, und die Credits, die noch in seiner Kasse sind ({ $credits }), verfallen.
       *[other] 🗂 In { $count } deiner Teams bist nur du: Sie werden gelöscht, und die Credits, die noch in ihren Kassen sind ({ $credits }), verfallen.
    }

delete-button-confirm = Ja, alles löschen

delete-not-yours = Dieser Button ist nicht für dich.

delete-busy-toast = Eine Kreation läuft noch.
delete-busy = ⏳ Eine deiner Kreationen läuft noch. Versuch /deletedata noch mal, wenn sie fertig ist.

delete-done-toast = Gelöscht.
delete-done = 🗑 Erledigt. Deine Daten wurden gelöscht. Wenn du mir wieder schreibst, fangen wir als Fremde an.

delete-cancelled-toast = Es wurde nichts gelöscht.
delete-cancelled = Okay, es wurde nichts gelöscht.

token-private-only = Zum Schutz deiner Privatsphäre frag mich nach /token bitte im privaten Chat.

token-issued =
    🔑 Dein Token für den Live-Status (gültig für { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    }, behalt es für dich):

    { $token }

    Verbinde einen WebSocket mit { $wsUrl }?token=<token>
    oder öffne die Live-Seite: { $pageUrl }

broadcast-admins-only = Nur Admins können Ankündigungen senden.

broadcast-usage = Verwendung: /broadcast <Text> – sendet eine Ankündigung an alle Live-Status-Clients.

broadcast-too-long = Diese Ankündigung ist zu lang (höchstens { $max } Zeichen).

broadcast-sent = 📣 Ankündigung an alle Live-Status-Clients gesendet.
