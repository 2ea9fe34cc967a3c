# Spanish (es): /deadletters (admins only). Telegram HTML: keep the tags.

dl-private-only = Por privacidad, pídeme /deadletters en un chat privado.

dl-empty = ✅ No hay actualizaciones fallidas: se procesaron todas.

dl-head = <b>☠️ Actualizaciones fallidas: { $total }</b> · página { $page }/{ $pages }

dl-explain = Actualizaciones que fallaron en todos los intentos. ↻ devuelve una a la cola y 🗑 la borra para siempre.

dl-button-replay = ↻ Reintentar { $n }
dl-button-drop = 🗑 Descartar { $n }

dl-gone = La actualización { $id } ya no está entre las fallidas: alguien ya se encargó de ella.
dl-replayed = ↻ La actualización { $id } volvió a la cola y se procesará de nuevo.
dl-dropped = 🗑 Actualización { $id } descartada.

## One dead letter in the list

dl-letter-head = <b>{ $n }.</b> actualización <code>{ $id }</code> · { $when }

dl-when = { $relative } ({ DATETIME($date, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit") } UTC)

dl-error-line =
    ⚠️ { $error } · { $tries ->
        [one] { $tries } intento
       *[other] { $tries } intentos
    }

dl-error-unknown = error desconocido

dl-sender = 👤 { $name }{ $handle } (<code>{ $id }</code>)
dl-sender-someone = alguien
dl-in-group = en 👥 { $title } (<code>{ $id }</code>)
dl-in-private = en un chat privado
dl-lane = cola <code>{ $lane }</code>

dl-kind-payment = ⭐ pago: { $amount }
dl-kind-refunded-payment = ↩️ pago reembolsado: { $amount }
dl-kind-command = ⌨️ comando: <code>{ $text }</code>
dl-kind-text = 💬 texto: «{ $text }»
dl-kind-media = 📎 { $media }{ $caption }
dl-kind-members = 👥 miembros que entraron o salieron
dl-kind-message = ✉️ mensaje
dl-kind-edited = ✏️ editado · { $line }
dl-kind-button = 🔘 pulsación de botón: <code>{ $data }</code>
dl-kind-checkout = 🧾 verificación de pago: { $amount }
dl-kind-membership = 👥 membresía: { $from } → { $to }
dl-kind-unreadable = ❓ actualización ilegible
dl-kind-other = ❓ { $kind }
