### The Mini App (opened from the chat's menu button, /start and /help) and its buttons in the chat.

## In the chat

# Inline button under /start and /help that opens the Mini App.
app-open-button = ✨ Відкрити застосунок Velro
# The chat's menu button (beside the message field) that opens the Mini App. Keep it short.
app-menu-button = Velro
# Plain-text page shown at /app when the service was started without building the app (an operator's mistake).
app-not-built = Застосунок Velro на цьому сервері поки недоступний. Спробуй трохи згодом.

## Everywhere in the app

# Shown while the app signs in and loads.
app-loading = Завантажую…
# The tab bar at the bottom; each label sits under an icon, so keep them to one short word.
app-nav-chat = Чат
app-nav-memories = Пам'ять
app-nav-creations = Галерея
app-nav-credits = Кредити
app-nav-persona = Образ
app-nav-live = Зараз
# Sign-in refused: the Telegram data was not signed for this bot (tampered with, or another bot's).
app-signin-forged = Не вдалося підтвердити, що це ти: дані входу від Telegram не збігаються з цим ботом. Закрий застосунок і відкрий його знову з чату.
# Sign-in refused: the Telegram data is more than a day old.
app-signin-stale = Ця сесія застаріла. Закрий застосунок і відкрий його знову з чату.
# Sign-in refused for another reason (malformed data).
app-signin-invalid = Telegram не передав даних для входу. Відкрий застосунок кнопкою меню в чаті.
# The page was opened in a normal browser, not inside Telegram.
app-signin-outside = Відкрий цей застосунок із чату з Velro в Telegram — там вхід відбудеться сам.
# The service could not be reached.
app-network-error = Зараз не можу зв'язатися з сервером. Перевір з'єднання і спробуй ще раз.
# Generic failure of an action.
app-error = Щось пішло не так. Спробуй ще раз.
# Button that repeats what failed.
app-retry = Спробувати знову
# Shown while the live connection is being re-established.
app-reconnecting = Перепідключаюся…
# Confirmation buttons.
app-confirm = Так
app-cancel = Скасувати
app-save = Зберегти
app-delete = Видалити
app-edit = Змінити

## Chat page

# Placeholder of the message field. $name: the persona's name (e.g. Velro).
app-chat-placeholder = Повідомлення для { $name }…
# Send button (also its accessible label).
app-chat-send = Надіслати
# Button that stops the reply being written.
app-chat-stop = Стоп
# Shown in an empty conversation.
app-chat-empty = Привіт! Це та сама розмова, що й наш чат у Telegram: що розкажеш тут, я пам'ятатиму й там.
# Under a reply: how many memories it drew on; tapping opens them. $count: how many.
app-chat-memories-used = { $count ->
    [one] Спирався на { $count } спогад
    [few] Спирався на { $count } спогади
   *[other] Спирався на { $count } спогадів
}
# Error under a message when the user sends too fast. $seconds: how long to wait.
app-chat-rate-limited = Ти пишеш швидше, ніж я встигаю читати — спробуй за { $seconds } с.
# Error under a message when the reply failed or the connection dropped; the message can be sent again.
app-chat-failed = На це повідомлення не було відповіді. Натисни, щоб надіслати знову.
# Shown while a reply is being written in the Telegram chat at the same moment.
app-chat-waiting = Ще відповідаю…

## Memory palace page

# Page title.
app-memories-title = Палац пам'яті
# Search field placeholder.
app-memories-search = Пошук спогадів
# Filter chip showing every room.
app-memories-all = Усі
# Empty palace.
app-memories-empty = Поки порожньо. Розкажи про себе в чаті — або додай спогад сам.
# No search results.
app-memories-no-results = Нічого схожого не знайшлося.
# Button and form title for adding a memory.
app-memories-add = Додати спогад
# Placeholder of the new memory's text.
app-memories-add-placeholder = наприклад: у мене алергія на арахіс
# Room picker option that lets Velro choose the room from the text.
app-memories-room-auto = Нехай Velro обере кімнату
# Button that pins a memory (always considered when Velro replies).
app-memories-pin = Закріпити
# Button that unpins a memory.
app-memories-unpin = Відкріпити
# Badge on a pinned memory.
app-memories-pinned = 📌 Пам'ятаю завжди
# Refusal when too many memories are pinned. $max: the limit.
app-memories-pin-limit = Закріпити можна не більше { $max } спогадів. Спершу відкріпи один.
# Asked before deleting a memory.
app-memories-delete-confirm = Забути цей спогад? Повернути його я вже не зможу.
# Section listing the memories Velro's last reply used.
app-memories-last-used = Знадобилося в моїй останній відповіді
# How often a memory was said. $count: times.
app-memories-mentions = { $count ->
    [one] сказано { $count } раз
    [few] сказано { $count } рази
   *[other] сказано { $count } разів
}

