### The terminal chat (`npm run chat`): lines only a terminal needs (see locales/en/terminal.ftl).

terminal-welcome = Velro у твоєму терміналі. /help покаже команди, /quit — вихід.
terminal-first-start = Створюю вбудовану базу даних у { $dir } — перший запуск триватиме кілька секунд…
terminal-help-debug = /debug — показати чи сховати, що кожен рушій додав до відповіді
terminal-help-quit = /quit — вийти
terminal-debug-on = Подробиці рушіїв увімкнено.
terminal-debug-off = Подробиці рушіїв вимкнено.
terminal-persona-how = Обери характер, набравши /persona та його ім'я, наприклад /persona sage.
terminal-persona-unknown = Я не знаю персонажа «{ $name }». /persona покаже список.
terminal-memory-how = Набери /memory і назву кімнати, щоб побачити, що в ній, наприклад /memory work.
terminal-memory-next = Далі: { $command }
terminal-forget-how = Набери /forget і назву кімнати, щоб забути її, /forget і кілька слів — щоб забути один спогад, або /forget all — щоб забути все.
terminal-confirm = Напиши «{ $word }», щоб підтвердити; будь-яка інша відповідь скасує.
terminal-confirm-word = так
terminal-export-saved = Збережено в { $path }
