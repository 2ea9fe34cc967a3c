### Команды (участники с ролями и общим запасом кредитов) и проекты (подборки работ).

## Роли

team-role-owner = владелец
team-role-admin = админ
team-role-editor = редактор
team-role-viewer = зритель

## /team

team-help =
    👥 <b>Команды</b> делят общий запас кредитов и проекты — для семьи, друзей и маленьких студий.

    /team new &lt;название&gt; — создать команду (ты станешь владельцем)
    /team invite [editor|viewer|admin] [сколько человек] — ссылка-приглашение
    /team — твоя команда, участники и кредиты
    /team topup &lt;кредиты&gt; — перевести свои кредиты в общий запас
    /team cap &lt;участник&gt; &lt;кредиты|off&gt; — месячный лимит участника
    /team role &lt;участник&gt; &lt;роль&gt;, /team remove &lt;участник&gt;, /team leave
    /team transfer &lt;участник&gt;, /team rename &lt;название&gt;, /team delete
    /team use &lt;название&gt; — выбрать, с какой из твоих команд работают эти команды
    /team link — в группе: работы участников здесь оплачивает команда
    /team revoke [номер|all], /team log
team-created = 🎉 Команда <b>{ $team }</b> готова, ты её владелец. Приглашай людей через /team invite, а запас пополняй через /team topup или /buy.
team-overview-title = 👥 <b>{ $team }</b> · твоя роль: { $role }
team-overview-pool = 💰 Общий запас: { $credits ->
        [one] { $credits } кредит
        [few] { $credits } кредита
        [many] { $credits } кредитов
       *[other] { $credits } кредита
    }
team-overview-no-cap = 🎚 У тебя нет месячного лимита · потрачено в этом месяце: { $spent }
team-overview-cap = 🎚 Твой месячный лимит: { $cap } · потрачено в этом месяце: { $spent }
team-overview-members = { $count ->
        [one] { $count } участник:
        [few] { $count } участника:
        [many] { $count } участников:
       *[other] { $count } участника:
    }
team-member-line = • { $name } — { $role }
team-member-line-cap = • { $name } — { $role } · лимит { $cap } в месяц
team-balance-line = 👥 { $team } (твоя роль: { $role }): в общем запасе { $credits ->
        [one] { $credits } кредит
        [few] { $credits } кредита
        [many] { $credits } кредитов
       *[other] { $credits } кредита
    }

## Приглашения

team-invite-usage = Пригласить можно редактором, зрителем или админом: /team invite editor (добавь число, чтобы по одной ссылке могли войти несколько человек: /team invite viewer 5).
team-invite-created =
    🔗 Приглашение в <b>{ $team }</b> с ролью «{ $role }»:
    { $link }

    { $uses ->
        [one] По ссылке может войти { $uses } человек
        [few] По ссылке могут войти до { $uses } человек
       *[other] По ссылке могут войти до { $uses } человек
    } до { DATETIME($expires, month: "short", day: "numeric", hour: "2-digit", minute: "2-digit") } (UTC). Делись ею только с теми, кому доверяешь — /team revoke { $id } отменит её.
team-invites-none = У <b>{ $team }</b> нет открытых приглашений.
team-invites-title = 🔗 Открытые приглашения <b>{ $team }</b> (/team revoke &lt;номер&gt; или /team revoke all):
team-invite-line = #{ $id } · { $role } · использовано { $uses }/{ $max } · до { DATETIME($expires, month: "short", day: "numeric") }
team-revoke-usage = Отправь /team revoke с номером приглашения (список — в /team revoke) или /team revoke all.
team-revoked = { $count ->
        [0] Открытых приглашений для отмены не было.
        [one] Готово: эта ссылка-приглашение больше не работает.
        [few] Готово: { $count } ссылки-приглашения больше не работают.
       *[other] Готово: { $count } ссылок-приглашений больше не работают.
    }
