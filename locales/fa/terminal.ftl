### The terminal chat (`npm run chat`): lines only a terminal needs (see locales/en/terminal.ftl).

terminal-welcome = Velro در ترمینال تو. /help فرمان‌ها را نشان می‌دهد و /quit خارج می‌شود.
terminal-first-start = در حال ساختن پایگاه داده‌ی داخلی در { $dir } — اولین اجرا چند ثانیه طول می‌کشد…
terminal-help-debug = /debug — نشان دادن یا پنهان کردن سهم هر موتور در پاسخ
terminal-help-quit = /quit — خروج
terminal-debug-on = جزئیات موتورها روشن شد.
terminal-debug-off = جزئیات موتورها خاموش شد.
terminal-persona-how = برای انتخاب، /persona و نامش را بنویس؛ مثلاً /persona sage.
terminal-persona-unknown = شخصیتی به نام «{ $name }» نمی‌شناسم. /persona همه را نشان می‌دهد.
terminal-memory-how = برای دیدن محتوای یک اتاق، /memory و نام اتاق را بنویس؛ مثلاً /memory work.
terminal-memory-next = ادامه: { $command }
terminal-forget-how = برای فراموش کردن یک اتاق /forget و نام اتاق را بنویس، برای یک خاطره /forget و چند کلمه، و برای همه چیز /forget all.
terminal-confirm = برای تأیید «{ $word }» را بنویس؛ هر پاسخ دیگری لغو می‌کند.
terminal-confirm-word = بله
terminal-export-saved = ذخیره شد در { $path }
