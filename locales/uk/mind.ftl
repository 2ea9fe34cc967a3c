# /persona, /memory і /forget.

## /persona

persona-menu =
    Зараз я — { $emoji } { $name }. Ким мені бути?

    { $list }

    Або опиши свій варіант: /persona custom <опис>

persona-line = { $emoji } { $name } — { $tagline }

persona-tagline-velro = Теплий і уважний співрозмовник, який пам'ятає важливе для тебе
persona-tagline-kit = Гострий на язик друг-саркастик із м'яким серцем
persona-tagline-sage = Спокійний і мудрий наставник, з яким легко все обміркувати
persona-tagline-spark = Веселий і грайливий приятель, який перетворює все на пригоду
persona-tagline-atlas = Стислий і діловий помічник: чіткі відповіді без води

persona-chosen-toast = { $emoji } { $name } — обрано!

persona-chosen = { $emoji } Тепер я — { $name }: { $tagline }

persona-unavailable = Цього персонажа більше немає.

persona-custom-created =
    { $emoji } Знайомся: { $name } — { $tagline }
    Тепер я говоритиму так. Повернутися до інших — /persona.

persona-custom-empty = Опиши персонажа в кількох реченнях, наприклад: /persona custom спокійний моряк на пенсії на ім'я Нед, обожнює чай

persona-custom-too-short =
    Надто короткий опис: потрібно щонайменше { $min ->
        [one] { $min } символ
        [few] { $min } символи
        [many] { $min } символів
       *[other] { $min } символу
    }. Приклад: /persona custom спокійний моряк на пенсії на ім'я Нед, обожнює чай

persona-custom-too-long =
    Надто довгий опис: не більше { $max ->
        [one] { $max } символу
       *[other] { $max } символів
    } (у тебе { $length }). Вистачить кількох речень.

persona-custom-refused = Такого персонажа я взяти не можу: опис може задати мій характер, але не мої правила. Краще опиши, як персонаж говорить і який він.

## The memory palace: rooms

room-identity = 🪪 Про тебе
room-people = 👥 Люди
room-work = 💼 Робота
room-education = 🎓 Навчання
room-hobbies = 🎨 Хобі
room-preferences = ❤️ Вподобання
room-plans = 🗓 Плани
room-events = 📅 Події
room-health = 🩺 Здоров'я
room-places = 📍 Місця
room-pets = 🐾 Улюбленці
room-feelings = 💭 Почуття
room-episodes = 💬 Розмови

## /memory

memory-empty = Я поки нічого про тебе не знаю. Розкажи про себе!

memory-overview =
    🏛 Твій палац пам'яті: { $memories ->
        [one] { $memories } спогад
        [few] { $memories } спогади
        [many] { $memories } спогадів
       *[other] { $memories } спогаду
    } у { $rooms ->
        [one] { $rooms } кімнаті
       *[other] { $rooms } кімнатах
    }. Обери кімнату.

memory-page-title = { $room } — сторінка { $page }/{ $pages }

memory-when = { $relative }, { DATETIME($date, day: "numeric", month: "short", year: "numeric") }

memory-room-empty = У кімнаті { $room } тепер порожньо.

memory-button-prev = ‹ Назад
memory-button-rooms = « Кімнати
memory-button-next = Далі ›

memory-unknown-room = Такої кімнати немає.

## /forget

forget-pick = Що мені забути? Обери кімнату — або все одразу.

forget-button-everything = 🧨 Забути все

forget-all-confirm = Забути все, що я про тебе пам'ятаю? Скасувати це буде неможливо.

forget-button-confirm = Так, забути все

forget-room-done =
    Готово: з кімнати { $room } стерто { $count ->
        [one] { $count } спогад
        [few] { $count } спогади
        [many] { $count } спогадів
       *[other] { $count } спогаду
    }.

forget-room-toast =
    Стерто { $count ->
        [one] { $count } спогад
        [few] { $count } спогади
        [many] { $count } спогадів
       *[other] { $count } спогаду
    }.

forget-not-found = Такого спогаду не знайшлося. /memory покаже все, що я пам'ятаю.

forget-one-done = Забуто: «{ $text }»

forget-toast-forgotten = Забуто.

forget-toast-gone = Уже видалено.

forget-toast-wiped = Готово.

forget-all-done =
    🧹 Готово — { $count ->
        [one] стерто { $count } спогад
        [few] стерто всі { $count } спогади
        [many] стерто всі { $count } спогадів
       *[other] стерто всі спогади ({ $count })
    }. Починаємо з чистого аркуша.

forget-toast-cancelled = Нічого не забуто.

forget-cancelled = Гаразд, пам'ятаю все, як і раніше.