team-joined = 🎉 Добро пожаловать в <b>{ $team }</b>! Твоя роль: { $role }. /team покажет команду; в её группе твои работы оплачиваются из общего запаса.

## Участники

team-role-usage = Укажи участника и роль: /team role @имя editor (или ответь на его сообщение командой /team role viewer). Роли: admin, editor, viewer.
team-role-changed = ✅ { $name } теперь { $role }.
team-removed = ✅ { $name } больше не в <b>{ $team }</b>.
team-left = 👋 Ты вышел(-ла) из <b>{ $team }</b>.
team-owner-changed = 🔑 Теперь <b>{ $team }</b> владеет { $name }; ты остаёшься админом.
team-renamed = ✏️ <b>{ $from }</b> теперь называется <b>{ $team }</b>.
team-in-use = 👥 Команды /team и /project теперь работают с <b>{ $team }</b>.

## Кредиты

team-topped-up = 💰 В общий запас <b>{ $team }</b> переведено { $credits } — теперь там { $pool }. Твой собственный баланс: { $balance }.
team-cap-usage = Укажи участника и месячный лимит в кредитах: /team cap @имя 300 — или /team cap @имя off, чтобы снять лимит.
team-cap-set = 🎚 Теперь { $name } может тратить из общего запаса до { $cap } кредитов в месяц.
team-cap-off = 🎚 У { $name } больше нет месячного лимита.

## Группы

team-link-group-admins = Привязать группу к команде могут только админы группы: от этого зависит, кто платит за работы всех участников.
team-linked = 🔗 Группа привязана к <b>{ $team }</b>. /imagine, /video и /edit участников здесь оплачиваются из общего запаса (в пределах их месячных лимитов) и попадают в проект <b>{ $project }</b>. /team link off — отменить.
team-unlinked = Группа больше не привязана к <b>{ $team }</b>: здесь снова каждый платит своими кредитами.

## Удаление

team-delete-confirm = ⚠️ Удалить <b>{ $team }</b>? Участники, приглашения и привязки групп исчезнут, а кредиты из общего запаса вернутся к тебе. Отменить это нельзя.
team-delete-confirm-button = 🗑 Удалить команду
team-delete-cancel-button = Оставить
team-deleted = 🗑 <b>{ $team }</b> удалена. { $credits ->
        [0] Общий запас был пуст.
        [one] На твой баланс вернулся { $credits } кредит.
        [few] На твой баланс вернулись { $credits } кредита.
       *[other] На твой баланс вернулись { $credits } кредитов.
    }
team-delete-kept = Ничего не удалено.
team-delete-stale = Эта кнопка относится к другой команде. Отправь /team delete ещё раз.

## Журнал (/team log)

team-log-empty = В этой команде пока ничего не происходило.
team-log-title = 📜 <b>{ $team }</b> — сначала новое:
team-log-line = { DATETIME($date, month: "short", day: "numeric", hour: "2-digit", minute: "2-digit") } · { $event }
team-log-team-created = { $actor } создал(а) команду
team-log-invite-created = { $actor } создал(а) приглашение { $invite } ({ $role }, { $uses ->
        [one] { $uses } вход
        [few] { $uses } входа
       *[other] { $uses } входов
    })
team-log-invite-revoked = { $actor } отменил(а) приглашение { $invite }
team-log-invites-revoked-all = { $actor } отменил(а) все открытые приглашения
team-log-joined = { $actor } присоединился(-лась) с ролью «{ $role }» (приглашение { $invite })
team-log-role-changed = { $actor } назначил(а) { $target } роль «{ $to }» (была «{ $from }»)
team-log-member-removed = { $actor } исключил(а) { $target }
team-log-member-left = { $actor } вышел(-ла) из команды
team-log-ownership-transferred = { $actor } передал(а) владение { $target }
team-log-renamed = { $actor } переименовал(а) команду: { $from } → { $to }
team-log-deleted = { $actor } удалил(а) команду (возвращено { $returned })
team-log-topup = { $actor } добавил(а) { $credits } своих кредитов
team-log-purchase = { $actor } купил(а) { $credits } кредитов за звёзды
team-log-spent = { $actor } потратил(а) { $credits } на работу
team-log-cap-set = { $cap ->
        [none] { $actor } снял(а) месячный лимит для { $target }
       *[other] { $actor } установил(а) { $target } месячный лимит { $cap }
    }
