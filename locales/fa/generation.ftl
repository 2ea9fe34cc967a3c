### Creating images and videos (Persian). "اعتبار" = credits; model names are not translated.

## The picker

gen-title-image = 🎨 ساختن تصویر
gen-title-video = 🎬 ساختن ویدیو
gen-title-edit = 🪄 ویرایش عکست

gen-picker-model = مدل: { $model } — { $credits } اعتبار

gen-picker-aspect = نسبت تصویر: { $aspect }

gen-picker-balance = موجودی تو: { $balance } اعتبار

gen-button-create = ✅ بساز — { $credits } اعتبار

gen-expired = این درخواست منقضی شده است — دوباره بفرستش.

gen-cancelled = باشه، لغو شد — چیزی از اعتبارت کم نشد.

gen-toast-on-it = دست‌به‌کار شدم!

gen-preparing = ⏳ در حال آماده‌سازی { $model }…

gen-photo-download-failed = نتوانستم آن عکس را از تلگرام دانلود کنم (خیلی بزرگ است یا منقضی شده). لطفاً دوباره بفرستش.

## Using the commands

gen-imagine-usage = چه چیزی بسازم؟ مثلاً /imagine روباهی در برف هنگام سپیده‌دم
gen-video-usage = ویدیو چه چیزی نشان بدهد؟ مثلاً /video موج‌هایی که هنگام غروب به ساحل می‌خورند
gen-edit-usage = روی یک عکس با /edit <چه تغییری> پاسخ بده، مثلاً /edit برفی‌اش کن.
gen-edit-prompt-missing = بگو چه چیزی را تغییر بدهم، مثلاً /edit آبرنگی‌اش کن.

gen-offer = می‌خواهی برایت بسازمش؟ دکمه را بزن تا مدل را انتخاب کنی:

## /models, /balance, /history

gen-models-title = مدل‌هایی که می‌توانم از آن‌ها استفاده کنم:

gen-models-line = • { $model } — { $credits } اعتبار

gen-models-footer = قیمت‌ها به اعتبار است و هزینهٔ هر چیزی که ناموفق بماند برگردانده می‌شود. /balance موجودی‌ات را نشان می‌دهد و /buy آن را شارژ می‌کند.

gen-balance = 💳 { $balance } اعتبار داری. /models قیمت‌ها را نشان می‌دهد و با /buy می‌توانی با ستاره‌های تلگرام اعتبارت را شارژ کنی.

gen-history-empty = هنوز چیزی نساخته‌ای. این را امتحان کن: /imagine فانوس دریایی در طوفان

gen-history-title = تازه‌ترین ساخته‌هایت:

gen-history-line =
    { $icon } { $model }: «{ $prompt }» ({ $cost } اعتبار{ $refunded ->
        [yes] ، بازگردانده شد
       *[no] {""}
    })

## Refusals

gen-refused-prompt-empty = بگو چه چیزی بسازم، مثلاً /imagine روباهی در برف.

gen-refused-prompt-too-long = این توضیح { $length } نویسه دارد؛ حداکثر { $limit } نویسه مجاز است. لطفاً کوتاه‌ترش کن.

gen-refused-unknown-model = این مدل برای این درخواست در دسترس نیست. فهرست مدل‌ها را در /models ببین.

gen-refused-photo-required = روی یک عکس با /edit <چه تغییری> پاسخ بده.

gen-refused-rate-limited = در یک دقیقهٔ گذشته { $limit } بار درخواست ساخت داده‌ای — لطفاً { $seconds } ثانیه صبر کن.

gen-refused-insufficient-credits = هزینهٔ { $model } { $cost } اعتبار است و تو { $balance } اعتبار داری. با /buy اعتبارت را شارژ کن.

gen-refused-too-many-running = الان { $max } درخواست ساخت در جریان داری. لطفاً صبر کن تا یکی تمام شود.

gen-unavailable-not-configured = 🛠 ساخت تصویر و ویدیو هنوز روی این ربات راه‌اندازی نشده است. چیزی از اعتبارت کم نشد.

gen-unavailable-down = 🛠 ساخت تصویر و ویدیو الان در دسترس نیست: سرویس‌دهنده‌مان پاسخ نمی‌دهد. چیزی از اعتبارت کم نشد — لطفاً چند دقیقهٔ دیگر دوباره امتحان کن.

gen-refused-already-requested = این ساخت قبلاً درخواست شده است.

## Progress of a creation

gen-button-cancel = ✖ لغو

gen-toast-cancelled = لغو شد — اعتبارت برگشت.

gen-toast-already-finished = قبلاً تمام شده.

gen-stage-submitted = ⏳ به استودیو فرستاده شد…
gen-stage-queued = ⏳ در صف…
gen-stage-queued-position = ⏳ در صف — نوبت { $position }
gen-stage-running = 🖌 دارم می‌سازمش…

