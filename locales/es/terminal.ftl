### The terminal chat (`npm run chat`): lines only a terminal needs (see locales/en/terminal.ftl).

terminal-welcome = Velro en tu terminal. /help muestra los comandos y /quit sale.
terminal-first-start = Creando la base de datos integrada en { $dir } — el primer arranque tarda unos segundos…
terminal-help-debug = /debug — mostrar u ocultar lo que aportó cada motor a la respuesta
terminal-help-quit = /quit — salir
terminal-debug-on = Detalles de los motores activados.
terminal-debug-off = Detalles de los motores desactivados.
terminal-persona-how = Elige uno escribiendo /persona y su nombre, por ejemplo /persona sage.
terminal-persona-unknown = No conozco ningún personaje llamado «{ $name }». /persona los muestra todos.
terminal-memory-how = Escribe /memory y el nombre de una habitación para ver lo que hay en ella, por ejemplo /memory work.
terminal-memory-next = Más: { $command }
terminal-forget-how = Escribe /forget y el nombre de una habitación para olvidarla, /forget y unas palabras para olvidar un recuerdo, o /forget all para olvidarlo todo.
terminal-confirm = Escribe «{ $word }» para confirmar; cualquier otra cosa lo cancela.
terminal-confirm-word = sí
terminal-export-saved = Guardado en { $path }
