# Зображення й відео. «Кредити» — валюта бота. Назви моделей не перекладаються.

## The picker

gen-title-image = 🎨 Створюємо зображення
gen-title-video = 🎬 Створюємо відео
gen-title-edit = 🪄 Змінюємо твоє фото

gen-picker-model =
    Модель: { $model } — { $credits ->
        [one] { $credits } кредит
        [few] { $credits } кредити
        [many] { $credits } кредитів
       *[other] { $credits } кредиту
    }

gen-picker-aspect = Співвідношення сторін: { $aspect }

gen-picker-balance =
    Твій баланс: { $balance ->
        [one] { $balance } кредит
        [few] { $balance } кредити
        [many] { $balance } кредитів
       *[other] { $balance } кредиту
    }

gen-button-create =
    ✅ Створити — { $credits ->
        [one] { $credits } кредит
        [few] { $credits } кредити
        [many] { $credits } кредитів
       *[other] { $credits } кредиту
    }

gen-expired = Цей запит застарів — надішли його ще раз.

gen-cancelled = Гаразд, скасовано — нічого не списано.

gen-toast-on-it = Уже роблю!

gen-preparing = ⏳ Готую { $model }…

gen-photo-download-failed = Не вдалося завантажити це фото з Telegram (завелике або вже недоступне). Надішли його, будь ласка, ще раз.

## Using the commands

gen-imagine-usage = Що створити? Наприклад: /imagine лисиця в снігу на світанку
gen-video-usage = Що має бути у відео? Наприклад: /video хвилі розбиваються об берег на заході сонця
gen-edit-usage = Відповідай на фото командою /edit <що змінити>, наприклад: /edit додай сніг.
gen-edit-prompt-missing = Напиши, що змінити, наприклад: /edit зроби як акварель.

gen-offer = Створити це? Натисни, щоб обрати модель:

## /models, /balance, /history

gen-models-title = Моделі, якими я вмію користуватися:

gen-models-line =
    • { $model } — { $credits ->
        [one] { $credits } кредит
        [few] { $credits } кредити
        [many] { $credits } кредитів
       *[other] { $credits } кредиту
    }

gen-models-footer = Ціни — у кредитах; якщо щось не вдалося, кредити повернуться. /balance — твій баланс, /buy — поповнити.

gen-balance =
    💳 У тебе { $balance ->
        [one] { $balance } кредит
        [few] { $balance } кредити
        [many] { $balance } кредитів
       *[other] { $balance } кредиту
    }. Ціни — у /models, поповнити зірками Telegram — через /buy.

gen-history-empty = Тут поки порожньо. Спробуй: /imagine маяк під час шторму

gen-history-title = Твої останні роботи:

gen-history-line =
    { $icon } { $model }: «{ $prompt }» ({ $cost ->
        [one] { $cost } кредит
        [few] { $cost } кредити
        [many] { $cost } кредитів
       *[other] { $cost } кредиту
    }{ $refunded ->
        [yes] , повернено
       *[no] {""}
    })

## Refusals

gen-refused-prompt-empty = Напиши, що створити, наприклад: /imagine лисиця в снігу.

gen-refused-prompt-too-long =
    В описі { $length ->
        [one] { $length } символ
        [few] { $length } символи
        [many] { $length } символів
       *[other] { $length } символу
    }, а можна не більше { $limit }. Скороти його, будь ласка.

gen-refused-unknown-model = Ця модель не підходить для такого запиту. Список — у /models.

gen-refused-photo-required = Відповідай на фото командою /edit <що змінити>.

gen-refused-rate-limited =
    Забагато запитів: не більше { $limit } за хвилину. Зачекай, будь ласка, { $seconds ->
        [one] { $seconds } секунду
        [few] { $seconds } секунди
        [many] { $seconds } секунд
       *[other] { $seconds } секунди
    }.

gen-refused-insufficient-credits =
    { $model } коштує { $cost ->
        [one] { $cost } кредит
        [few] { $cost } кредити
        [many] { $cost } кредитів
       *[other] { $cost } кредиту
    }, а в тебе { $balance }. Поповнити баланс: /buy.

gen-refused-too-many-running =
    У тебе вже { $max ->
        [one] { $max } генерація
        [few] { $max } генерації
        [many] { $max } генерацій
       *[other] { $max } генерації
    } в роботі. Зачекай, поки одна з них завершиться.

gen-unavailable-not-configured = 🛠 Створення зображень і відео в цьому боті ще не налаштовано. Нічого не списано.

gen-unavailable-down = 🛠 Створення зображень і відео зараз недоступне: наш провайдер не відповідає. Нічого не списано — спробуй ще раз за кілька хвилин.

gen-refused-already-requested = Цей запит уже надіслано.

## Progress of a creation

gen-button-cancel = ✖ Скасувати

