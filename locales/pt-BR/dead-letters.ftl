# Brazilian Portuguese (pt-BR): /deadletters (admins only). Telegram HTML: keep the tags.

dl-private-only = Por privacidade, peça /deadletters em um chat privado comigo.

dl-empty = ✅ Nenhuma atualização com falha — todas foram processadas.

dl-head = <b>☠️ Atualizações com falha: { $total }</b> · página { $page }/{ $pages }

dl-explain = Atualizações que falharam em todas as tentativas. ↻ coloca uma de volta na fila, 🗑 apaga de vez.

dl-button-replay = ↻ Repetir { $n }
dl-button-drop = 🗑 Descartar { $n }

dl-gone = A atualização { $id } não está mais com falha — alguém já cuidou dela.
dl-replayed = ↻ A atualização { $id } voltou para a fila e será processada de novo.
dl-dropped = 🗑 Atualização { $id } descartada.

## One dead letter in the list

dl-letter-head = <b>{ $n }.</b> atualização <code>{ $id }</code> · { $when }

dl-when = { $relative } ({ DATETIME($date, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit") } UTC)

dl-error-line =
    ⚠️ { $error } · { $tries ->
        [0] { $tries } tentativas
        [one] { $tries } tentativa
       *[other] { $tries } tentativas
    }

dl-error-unknown = erro desconhecido

dl-sender = 👤 { $name }{ $handle } (<code>{ $id }</code>)
dl-sender-someone = alguém
dl-in-group = em 👥 { $title } (<code>{ $id }</code>)
dl-in-private = em um chat privado
dl-lane = fila <code>{ $lane }</code>

dl-kind-payment = ⭐ pagamento: { $amount }
dl-kind-refunded-payment = ↩️ pagamento reembolsado: { $amount }
dl-kind-command = ⌨️ comando: <code>{ $text }</code>
dl-kind-text = 💬 texto: “{ $text }”
dl-kind-media = 📎 { $media }{ $caption }
dl-kind-members = 👥 membros entraram ou saíram
dl-kind-message = ✉️ mensagem
dl-kind-edited = ✏️ editada · { $line }
dl-kind-button = 🔘 toque em botão: <code>{ $data }</code>
dl-kind-checkout = 🧾 verificação de pagamento: { $amount }
dl-kind-membership = 👥 participação: { $from } → { $to }
dl-kind-unreadable = ❓ atualização ilegível
dl-kind-other = ❓ { $kind }
