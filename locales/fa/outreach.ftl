### یادآورها، احوال‌پرسی‌ها، دفتر روزانه و رؤیاها: بات فقط وقتی خودش اول پیام می‌دهد که کاربر روشنش کرده باشد.

outreach-zone-ask = برای اینکه زمان‌ها درست باشد، منطقهٔ زمانی‌ات را لازم دارم 🌍 در کدام شهری؟ می‌توانی اختلافت با UTC را هم بفرستی، مثلاً UTC+3:30.
outreach-zone-placeholder = نام شهر، یا UTC+3:30
outreach-zone-unknown = این جا را هنوز نمی‌شناسم 🤔 می‌شود یک شهر بزرگ نزدیکش را بگویی، یا اختلافت با UTC را (مثلاً UTC+3:30 یا UTC+4)؟
outreach-zone-change = الان کجایی؟ با نام شهرت یا اختلافت با UTC (مثلاً UTC+3:30) جواب بده.
outreach-zone-set = ثبت شد: { $zone } — آنجا الان ساعت { $time } است.
outreach-zone-unset = هنوز مشخص نشده
outreach-private-only = بیا این را در گفت‌وگوی خصوصی‌مان تنظیم کنیم 🙂

outreach-checkins-menu =
    💬 گاهی خودم اول پیام می‌دهم و حالت را می‌پرسم — دربارهٔ چیزهایی که برایم تعریف کرده‌ای.

    هر چند وقت: { $cadence }
    ساعت‌های سکوت: { $quiet }
    منطقهٔ زمانی: { $zone }
outreach-cadence-off = خاموش
outreach-cadence-daily = هر روز
outreach-cadence-few = هر چند روز یک بار
outreach-cadence-weekly = هفته‌ای یک بار
outreach-checkins-usage = برای انتخاب با دکمه‌ها /checkins را بفرست، یا /checkins daily، /checkins few، /checkins weekly یا /checkins off.
outreach-checkins-set = احوال‌پرسی: { $cadence }
outreach-button-quiet = 🌙 ساعت‌های سکوت: { $quiet }
outreach-button-zone = 🌍 تغییر منطقهٔ زمانی
outreach-quiet-none = هیچ

outreach-button-stop-reminder = 🔕 لغو یادآورهایم
outreach-button-stop-checkin = 🔕 دیگر نپرس
outreach-button-stop-diary = 🔕 خاموش کردن دفتر روزانه
outreach-button-stop-dream = 🔕 دیگر رؤیا نه
outreach-stopped-toast = انجام شد 🔕
outreach-stopped-reminder = { $count ->
        [0] باشد. یادآور دیگری در انتظار نداری.
       *[other] باشد — { $count } یادآور دیگرت را لغو کردم. برای یادآور تازه /remind.
    }
outreach-stopped-checkin = باشد، دیگر خودم اول پیام نمی‌دهم 🔕 هر وقت خواستی /checkins دوباره روشنش می‌کند.
outreach-stopped-diary = باشد، دفتر روزانه خاموش شد. نوشته‌های قبلی در /diary می‌مانند.
outreach-stopped-dream = باشد، دیگر رؤیای صبحگاهی نه. /dreams on برشان می‌گرداند.

outreach-checkin-followup = سلام { $name }! بهم گفته بودی: «{ $memory }» — خب، چطور پیش رفت؟
outreach-checkin-recent = سلام { $name }، هنوز به چیزی که تعریف کردی فکر می‌کنم: «{ $memory }». اوضاعش چطور است؟
outreach-checkin-general = سلام { $name }! فقط خواستم حالت را بپرسم — امروز چطوری؟

outreach-reminder = ⏰ یادآوری: { $text }
outreach-reminder-late = ⏰ یادآوری (کمی دیر، ببخشید): { $text }
outreach-remind-usage = بگو کی و چه چیزی، مثلاً: /remind فردا ساعت ۹ به مامان زنگ بزن
outreach-remind-no-time = نفهمیدم کی 🤔 چیزی شبیه «/remind فردا ساعت ۹ به مامان زنگ بزن» یا «/remind ۲ ساعت دیگر استراحت کن» را امتحان کن.
outreach-remind-past = آن زمان گذشته است — زمانی را انتخاب می‌کنی که هنوز نرسیده؟
outreach-remind-too-far = حداکثر تا یک سال بعد می‌توانم یادآوری کنم. زمان نزدیک‌تری انتخاب می‌کنی؟
outreach-remind-no-text = و چه چیزی را یادت بیندازم؟ مثلاً: /remind فردا ساعت ۹ به مامان زنگ بزن
outreach-remind-set = ⏰ حتماً! { $when } یادت می‌اندازم: «{ $text }»
outreach-reminders-empty = یادآوری در انتظار نداری. با /remind فردا ساعت ۹ به مامان زنگ بزن یکی بساز.
outreach-reminders-list = { $count ->
        [one] ⏰ یادآورت (✖ لغوش می‌کند):
       *[other] ⏰ { $count } یادآور تو (✖ یکی را لغو می‌کند):
    }
outreach-reminders-line = { $n }. { $when } — { $text }
outreach-reminder-cancelled = یادآور لغو شد
outreach-reminder-gone = این یادآور قبلاً فرستاده یا لغو شده است

outreach-diary-on = 📔 دفتر روزانه روشن شد: هر شب می‌نویسم روزت چه حالی داشت و دربارهٔ چه حرف زدیم. /diary نشانش می‌دهد.
outreach-diary-off = دفتر روزانه خاموش شد. نوشته‌های قبلی می‌مانند؛ /diary نشانشان می‌دهد.
outreach-diary-usage = /diary دفترت را نشان می‌دهد؛ /diary on روشنش می‌کند و /diary off خاموشش.
outreach-diary-empty = { $on ->
        [yes] 📔 دفترت هنوز خالی است — اولین صفحه امشب نوشته می‌شود.
       *[no] 📔 دفترت خالی است. /diary on روشنش می‌کند: هر شب می‌نویسم روزت چه حالی داشت و دربارهٔ چه حرف زدیم.
    }
outreach-diary-entry =
    📔 { $date }

    { $mood }

    دربارهٔ چه حرف زدیم:
    { $summary }

    ({ $page }/{ $pages })
outreach-diary-mood-low = روز سنگینی بود.
outreach-diary-mood-even = روز آرام و یکنواختی بود.
outreach-diary-mood-high = روز روشنی بود.
outreach-diary-mood-unknown = آن‌قدر نبود که بشود حال‌وهوای روز را خواند.

outreach-dreams-on = 🌙 رؤیاها روشن شد: هر صبح رؤیای کوتاهی برایت تعریف می‌کنم که از چیزهایی که با من در میان گذاشته‌ای بافته شده. /dreams off خاموششان می‌کند.
outreach-dreams-on-illustrated = 🌙 رؤیاها روشن شد، با تصویر وقتی چیزی برای کشیدن باشد (هزینه‌اش مثل /imagine). /dreams on فقط متن، /dreams off خاموش.
outreach-dreams-off = رؤیاها خاموش شد. با این حال خواب‌های خوش ببینی 🌙
outreach-dreams-usage = { $state ->
        [on] 🌙 رؤیاهای صبحگاهی روشن‌اند.
        [illustrated] 🌙 رؤیاهای صبحگاهی روشن‌اند، با تصویر.
       *[off] 🌙 رؤیاهای صبحگاهی خاموش‌اند.
    } /dreams on، /dreams illustrated یا /dreams off.
outreach-dream-message =
    🌙 دیشب خوابت را دیدم…

    { $dream }
