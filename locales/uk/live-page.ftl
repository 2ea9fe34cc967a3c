# Сторінка статусу в реальному часі (посилання з /token).

live-title = Velro · статус у реальному часі
live-token-placeholder = Встав токен із /token
live-connect = Під'єднатися
live-not-connected = Не під'єднано. Надішли боту /token, щоб отримати токен.
live-balance = Баланс
live-generations = Генерації
live-conversation = Розмова
live-events = Події
# The number before it changes live, so there is no plural selection; "кредитів" fits the usual balances.
live-credits-unit = кредитів
live-col-job = завдання
live-col-model = модель
live-col-status = статус
live-col-progress = прогрес
live-col-result = результат
live-open = відкрити
live-failed = помилка
live-connecting = Під'єднання…
live-connected = Під'єднано як { $user }
live-connected-admin = Під'єднано як { $user } (адміністратор)
live-missed = поки зв'язку не було, частину старих подій пропущено
live-error = помилка: { $message }
live-disconnected-fatal = Від'єднано: { $reason }. Отримай новий токен через /token.
live-reconnecting = Від'єднано ({ $reason }); повторне під'єднання через { $seconds } с…
