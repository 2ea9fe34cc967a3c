### The terminal chat (`npm run chat`): lines only a terminal needs (see locales/en/terminal.ftl).

terminal-welcome = Velro dans ton terminal. /help liste les commandes, /quit pour quitter.
terminal-first-start = Je crée la base de données intégrée dans { $dir } — le premier démarrage prend quelques secondes…
terminal-help-debug = /debug — afficher ou masquer ce que chaque moteur a apporté à la réponse
terminal-help-quit = /quit — quitter
terminal-debug-on = Détails des moteurs activés.
terminal-debug-off = Détails des moteurs désactivés.
terminal-persona-how = Choisis-en un en tapant /persona suivi de son nom, par exemple /persona sage.
terminal-persona-unknown = Je ne connais aucun personnage appelé « { $name } ». /persona les liste tous.
terminal-memory-how = Tape /memory suivi du nom d'une pièce pour voir ce qu'elle contient, par exemple /memory work.
terminal-memory-next = Suite : { $command }
terminal-forget-how = Tape /forget suivi du nom d'une pièce pour l'oublier, /forget suivi de quelques mots pour oublier un souvenir, ou /forget all pour tout oublier.
terminal-confirm = Tape « { $word } » pour confirmer ; toute autre réponse annule.
terminal-confirm-word = oui
terminal-export-saved = Enregistré dans { $path }
