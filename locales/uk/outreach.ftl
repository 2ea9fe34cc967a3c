### Нагадування, чек-іни, щоденник і сни: бот пише першим, лише якщо користувач сам це увімкнув.

outreach-zone-ask = Щоб не схибити з часом, мені потрібен твій часовий пояс 🌍 У якому ти місті? Можна й просто зсув від UTC, наприклад UTC+2.
outreach-zone-placeholder = Місто або UTC+2
outreach-zone-unknown = Такого місця я ще не знаю 🤔 Назви більше місто поруч або зсув від UTC (наприклад, UTC+2 чи UTC-5).
outreach-zone-change = Де ти зараз? Відповідай назвою міста або зсувом від UTC (наприклад, UTC+2).
outreach-zone-set = Запам'ятав: { $zone } — там зараз { $time }.
outreach-zone-unset = ще не вказано
outreach-private-only = Давай налаштуємо це в нашому особистому чаті 🙂

outreach-checkins-menu =
    💬 Чек-іни: час від часу я писатиму першим і питатиму, як у тебе справи — про те, що ти мені розповідав.

    Як часто: { $cadence }
    Тихі години: { $quiet }
    Часовий пояс: { $zone }
outreach-cadence-off = Вимкнено
outreach-cadence-daily = Щодня
outreach-cadence-few = Раз на кілька днів
outreach-cadence-weekly = Щотижня
outreach-checkins-usage = Надішли /checkins, щоб обрати кнопками, або /checkins daily, /checkins few, /checkins weekly, /checkins off.
outreach-checkins-set = Чек-іни: { $cadence }
outreach-button-quiet = 🌙 Тихі години: { $quiet }
outreach-button-zone = 🌍 Змінити часовий пояс
outreach-quiet-none = немає

outreach-button-stop-reminder = 🔕 Скасувати мої нагадування
outreach-button-stop-checkin = 🔕 Більше не питати
outreach-button-stop-diary = 🔕 Вимкнути щоденник
outreach-button-stop-dream = 🔕 Більше не розповідати сни
outreach-stopped-toast = Готово 🔕
outreach-stopped-reminder = { $count ->
        [0] Гаразд. Інших нагадувань у тебе немає.
        [one] Гаразд — скасував { $count } решту нагадування. /remind — щоб поставити нове.
        [few] Гаразд — скасував { $count } решту нагадувань. /remind — щоб поставити нове.
       *[other] Гаразд — скасував { $count } решту нагадувань. /remind — щоб поставити нове.
    }
outreach-stopped-checkin = Гаразд, більше не писатиму першим 🔕 /checkins увімкне це знову, коли захочеш.
outreach-stopped-diary = Гаразд, щоденник вимкнено. Уже написані записи лишаються в /diary.
outreach-stopped-dream = Гаразд, більше жодних ранкових снів. /dreams on поверне їх.

outreach-checkin-followup = Привіт, { $name }! Ти казав: «{ $memory }» — ну як усе пройшло?
outreach-checkin-recent = Привіт, { $name }, я все думаю про те, що ти розповів: «{ $memory }». Як воно зараз?
outreach-checkin-general = Привіт, { $name }! Просто хотів дізнатися — як ти сьогодні?

outreach-reminder = ⏰ Нагадую: { $text }
outreach-reminder-late = ⏰ Нагадую (трохи із запізненням, вибач): { $text }
outreach-remind-usage = Скажи, коли і про що, наприклад: /remind завтра о 9 подзвонити мамі
outreach-remind-no-time = Не зрозумів, коли 🤔 Спробуй так: «/remind завтра о 9 подзвонити мамі» або «/remind через 2 години зробити перерву».
outreach-remind-past = Цей час уже минув — обереш той, що ще попереду?
outreach-remind-too-far = Я можу нагадати не пізніше ніж за рік. Обереш час раніше?
outreach-remind-no-text = А про що нагадати? Наприклад: /remind завтра о 9 подзвонити мамі
outreach-remind-set = ⏰ Домовились! Нагадаю { $when }: «{ $text }»
outreach-reminders-empty = Нагадувань поки немає. /remind завтра о 9 подзвонити мамі — і одне з'явиться.
outreach-reminders-list = { $count ->
        [one] ⏰ Твоє нагадування (✖ скасовує):
        [few] ⏰ Твої { $count } нагадування (✖ скасовує одне):
       *[other] ⏰ Твої { $count } нагадувань (✖ скасовує одне):
    }
outreach-reminders-line = { $n }. { $when } — { $text }
outreach-reminder-cancelled = Нагадування скасовано
outreach-reminder-gone = Це нагадування вже надійшло або його скасовано

outreach-diary-on = 📔 Щоденник увімкнено: щовечора я записуватиму, яким був твій день і про що ми говорили. /diary покаже записи.
outreach-diary-off = Щоденник вимкнено. Уже написані записи лишаються — /diary їх покаже.
outreach-diary-usage = /diary показує щоденник; /diary on вмикає його, /diary off вимикає.
outreach-diary-empty = { $on ->
        [yes] 📔 У щоденнику поки порожньо — перший запис з'явиться сьогодні вночі.
       *[no] 📔 Щоденник порожній. /diary on увімкне його: щовечора я записуватиму, яким був твій день і про що ми говорили.
    }
outreach-diary-entry =
    📔 { $date }

    { $mood }

    Про що ми говорили:
    { $summary }

    ({ $page }/{ $pages })
outreach-diary-mood-low = День був важким.
outreach-diary-mood-even = День минув спокійно й рівно.
outreach-diary-mood-high = День був світлим.
outreach-diary-mood-unknown = Було замало, щоб зрозуміти настрій дня.

outreach-dreams-on = 🌙 Сни увімкнено: щоранку я розповідатиму короткий сон, сплетений з того, чим ти зі мною ділився. /dreams off їх вимкне.
outreach-dreams-on-illustrated = 🌙 Сни увімкнено — з картинкою, коли буде що намалювати (оплачується як /imagine). /dreams on — лише текст, /dreams off — вимкнути.
outreach-dreams-off = Сни вимкнено. Але хай тобі все одно сниться добре 🌙
outreach-dreams-usage = { $state ->
        [on] 🌙 Ранкові сни увімкнено.
        [illustrated] 🌙 Ранкові сни увімкнено, з картинками.
       *[off] 🌙 Ранкові сни вимкнено.
    } /dreams on, /dreams illustrated або /dreams off.
outreach-dream-message =
    🌙 Мені цієї ночі наснився сон про тебе…

    { $dream }
