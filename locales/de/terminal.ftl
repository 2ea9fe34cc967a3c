### The terminal chat (`npm run chat`): lines only a terminal needs (see locales/en/terminal.ftl).

terminal-welcome = Velro in deinem Terminal. /help zeigt die Befehle, /quit beendet.
terminal-first-start = Ich lege die eingebettete Datenbank in { $dir } an — der erste Start dauert ein paar Sekunden…
terminal-help-debug = /debug — zeigen oder ausblenden, was jede Engine zur Antwort beigetragen hat
terminal-help-quit = /quit — beenden
terminal-debug-on = Engine-Details an.
terminal-debug-off = Engine-Details aus.
terminal-persona-how = Wähle eine, indem du /persona und ihren Namen tippst, z. B. /persona sage.
terminal-persona-unknown = Eine Figur namens „{ $name }“ kenne ich nicht. /persona zeigt dir alle.
terminal-memory-how = Tippe /memory und den Namen eines Raums, um zu sehen, was darin ist, z. B. /memory work.
terminal-memory-next = Weiter: { $command }
terminal-forget-how = Tippe /forget und den Namen eines Raums, um ihn zu vergessen, /forget und ein paar Wörter für eine einzelne Erinnerung, oder /forget all für alles.
terminal-confirm = Tippe „{ $word }“ zum Bestätigen; alles andere bricht ab.
terminal-confirm-word = ja
terminal-export-saved = Gespeichert unter { $path }
