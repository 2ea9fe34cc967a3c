# Картинки и видео. «Кредиты» — валюта бота. Названия моделей не переводятся.

## The picker

gen-title-image = 🎨 Создаём картинку
gen-title-video = 🎬 Создаём видео
gen-title-edit = 🪄 Меняем твоё фото

gen-picker-model =
    Модель: { $model } — { $credits ->
        [one] { $credits } кредит
        [few] { $credits } кредита
        [many] { $credits } кредитов
       *[other] { $credits } кредита
    }

gen-picker-aspect = Соотношение сторон: { $aspect }

gen-picker-balance =
    Твой баланс: { $balance ->
        [one] { $balance } кредит
        [few] { $balance } кредита
        [many] { $balance } кредитов
       *[other] { $balance } кредита
    }

gen-button-create =
    ✅ Создать — { $credits ->
        [one] { $credits } кредит
        [few] { $credits } кредита
        [many] { $credits } кредитов
       *[other] { $credits } кредита
    }

gen-expired = Этот запрос устарел — отправь его ещё раз.

gen-cancelled = Хорошо, отменено — ничего не списано.

gen-toast-on-it = Уже делаю!

gen-preparing = ⏳ Готовлю { $model }…

gen-photo-download-failed = Не получилось скачать это фото из Telegram (слишком большое или уже недоступно). Отправь его, пожалуйста, ещё раз.

## Using the commands

gen-imagine-usage = Что создать? Например: /imagine лиса в снегу на рассвете
gen-video-usage = Что должно быть в видео? Например: /video волны разбиваются о берег на закате
gen-edit-usage = Ответь на фото командой /edit <что изменить>, например: /edit добавь снег.
gen-edit-prompt-missing = Напиши, что изменить, например: /edit сделай как акварель.

gen-offer = Создать это? Нажми, чтобы выбрать модель:

## /models, /balance, /history

gen-models-title = Модели, которые я умею использовать:

gen-models-line =
    • { $model } — { $credits ->
        [one] { $credits } кредит
        [few] { $credits } кредита
        [many] { $credits } кредитов
       *[other] { $credits } кредита
    }

gen-models-footer = Цены указаны в кредитах; если что-то не получилось, кредиты вернутся. /balance — твой баланс, /buy — пополнить.

gen-balance =
    💳 У тебя { $balance ->
        [one] { $balance } кредит
        [few] { $balance } кредита
        [many] { $balance } кредитов
       *[other] { $balance } кредита
    }. Цены — в /models, пополнить звёздами Telegram — через /buy.

gen-history-empty = Здесь пока пусто. Попробуй: /imagine маяк в шторм

gen-history-title = Твои последние работы:

gen-history-line =
    { $icon } { $model }: «{ $prompt }» ({ $cost ->
        [one] { $cost } кредит
        [few] { $cost } кредита
        [many] { $cost } кредитов
       *[other] { $cost } кредита
    }{ $refunded ->
        [yes] , возвращено
       *[no] {""}
    })

## Refusals

gen-refused-prompt-empty = Напиши, что создать, например: /imagine лиса в снегу.

gen-refused-prompt-too-long =
    В описании { $length ->
        [one] { $length } символ
        [few] { $length } символа
        [many] { $length } символов
       *[other] { $length } символа
    }, а можно не больше { $limit }. Сократи его, пожалуйста.

gen-refused-unknown-model = Эта модель не подходит для такого запроса. Список — в /models.

gen-refused-photo-required = Ответь на фото командой /edit <что изменить>.

gen-refused-rate-limited =
    Слишком много запросов: не больше { $limit } в минуту. Подожди, пожалуйста, { $seconds ->
        [one] { $seconds } секунду
        [few] { $seconds } секунды
        [many] { $seconds } секунд
       *[other] { $seconds } секунды
    }.

gen-refused-insufficient-credits =
    { $model } стоит { $cost ->
        [one] { $cost } кредит
        [few] { $cost } кредита
        [many] { $cost } кредитов
       *[other] { $cost } кредита
    }, а у тебя { $balance }. Пополнить баланс: /buy.

gen-refused-too-many-running =
    У тебя уже { $max ->
        [one] { $max } генерация
        [few] { $max } генерации
        [many] { $max } генераций
       *[other] { $max } генерации
    } в работе. Подожди, пока одна из них закончится.

gen-unavailable-not-configured = 🛠 Создание картинок и видео в этом боте пока не настроено. Ничего не списано.

gen-unavailable-down = 🛠 Создание картинок и видео сейчас недоступно: наш провайдер не отвечает. Ничего не списано — попробуй ещё раз через несколько минут.

gen-refused-already-requested = Этот запрос уже отправлен.

## Progress of a creation

gen-button-cancel = ✖ Отмена

