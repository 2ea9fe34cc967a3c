# /deadletters (admins only). Sent as Telegram HTML: tags kept as in English.
# Informal "du"; currency word: Credit / Credits.

dl-private-only = Aus Datenschutzgründen frag mich nach /deadletters bitte im privaten Chat.

dl-empty = ✅ Keine Dead Letters – jedes Update wurde verarbeitet.

dl-head = <b>☠️ Dead Letters: { $total }</b> · Seite { $page }/{ $pages }

dl-explain = Updates, die bei jedem Versuch fehlgeschlagen sind. ↻ stellt eines zurück in die Warteschlange, 🗑 löscht es endgültig.

dl-button-replay = ↻ Erneut { $n }
dl-button-drop = 🗑 Löschen { $n }

dl-gone = Update { $id } ist kein Dead Letter mehr – jemand hat es schon erledigt.
dl-replayed = ↻ Update { $id } ist wieder in der Warteschlange und wird erneut verarbeitet.
dl-dropped = 🗑 Update { $id } gelöscht.

dl-letter-head = <b>{ $n }.</b> Update <code>{ $id }</code> · { $when }

dl-when = { $relative } ({ DATETIME($date, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit") } UTC)

dl-error-line =
    ⚠️ { $error } · { $tries ->
        [one] { $tries } Versuch
       *[other] { $tries } Versuche
    }

dl-error-unknown = unbekannter Fehler

dl-sender = 👤 { $name }{ $handle } (<code>{ $id }</code>)
dl-sender-someone = jemand
dl-in-group = in 👥 { $title } (<code>{ $id }</code>)
dl-in-private = im privaten Chat
dl-lane = Spur <code>{ $lane }</code>

dl-kind-payment = ⭐ Zahlung: { $amount }
dl-kind-refunded-payment = ↩️ erstattete Zahlung: { $amount }
dl-kind-command = ⌨️ Befehl: <code>{ $text }</code>
dl-kind-text = 💬 Text: „{ $text }“
dl-kind-media = 📎 { $media }{ $caption }
dl-kind-members = 👥 Mitglieder beigetreten oder ausgetreten
dl-kind-message = ✉️ Nachricht
dl-kind-edited = ✏️ bearbeitet · { $line }
dl-kind-button = 🔘 Button gedrückt: <code>{ $data }</code>
dl-kind-checkout = 🧾 Bezahlvorgang: { $amount }
dl-kind-membership = 👥 Mitgliedschaft: { $from } → { $to }
dl-kind-unreadable = ❓ unlesbares Update
dl-kind-other = ❓ { $kind }
