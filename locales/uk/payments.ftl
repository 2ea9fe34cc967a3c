# Кредити та зірки Telegram. Назва пакета — не довша за 32 символи, опис рахунку — 255.

## /buy and the invoice

buy-choose =
    У тебе { $balance ->
        [one] { $balance } кредит
        [few] { $balance } кредити
        [many] { $balance } кредитів
       *[other] { $balance } кредиту
    }. Обери пакет (оплата зірками Telegram):

pack-title =
    { $credits ->
        [one] { $credits } кредит
        [few] { $credits } кредити
        [many] { $credits } кредитів
       *[other] { $credits } кредиту
    }

buy-pack-button = { $title } — { $stars } ⭐

invoice-description =
    { $credits ->
        [one] { $credits } кредит Velro
        [few] { $credits } кредити Velro
        [many] { $credits } кредитів Velro
       *[other] { $credits } кредиту Velro
    } на зображення й відео. За невдалі генерації кредити повертаються.

checkout-offer-expired = Ця пропозиція більше не діє. Скористайся /buy ще раз.
checkout-not-yours = Цей рахунок виставлено іншій людині.
checkout-price-changed = Ціна змінилася. Скористайся /buy ще раз.

## After paying

pay-thanks =
    ⭐ Дякую! Нараховано { $credits ->
        [one] { $credits } кредит
        [few] { $credits } кредити
        [many] { $credits } кредитів
       *[other] { $credits } кредиту
    } — тепер у тебе { $balance }.

pay-unmatched = Дякую! Не вдалося зіставити цей платіж із пакетом — напиши, будь ласка, у /paysupport.

pay-refunded =
    Зірки повернено, а з балансу списано { $credits ->
        [one] { $credits } кредит
        [few] { $credits } кредити
        [many] { $credits } кредитів
       *[other] { $credits } кредиту
    }.

## /paysupport and /terms

terms =
    Умови коротко:
    • Кредити купуються за зірки Telegram і витрачаються на створення зображень і відео за цінами з /models.
    • Генерація, яка не вдалася, була скасована або відхилена фільтром безпеки моделі, нічого не коштує: кредити повертаються автоматично.
    • Кредити не згорають і не обмінюються на гроші. Невикористані покупки можна повернути через /paysupport.
    • Не проси контент, який порушує закон або правила Telegram і моделей.

## Admins only: /grant, /refund, /stats

grant-usage = Використання: /grant <id користувача> <кредити> (від'ємне число — списати)

grant-done = Готово: { $amount } кр. для { $user }; баланс { $balance }.

refund-usage = Використання: /refund <telegram payment charge id> (такого платежу не знайдено)

refund-done =
    Повернено { $stars } ⭐ користувачу { $user }; списано { $reversed } з { $credits ->
        [one] { $credits } кредиту
       *[other] { $credits } кредитів
    }{ $already ->
        [yes] {" "}(уже були списані раніше)
       *[no] {""}
    }.

stats-jobs = Генерації: { $jobs }
stats-jobs-none = Генерації: немає
stats-payments = Платежі: { $payments } ({ $stars } ⭐), повернень: { $refunded }
stats-accounts = Рахунків із кредитами: { $accounts }, кредитів на балансах: { $outstanding }
stats-ledger-ok = Звірка журналу: OK
stats-ledger-mismatch = Звірка журналу: розбіжностей — { $count }!
stats-dead-letters =
    Мертві листи: { $count }{ $count ->
        [0] {""}
       *[other] {" "}(див. /deadletters)
    }

## Payment support

support-ask =
    🛟 Допомога з оплатою: розкажи наступним повідомленням, що сталося — що ти купував(-ла), коли і що пішло не так. Скриншот теж знадобиться (додай до нього підпис).
    Повідомлення потрапить до живої людини з нашої команди, а не до ШІ. За невдалі генерації кредити повертаються автоматично — про них писати не треба.
support-in-private = Питання про оплату — справа особиста: напиши мені /paysupport в особистому чаті.
support-unavailable = Вибач — у цього бота поки ніхто не відповідає на питання про оплату, тож я не можу передати твоє повідомлення. Спробуй, будь ласка, пізніше.
support-cancel-button = ✖ Скасувати
support-cancelled = Гаразд, скасовано — нічого не надіслано.
support-unsupported = Я можу передати текст, фото й документи. Опиши, будь ласка, усе повідомленням — скриншот із підписом теж підійде.
support-received = ✅ Дякуємо — звернення №{ $ticket } вже в нашої команди. Жива людина відповість тобі просто тут, у цьому чаті.
support-added = ✅ Додано до твого звернення №{ $ticket }. Відповімо тут.

## What the admins see

support-ticket-card =
    🛟 Звернення щодо оплати №{ $ticket }
    Від: { $name } · id <code>{ $id }</code> · мова: { $language }
    Останні платежі зірками:
support-ticket-payment =
    • <code>{ $charge }</code> — { $stars } ⭐ · кредитів: { $credits } · { DATETIME($date, year: "numeric", month: "2-digit", day: "2-digit") }{ $refunded ->
        [yes] {" "}· повернено
       *[no] {""}
    }
support-ticket-no-payments = • поки немає
support-ticket-hint = Щоб відповісти, натисни «Відповісти» або відповідай на це повідомлення. /refund приймає id платежу.
support-ticket-followup = 💬 Звернення №{ $ticket } — { $name } (id <code>{ $id }</code>) пише:
support-reply-button = ✍️ Відповісти
support-close-button = ✅ Закрити
support-reply-ask = ✍️ Напиши відповідь на звернення №{ $ticket } наступним повідомленням. Вона піде користувачеві саме так, як ти її напишеш (можна й фото чи документ).
support-reply-sent = ✅ Доставлено користувачеві (звернення №{ $ticket }).
support-reply-blocked = ⚠️ Не доставлено: користувач заблокував бота (звернення №{ $ticket }).
support-closed-toast = Звернення №{ $ticket } закрито.

## What the user sees of the answers

support-answer-head = 💬 Відповідь нашої підтримки (звернення №{ $ticket }):
support-answer-button = ✍️ Відповісти
support-answer-ask = ✍️ Напиши відповідь наступним повідомленням — вона піде нашій команді у звернення №{ $ticket }.
support-closed-user = ✅ Твоє звернення щодо оплати №{ $ticket } закрито. Якщо з'явиться ще щось, просто надішли /paysupport — ми поруч.
support-receipt-charge = Номер платежу (для повернення та /paysupport): <code>{ $charge }</code>