team-log-group-linked = { $actor } привязал(а) группу (работы идут в { $project })
team-log-group-unlinked = { $actor } отвязал(а) группу
team-log-creation-transferred = { $actor } передал(а) работу { $target }
team-log-project-created = { $actor } создал(а) проект { $project }
team-log-privacy-changed = { $actor } сделал(а) { $project }: { $privacy }

## Покупка для команды

team-buy-button = 👥 Для команды: { $team }
team-buy-choose = Какой пакет положить в общий запас <b>{ $team }</b>?
team-buy-not-allowed = Пополнять общий запас могут только владелец и админы команды.
team-invoice-title = { $credits } кредитов команде
team-invoice-description = { $credits } кредитов в общий запас команды { $team } — на работы её участников.
team-pay-thanks = ⭐ Спасибо! { $credits } кредитов ушли в общий запас <b>{ $team }</b> — теперь там { $pool }.
stats-team-pools = Запасы команд: { $pools }, в них { $credits } кредитов

## Работы в привязанной группе

gen-refused-team-not-member = Работы в этой группе оплачивает команда { $team }, а ты в неё не входишь. Попроси у её админов приглашение.
gen-refused-team-viewer = В { $team } ты зритель: зрители не могут тратить кредиты команды. Админ может сделать тебя редактором.
gen-refused-team-cap = Это стоит { $cost } кредитов, а от твоего месячного лимита в { $team } ({ $cap }) осталось { $left }. Владелец может поднять его через /team cap.
gen-refused-team-pool-empty = { $model } стоит { $cost } кредитов, а в общем запасе { $team } — { $balance }. Владелец или админ может пополнить его через /buy или /team topup.

## Отказы

team-error-no-team = Ты пока не в команде. Создай свою через /team new &lt;название&gt; или открой ссылку-приглашение.
team-error-forbidden = Твоя роль в <b>{ $team }</b> этого не позволяет. В /team видно, кто что может.
team-error-name-invalid = Нужно название длиной от 1 до 64 символов.
team-error-name-taken = У тебя уже есть <b>{ $name }</b>. Выбери другое название.
team-error-member-unknown = Не нашёл такого участника. Укажи его @username или ответь на его сообщение.
team-error-role-invalid = Роли: admin, editor и viewer.
team-error-self = С самим собой так нельзя.
team-error-owner-cannot-leave = Ты владелец <b>{ $team }</b>: сначала передай команду через /team transfer &lt;участник&gt; или удали её через /team delete.
team-error-jobs-running = { $count ->
        [one] Одна работа, оплаченная из общего запаса, ещё создаётся.
        [few] { $count } работы, оплаченные из общего запаса, ещё создаются.
       *[other] { $count } работ, оплаченных из общего запаса, ещё создаются.
    } Попробуй, когда они закончатся.
team-error-insufficient = У тебя своих кредитов: { $balance } — на это не хватит.
team-error-amount-invalid = Нужно целое число (кредиты, а для приглашения — число людей от 1 до 100).
team-error-invite-invalid = Эта ссылка-приглашение больше не работает — возможно, истёк срок, закончились места или её отменили. Попроси новую.
team-error-already-member = Ты уже в <b>{ $team }</b>.
team-error-group-only = Это работает в группе: добавь меня в группу и отправь там /team link.
team-error-team-unknown = Ты не состоишь в команде <b>{ $name }</b>.
team-error-project-unknown = Не вижу проекта <b>{ $name }</b>. Твои проекты — в /projects.
team-error-team-privacy-personal = Личные проекты бывают закрытыми или публичными; режим «команда» — для командных проектов.
team-error-creation-unknown = Не могу найти эту работу.
team-error-creation-not-yours = Эта работа не твоя — её нельзя добавить или передать.