## Gallery page

# Page title.
app-creations-title = Твої роботи
# Empty gallery.
app-creations-empty = Поки нічого немає. Спробуй /imagine у чаті — твої зображення й відео з'являться тут.
# Creation is not set up on this bot.
app-creations-unavailable = Створення зображень і відео в цьому боті не налаштоване.
# A creation's cost. $cost: credits.
app-creations-cost = { $cost ->
    [one] { $cost } кредит
    [few] { $cost } кредити
   *[other] { $cost } кредитів
}
# Button that sends a creation to the Telegram chat again.
app-creations-send = Надіслати в чат
# Toast after a creation was sent.
app-creations-sent = Надіслав у наш чат ✓
# Asked before deleting a creation.
app-creations-delete-confirm = Видалити цю роботу з галереї?
# Button loading older creations.
app-creations-more = Показати раніші

## Credits page

# Page title.
app-credits-title = Кредити
# The balance. $balance: credits.
app-credits-balance = { $balance ->
    [one] { $balance } кредит
    [few] { $balance } кредити
   *[other] { $balance } кредитів
}
# Section title over the packs.
app-credits-buy = Поповнити зірками Telegram
# A pack's button. $credits: credits in it, $stars: its price in Stars.
app-credits-pack = { $credits } кредитів · { $stars } ⭐
# After the payment sheet closed: paid (the credits arrive a moment later).
app-credits-paid = Дякую! Кредити вже в дорозі.
# After the payment sheet closed without paying.
app-credits-cancelled = Оплату скасовано — нічого не списано.
# After a failed payment.
app-credits-failed = Платіж не пройшов. Нічого не списано.
# While Telegram is still processing the payment.
app-credits-pending = Платіж обробляється…
# Section title over the ledger.
app-credits-history = Історія
# Empty ledger.
app-credits-history-empty = Рухів поки немає.
# Ledger lines in plain words. $model: the creation's model, when known.
app-ledger-grant = Подарунок на знайомство
app-ledger-purchase = Куплено за зірки
app-ledger-reserve = Створення: { $model }
app-ledger-release = Повернення за { $model }
app-ledger-capture = Створення готове: { $model }
app-ledger-adjust = Виправлення від команди
app-ledger-stars_refund = Зірки повернуто
app-ledger-transfer_out = Переказано команді
app-ledger-transfer_in = Отримано від команди
# A ledger line of a kind the app does not know. $kind: its technical name.
app-ledger-other = { $kind }
# Shown instead of the model name when it is not known.
app-ledger-unknown-model = модель

## Persona and mood page

# Section title: the persona in use.
app-persona-title = Яким я буду з тобою
# Badge on the persona in use.
app-persona-current = Зараз
# Title of the custom persona form.
app-persona-custom = Опиши свій характер
# Placeholder of the custom persona description.
app-persona-custom-placeholder = наприклад: спокійний моряк на пенсії на ім'я Нед, обожнює чай
# Button creating the custom persona.
app-persona-custom-create = Створити
# Section title: the mood.
app-mood-title = Твій настрій останнім часом
# No mood readings yet.
app-mood-none = Поки я мало що помітив — ми ж тільки познайомилися.
# Caption of the chart. $weeks: how many weeks it shows.
app-mood-chart = { $weeks ->
    [one] По днях, { $weeks } тиждень
    [few] По днях, останні { $weeks } тижні
   *[other] По днях, останні { $weeks } тижнів
}
# Chart axis labels: the top (good mood) and the bottom (low mood).
app-mood-good = 🙂 добре
app-mood-low = 🙁 сумно

## Live page

