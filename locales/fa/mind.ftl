### /persona, /memory and /forget (Persian).

## /persona

persona-menu =
    الان { $emoji } { $name } هستم. چه کسی باشم؟

    { $list }

    یا شخصیت خودت را توصیف کن: /persona custom <توضیح>

persona-line = { $emoji } { $name } — { $tagline }

persona-tagline-velro = همدم گرم و حواس‌جمع تو که چیزهای مهم زندگی‌ات را به خاطر می‌سپارد
persona-tagline-kit = رفیقی زبان‌دراز و کنایه‌زن، ولی با دلی نرم
persona-tagline-sage = راهنمایی آرام و خردمند که کمکت می‌کند همه‌چیز را سبک‌سنگین کنی
persona-tagline-spark = رفیقی بازیگوش و پرانرژی که هر چیزی را به یک ماجراجویی تبدیل می‌کند
persona-tagline-atlas = دستیاری کوتاه‌گو و حرفه‌ای: پاسخ‌های روشن، بی‌حاشیه

persona-chosen-toast = { $emoji } باشه، از حالا { $name }!

persona-chosen = { $emoji } حالا { $name } هستم — { $tagline }

persona-unavailable = این شخصیت دیگر در دسترس نیست.

persona-custom-created =
    { $emoji } با { $name } آشنا شو: { $tagline }
    از حالا همین‌طور حرف می‌زنم. با /persona می‌توانی برگردی.

persona-custom-empty = شخصیت را در یکی دو جمله توصیف کن، مثلاً /persona custom ملوان بازنشستهٔ آرامی به اسم ند که عاشق چای است

persona-custom-too-short = این توضیح خیلی کوتاه است: دست‌کم { $min } نویسه بنویس. مثال: /persona custom ملوان بازنشستهٔ آرامی به اسم ند که عاشق چای است

persona-custom-too-long = این توضیح خیلی بلند است: حداکثر { $max } نویسه مجاز است (توضیح تو { $length } نویسه دارد). در یکی دو جمله خلاصه‌اش کن.

persona-custom-refused = نمی‌توانم از این شخصیت استفاده کنم: توضیح می‌تواند شخصیتم را شکل بدهد، ولی قانون‌هایم را نه. سعی کن بگویی این شخصیت چطور حرف می‌زند و چه جور شخصیتی دارد.

## The memory palace: rooms

room-identity = 🪪 دربارهٔ تو
room-people = 👥 آدم‌ها
room-work = 💼 کار
room-education = 🎓 تحصیل
room-hobbies = 🎨 سرگرمی‌ها
room-preferences = ❤️ پسندها و ناپسندها
room-plans = 🗓 برنامه‌ها
room-events = 📅 رویدادها
room-health = 🩺 سلامت
room-places = 📍 مکان‌ها
room-pets = 🐾 حیوانات خانگی
room-feelings = 💭 احساسات
room-episodes = 💬 گفت‌وگوها

## /memory

memory-empty = هنوز چیزی از تو به یاد ندارم. از خودت برایم بگو!

memory-overview = 🏛 کاخ حافظه‌ات: { $memories } خاطره در { $rooms } اتاق. یک اتاق را انتخاب کن.

memory-page-title = { $room } — صفحهٔ { $page }/{ $pages }

memory-when = { $relative }، { DATETIME($date, day: "numeric", month: "short", year: "numeric") }

memory-room-empty = اتاق «{ $room }» حالا خالی است.

memory-button-prev = ‹ قبلی
memory-button-rooms = « اتاق‌ها
memory-button-next = بعدی ›

memory-unknown-room = اتاق ناشناخته.

## /forget

forget-pick = چه چیزی را فراموش کنم؟ یک اتاق را انتخاب کن، یا همه‌چیز را.

forget-button-everything = 🧨 همه‌چیز را فراموش کن

forget-all-confirm = همهٔ چیزهایی را که از تو به یاد دارم فراموش کنم؟ این کار برگشت‌پذیر نیست.

forget-button-confirm = بله، همه‌چیز را فراموش کن

forget-room-done = انجام شد: { $count } خاطره را از { $room } فراموش کردم.

forget-room-toast = { $count } خاطره فراموش شد.

forget-not-found = خاطره‌ای شبیه این پیدا نکردم. /memory هر چه را به یاد دارم نشان می‌دهد.

forget-one-done = فراموش شد: «{ $text }»

forget-toast-forgotten = فراموش شد.

forget-toast-gone = قبلاً پاک شده.

forget-toast-wiped = انجام شد.

forget-all-done =
    🧹 انجام شد — { $count ->
        [0] همه‌چیز را
        [1] { $count } خاطره را
       *[other] هر { $count } خاطره را
    } فراموش کردم. از یک صفحهٔ سفید شروع می‌کنیم.

forget-toast-cancelled = چیزی فراموش نشد.

forget-cancelled = باشه، همه‌چیز یادم می‌ماند.
