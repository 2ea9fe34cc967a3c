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

paysupport = Hilfe bei Zahlungen: Beschreib das Problem und nenn das Datum des Kaufs. Fehlgeschlagene Kreationen werden automatisch in Credits erstattet; eine Erstattung von Stars für ungenutzte Credits prüft ein Admin. Antworte einfach hier, wir melden uns bei dir.

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
