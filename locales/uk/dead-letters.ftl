# /deadletters (лише для адміністраторів). HTML-теги збережено як в англійській.

dl-private-only = Заради приватності проси /deadletters в особистому чаті.

dl-empty = ✅ Мертвих листів немає — усі оновлення оброблено.

dl-head = <b>☠️ Мертві листи: { $total }</b> · сторінка { $page }/{ $pages }

dl-explain = Оновлення, які не вдалося обробити з жодної спроби. ↻ повертає оновлення в чергу, 🗑 видаляє назавжди.

dl-button-replay = ↻ Повторити { $n }
dl-button-drop = 🗑 Видалити { $n }

dl-gone = Оновлення { $id } уже не серед мертвих листів — його хтось обробив.
dl-replayed = ↻ Оновлення { $id } знову в черзі й буде оброблене ще раз.
dl-dropped = 🗑 Оновлення { $id } видалено.

## One dead letter in the list

dl-letter-head = <b>{ $n }.</b> оновлення <code>{ $id }</code> · { $when }

dl-when = { $relative } ({ DATETIME($date, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit") } UTC)

dl-error-line =
    ⚠️ { $error } · { $tries ->
        [one] { $tries } спроба
        [few] { $tries } спроби
        [many] { $tries } спроб
       *[other] { $tries } спроби
    }

dl-error-unknown = невідома помилка

dl-sender = 👤 { $name }{ $handle } (<code>{ $id }</code>)
dl-sender-someone = хтось
dl-in-group = у 👥 { $title } (<code>{ $id }</code>)
dl-in-private = в особистому чаті
dl-lane = черга <code>{ $lane }</code>

dl-kind-payment = ⭐ платіж: { $amount }
dl-kind-refunded-payment = ↩️ повернений платіж: { $amount }
dl-kind-command = ⌨️ команда: <code>{ $text }</code>
dl-kind-text = 💬 текст: «{ $text }»
dl-kind-media = 📎 { $media }{ $caption }
dl-kind-members = 👥 учасники приєдналися або вийшли
dl-kind-message = ✉️ повідомлення
dl-kind-edited = ✏️ змінено · { $line }
dl-kind-button = 🔘 натискання кнопки: <code>{ $data }</code>
dl-kind-checkout = 🧾 перевірка оплати: { $amount }
dl-kind-membership = 👥 членство: { $from } → { $to }
dl-kind-unreadable = ❓ нечитабельне оновлення
dl-kind-other = ❓ { $kind }
