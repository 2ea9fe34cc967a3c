# Кредиты и звёзды Telegram. Название пакета — не длиннее 32 символов, описание счёта — 255.

## /buy and the invoice

buy-choose =
    У тебя { $balance ->
        [one] { $balance } кредит
        [few] { $balance } кредита
        [many] { $balance } кредитов
       *[other] { $balance } кредита
    }. Выбери пакет (оплата звёздами Telegram):

pack-title =
    { $credits ->
        [one] { $credits } кредит
        [few] { $credits } кредита
        [many] { $credits } кредитов
       *[other] { $credits } кредита
    }

buy-pack-button = { $title } — { $stars } ⭐

invoice-description =
    { $credits ->
        [one] { $credits } кредит Velro
        [few] { $credits } кредита Velro
        [many] { $credits } кредитов Velro
       *[other] { $credits } кредита Velro
    } на картинки и видео. За неудавшиеся генерации кредиты возвращаются.

checkout-offer-expired = Это предложение больше не действует. Воспользуйся /buy ещё раз.
checkout-not-yours = Этот счёт выставлен другому человеку.
checkout-price-changed = Цена изменилась. Воспользуйся /buy ещё раз.

## After paying

pay-thanks =
    ⭐ Спасибо! Начислено { $credits ->
        [one] { $credits } кредит
        [few] { $credits } кредита
        [many] { $credits } кредитов
       *[other] { $credits } кредита
    } — теперь у тебя { $balance }.

pay-unmatched = Спасибо! Не получилось сопоставить этот платёж с пакетом — напиши, пожалуйста, в /paysupport.

pay-refunded =
    Звёзды возвращены, а с баланса { $credits ->
        [one] списан { $credits } кредит
        [few] списано { $credits } кредита
        [many] списано { $credits } кредитов
       *[other] списано { $credits } кредита
    }.

## /paysupport and /terms

paysupport = Помощь с оплатой: опиши проблему и укажи дату покупки. За неудавшиеся генерации кредиты возвращаются автоматически; запрос на возврат звёзд за неиспользованные кредиты рассматривает администратор. Ответь здесь — и мы с тобой свяжемся.

terms =
    Условия вкратце:
    • Кредиты покупаются за звёзды Telegram и тратятся на создание картинок и видео по ценам из /models.
    • Генерация, которая не удалась, была отменена или отклонена фильтром безопасности модели, ничего не стоит: кредиты возвращаются автоматически.
    • Кредиты не сгорают и не обмениваются на деньги. Неиспользованные покупки можно вернуть через /paysupport.
    • Не проси контент, который нарушает закон или правила Telegram и моделей.

## Admins only: /grant, /refund, /stats

grant-usage = Использование: /grant <id пользователя> <кредиты> (отрицательное число — списать)

grant-done = Готово: { $amount } кр. для { $user }; баланс { $balance }.

refund-usage = Использование: /refund <telegram payment charge id> (такой платёж не найден)

refund-done =
    Возвращено { $stars } ⭐ пользователю { $user }; списано { $reversed } из { $credits ->
        [one] { $credits } кредита
       *[other] { $credits } кредитов
    }{ $already ->
        [yes] {" "}(уже были списаны раньше)
       *[no] {""}
    }.

stats-jobs = Генерации: { $jobs }
stats-jobs-none = Генерации: нет
stats-payments = Платежи: { $payments } ({ $stars } ⭐), возвратов: { $refunded }
stats-accounts = Счетов с кредитами: { $accounts }, кредитов на балансах: { $outstanding }
stats-ledger-ok = Сверка журнала: OK
stats-ledger-mismatch = Сверка журнала: расхождений — { $count }!
stats-dead-letters =
    Мёртвые письма: { $count }{ $count ->
        [0] {""}
       *[other] {" "}(см. /deadletters)
    }
