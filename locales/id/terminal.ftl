### The terminal chat (`npm run chat`): lines only a terminal needs (see locales/en/terminal.ftl).

terminal-welcome = Velro di terminalmu. /help menampilkan perintah, /quit untuk keluar.
terminal-first-start = Sedang membuat basis data bawaan di { $dir } — permulaan pertama butuh beberapa detik…
terminal-help-debug = /debug — tampilkan atau sembunyikan sumbangan tiap mesin pada balasan
terminal-help-quit = /quit — keluar
terminal-debug-on = Detail mesin dinyalakan.
terminal-debug-off = Detail mesin dimatikan.
terminal-persona-how = Pilih salah satu dengan mengetik /persona dan namanya, misalnya /persona sage.
terminal-persona-unknown = Aku tidak kenal karakter bernama “{ $name }”. /persona menampilkan semuanya.
terminal-memory-how = Ketik /memory dan nama ruangan untuk melihat isinya, misalnya /memory work.
terminal-memory-next = Selanjutnya: { $command }
terminal-forget-how = Ketik /forget dan nama ruangan untuk melupakannya, /forget dan beberapa kata untuk melupakan satu kenangan, atau /forget all untuk melupakan semuanya.
terminal-confirm = Ketik “{ $word }” untuk memastikan; jawaban lain membatalkan.
terminal-confirm-word = ya
terminal-export-saved = Disimpan di { $path }
