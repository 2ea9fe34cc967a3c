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

## Payment support

support-ask =
    🛟 Помощь с оплатой: расскажи следующим сообщением, что случилось — что ты покупал(а), когда и что пошло не так. Скриншот тоже пригодится (добавь к нему подпись).
    Сообщение попадёт к живому человеку из нашей команды, а не к ИИ. За неудавшиеся генерации кредиты возвращаются автоматически — о них писать не нужно.
support-in-private = Вопросы об оплате — дело личное: напиши мне /paysupport в личном чате.
support-unavailable = Извини — у этого бота пока никто не отвечает на вопросы об оплате, поэтому я не могу передать твоё сообщение. Попробуй, пожалуйста, позже.
support-cancel-button = ✖ Отмена
support-cancelled = Хорошо, отменено — ничего не отправлено.
support-unsupported = Я могу передать текст, фото и документы. Опиши, пожалуйста, всё сообщением — скриншот с подписью тоже подойдёт.
support-received = ✅ Спасибо — обращение №{ $ticket } уже у нашей команды. Живой человек ответит тебе прямо здесь, в этом чате.
support-added = ✅ Добавлено к твоему обращению №{ $ticket }. Ответим здесь.

## What the admins see

support-ticket-card =
    🛟 Обращение по оплате №{ $ticket }
    От: { $name } · id <code>{ $id }</code> · язык: { $language }
    Последние платежи звёздами:
support-ticket-payment =
    • <code>{ $charge }</code> — { $stars } ⭐ · кредитов: { $credits } · { DATETIME($date, year: "numeric", month: "2-digit", day: "2-digit") }{ $refunded ->
        [yes] {" "}· возвращён
       *[no] {""}
    }
support-ticket-no-payments = • пока нет
support-ticket-hint = Чтобы ответить, нажми «Ответить» или ответь на это сообщение. /refund принимает id платежа.
support-ticket-followup = 💬 Обращение №{ $ticket } — { $name } (id <code>{ $id }</code>) пишет:
support-reply-button = ✍️ Ответить
support-close-button = ✅ Закрыть
support-reply-ask = ✍️ Напиши ответ на обращение №{ $ticket } следующим сообщением. Он уйдёт пользователю в том виде, в каком ты его напишешь (можно и фото или документ).
support-reply-sent = ✅ Доставлено пользователю (обращение №{ $ticket }).
support-reply-blocked = ⚠️ Не доставлено: пользователь заблокировал бота (обращение №{ $ticket }).
support-closed-toast = Обращение №{ $ticket } закрыто.

## What the user sees of the answers

support-answer-head = 💬 Ответ нашей поддержки (обращение №{ $ticket }):
support-answer-button = ✍️ Ответить
support-answer-ask = ✍️ Напиши ответ следующим сообщением — он уйдёт нашей команде в обращение №{ $ticket }.
support-closed-user = ✅ Твоё обращение по оплате №{ $ticket } закрыто. Если появится что-то ещё, просто отправь /paysupport — мы рядом.
support-receipt-charge = Номер платежа (для возврата и /paysupport): <code>{ $charge }</code>
