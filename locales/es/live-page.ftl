# Spanish (es): the live-status web page.

live-title = Velro · estado en vivo
live-token-placeholder = Pega el token de /token
live-connect = Conectar
live-not-connected = Sin conexión. Envía /token al bot para obtener un token.
live-balance = Saldo
live-generations = Creaciones
live-conversation = Conversación
live-events = Eventos
live-credits-unit = créditos
live-col-job = tarea
live-col-model = modelo
live-col-status = estado
live-col-progress = progreso
live-col-result = resultado
live-open = abrir
live-failed = fallida
live-connecting = Conectando…
live-connected = Conectado como { $user }
live-connected-admin = Conectado como { $user } (admin)
live-missed = se perdieron algunos eventos antiguos mientras no había conexión
live-error = error: { $message }
live-disconnected-fatal = Desconectado: { $reason }. Consigue un token nuevo con /token.
live-reconnecting = Desconectado ({ $reason }); reconectando en { $seconds } s…
