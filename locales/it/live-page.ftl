# Italian (it): the live-status web page.

live-title = Velro · stato in tempo reale
live-token-placeholder = Incolla il token ricevuto con /token
live-connect = Connetti
live-not-connected = Non connesso. Invia /token al bot per ottenere un token.
live-balance = Saldo
live-generations = Creazioni
live-conversation = Conversazione
live-events = Eventi
live-credits-unit = crediti
live-col-job = attività
live-col-model = modello
live-col-status = stato
live-col-progress = avanzamento
live-col-result = risultato
live-open = apri
live-failed = non riuscita
live-connecting = Connessione in corso…
live-connected = Connesso come { $user }
live-connected-admin = Connesso come { $user } (admin)
live-missed = alcuni eventi meno recenti sono andati persi durante la disconnessione
live-error = errore: { $message }
live-disconnected-fatal = Disconnesso: { $reason }. Ottieni un nuovo token con /token.
live-reconnecting = Disconnesso ({ $reason }); nuovo tentativo tra { $seconds } s…
