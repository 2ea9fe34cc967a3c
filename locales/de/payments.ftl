# Credits and Telegram Stars: /buy, invoices, receipts, /paysupport, /terms, admin commands.
# Informal "du"; currency word: Credit / Credits.
# pack-title: at most 32 characters; invoice-description: at most 255.

buy-choose =
    Du hast { $balance ->
        [one] { $balance } Credit
       *[other] { $balance } Credits
    }. Wähl ein Paket (bezahlt wird mit Telegram Stars):

pack-title =
    { $credits ->
        [one] { $credits } Credit
       *[other] { $credits } Credits
    }

buy-pack-button = { $title } – { $stars } ⭐

invoice-description =
    { $credits ->
        [one] { $credits } Velro-Credit
       *[other] { $credits } Velro-Credits
    } für Bilder und Videos. Fehlgeschlagene Kreationen werden in Credits erstattet.

checkout-offer-expired = Dieses Angebot ist nicht mehr verfügbar. Nutze bitte noch einmal /buy.
checkout-not-yours = Diese Rechnung wurde für jemand anderen erstellt.
checkout-price-changed = Der Preis hat sich geändert. Nutze bitte noch einmal /buy.

pay-thanks =
    ⭐ Danke! { $credits ->
        [one] { $credits } Credit
       *[other] { $credits } Credits
    } gutgeschrieben – du hast jetzt { $balance }.

pay-unmatched = Danke! Ich konnte diese Zahlung keinem Paket zuordnen – schreib bitte /paysupport.

pay-refunded =
    Deine Stars wurden erstattet; { $credits ->
        [one] { $credits } Credit wurde
       *[other] { $credits } Credits wurden
    } wieder abgezogen.

terms =
    Die Bedingungen in Kürze:
    • Credits werden mit Telegram Stars gekauft und für Bild- und Videokreationen zu den Preisen ausgegeben, die /models anzeigt.
    • Eine Kreation, die fehlschlägt, abgebrochen oder vom Sicherheitsfilter eines Modells abgelehnt wird, kostet nichts: Die Credits dafür werden automatisch zurückerstattet.
    • Credits verfallen nicht und können nicht in Geld umgetauscht werden. Ungenutzte Käufe können über /paysupport erstattet werden.
    • Bitte fordere keine Inhalte an, die illegal sind oder gegen die Richtlinien von Telegram oder der Modelle verstoßen.

grant-usage = Verwendung: /grant <User-ID> <Credits> (negativ zum Abziehen)

grant-done = Erledigt: { $amount } Credits für { $user }; Guthaben { $balance }.

refund-usage = Verwendung: /refund <Telegram-Payment-Charge-ID> (keine solche Zahlung gefunden)

refund-done =
    { $stars } ⭐ an { $user } erstattet; { $reversed } von { $credits } Credits zurückgebucht{ $already ->
        [yes] {" "}(schon früher zurückgebucht)
       *[no] {""}
    }.

stats-jobs = Aufträge: { $jobs }
stats-jobs-none = Aufträge: keine
stats-payments = Zahlungen: { $payments } ({ $stars } ⭐), erstattet: { $refunded }
stats-accounts = Credit-Konten: { $accounts }, ausstehende Credits: { $outstanding }
stats-ledger-ok = Kontenabgleich: OK
stats-ledger-mismatch =
    Kontenabgleich: { $count ->
        [one] { $count } Abweichung
       *[other] { $count } Abweichungen
    }!
stats-dead-letters =
    Dead Letters: { $count }{ $count ->
        [0] {""}
       *[other] {" "}(siehe /deadletters)
    }

## Payment support

support-ask =
    🛟 Hilfe bei Zahlungen: Erzähl mir in deiner nächsten Nachricht, was schiefgelaufen ist — was du gekauft hast, wann und was passiert ist. Ein Screenshot hilft auch (mit Bildunterschrift).
    Sie geht direkt an einen Menschen aus unserem Team, nicht an die KI. Fehlgeschlagene Kreationen werden automatisch in Credits erstattet, danach musst du also nicht fragen.
support-in-private = Zahlungsfragen sind privat: Schick mir /paysupport bitte in unserem privaten Chat.
support-unavailable = Tut mir leid — für diesen Bot kümmert sich noch niemand um Zahlungsfragen, deshalb kann ich deine Nachricht nicht weitergeben. Versuch es bitte später noch einmal.
support-cancel-button = ✖ Abbrechen
support-cancelled = Alles klar, abgebrochen — es wurde nichts gesendet.
support-unsupported = Ich kann Text, Fotos und Dokumente weitergeben. Beschreib es bitte in einer Nachricht — ein Screenshot mit Bildunterschrift geht auch.
support-received = ✅ Danke — Anfrage #{ $ticket } liegt jetzt bei unserem Team. Ein Mensch antwortet dir direkt hier in diesem Chat.
support-added = ✅ Zu deiner Anfrage #{ $ticket } hinzugefügt. Wir antworten dir hier.

## What the admins see

support-ticket-card =
    🛟 Zahlungsanfrage #{ $ticket }
    Von: { $name } · ID <code>{ $id }</code> · Sprache: { $language }
    Letzte Zahlungen mit Stars:
support-ticket-payment =
    • <code>{ $charge }</code> — { $stars } ⭐ · Credits: { $credits } · { DATETIME($date, year: "numeric", month: "2-digit", day: "2-digit") }{ $refunded ->
        [yes] {" "}· erstattet
       *[no] {""}
    }
support-ticket-no-payments = • noch keine
support-ticket-hint = Zum Antworten auf „Antworten“ tippen oder auf diese Nachricht antworten. /refund braucht die Zahlungs-ID.
support-ticket-followup = 💬 Anfrage #{ $ticket } — { $name } (ID <code>{ $id }</code>) schreibt:
support-reply-button = ✍️ Antworten
support-close-button = ✅ Schließen
support-reply-ask = ✍️ Schreib deine Antwort auf Anfrage #{ $ticket } in deiner nächsten Nachricht. Sie geht so an den Nutzer, wie du sie schreibst (ein Foto oder Dokument geht auch).
support-reply-sent = ✅ Dem Nutzer zugestellt (Anfrage #{ $ticket }).
support-reply-blocked = ⚠️ Nicht zugestellt: Der Nutzer hat den Bot blockiert (Anfrage #{ $ticket }).
support-closed-toast = Anfrage #{ $ticket } ist geschlossen.

## What the user sees of the answers

support-answer-head = 💬 Unser Support-Team hat geantwortet (Anfrage #{ $ticket }):
support-answer-button = ✍️ Antworten
support-answer-ask = ✍️ Schreib deine Antwort in deiner nächsten Nachricht — sie geht mit Anfrage #{ $ticket } an unser Team.
support-closed-user = ✅ Deine Zahlungsanfrage #{ $ticket } ist geschlossen. Wenn noch etwas ist, schick einfach /paysupport — wir sind für dich da.
support-receipt-charge = Zahlungs-ID (für Erstattungen und /paysupport): <code>{ $charge }</code>
