### The Mini App (opened from the chat's menu button, /start and /help) and its buttons in the chat.

## In the chat

# Inline button under /start and /help that opens the Mini App.
app-open-button = ✨ Открыть приложение Velro
# The chat's menu button (beside the message field) that opens the Mini App. Keep it short.
app-menu-button = Velro
# Plain-text page shown at /app when the service was started without building the app (an operator's mistake).
app-not-built = Приложение Velro на этом сервере пока недоступно. Попробуй чуть позже.

## Everywhere in the app

# Shown while the app signs in and loads.
app-loading = Загружаю…
# The tab bar at the bottom; each label sits under an icon, so keep them to one short word.
app-nav-chat = Чат
app-nav-memories = Память
app-nav-creations = Галерея
app-nav-credits = Кредиты
app-nav-persona = Образ
app-nav-live = Сейчас
# Sign-in refused: the Telegram data was not signed for this bot (tampered with, or another bot's).
app-signin-forged = Не получилось подтвердить, что это ты: данные входа от Telegram не совпадают с этим ботом. Закрой приложение и открой его заново из чата.
# Sign-in refused: the Telegram data is more than a day old.
app-signin-stale = Эта сессия слишком старая. Закрой приложение и открой его снова из чата.
# Sign-in refused for another reason (malformed data).
app-signin-invalid = Telegram не передал данные для входа. Открой приложение кнопкой меню в чате.
# The page was opened in a normal browser, not inside Telegram.
app-signin-outside = Открой это приложение из чата с Velro в Telegram — там вход произойдёт сам.
# The service could not be reached.
app-network-error = Сейчас не могу связаться с сервером. Проверь подключение и попробуй ещё раз.
# Generic failure of an action.
app-error = Что-то пошло не так. Попробуй ещё раз.
# Button that repeats what failed.
app-retry = Попробовать снова
# Shown while the live connection is being re-established.
app-reconnecting = Переподключаюсь…
# Confirmation buttons.
app-confirm = Да
app-cancel = Отмена
app-save = Сохранить
app-delete = Удалить
app-edit = Изменить

## Chat page

# Placeholder of the message field. $name: the persona's name (e.g. Velro).
app-chat-placeholder = Сообщение для { $name }…
# Send button (also its accessible label).
app-chat-send = Отправить
# Button that stops the reply being written.
app-chat-stop = Стоп
# Shown in an empty conversation.
app-chat-empty = Привет! Это тот же разговор, что и наш чат в Telegram: что расскажешь здесь, я запомню и там.
# Under a reply: how many memories it drew on; tapping opens them. $count: how many.
app-chat-memories-used = { $count ->
    [one] Опирался на { $count } воспоминание
    [few] Опирался на { $count } воспоминания
   *[other] Опирался на { $count } воспоминаний
}
# Error under a message when the user sends too fast. $seconds: how long to wait.
app-chat-rate-limited = Ты пишешь быстрее, чем я успеваю читать — попробуй через { $seconds } с.
# Error under a message when the reply failed or the connection dropped; the message can be sent again.
app-chat-failed = На это сообщение ответа не было. Нажми, чтобы отправить снова.
# Shown while a reply is being written in the Telegram chat at the same moment.
app-chat-waiting = Ещё отвечаю…

## Memory palace page

# Page title.
app-memories-title = Дворец памяти
# Search field placeholder.
app-memories-search = Поиск по воспоминаниям
# Filter chip showing every room.
app-memories-all = Все
# Empty palace.
app-memories-empty = Пока пусто. Расскажи о себе в чате — или добавь воспоминание сам.
# No search results.
app-memories-no-results = Ничего похожего не нашлось.
# Button and form title for adding a memory.
app-memories-add = Добавить воспоминание
# Placeholder of the new memory's text.
app-memories-add-placeholder = например: у меня аллергия на арахис
# Room picker option that lets Velro choose the room from the text.
app-memories-room-auto = Пусть Velro выберет комнату
# Button that pins a memory (always considered when Velro replies).
app-memories-pin = Закрепить
# Button that unpins a memory.
app-memories-unpin = Открепить
# Badge on a pinned memory.
app-memories-pinned = 📌 Помню всегда
# Refusal when too many memories are pinned. $max: the limit.
app-memories-pin-limit = Закрепить можно не больше { $max } воспоминаний. Сначала открепи одно.
# Asked before deleting a memory.
app-memories-delete-confirm = Забыть это воспоминание? Вернуть его я уже не смогу.
# Section listing the memories Velro's last reply used.
app-memories-last-used = Пригодилось в моём последнем ответе
# How often a memory was said. $count: times.
app-memories-mentions = { $count ->
    [one] сказано { $count } раз
    [few] сказано { $count } раза
   *[other] сказано { $count } раз
}

