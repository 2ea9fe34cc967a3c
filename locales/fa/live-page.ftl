### The live-status web page (Persian).

live-title = وضعیت زندهٔ Velro
live-token-placeholder = توکنی را که از /token گرفتی اینجا بچسبان
live-connect = اتصال
live-not-connected = متصل نیست. برای گرفتن توکن، /token را برای ربات بفرست.
live-balance = موجودی
live-generations = ساخته‌ها
live-conversation = گفت‌وگو
live-events = رویدادها
live-credits-unit = اعتبار
live-col-job = کار
live-col-model = مدل
live-col-status = وضعیت
live-col-progress = پیشرفت
live-col-result = نتیجه
live-open = باز کردن
live-failed = ناموفق
live-connecting = در حال اتصال…
live-connected = متصل با شناسهٔ { $user }
live-connected-admin = متصل با شناسهٔ { $user } (مدیر)
live-missed = چند رویداد قدیمی‌تر در زمان قطع بودن اتصال از دست رفت
live-error = خطا: { $message }
live-disconnected-fatal = اتصال قطع شد: { $reason }. با /token توکن تازه بگیر.
live-reconnecting = اتصال قطع شد ({ $reason })؛ تلاش دوباره تا { $seconds } ثانیهٔ دیگر…
