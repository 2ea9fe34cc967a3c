# Italian (it): /deadletters (admins only). Telegram HTML: keep the tags.

dl-private-only = Per privacy, chiedimi /deadletters in una chat privata.

dl-empty = ✅ Nessun aggiornamento fallito: sono stati gestiti tutti.

dl-head = <b>☠️ Aggiornamenti falliti: { $total }</b> · pagina { $page }/{ $pages }

dl-explain = Aggiornamenti falliti a ogni tentativo. ↻ ne rimette uno in coda, 🗑 lo elimina definitivamente.

dl-button-replay = ↻ Riprova { $n }
dl-button-drop = 🗑 Scarta { $n }

dl-gone = L'aggiornamento { $id } non è più tra quelli falliti: qualcuno l'ha già gestito.
dl-replayed = ↻ L'aggiornamento { $id } è di nuovo in coda e verrà rielaborato.
dl-dropped = 🗑 Aggiornamento { $id } scartato.

## One dead letter in the list

dl-letter-head = <b>{ $n }.</b> aggiornamento <code>{ $id }</code> · { $when }

dl-when = { $relative } ({ DATETIME($date, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit") } UTC)

dl-error-line =
    ⚠️ { $error } · { $tries ->
        [one] { $tries } tentativo
       *[other] { $tries } tentativi
    }

dl-error-unknown = errore sconosciuto

dl-sender = 👤 { $name }{ $handle } (<code>{ $id }</code>)
dl-sender-someone = qualcuno
dl-in-group = in 👥 { $title } (<code>{ $id }</code>)
dl-in-private = in una chat privata
dl-lane = coda <code>{ $lane }</code>

dl-kind-payment = ⭐ pagamento: { $amount }
dl-kind-refunded-payment = ↩️ pagamento rimborsato: { $amount }
dl-kind-command = ⌨️ comando: <code>{ $text }</code>
dl-kind-text = 💬 testo: «{ $text }»
dl-kind-media = 📎 { $media }{ $caption }
dl-kind-members = 👥 membri entrati o usciti
dl-kind-message = ✉️ messaggio
dl-kind-edited = ✏️ modificato · { $line }
dl-kind-button = 🔘 pressione di un pulsante: <code>{ $data }</code>
dl-kind-checkout = 🧾 verifica del pagamento: { $amount }
dl-kind-membership = 👥 stato del membro: { $from } → { $to }
dl-kind-unreadable = ❓ aggiornamento illeggibile
dl-kind-other = ❓ { $kind }