## Gallery page

# Page title.
app-creations-title = Твои работы
# Empty gallery.
app-creations-empty = Пока ничего нет. Попробуй /imagine в чате — твои картинки и видео появятся здесь.
# Creation is not set up on this bot.
app-creations-unavailable = Создание картинок и видео в этом боте не настроено.
# A creation's cost. $cost: credits.
app-creations-cost = { $cost ->
    [one] { $cost } кредит
    [few] { $cost } кредита
   *[other] { $cost } кредитов
}
# Button that sends a creation to the Telegram chat again.
app-creations-send = Отправить в чат
# Toast after a creation was sent.
app-creations-sent = Отправил в наш чат ✓
# Asked before deleting a creation.
app-creations-delete-confirm = Удалить эту работу из галереи?
# Button loading older creations.
app-creations-more = Показать раньше

## Credits page

# Page title.
app-credits-title = Кредиты
# The balance. $balance: credits.
app-credits-balance = { $balance ->
    [one] { $balance } кредит
    [few] { $balance } кредита
   *[other] { $balance } кредитов
}
# Section title over the packs.
app-credits-buy = Пополнить звёздами Telegram
# A pack's button. $credits: credits in it, $stars: its price in Stars.
app-credits-pack = { $credits } кредитов · { $stars } ⭐
# After the payment sheet closed: paid (the credits arrive a moment later).
app-credits-paid = Спасибо! Кредиты уже в пути.
# After the payment sheet closed without paying.
app-credits-cancelled = Оплата отменена — ничего не списано.
# After a failed payment.
app-credits-failed = Платёж не прошёл. Ничего не списано.
# While Telegram is still processing the payment.
app-credits-pending = Платёж обрабатывается…
# Section title over the ledger.
app-credits-history = История
# Empty ledger.
app-credits-history-empty = Движений пока нет.
# Ledger lines in plain words. $model: the creation's model, when known.
app-ledger-grant = Подарок за знакомство
app-ledger-purchase = Куплено за звёзды
app-ledger-reserve = Создание: { $model }
app-ledger-release = Возврат за { $model }
app-ledger-capture = Создание готово: { $model }
app-ledger-adjust = Поправка от команды
app-ledger-stars_refund = Звёзды возвращены
app-ledger-transfer_out = Переведено в команду
app-ledger-transfer_in = Получено от команды
# A ledger line of a kind the app does not know. $kind: its technical name.
app-ledger-other = { $kind }
# Shown instead of the model name when it is not known.
app-ledger-unknown-model = модель

## Persona and mood page

# Section title: the persona in use.
app-persona-title = Каким я буду с тобой
# Badge on the persona in use.
app-persona-current = Сейчас
# Title of the custom persona form.
app-persona-custom = Опиши свой характер
# Placeholder of the custom persona description.
app-persona-custom-placeholder = например: спокойный моряк на пенсии по имени Нед, обожает чай
# Button creating the custom persona.
app-persona-custom-create = Создать
# Section title: the mood.
app-mood-title = Твоё настроение в последнее время
# No mood readings yet.
app-mood-none = Пока я мало что заметил — мы ведь только познакомились.
# Caption of the chart. $weeks: how many weeks it shows.
app-mood-chart = { $weeks ->
    [one] По дням, { $weeks } неделя
    [few] По дням, последние { $weeks } недели
   *[other] По дням, последние { $weeks } недель
}
# Chart axis labels: the top (good mood) and the bottom (low mood).
app-mood-good = 🙂 хорошо
app-mood-low = 🙁 грустно

## Live page

