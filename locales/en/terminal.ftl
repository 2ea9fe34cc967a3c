### The terminal chat (`npm run chat`): the same conversation as in Telegram, typed in a terminal.
### The bot's own messages are reused for the commands; these are the lines only a terminal needs
### (it has no buttons, so it says which command to type instead). Plain text, no HTML.

# First line of an interactive session.
terminal-welcome = Velro in your terminal. /help lists the commands, /quit leaves.

# Printed (to stderr) on the first start, while the embedded database is being created; it takes a few seconds.
# $dir (string) — the folder the database is created in ("memory" for a throwaway one).
terminal-first-start = Creating the embedded database in { $dir } — the first start takes a few seconds…

# Lines of /help for the commands only the terminal has ("/debug" and "/quit" stay as they are).
terminal-help-debug = /debug — show or hide what each engine contributed to a reply
terminal-help-quit = /quit — leave

# Reply to /debug: engine details are now shown under each reply, or no longer.
terminal-debug-on = Engine details on.
terminal-debug-off = Engine details off.

# After the /persona list: how to choose a character by typing ("/persona" and "sage" stay as they are).
terminal-persona-how = Choose one by typing /persona and its name, e.g. /persona sage.

# Reply to "/persona <name>" when no character has that name.
# $name (string) — what the user typed.
terminal-persona-unknown = I don't know a character called “{ $name }”. /persona lists them.

# After the /memory overview, below the list of rooms: how to open one ("/memory" stays as it is).
terminal-memory-how = Type /memory and a room's name to see what is in it, e.g. /memory work.

# Below a page of a room's memories when there are more pages.
# $command (string) — the command that shows the next page, e.g. "/memory work 2".
terminal-memory-next = More: { $command }

# After the /forget question, below the list of rooms ("/forget" and "all" stay as they are).
terminal-forget-how = Type /forget and a room's name to forget that room, /forget and a few words to forget one memory, or /forget all for everything.

# After a question that needs confirming (e.g. forgetting everything).
# $word (string) — the word to type (terminal-confirm-word).
terminal-confirm = Type “{ $word }” to confirm; anything else cancels.

# The word that confirms (lower case; "yes" is always accepted too).
terminal-confirm-word = yes

# After /export wrote the file.
# $path (string) — where the JSON file was saved.
terminal-export-saved = Saved to { $path }
