### The terminal chat (`npm run chat`): lines only a terminal needs (see locales/en/terminal.ftl).

terminal-welcome = Velro في طرفيّتك. /help يعرض الأوامر و/quit للخروج.
terminal-first-start = أُنشئ قاعدة البيانات المدمجة في { $dir } — يستغرق التشغيل الأول بضع ثوانٍ…
terminal-help-debug = /debug — إظهار ما أضافه كل محرّك إلى الردّ أو إخفاؤه
terminal-help-quit = /quit — خروج
terminal-debug-on = تفاصيل المحرّكات مفعّلة.
terminal-debug-off = تفاصيل المحرّكات متوقّفة.
terminal-persona-how = اختر شخصية بكتابة /persona واسمها، مثلًا /persona sage.
terminal-persona-unknown = لا أعرف شخصية باسم «{ $name }». يعرضها /persona كلها.
terminal-memory-how = اكتب /memory واسم الغرفة لترى ما فيها، مثلًا /memory work.
terminal-memory-next = المزيد: { $command }
terminal-forget-how = اكتب /forget واسم الغرفة لنسيانها، أو /forget وبضع كلمات لنسيان ذكرى واحدة، أو /forget all لنسيان كل شيء.
terminal-confirm = اكتب «{ $word }» للتأكيد؛ أيّ ردّ آخر يلغي.
terminal-confirm-word = نعم
terminal-export-saved = حُفظ في { $path }