gen-done = ✅ تمام شد — { $cost } اعتبار مصرف شد.

gen-result-too-large =
    { $kind ->
        [video] ویدیوی تو
       *[image] تصویر تو
    } برای تلگرام خیلی بزرگ است — از اینجا ببینش: { $url }

gen-result-link =
    { $kind ->
        [video] ویدیوی تو
       *[image] تصویر تو
    } آماده است: { $url }

## Failures (credits returned)

gen-failed-content-policy = فیلتر ایمنی مدل این درخواست را رد کرد. لطفاً توضیحت را جور دیگری بنویس — اعتبارت برگشت.

gen-failed-validation = مدل نتوانست این درخواست را بپذیرد. توضیح دیگری را امتحان کن — اعتبارت برگشت.

gen-failed-validation-detail = مدل نتوانست این درخواست را بپذیرد ({ $detail }). توضیح دیگری را امتحان کن — اعتبارت برگشت.

gen-failed-timeout = کار مدل خیلی طول کشید و نیمه‌کاره ماند. اعتبارت برگشت — لطفاً دوباره امتحان کن.

gen-failed-service = سرویس تصویر/ویدیو از سمت خودش به مشکل خورد. اعتبارت برگشت — لطفاً چند لحظهٔ دیگر دوباره امتحان کن.

gen-failed-cancelled = لغو شد — اعتبارت برگشت.

gen-failed-interrupted = درخواست ساختت پیش از شروع متوقف شد. اعتبارت برگشت — لطفاً دوباره امتحان کن.

gen-failed-unconfirmed = سرویس تصویر/ویدیو تأیید نکرد که درخواستت را دریافت کرده، برای همین اعتبارت برگشت. اگر با این حال کار تمام شد، رایگان برایت می‌فرستمش.

gen-late-result-free = 🎁 بالاخره آماده شد — و این یکی مهمان من؛ اعتبارت همچنان پیش خودت می‌ماند.

## Bringing a photo to life: /animate and the 🎬 button

gen-title-animate = 🎬 جان‌بخشیدن به عکست

gen-animate-natural-motion = حرکت: طبیعی و نرم — به انتخاب مدل

gen-animate-hint = چیز مشخصی در نظر داری؟ روی عکس با /animate <چه چیزی حرکت کند> پاسخ بده، مثلاً /animate موج‌ها به ساحل می‌رسند.

gen-animate-usage = روی یک عکس با /animate پاسخ بده تا آن را به یک ویدیوی کوتاه و زنده تبدیل کنم. اگر دوست داری بگو چه چیزی حرکت کند: /animate موهایش در باد تکان می‌خورد. می‌توانی عکسی هم با زیرنویس /animate بفرستی.

gen-animate-photo-gone = دیگر به آن عکس دسترسی ندارم — کافی است روی آن با /animate پاسخ بدهی.

gen-button-animate = 🎬 جان بده

gen-photo-too-big = این تصویر برای من خیلی بزرگ است: تلگرام فقط تا ۲۰ مگابایت اجازهٔ دانلود می‌دهد. آن را به‌صورت عکس بفرست نه فایل، یا تصویر کوچک‌تری انتخاب کن. چیزی از اعتبارت کم نشد.

gen-photo-not-image = این فایل تصویری نیست که بتوانم از آن استفاده کنم — لطفاً یک عکس بفرست (JPEG، PNG یا WebP). چیزی از اعتبارت کم نشد.

## /models: sections, and what chatting costs

gen-models-section-image = 🎨 تصویر از روی توصیف — /imagine

gen-models-section-edit = 🪄 ویرایش عکس — روی عکس با /edit پاسخ بده

gen-models-section-video = 🎬 ویدیو از روی توصیف — /video

gen-models-section-animate = ✨ جان‌بخشیدن به عکس — روی عکس با /animate پاسخ بده

gen-models-section-services = 💬 در گفت‌وگوهایمان

gen-service-stt =
    • گوش دادن به پیام صوتی یا ویدیویی — { $credits ->
        [0] رایگان
       *[other] { $credits } اعتبار برای هر پیام
    }

gen-service-tts =
    • پاسخ با پیام صوتی (/voice) — { $credits ->
        [0] رایگان
       *[other] { $credits } اعتبار برای هر ۵۰۰ نویسهٔ آغازشده
    }

gen-service-vision =
    • نگاه کردن به عکسی که می‌فرستی — { $credits ->
        [0] رایگان
       *[other] { $credits } اعتبار برای هر عکس یا آلبوم
    }

gen-service-documents =
    • خواندن سندی که می‌فرستی (متن، Markdown، PDF) — { $credits ->
        [0] رایگان
       *[other] { $credits } اعتبار برای هر سند
    }