## Проекты

project-privacy-private = закрытый
project-privacy-team = для команды
project-privacy-public = публичный
project-button-add = 📁 В проект
project-button-details = ℹ️ Подробнее
project-button-remix = 🔁 Ремикс
project-help =
    📁 <b>Проекты</b> собирают работы вместе.

    /project new &lt;название&gt; — личный проект (/project new team &lt;название&gt; — для команды)
    /project add [название] — ответь на работу, чтобы добавить её (или нажми кнопку 📁)
    /project privacy &lt;название&gt; private|team|public — public даёт страницу только для просмотра
    /projects [название] — твои проекты или что в одном из них
    /transfer @имя — ответь на работу, чтобы отдать её участнику команды
project-created = 📁 Проект <b>{ $project }</b> создан (закрытый). Добавляй работы кнопкой 📁 под ними.
project-created-team = 📁 Командный проект <b>{ $project }</b> создан в <b>{ $team }</b>; его видят все участники.
project-add-usage = Ответь на одну из моих работ командой /project add (или /project add <проект>) или нажми под ней кнопку 📁.
project-choose = В какой проект?
project-none-to-add = Пока нет проекта, куда это добавить — создай его через /project new <название>.
project-added = ✅ Добавлено в <b>{ $project }</b>.
project-already-there = Это уже есть в <b>{ $project }</b>.
project-added-toast = Добавлено!
project-already-there-toast = Уже там
project-privacy-usage = Отправь /project privacy <название> private, team или public.
project-privacy-set = 🔒 Проект <b>{ $project }</b> теперь { $privacy }. Публичная ссылка, если была, больше не работает.
project-public = 🌐 Проект <b>{ $project }</b> теперь публичный. По этой ссылке видны его картинки и видео (и ничего больше):
    { $link }
    Если снова поменять доступ, появится новая ссылка, а эта перестанет работать.
projects-none = Проектов пока нет. Начни с /project new &lt;название&gt;.
projects-title = 📁 <b>Твои проекты</b>
projects-line = #{ $id } <b>{ $project }</b> · { $count ->
        [one] { $count } работа
        [few] { $count } работы
       *[other] { $count } работ
    } · { $privacy }
projects-line-team = #{ $id } <b>{ $project }</b> · { $count ->
        [one] { $count } работа
        [few] { $count } работы
       *[other] { $count } работ
    } · { $privacy } · 👥 { $team }
projects-footer = /projects &lt;название&gt; покажет, что внутри.
project-show-title = 📁 <b>{ $project }</b> · { $count ->
        [one] { $count } работа
        [few] { $count } работы
       *[other] { $count } работ
    }
project-item-line = • { $model }, автор { $maker }: «{ $prompt }»
project-empty = Здесь пока пусто.

## Передача и происхождение работ

transfer-usage = Ответь на свою работу командой /transfer @имя, чтобы отдать её кому-то из команды.
transfer-done = 🎁 Теперь это работа { $name } — она переехала в их /history.
creation-not-visible = Эта работа тебе не видна.
creation-made-by = ℹ️ { $model } · автор { $maker }, { DATETIME($date, month: "short", day: "numeric", year: "numeric") }
creation-from = ↳ сделано из работы { $model }, автор { $maker }
creation-original = ↳ оригинал, сделан по описанию
creation-owner = 🎁 теперь принадлежит { $owner }
creation-paid-by-team = 👥 оплачено командой { $team }

## Публичная страница проекта

project-page-title = Общие работы
project-page-count = { $count ->
        [0] Здесь пока пусто.
        [one] { $count } работа
        [few] { $count } работы
       *[other] { $count } работ
    }
project-page-image = Работа
project-page-video = Видеоработа
project-page-missing-title = Не найдено
project-page-missing = Такой страницы нет, или её ссылка больше не действует.
