# /persona, /memory и /forget.

## /persona

persona-menu =
    Сейчас я — { $emoji } { $name }. Кем мне быть?

    { $list }

    Или опиши свой вариант: /persona custom <описание>

persona-line = { $emoji } { $name } — { $tagline }

persona-tagline-velro = Тёплый и внимательный собеседник, который помнит важное для тебя
persona-tagline-kit = Язвительный друг с мягким сердцем
persona-tagline-sage = Спокойный и мудрый наставник, с которым легко всё обдумать
persona-tagline-spark = Весёлый и озорной приятель, который превращает всё в приключение
persona-tagline-atlas = Краткий и деловой помощник: чёткие ответы без воды

persona-chosen-toast = { $emoji } { $name } — выбрано!

persona-chosen = { $emoji } Теперь я — { $name }: { $tagline }

persona-unavailable = Этого персонажа больше нет.

persona-custom-created =
    { $emoji } Знакомься: { $name } — { $tagline }
    Теперь я буду говорить так. Вернуться к другим — /persona.

persona-custom-empty = Опиши персонажа в паре предложений, например: /persona custom спокойный моряк на пенсии по имени Нед, обожает чай

persona-custom-too-short =
    Слишком короткое описание: нужно хотя бы { $min ->
        [one] { $min } символ
        [few] { $min } символа
        [many] { $min } символов
       *[other] { $min } символа
    }. Пример: /persona custom спокойный моряк на пенсии по имени Нед, обожает чай

persona-custom-too-long =
    Слишком длинное описание: не больше { $max ->
        [one] { $max } символа
       *[other] { $max } символов
    } (у тебя { $length }). Хватит пары предложений.

persona-custom-refused = Такого персонажа я взять не могу: описание может задать мой характер, но не мои правила. Лучше опиши, как персонаж говорит и какой он.

## The memory palace: rooms

room-identity = 🪪 О тебе
room-people = 👥 Люди
room-work = 💼 Работа
room-education = 🎓 Учёба
room-hobbies = 🎨 Хобби
room-preferences = ❤️ Вкусы
room-plans = 🗓 Планы
room-events = 📅 События
room-health = 🩺 Здоровье
room-places = 📍 Места
room-pets = 🐾 Питомцы
room-feelings = 💭 Чувства
room-episodes = 💬 Разговоры

## /memory

memory-empty = Я пока ничего о тебе не знаю. Расскажи о себе!

memory-overview =
    🏛 Твой дворец памяти: { $memories ->
        [one] { $memories } воспоминание
        [few] { $memories } воспоминания
        [many] { $memories } воспоминаний
       *[other] { $memories } воспоминания
    } в { $rooms ->
        [one] { $rooms } комнате
       *[other] { $rooms } комнатах
    }. Выбери комнату.

memory-page-title = { $room } — страница { $page }/{ $pages }

memory-when = { $relative }, { DATETIME($date, day: "numeric", month: "short", year: "numeric") }

memory-room-empty = В комнате { $room } теперь пусто.

memory-button-prev = ‹ Назад
memory-button-rooms = « Комнаты
memory-button-next = Далее ›

memory-unknown-room = Такой комнаты нет.

## /forget

forget-pick = Что мне забыть? Выбери комнату — или всё сразу.

forget-button-everything = 🧨 Забыть всё

forget-all-confirm = Забыть всё, что я о тебе помню? Отменить это будет нельзя.

forget-button-confirm = Да, забыть всё

forget-room-done =
    Готово: из комнаты { $room } стёрто { $count ->
        [one] { $count } воспоминание
        [few] { $count } воспоминания
        [many] { $count } воспоминаний
       *[other] { $count } воспоминания
    }.

forget-room-toast =
    Стёрто { $count ->
        [one] { $count } воспоминание
        [few] { $count } воспоминания
        [many] { $count } воспоминаний
       *[other] { $count } воспоминания
    }.

forget-not-found = Такого воспоминания не нашлось. /memory покажет всё, что я помню.

forget-one-done = Забыто: «{ $text }»

forget-toast-forgotten = Забыто.

forget-toast-gone = Уже удалено.

forget-toast-wiped = Готово.

forget-all-done =
    🧹 Готово — { $count ->
        [one] стёрто { $count } воспоминание
        [few] стёрты все { $count } воспоминания
        [many] стёрты все { $count } воспоминаний
       *[other] стёрты все воспоминания ({ $count })
    }. Начинаем с чистого листа.

forget-toast-cancelled = Ничего не забыто.

forget-cancelled = Хорошо, продолжаю помнить.
