### Напоминания, чек-ины, дневник и сны: бот пишет первым, только если пользователь сам это включил.

outreach-zone-ask = Чтобы не ошибиться со временем, мне нужен твой часовой пояс 🌍 В каком ты городе? Можно и просто смещение от UTC, например UTC+3.
outreach-zone-placeholder = Город или UTC+3
outreach-zone-unknown = Такого места я пока не знаю 🤔 Назови крупный город поблизости или смещение от UTC (например, UTC+2 или UTC-5).
outreach-zone-change = Где ты сейчас? Ответь названием города или смещением от UTC (например, UTC+3).
outreach-zone-set = Запомнил: { $zone } — там сейчас { $time }.
outreach-zone-unset = пока не указан
outreach-private-only = Давай настроим это в нашем личном чате 🙂

outreach-checkins-menu =
    💬 Чек-ины: время от времени я буду писать первым и спрашивать, как у тебя дела — о том, что ты мне рассказывал.

    Как часто: { $cadence }
    Тихие часы: { $quiet }
    Часовой пояс: { $zone }
outreach-cadence-off = Выключено
outreach-cadence-daily = Каждый день
outreach-cadence-few = Раз в несколько дней
outreach-cadence-weekly = Раз в неделю
outreach-checkins-usage = Отправь /checkins, чтобы выбрать кнопками, или /checkins daily, /checkins few, /checkins weekly, /checkins off.
outreach-checkins-set = Чек-ины: { $cadence }
outreach-button-quiet = 🌙 Тихие часы: { $quiet }
outreach-button-zone = 🌍 Сменить часовой пояс
outreach-quiet-none = нет

outreach-button-stop-reminder = 🔕 Отменить мои напоминания
outreach-button-stop-checkin = 🔕 Больше не спрашивать
outreach-button-stop-diary = 🔕 Выключить дневник
outreach-button-stop-dream = 🔕 Больше не рассказывать сны
outreach-stopped-toast = Готово 🔕
outreach-stopped-reminder = { $count ->
        [0] Хорошо. Других напоминаний у тебя нет.
        [one] Хорошо — отменил { $count } оставшееся напоминание. /remind — чтобы поставить новое.
        [few] Хорошо — отменил { $count } оставшихся напоминания. /remind — чтобы поставить новое.
       *[other] Хорошо — отменил { $count } оставшихся напоминаний. /remind — чтобы поставить новое.
    }
outreach-stopped-checkin = Хорошо, больше не буду писать первым 🔕 /checkins включит это снова, когда захочешь.
outreach-stopped-diary = Хорошо, дневник выключен. Уже написанные записи остаются в /diary.
outreach-stopped-dream = Хорошо, больше никаких утренних снов. /dreams on вернёт их.

outreach-checkin-followup = Привет, { $name }! Ты говорил: «{ $memory }» — ну как всё прошло?
outreach-checkin-recent = Привет, { $name }, я всё думаю о том, что ты рассказал: «{ $memory }». Как оно сейчас?
outreach-checkin-general = Привет, { $name }! Просто хотел узнать — как ты сегодня?

outreach-reminder = ⏰ Напоминаю: { $text }
outreach-reminder-late = ⏰ Напоминаю (чуть с опозданием, прости): { $text }
outreach-remind-usage = Скажи, когда и о чём, например: /remind завтра в 9 позвонить маме
outreach-remind-no-time = Не понял, когда 🤔 Попробуй так: «/remind завтра в 9 позвонить маме» или «/remind через 2 часа сделать перерыв».
outreach-remind-past = Это время уже прошло — выберешь то, что ещё впереди?
outreach-remind-too-far = Я могу напомнить не позже чем через год. Выберешь время пораньше?
outreach-remind-no-text = А о чём напомнить? Например: /remind завтра в 9 позвонить маме
outreach-remind-set = ⏰ Договорились! Напомню { $when }: «{ $text }»
outreach-reminders-empty = Напоминаний пока нет. /remind завтра в 9 позвонить маме — и одно появится.
outreach-reminders-list = { $count ->
        [one] ⏰ Твоё напоминание (✖ отменяет):
        [few] ⏰ Твои { $count } напоминания (✖ отменяет одно):
       *[other] ⏰ Твои { $count } напоминаний (✖ отменяет одно):
    }
outreach-reminders-line = { $n }. { $when } — { $text }
outreach-reminder-cancelled = Напоминание отменено
outreach-reminder-gone = Это напоминание уже пришло или было отменено

outreach-diary-on = 📔 Дневник включён: каждый вечер я буду записывать, каким был твой день и о чём мы говорили. /diary покажет записи.
outreach-diary-off = Дневник выключен. Уже написанные записи остаются — /diary их покажет.
outreach-diary-usage = /diary показывает дневник; /diary on включает его, /diary off выключает.
outreach-diary-empty = { $on ->
        [yes] 📔 В дневнике пока пусто — первая запись появится сегодня ночью.
       *[no] 📔 Дневник пуст. /diary on включит его: каждый вечер я буду записывать, каким был твой день и о чём мы говорили.
    }
outreach-diary-entry =
    📔 { $date }

    { $mood }

    О чём мы говорили:
    { $summary }

    ({ $page }/{ $pages })
outreach-diary-mood-low = День был тяжёлым.
outreach-diary-mood-even = День прошёл спокойно и ровно.
outreach-diary-mood-high = День был светлым.
outreach-diary-mood-unknown = Было слишком мало, чтобы понять настроение дня.

outreach-dreams-on = 🌙 Сны включены: каждое утро я буду рассказывать короткий сон, сплетённый из того, чем ты со мной делился. /dreams off их выключит.
outreach-dreams-on-illustrated = 🌙 Сны включены — с картинкой, когда будет что нарисовать (оплачивается как /imagine). /dreams on — только текст, /dreams off — выключить.
outreach-dreams-off = Сны выключены. Но пусть тебе всё равно снится хорошее 🌙
outreach-dreams-usage = { $state ->
        [on] 🌙 Утренние сны включены.
        [illustrated] 🌙 Утренние сны включены, с картинками.
       *[off] 🌙 Утренние сны выключены.
    } /dreams on, /dreams illustrated или /dreams off.
outreach-dream-message =
    🌙 Мне этой ночью приснился сон о тебе…

    { $dream }
