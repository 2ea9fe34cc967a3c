# /deadletters (только для администраторов). HTML-теги сохранены как в английском.

dl-private-only = Ради приватности запрашивай /deadletters в личном чате.

dl-empty = ✅ Мёртвых писем нет — все обновления обработаны.

dl-head = <b>☠️ Мёртвые письма: { $total }</b> · страница { $page }/{ $pages }

dl-explain = Обновления, которые не удалось обработать ни с одной попытки. ↻ возвращает обновление в очередь, 🗑 удаляет навсегда.

dl-button-replay = ↻ Повторить { $n }
dl-button-drop = 🗑 Удалить { $n }

dl-gone = Обновление { $id } уже не в мёртвых письмах — его кто-то обработал.
dl-replayed = ↻ Обновление { $id } снова в очереди и будет обработано ещё раз.
dl-dropped = 🗑 Обновление { $id } удалено.

## One dead letter in the list

dl-letter-head = <b>{ $n }.</b> обновление <code>{ $id }</code> · { $when }

dl-when = { $relative } ({ DATETIME($date, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit") } UTC)

dl-error-line =
    ⚠️ { $error } · { $tries ->
        [one] { $tries } попытка
        [few] { $tries } попытки
        [many] { $tries } попыток
       *[other] { $tries } попытки
    }

dl-error-unknown = неизвестная ошибка

dl-sender = 👤 { $name }{ $handle } (<code>{ $id }</code>)
dl-sender-someone = кто-то
dl-in-group = в 👥 { $title } (<code>{ $id }</code>)
dl-in-private = в личном чате
dl-lane = очередь <code>{ $lane }</code>

dl-kind-payment = ⭐ платёж: { $amount }
dl-kind-refunded-payment = ↩️ возвращённый платёж: { $amount }
dl-kind-command = ⌨️ команда: <code>{ $text }</code>
dl-kind-text = 💬 текст: «{ $text }»
dl-kind-media = 📎 { $media }{ $caption }
dl-kind-members = 👥 участники вошли или вышли
dl-kind-message = ✉️ сообщение
dl-kind-edited = ✏️ изменено · { $line }
dl-kind-button = 🔘 нажатие кнопки: <code>{ $data }</code>
dl-kind-checkout = 🧾 проверка оплаты: { $amount }
dl-kind-membership = 👥 участие: { $from } → { $to }
dl-kind-unreadable = ❓ нечитаемое обновление
dl-kind-other = ❓ { $kind }
