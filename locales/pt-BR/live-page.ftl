# Brazilian Portuguese (pt-BR): the live-status web page.

live-title = Velro · status ao vivo
live-token-placeholder = Cole o token de /token
live-connect = Conectar
live-not-connected = Não conectado. Envie /token ao bot para obter um token.
live-balance = Saldo
live-generations = Criações
live-conversation = Conversa
live-events = Eventos
live-credits-unit = créditos
live-col-job = tarefa
live-col-model = modelo
live-col-status = status
live-col-progress = progresso
live-col-result = resultado
live-open = abrir
live-failed = falhou
live-connecting = Conectando…
live-connected = Conectado como { $user }
live-connected-admin = Conectado como { $user } (admin)
live-missed = alguns eventos mais antigos se perderam durante a desconexão
live-error = erro: { $message }
live-disconnected-fatal = Desconectado: { $reason }. Gere um novo token com /token.
live-reconnecting = Desconectado ({ $reason }); reconectando em { $seconds } s…