# Page title.
app-live-title = Зараз
# No creation in progress.
app-live-empty = Зараз нічого не створюється. Почни з /imagine або /video у чаті.
# A creation waiting in the provider's queue. $position: its place, when known (0 if unknown).
app-live-queued = { $position ->
    [0] У черзі…
   *[other] У черзі: { $position }-й.
}
# A creation being made.
app-live-running = Створюю…
# A creation that finished.
app-live-done = Готово ✓
# A creation that failed. $reason: the explanation.
app-live-failed = Не вийшло: { $reason }
# Button cancelling a creation in progress.
app-live-cancel = Скасувати
# Heading of an announcement from the team.
app-live-announcement = Оголошення

## Team and projects

# Tab bar label (one short word) of the Team page.
app-nav-team = Команда
# Tab bar label (one short word) of the Projects page.
app-nav-projects = Проєкти
# Team page title.
app-team-title = Твоя команда
# The user is in no team. /team new is a bot command: keep it as is.
app-team-none = Ти поки не в команді. Створи її в нашому чаті: /team new і назва — а тоді поклич людей ділити кредити й проєкти.
# The user's role in the team shown. $role: the role's name (owner, admin, editor, viewer — already translated).
app-team-role = Твоя роль тут: { $role }
# The team's shared credit pool. $credits: how many credits it holds.
app-team-pool = { $credits ->
    [one] 💰 Спільний запас: { $credits } кредит
    [few] 💰 Спільний запас: { $credits } кредити
   *[other] 💰 Спільний запас: { $credits } кредитів
}
# The user's monthly spending limit from the pool. $spent: credits spent this month, $cap: the limit.
app-team-cap = Твій ліміт на місяць: витрачено { $spent } з { $cap }
# The user has no monthly limit. $spent: credits spent from the pool this month.
app-team-no-cap = Місячного ліміту в тебе немає · цього місяця витрачено { $spent }
# Heading of the member list. $count: how many members.
app-team-members = { $count ->
    [one] { $count } учасник
    [few] { $count } учасники
   *[other] { $count } учасників
}
# Heading of the team's audit log (who did what), shown to owners and admins.
app-team-log = Журнал дій
# The audit log has no lines.
app-team-log-empty = Тут поки нічого не відбувалося.
# Footnote: the team is managed with the /team command in the chat. Keep /team as is.
app-team-hint = Запрошувати людей, змінювати ролі й ліміти можна командою /team у нашому чаті.
# Projects page title.
app-projects-title = Проєкти
# The user has no projects. /project new is a bot command: keep it as is.
app-projects-empty = Проєктів поки немає. Створи перший у нашому чаті: /project new і назва — і збирай туди свої роботи.
# Shown instead of a team's name for a personal project.
app-projects-personal = Особистий
# How many creations a project holds. $count: the number.
app-projects-items = { $count ->
    [one] { $count } робота
    [few] { $count } роботи
   *[other] { $count } робіт
}
# An open project with no creations yet.
app-projects-nothing = Тут поки порожньо — додай роботи з Галереї.
# Heading of the privacy switch of a project.
app-projects-privacy = Хто бачить
# Privacy: only the user (or, in a team, its owner, admins and the project's creator).
app-privacy-private = Лише я
# Privacy: every member of the team.
app-privacy-team = Команда
# Privacy: anyone with the link.
app-privacy-public = Усі за посиланням
# Above the link of a project just made public.
app-projects-public-link = Будь-хто з цим посиланням може подивитися (лише подивитися):
# A public project whose link is no longer shown (it is shown only once, when made public).
app-projects-public-hidden = Проєкт відкритий за посиланням. Посилання показують один раз — коли проєкт стає публічним. Обери «Усі за посиланням» ще раз, щоб отримати нове (старе перестане працювати).
# Button taking a creation out of the project (the creation itself stays in the gallery).
app-projects-remove = Прибрати
# Button on a gallery card that opens the list of projects to add the creation to.
app-projects-add = До проєкту
# Toast after a creation was added. $project: the project's name.
app-projects-added = Додано до «{ $project }» ✓
# Toast when the creation was in that project already. $project: the project's name.
app-projects-already = Уже є в «{ $project }»
# The picker has no project the user may add to. /project new is a bot command: keep it as is.
app-projects-none-to-file = Поки немає проєкту, куди можна додати, — створи його командою /project new у нашому чаті.
# The user's role does not allow what they tried (e.g. a viewer changing privacy).
app-projects-forbidden = Твоя роль у цій команді цього не дозволяє.
