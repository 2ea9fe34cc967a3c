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

## /mood

mood-unknown = Мені поки важко зрозуміти, який у тебе настрій. Поговори зі мною трохи — і я почну помічати.

mood-overall-very-low = Останнім часом тобі, схоже, зовсім важко на душі.
mood-overall-low = Останнім часом тобі, здається, трохи невесело.
mood-overall-even = Останнім часом настрій у тебе, схоже, доволі рівний.
mood-overall-high = Останнім часом настрій у тебе, схоже, гарний.
mood-overall-very-high = Останнім часом настрій у тебе, схоже, просто чудовий.

mood-streak =
    Це триває вже { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    }.

mood-energy-high = А ще, здається, у тобі чимало напруги.
mood-energy-low = А ще, здається, сил у тебе обмаль.

mood-salient-anger = У твоїх повідомленнях прослизає роздратування.
mood-salient-disgust = Схоже, щось тобі геть не до душі.
mood-salient-fear = У твоїх словах чути легку тривогу.
mood-salient-joy = У твоїх повідомленнях було багато радості.
mood-salient-sadness = У тому, що ти пишеш, відчувається смуток.
mood-salient-surprise = Схоже, чимало речей застали тебе зненацька.

mood-sure-high =
    Суджу з { $samples ->
        [one] { $samples } повідомлення
        [few] { $samples } повідомлень
        [many] { $samples } повідомлень
       *[other] { $samples } повідомлення
    }, і тут я майже не сумніваюся.
mood-sure-medium =
    Суджу з { $samples ->
        [one] { $samples } повідомлення
        [few] { $samples } повідомлень
        [many] { $samples } повідомлень
       *[other] { $samples } повідомлення
    }, і, як на мене, це доволі точно.
mood-sure-low =
    Суджу з { $samples ->
        [one] { $samples } повідомлення
        [few] { $samples } повідомлень
        [many] { $samples } повідомлень
       *[other] { $samples } повідомлення
    }, але це лише перше враження, тож ручатися не можу.
mood-sure-lexicon =
    Суджу з { $samples ->
        [one] { $samples } повідомлення
        [few] { $samples } повідомлень
        [many] { $samples } повідомлень
       *[other] { $samples } повідомлення
    }, але твоєю мовою я впізнаю зовсім небагато слів про почуття, тож це лише приблизна здогадка.

mood-stance-comforting = Я дбайливо побуду поруч — я тут, з тобою.
mood-stance-soothing = Нехай у нас із тобою все буде спокійно й легко.
mood-stance-upbeat = Залюбки розділю з тобою гарний настрій!
mood-stance-playful = У мене теж грайливий настрій.
mood-stance-steady = Я просто буду поруч — спокійно й рівно — і вислухаю.
mood-stance-reserved = Я трохи притихну й дам тобі вести розмову.