gen-toast-cancelled = Скасовано — кредити повернено.

gen-toast-already-finished = Уже готово.

gen-stage-submitted = ⏳ Надіслано до студії…
gen-stage-queued = ⏳ У черзі…
gen-stage-queued-position = ⏳ У черзі — місце { $position }
gen-stage-running = 🖌 Створюю…

gen-done =
    ✅ Готово — витрачено { $cost ->
        [one] { $cost } кредит
        [few] { $cost } кредити
        [many] { $cost } кредитів
       *[other] { $cost } кредиту
    }.

gen-result-too-large =
    Твоє { $kind ->
        [video] відео
       *[image] зображення
    } завелике для Telegram — ось посилання: { $url }

gen-result-link =
    Твоє { $kind ->
        [video] відео
       *[image] зображення
    } готове: { $url }

## Failures: credits returned

gen-failed-content-policy = Фільтр безпеки моделі відхилив цей запит. Спробуй сформулювати інакше — кредити повернено.

gen-failed-validation = Модель не змогла прийняти цей запит. Спробуй інший опис — кредити повернено.

gen-failed-validation-detail = Модель не змогла прийняти цей запит ({ $detail }). Спробуй інший опис — кредити повернено.

gen-failed-timeout = Модель надто довго думала й здалася. Кредити повернено — спробуй ще раз.

gen-failed-service = У сервісу зображень і відео щось зламалося на їхньому боці. Кредити повернено — спробуй ще раз трохи згодом.

gen-failed-cancelled = Скасовано — кредити повернено.

gen-failed-interrupted = Генерацію перервано ще до старту. Кредити повернено — спробуй ще раз.

gen-failed-unconfirmed = Сервіс зображень і відео не підтвердив, що отримав твій запит, тож кредити повернено. Якщо результат усе ж з'явиться, надішлю його безкоштовно.

gen-late-result-free = 🎁 Усе ж вийшло — і це за наш рахунок: кредити залишаються в тебе.

## Bringing a photo to life: /animate and the 🎬 button

gen-title-animate = 🎬 Оживлюємо твоє фото

gen-animate-natural-motion = Рух: природний і плавний — на вибір моделі

gen-animate-hint = Хочеш щось конкретне? Дай відповідь на фото командою /animate <що рухається>, наприклад: /animate хвилі накочуються на берег.

gen-animate-usage = Дай відповідь на фото командою /animate — і я оживлю його в коротке відео. Можна підказати, що має рухатися: /animate її волосся розвівається на вітрі. А ще можна надіслати фото з підписом /animate.

gen-animate-photo-gone = Це фото мені вже недоступне — просто дай відповідь на нього командою /animate.

gen-button-animate = 🎬 Оживити

gen-photo-too-big = Цей файл завеликий: Telegram дозволяє мені завантажувати не більше 20 МБ. Надішли його як фото, а не файлом, або вибери менше зображення. Нічого не списано.

gen-photo-not-image = З цим файлом я не зможу працювати — надішли, будь ласка, фото (JPEG, PNG або WebP). Нічого не списано.

## /models: sections, and what chatting costs

gen-models-section-image = 🎨 Зображення за описом — /imagine

gen-models-section-edit = 🪄 Редагування фото — дай відповідь на фото командою /edit

gen-models-section-video = 🎬 Відео за описом — /video

gen-models-section-animate = ✨ Оживлення фото — дай відповідь на фото командою /animate

gen-models-section-services = 💬 У наших розмовах

gen-service-stt =
    • Розшифровка голосового чи відеоповідомлення — { $credits ->
        [0] безкоштовно
        [one] { $credits } кредит за повідомлення
        [few] { $credits } кредити за повідомлення
        [many] { $credits } кредитів за повідомлення
       *[other] { $credits } кредиту за повідомлення
    }

gen-service-tts =
    • Відповідь голосом (/voice) — { $credits ->
        [0] безкоштовно
        [one] { $credits } кредит за кожні розпочаті 500 символів
        [few] { $credits } кредити за кожні розпочаті 500 символів
        [many] { $credits } кредитів за кожні розпочаті 500 символів
       *[other] { $credits } кредиту за кожні розпочаті 500 символів
    }

gen-service-vision =
    • Розбір надісланого фото — { $credits ->
        [0] безкоштовно
        [one] { $credits } кредит за фото чи альбом
        [few] { $credits } кредити за фото чи альбом
        [many] { $credits } кредитів за фото чи альбом
       *[other] { $credits } кредиту за фото чи альбом
    }

gen-service-documents =
    • Читання надісланого документа (текст, Markdown, PDF) — { $credits ->
        [0] безкоштовно
        [one] { $credits } кредит за документ
        [few] { $credits } кредити за документ
        [many] { $credits } кредитів за документ
       *[other] { $credits } кредиту за документ
    }
