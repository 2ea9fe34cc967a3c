### /export, /deletedata, /token and /broadcast (Persian).

## /export and /deletedata

privacy-private-only = 🔒 برای حفظ حریم خصوصی‌ات، این فقط در گفت‌وگوی خصوصی‌مان کار می‌کند.

export-caption = 📦 همهٔ چیزهایی که از تو ذخیره کرده‌ام: نمایه، وضعیت ذهن، خاطره‌ها (سنجاق‌شده‌ها هم)، حال‌وهوای هر روز، تاریخچهٔ گفت‌وگو، دفتر اعتبار، پرداخت‌ها، ساخته‌ها، تیم‌ها و پروژه‌ها، یادآورها، احوال‌پرسی‌ها و دفتر خاطرات، پاسخ‌های صوتی و تنظیمات.

delete-confirm =
    ⚠️ همهٔ داده‌هایت پاک شود؟ نمایه، خاطره‌ها، وضعیت ذهن، تاریخچهٔ گفت‌وگو و ساخته‌هایت برای همیشه پاک می‌شوند.

    موجودی اعتبارت، دفتر آن و سوابق پرداخت با ستاره‌های تلگرام نگه داشته می‌شوند: این‌ها سوابق مالی‌اند که برای بازپرداخت و رسیدگی به اختلاف‌های پرداخت لازم‌اند و هیچ پیامی در آن‌ها نیست.

# Added below delete-confirm when the user owns teams that have other members.
# $count (number) — how many such teams.
delete-confirm-team-handover =
    { $count ->
        [one] 👥 مالک تیمی هستی که اعضای دیگری هم دارد: مالکیتش به قدیمی‌ترین مدیرش می‌رسد (اگر نباشد، به قدیمی‌ترین ویرایشگر و بعد بیننده).
       *[other] 👥 مالک { $count } تیم هستی که اعضای دیگری هم دارند: مالکیت هر کدام به قدیمی‌ترین مدیرش می‌رسد (اگر نباشد، به قدیمی‌ترین ویرایشگر و بعد بیننده).
    }

# Added below delete-confirm when the user owns teams nobody else is in.
# $count (number) — how many such teams; $credits (number) — the credits left in their pools together.
delete-confirm-team-lone =
    { $count ->
        [one] 🗂 در یکی از تیم‌هایت جز تو کسی نیست: آن تیم پاک می‌شود و اعتبار باقی‌مانده در صندوق مشترکش ({ $credits }) از دست می‌رود.
       *[other] 🗂 در { $count } تیمت جز تو کسی نیست: آن‌ها پاک می‌شوند و اعتبار باقی‌مانده در صندوق‌های مشترکشان ({ $credits }) از دست می‌رود.
    }

delete-button-confirm = بله، همه‌چیز را پاک کن

delete-not-yours = این دکمه مال تو نیست.

delete-busy-toast = یک ساخت هنوز در جریان است.
delete-busy = ⏳ یکی از ساخته‌هایت هنوز در جریان است. وقتی تمام شد، دوباره /deletedata را امتحان کن.

delete-done-toast = پاک شد.
delete-done = 🗑 انجام شد. داده‌هایت پاک شد. اگر دوباره برایم بنویسی، مثل دو غریبه از نو شروع می‌کنیم.

delete-cancelled-toast = چیزی پاک نشد.
delete-cancelled = باشه، چیزی پاک نشد.

## /token and /broadcast

token-private-only = برای حفظ حریم خصوصی‌ات، /token را در گفت‌وگوی خصوصی از من بخواه.

token-issued =
    🔑 توکن وضعیت زنده‌ات (تا { $minutes } دقیقه معتبر است؛ آن را پیش خودت نگه دار):

    { $token }

    یک WebSocket به { $wsUrl }?token=<token> وصل کن
    یا صفحهٔ زنده را باز کن: { $pageUrl }

broadcast-admins-only = فقط مدیران می‌توانند اطلاعیه بفرستند.

broadcast-usage = روش استفاده: /broadcast <متن> — یک اطلاعیه برای همهٔ کلاینت‌های وضعیت زنده می‌فرستد.

broadcast-too-long = این اطلاعیه خیلی بلند است (حداکثر { $max } نویسه).

broadcast-sent = 📣 اطلاعیه برای همهٔ کلاینت‌های وضعیت زنده فرستاده شد.
