# Страница статуса в реальном времени (ссылка из /token).

live-title = Velro · статус в реальном времени
live-token-placeholder = Вставь токен из /token
live-connect = Подключиться
live-not-connected = Не подключено. Отправь боту /token, чтобы получить токен.
live-balance = Баланс
live-generations = Генерации
live-conversation = Разговор
live-events = События
# The number before it changes live, so there is no plural selection; "кредитов" fits the usual balances.
live-credits-unit = кредитов
live-col-job = задача
live-col-model = модель
live-col-status = статус
live-col-progress = прогресс
live-col-result = результат
live-open = открыть
live-failed = ошибка
live-connecting = Подключение…
live-connected = Подключено как { $user }
live-connected-admin = Подключено как { $user } (администратор)
live-missed = пока связи не было, часть старых событий пропущена
live-error = ошибка: { $message }
live-disconnected-fatal = Отключено: { $reason }. Получи новый токен через /token.
live-reconnecting = Отключено ({ $reason }); переподключение через { $seconds } с…
