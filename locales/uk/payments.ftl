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

paysupport = Допомога з оплатою: опиши проблему й вкажи дату покупки. За невдалі генерації кредити повертаються автоматично; запит на повернення зірок за невикористані кредити розглядає адміністратор. Відповідай тут — і ми з тобою зв'яжемося.

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
