# /export, /deletedata, /token і /broadcast.

## /export and /deletedata

privacy-private-only = 🔒 Заради твоєї приватності це працює лише в нашому особистому чаті.

export-caption = 📦 Усе, що я про тебе зберігаю: профіль, стан мого «розуму», спогади (і закріплені теж), настрій по днях, історія розмов, журнал кредитів, платежі, генерації, команди й проєкти, нагадування, запитання «як ти» і щоденник, голосові відповіді та налаштування.

delete-confirm =
    ⚠️ Видалити всі твої дані? Профіль, спогади, стан «розуму», історію розмов і генерації буде стерто назавжди.

    Баланс кредитів, його журнал і записи про платежі зірками Telegram збережуться: це фінансові записи, вони потрібні для повернень і суперечок щодо платежів і не містять повідомлень.

# Added below delete-confirm when the user owns teams that have other members.
# $count (number) — how many such teams.
delete-confirm-team-handover =
    { $count ->
        [one] 👥 Ти власник команди, у якій є й інші учасники: вона перейде найдавнішому адміністраторові (якщо його немає — редакторові, потім глядачеві).
       *[other] 👥 Ти власник { $count } команд, у яких є й інші учасники: кожна перейде найдавнішому адміністраторові (якщо його немає — редакторові, потім глядачеві).
    }

# Added below delete-confirm when the user owns teams nobody else is in.
# $count (number) — how many such teams; $credits (number) — the credits left in their pools together.
delete-confirm-team-lone =
    { $count ->
        [one] 🗂 В одній із твоїх команд, окрім тебе, нікого немає: її буде видалено, а кредити, що лишилися в її спільному рахунку ({ $credits }), пропадуть.
       *[other] 🗂 У { $count } твоїх командах, окрім тебе, нікого немає: їх буде видалено, а кредити, що лишилися в їхніх спільних рахунках ({ $credits }), пропадуть.
    }

delete-button-confirm = Так, видалити все

delete-not-yours = Ця кнопка не для тебе.

delete-busy-toast = Генерація ще триває.
delete-busy = ⏳ Одна з твоїх генерацій ще триває. Повтори /deletedata, коли вона завершиться.

delete-done-toast = Видалено.
delete-done = 🗑 Готово. Твої дані видалено. Якщо напишеш мені знову, почнемо знайомство з нуля.

delete-cancelled-toast = Нічого не видалено.
delete-cancelled = Гаразд, нічого не видалено.

## /token and /broadcast

token-private-only = Заради твоєї приватності проси /token в особистому чаті.

token-issued =
    🔑 Твій токен для сторінки статусу (діє { $minutes ->
        [one] { $minutes } хвилину
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    }, нікому його не показуй):

    { $token }

    Під'єднай WebSocket до { $wsUrl }?token=<token>
    або відкрий сторінку: { $pageUrl }

broadcast-admins-only = Розсилати оголошення можуть лише адміністратори.

broadcast-usage = Використання: /broadcast <текст> — надсилає оголошення всім клієнтам сторінки статусу.

broadcast-too-long =
    Оголошення задовге (не більше { $max ->
        [one] { $max } символу
       *[other] { $max } символів
    }).

broadcast-sent = 📣 Оголошення надіслано всім клієнтам сторінки статусу.
