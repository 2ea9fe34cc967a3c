### The terminal chat (`npm run chat`): lines only a terminal needs (see locales/en/terminal.ftl).

terminal-welcome = Velro nel tuo terminale. /help elenca i comandi, /quit per uscire.
terminal-first-start = Sto creando il database integrato in { $dir } — il primo avvio richiede qualche secondo…
terminal-help-debug = /debug — mostra o nascondi cosa ha aggiunto ogni motore alla risposta
terminal-help-quit = /quit — esci
terminal-debug-on = Dettagli dei motori attivati.
terminal-debug-off = Dettagli dei motori disattivati.
terminal-persona-how = Scegline uno scrivendo /persona e il suo nome, per esempio /persona sage.
terminal-persona-unknown = Non conosco nessun personaggio chiamato «{ $name }». /persona li elenca tutti.
terminal-memory-how = Scrivi /memory e il nome di una stanza per vedere cosa contiene, per esempio /memory work.
terminal-memory-next = Altro: { $command }
terminal-forget-how = Scrivi /forget e il nome di una stanza per dimenticarla, /forget e qualche parola per dimenticare un ricordo, oppure /forget all per dimenticare tutto.
terminal-confirm = Scrivi «{ $word }» per confermare; qualsiasi altra risposta annulla.
terminal-confirm-word = sì
terminal-export-saved = Salvato in { $path }
