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

## /mood

mood-unknown = Мне пока сложно понять, какое у тебя настроение. Поболтай со мной немного — и я начну замечать.

mood-overall-very-low = Последнее время тебе, похоже, совсем тяжело на душе.
mood-overall-low = Последнее время тебе, кажется, немного невесело.
mood-overall-even = Последнее время настроение у тебя, похоже, довольно ровное.
mood-overall-high = Последнее время настроение у тебя, похоже, хорошее.
mood-overall-very-high = Последнее время настроение у тебя, похоже, просто отличное.

mood-streak =
    Это длится уже { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    }.

mood-energy-high = А ещё ты, кажется, заметно на взводе.
mood-energy-low = А ещё, кажется, сил у тебя маловато.

mood-salient-anger = В твоих сообщениях проскальзывает раздражение.
mood-salient-disgust = Похоже, что-то тебе всерьёз не по душе.
mood-salient-fear = В твоих словах слышится лёгкая тревога.
mood-salient-joy = В твоих сообщениях было много радости.
mood-salient-sadness = В том, что ты пишешь, чувствуется грусть.
mood-salient-surprise = Похоже, многое застало тебя врасплох.

mood-sure-high =
    Сужу по { $samples ->
        [one] { $samples } сообщению
        [few] { $samples } сообщениям
        [many] { $samples } сообщениям
       *[other] { $samples } сообщениям
    }, и тут я почти не сомневаюсь.
mood-sure-medium =
    Сужу по { $samples ->
        [one] { $samples } сообщению
        [few] { $samples } сообщениям
        [many] { $samples } сообщениям
       *[other] { $samples } сообщениям
    }, и, по-моему, это довольно точно.
mood-sure-low =
    Сужу по { $samples ->
        [one] { $samples } сообщению
        [few] { $samples } сообщениям
        [many] { $samples } сообщениям
       *[other] { $samples } сообщениям
    }, но это лишь первое впечатление, так что ручаться не могу.
mood-sure-lexicon =
    Сужу по { $samples ->
        [one] { $samples } сообщению
        [few] { $samples } сообщениям
        [many] { $samples } сообщениям
       *[other] { $samples } сообщениям
    }, но на твоём языке я узнаю совсем немного слов о чувствах, так что это лишь примерная догадка.

mood-stance-comforting = Я бережно побуду рядом — я здесь, с тобой.
mood-stance-soothing = Пусть у нас с тобой всё будет спокойно и легко.
mood-stance-upbeat = С радостью разделю с тобой хорошее настроение!
mood-stance-playful = У меня тоже игривое настроение.
mood-stance-steady = Я просто буду рядом — спокойно и ровно — и выслушаю.
mood-stance-reserved = Я немного притихну и дам тебе вести разговор.