gen-toast-cancelled = Отменено — кредиты возвращены.

gen-toast-already-finished = Уже готово.

gen-stage-submitted = ⏳ Отправлено в студию…
gen-stage-queued = ⏳ В очереди…
gen-stage-queued-position = ⏳ В очереди — место { $position }
gen-stage-running = 🖌 Создаю…

gen-done =
    ✅ Готово — потрачено { $cost ->
        [one] { $cost } кредит
        [few] { $cost } кредита
        [many] { $cost } кредитов
       *[other] { $cost } кредита
    }.

gen-result-too-large =
    Твоё { $kind ->
        [video] видео
       *[image] изображение
    } слишком большое для Telegram — вот ссылка: { $url }

gen-result-link =
    Твоё { $kind ->
        [video] видео
       *[image] изображение
    } готово: { $url }

## Failures: credits returned

gen-failed-content-policy = Фильтр безопасности модели отклонил этот запрос. Попробуй сформулировать иначе — кредиты возвращены.

gen-failed-validation = Модель не смогла принять этот запрос. Попробуй другое описание — кредиты возвращены.

gen-failed-validation-detail = Модель не смогла принять этот запрос ({ $detail }). Попробуй другое описание — кредиты возвращены.

gen-failed-timeout = Модель слишком долго думала и сдалась. Кредиты возвращены — попробуй ещё раз.

gen-failed-service = У сервиса картинок и видео что-то сломалось на их стороне. Кредиты возвращены — попробуй ещё раз чуть позже.

gen-failed-cancelled = Отменено — кредиты возвращены.

gen-failed-interrupted = Генерацию прервали ещё до старта. Кредиты возвращены — попробуй ещё раз.

gen-failed-unconfirmed = Сервис картинок и видео не подтвердил, что получил твой запрос, поэтому кредиты возвращены. Если результат всё-таки появится, пришлю его бесплатно.

gen-late-result-free = 🎁 Всё-таки получилось — и это за наш счёт: кредиты остаются у тебя.

## Bringing a photo to life: /animate and the 🎬 button

gen-title-animate = 🎬 Оживляем твоё фото

gen-animate-natural-motion = Движение: естественное и плавное — на выбор модели

gen-animate-hint = Хочешь что-то конкретное? Ответь на фото командой /animate <что движется>, например: /animate волны набегают на берег.

gen-animate-usage = Ответь на фото командой /animate — и я оживлю его в короткое видео. Можно подсказать, что должно двигаться: /animate её волосы развеваются на ветру. А ещё можно отправить фото с подписью /animate.

gen-animate-photo-gone = Это фото мне уже недоступно — просто ответь на него командой /animate.

gen-button-animate = 🎬 Оживить

gen-photo-too-big = Этот файл слишком большой: Telegram даёт мне скачивать не больше 20 МБ. Отправь его как фото, а не файлом, или выбери картинку поменьше. Ничего не списано.

gen-photo-not-image = С этим файлом я не смогу работать — пришли, пожалуйста, фото (JPEG, PNG или WebP). Ничего не списано.

## /models: sections, and what chatting costs

gen-models-section-image = 🎨 Картинки по описанию — /imagine

gen-models-section-edit = 🪄 Редактирование фото — ответь на фото командой /edit

gen-models-section-video = 🎬 Видео по описанию — /video

gen-models-section-animate = ✨ Оживление фото — ответь на фото командой /animate

gen-models-section-services = 💬 В наших разговорах

gen-service-stt =
    • Расшифровка голосового или видеосообщения — { $credits ->
        [0] бесплатно
        [one] { $credits } кредит за сообщение
        [few] { $credits } кредита за сообщение
        [many] { $credits } кредитов за сообщение
       *[other] { $credits } кредита за сообщение
    }

gen-service-tts =
    • Ответ голосом (/voice) — { $credits ->
        [0] бесплатно
        [one] { $credits } кредит за каждые начатые 500 символов
        [few] { $credits } кредита за каждые начатые 500 символов
        [many] { $credits } кредитов за каждые начатые 500 символов
       *[other] { $credits } кредита за каждые начатые 500 символов
    }

gen-service-vision =
    • Разбор присланного фото — { $credits ->
        [0] бесплатно
        [one] { $credits } кредит за фото или альбом
        [few] { $credits } кредита за фото или альбом
        [many] { $credits } кредитов за фото или альбом
       *[other] { $credits } кредита за фото или альбом
    }

gen-service-documents =
    • Чтение присланного документа (текст, Markdown, PDF) — { $credits ->
        [0] бесплатно
        [one] { $credits } кредит за документ
        [few] { $credits } кредита за документ
        [many] { $credits } кредитов за документ
       *[other] { $credits } кредита за документ
    }
