### The terminal chat (`npm run chat`): lines only a terminal needs (see locales/en/terminal.ftl).

terminal-welcome = Velro terminalinde. Komutlar için /help, çıkmak için /quit.
terminal-first-start = Gömülü veritabanı { $dir } içinde oluşturuluyor — ilk açılış birkaç saniye sürer…
terminal-help-debug = /debug — her motorun yanıta ne kattığını göster ya da gizle
terminal-help-quit = /quit — çık
terminal-debug-on = Motor ayrıntıları açık.
terminal-debug-off = Motor ayrıntıları kapalı.
terminal-persona-how = Birini seçmek için /persona ve adını yaz, örneğin /persona sage.
terminal-persona-unknown = “{ $name }” adında bir karakter tanımıyorum. /persona hepsini listeler.
terminal-memory-how = Bir odada ne olduğunu görmek için /memory ve odanın adını yaz, örneğin /memory work.
terminal-memory-next = Devamı: { $command }
terminal-forget-how = Bir odayı unutmak için /forget ve odanın adını, tek bir anıyı unutmak için /forget ve birkaç kelime, her şeyi unutmak için /forget all yaz.
terminal-confirm = Onaylamak için “{ $word }” yaz; başka her yanıt iptal eder.
terminal-confirm-word = evet
terminal-export-saved = Kaydedildi: { $path }
