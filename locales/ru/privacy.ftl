# /export, /deletedata, /token и /broadcast.

## /export and /deletedata

privacy-private-only = 🔒 Ради твоей приватности это работает только в нашем личном чате.

export-caption = 📦 Всё, что я о тебе храню: профиль, состояние моего «разума», воспоминания (и закреплённые тоже), настроение по дням, история разговоров, журнал кредитов, платежи, генерации, команды и проекты, напоминания, вопросы «как дела» и дневник, голосовые ответы и настройки.

delete-confirm =
    ⚠️ Удалить все твои данные? Профиль, воспоминания, состояние «разума», история разговоров и генерации будут стёрты навсегда.

    Баланс кредитов, его журнал и записи о платежах звёздами Telegram сохранятся: это финансовые записи, они нужны для возвратов и споров по платежам и не содержат сообщений.

# Added below delete-confirm when the user owns teams that have other members.
# $count (number) — how many such teams.
delete-confirm-team-handover =
    { $count ->
        [one] 👥 Ты владеешь командой, в которой есть и другие участники: она перейдёт самому давнему администратору (если его нет — редактору, затем зрителю).
       *[other] 👥 Ты владеешь { $count } командами, в которых есть и другие участники: каждая перейдёт самому давнему администратору (если его нет — редактору, затем зрителю).
    }

# Added below delete-confirm when the user owns teams nobody else is in.
# $count (number) — how many such teams; $credits (number) — the credits left in their pools together.
delete-confirm-team-lone =
    { $count ->
        [one] 🗂 В одной из твоих команд, кроме тебя, никого нет: она будет удалена, а кредиты, оставшиеся в её общем счёте ({ $credits }), пропадут.
       *[other] 🗂 В { $count } твоих командах, кроме тебя, никого нет: они будут удалены, а кредиты, оставшиеся в их общих счетах ({ $credits }), пропадут.
    }

delete-button-confirm = Да, удалить всё

delete-not-yours = Эта кнопка не для тебя.

delete-busy-toast = Генерация ещё идёт.
delete-busy = ⏳ Одна из твоих генераций ещё идёт. Повтори /deletedata, когда она закончится.

delete-done-toast = Удалено.
delete-done = 🗑 Готово. Твои данные удалены. Если напишешь мне снова, начнём знакомство с нуля.

delete-cancelled-toast = Ничего не удалено.
delete-cancelled = Хорошо, ничего не удалено.

## /token and /broadcast

token-private-only = Ради твоей приватности запрашивай /token в личном чате.

token-issued =
    🔑 Твой токен для страницы статуса (действует { $minutes ->
        [one] { $minutes } минуту
        [few] { $minutes } минуты
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    }, никому его не показывай):

    { $token }

    Подключи WebSocket к { $wsUrl }?token=<token>
    или открой страницу: { $pageUrl }

broadcast-admins-only = Рассылать объявления могут только администраторы.

broadcast-usage = Использование: /broadcast <текст> — отправляет объявление всем клиентам страницы статуса.

broadcast-too-long =
    Объявление слишком длинное (не больше { $max ->
        [one] { $max } символа
       *[other] { $max } символов
    }).

broadcast-sent = 📣 Объявление отправлено всем клиентам страницы статуса.
