### The terminal chat (`npm run chat`): lines only a terminal needs (see locales/en/terminal.ftl).

terminal-welcome = Velro в твоём терминале. /help покажет команды, /quit — выход.
terminal-first-start = Создаю встроенную базу данных в { $dir } — первый запуск займёт несколько секунд…
terminal-help-debug = /debug — показать или скрыть, что каждый движок добавил к ответу
terminal-help-quit = /quit — выйти
terminal-debug-on = Подробности движков включены.
terminal-debug-off = Подробности движков выключены.
terminal-persona-how = Выбери характер, набрав /persona и его имя, например /persona sage.
terminal-persona-unknown = Я не знаю персонажа «{ $name }». /persona покажет список.
terminal-memory-how = Набери /memory и название комнаты, чтобы посмотреть, что в ней, например /memory work.
terminal-memory-next = Дальше: { $command }
terminal-forget-how = Набери /forget и название комнаты, чтобы забыть её, /forget и пару слов — чтобы забыть одно воспоминание, или /forget all — чтобы забыть всё.
terminal-confirm = Напиши «{ $word }», чтобы подтвердить; любой другой ответ отменит.
terminal-confirm-word = да
terminal-export-saved = Сохранено в { $path }