# Page title.
app-live-title = Сейчас
# No creation in progress.
app-live-empty = Сейчас ничего не создаётся. Начни с /imagine или /video в чате.
# A creation waiting in the provider's queue. $position: its place, when known (0 if unknown).
app-live-queued = { $position ->
    [0] В очереди…
   *[other] В очереди: { $position }-й.
}
# A creation being made.
app-live-running = Создаю…
# A creation that finished.
app-live-done = Готово ✓
# A creation that failed. $reason: the explanation.
app-live-failed = Не получилось: { $reason }
# Button cancelling a creation in progress.
app-live-cancel = Отменить
# Heading of an announcement from the team.
app-live-announcement = Объявление

## Team and projects

# Tab bar label (one short word) of the Team page.
app-nav-team = Команда
# Tab bar label (one short word) of the Projects page.
app-nav-projects = Проекты
# Team page title.
app-team-title = Твоя команда
# The user is in no team. /team new is a bot command: keep it as is.
app-team-none = Ты пока не в команде. Создай её в нашем чате: /team new и название — а потом позови людей делить кредиты и проекты.
# The user's role in the team shown. $role: the role's name (owner, admin, editor, viewer — already translated).
app-team-role = Твоя роль здесь: { $role }
# The team's shared credit pool. $credits: how many credits it holds.
app-team-pool = { $credits ->
    [one] 💰 Общий запас: { $credits } кредит
    [few] 💰 Общий запас: { $credits } кредита
   *[other] 💰 Общий запас: { $credits } кредитов
}
# The user's monthly spending limit from the pool. $spent: credits spent this month, $cap: the limit.
app-team-cap = Твой лимит на месяц: потрачено { $spent } из { $cap }
# The user has no monthly limit. $spent: credits spent from the pool this month.
app-team-no-cap = Месячного лимита у тебя нет · в этом месяце потрачено { $spent }
# Heading of the member list. $count: how many members.
app-team-members = { $count ->
    [one] { $count } участник
    [few] { $count } участника
   *[other] { $count } участников
}
# Heading of the team's audit log (who did what), shown to owners and admins.
app-team-log = Журнал действий
# The audit log has no lines.
app-team-log-empty = Здесь пока ничего не происходило.
# Footnote: the team is managed with the /team command in the chat. Keep /team as is.
app-team-hint = Приглашать людей, менять роли и лимиты можно командой /team в нашем чате.
# Projects page title.
app-projects-title = Проекты
# The user has no projects. /project new is a bot command: keep it as is.
app-projects-empty = Проектов пока нет. Создай первый в нашем чате: /project new и название — и собирай туда свои работы.
# Shown instead of a team's name for a personal project.
app-projects-personal = Личный
# How many creations a project holds. $count: the number.
app-projects-items = { $count ->
    [one] { $count } работа
    [few] { $count } работы
   *[other] { $count } работ
}
# An open project with no creations yet.
app-projects-nothing = Здесь пока пусто — добавь работы из Галереи.
# Heading of the privacy switch of a project.
app-projects-privacy = Кто видит
# Privacy: only the user (or, in a team, its owner, admins and the project's creator).
app-privacy-private = Только я
# Privacy: every member of the team.
app-privacy-team = Команда
# Privacy: anyone with the link.
app-privacy-public = Все по ссылке
# Above the link of a project just made public.
app-projects-public-link = Любой, у кого есть эта ссылка, может посмотреть (только посмотреть):
# A public project whose link is no longer shown (it is shown only once, when made public).
app-projects-public-hidden = Проект открыт по ссылке. Ссылку показывают один раз — когда проект делают публичным. Выбери «Все по ссылке» ещё раз, чтобы получить новую (старая перестанет работать).
# Button taking a creation out of the project (the creation itself stays in the gallery).
app-projects-remove = Убрать
# Button on a gallery card that opens the list of projects to add the creation to.
app-projects-add = В проект
# Toast after a creation was added. $project: the project's name.
app-projects-added = Добавлено в «{ $project }» ✓
# Toast when the creation was in that project already. $project: the project's name.
app-projects-already = Уже лежит в «{ $project }»
# The picker has no project the user may add to. /project new is a bot command: keep it as is.
app-projects-none-to-file = Пока нет проекта, куда можно добавить, — создай его командой /project new в нашем чате.
# The user's role does not allow what they tried (e.g. a viewer changing privacy).
app-projects-forbidden = Твоя роль в этой команде этого не позволяет.
