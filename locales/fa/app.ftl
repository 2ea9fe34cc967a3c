### The Mini App (opened from the chat's menu button, /start and /help) and its buttons in the chat.

## In the chat

# Inline button under /start and /help that opens the Mini App.
app-open-button = ✨ باز کردن برنامهٔ Velro
# The chat's menu button (beside the message field) that opens the Mini App. Keep it short.
app-menu-button = برنامهٔ Velro
# Plain-text page shown at /app when the service was started without building the app (an operator's mistake).
app-not-built = برنامهٔ Velro هنوز روی این سرور در دسترس نیست. لطفاً کمی بعد دوباره امتحان کن.

## Everywhere in the app

# Shown while the app signs in and loads.
app-loading = در حال بارگذاری…
# The tab bar at the bottom; each label sits under an icon, so keep them to one short word.
app-nav-chat = گفتگو
app-nav-memories = حافظه
app-nav-creations = گالری
app-nav-credits = اعتبار
app-nav-persona = شخصیت
app-nav-live = زنده
# Sign-in refused: the Telegram data was not signed for this bot (tampered with, or another bot's).
app-signin-forged = نتوانستم تأیید کنم که خودت هستی: اطلاعات ورود تلگرام با این ربات جور نیست. برنامه را ببند و دوباره از گفتگو باز کن.
# Sign-in refused: the Telegram data is more than a day old.
app-signin-stale = این نشست خیلی قدیمی است. برنامه را ببند و دوباره از گفتگو باز کن.
# Sign-in refused for another reason (malformed data).
app-signin-invalid = تلگرام اطلاعات ورود را نفرستاد. برنامه را با دکمهٔ منوی گفتگو باز کن.
# The page was opened in a normal browser, not inside Telegram.
app-signin-outside = این برنامه را از گفتگو با Velro در تلگرام باز کن؛ آنجا خودکار وارد می‌شوی.
# The service could not be reached.
app-network-error = الان به سرور دسترسی ندارم. اتصالت را بررسی کن و دوباره امتحان کن.
# Generic failure of an action.
app-error = مشکلی پیش آمد. لطفاً دوباره امتحان کن.
# Button that repeats what failed.
app-retry = دوباره امتحان کن
# Shown while the live connection is being re-established.
app-reconnecting = در حال اتصال دوباره…
# Confirmation buttons.
app-confirm = بله
app-cancel = انصراف
app-save = ذخیره
app-delete = حذف
app-edit = ویرایش

## Chat page

# Placeholder of the message field. $name: the persona's name (e.g. Velro).
app-chat-placeholder = پیام به { $name }…
# Send button (also its accessible label).
app-chat-send = ارسال
# Button that stops the reply being written.
app-chat-stop = توقف
# Shown in an empty conversation.
app-chat-empty = سلام! این همان گفتگوی ما در تلگرام است: هرچه اینجا بگویی، آنجا هم یادم می‌ماند.
# Under a reply: how many memories it drew on; tapping opens them. $count: how many.
app-chat-memories-used = { $count ->
    [one] از { $count } خاطره کمک گرفتم
   *[other] از { $count } خاطره کمک گرفتم
}
# Error under a message when the user sends too fast. $seconds: how long to wait.
app-chat-rate-limited = تندتر از آنچه بتوانم بخوانم می‌نویسی؛ { $seconds } ثانیهٔ دیگر دوباره امتحان کن.
# Error under a message when the reply failed or the connection dropped; the message can be sent again.
app-chat-failed = این پیام پاسخی نگرفت. برای ارسال دوباره بزن.
# Shown while a reply is being written in the Telegram chat at the same moment.
app-chat-waiting = هنوز دارم جواب می‌دهم…

## Memory palace page

# Page title.
app-memories-title = کاخ حافظه
# Search field placeholder.
app-memories-search = جستجو در خاطره‌ها
# Filter chip showing every room.
app-memories-all = همه
# Empty palace.
app-memories-empty = هنوز چیزی اینجا نیست. در گفتگو از خودت بگو، یا خودت خاطره‌ای اضافه کن.
# No search results.
app-memories-no-results = هیچ خاطره‌ای با این جور نیست.
# Button and form title for adding a memory.
app-memories-add = افزودن خاطره
# Placeholder of the new memory's text.
app-memories-add-placeholder = مثلاً: به بادام‌زمینی حساسیت دارم
# Room picker option that lets Velro choose the room from the text.
app-memories-room-auto = بگذار Velro اتاق را انتخاب کند
# Button that pins a memory (always considered when Velro replies).
app-memories-pin = سنجاق
# Button that unpins a memory.
app-memories-unpin = برداشتن سنجاق
# Badge on a pinned memory.
app-memories-pinned = 📌 همیشه در یاد
# Refusal when too many memories are pinned. $max: the limit.
app-memories-pin-limit = حداکثر { $max } خاطره را می‌توانی سنجاق کنی. اول یکی را بردار.
# Asked before deleting a memory.
app-memories-delete-confirm = این خاطره را فراموش کنم؟ دیگر نمی‌توانم برش گردانم.
# Section listing the memories Velro's last reply used.
app-memories-last-used = در آخرین پاسخم به کار رفت
# How often a memory was said. $count: times.
app-memories-mentions = { $count ->
    [one] یک بار گفته شد
   *[other] { $count } بار گفته شد
}

## Gallery page

# Page title.
app-creations-title = ساخته‌های تو
# Empty gallery.
app-creations-empty = هنوز چیزی نساخته‌ای. در گفتگو /imagine را امتحان کن؛ تصویرها و ویدیوهایت اینجا می‌آیند.
# Creation is not set up on this bot.
app-creations-unavailable = ساخت تصویر و ویدیو روی این ربات راه‌اندازی نشده است.
# A creation's cost. $cost: credits.
app-creations-cost = { $cost ->
    [one] { $cost } اعتبار
   *[other] { $cost } اعتبار
}
# Button that sends a creation to the Telegram chat again.
app-creations-send = فرستادن به گفتگو
# Toast after a creation was sent.
app-creations-sent = به گفتگویمان فرستاده شد ✓
# Asked before deleting a creation.
app-creations-delete-confirm = این ساخته از گالری‌ات حذف شود؟
# Button loading older creations.
app-creations-more = نمایش قدیمی‌ترها

## Credits page

# Page title.
app-credits-title = اعتبار
# The balance. $balance: credits.
app-credits-balance = { $balance ->
    [one] { $balance } اعتبار
   *[other] { $balance } اعتبار
}
# Section title over the packs.
app-credits-buy = شارژ با ستاره‌های تلگرام
# A pack's button. $credits: credits in it, $stars: its price in Stars.
app-credits-pack = { $credits } اعتبار · { $stars } ⭐
# After the payment sheet closed: paid (the credits arrive a moment later).
app-credits-paid = ممنون! اعتبارت در راه است.
# After the payment sheet closed without paying.
app-credits-cancelled = پرداخت لغو شد؛ چیزی کسر نشد.
# After a failed payment.
app-credits-failed = پرداخت انجام نشد. چیزی کسر نشد.
# While Telegram is still processing the payment.
app-credits-pending = پرداختت در حال پردازش است…
# Section title over the ledger.
app-credits-history = تاریخچه
# Empty ledger.
app-credits-history-empty = هنوز تراکنشی نیست.
# Ledger lines in plain words. $model: the creation's model, when known.
app-ledger-grant = هدیهٔ خوش‌آمد
app-ledger-purchase = خرید با ستاره
app-ledger-reserve = ساخت با { $model }
app-ledger-release = بازپرداخت برای { $model }
app-ledger-capture = ساخت با { $model } تمام شد
app-ledger-adjust = اصلاح توسط تیم
app-ledger-stars_refund = ستاره‌ها بازگردانده شد
app-ledger-transfer_out = انتقال به یک تیم
app-ledger-transfer_in = دریافت از یک تیم
# A ledger line of a kind the app does not know. $kind: its technical name.
app-ledger-other = { $kind }
# Shown instead of the model name when it is not known.
app-ledger-unknown-model = یک مدل

## Persona and mood page

# Section title: the persona in use.
app-persona-title = من با تو چه کسی هستم
# Badge on the persona in use.
app-persona-current = فعلی
# Title of the custom persona form.
app-persona-custom = شخصیت دلخواهت را توصیف کن
# Placeholder of the custom persona description.
app-persona-custom-placeholder = مثلاً: ملوانی بازنشسته و آرام به نام ند که عاشق چای است
# Button creating the custom persona.
app-persona-custom-create = ساختن
# Section title: the mood.
app-mood-title = حال‌وهوای این روزهایت
# No mood readings yet.
app-mood-none = هنوز چیز زیادی متوجه نشده‌ام؛ تازه با هم آشنا شده‌ایم.
# Caption of the chart. $weeks: how many weeks it shows.
app-mood-chart = { $weeks ->
    [one] روز به روز، این هفته
   *[other] روز به روز، { $weeks } هفتهٔ گذشته
}
# Chart axis labels: the top (good mood) and the bottom (low mood).
app-mood-good = 🙂 خوب
app-mood-low = 🙁 گرفته

## Live page

# Page title.
app-live-title = زنده
# No creation in progress.
app-live-empty = الان چیزی در حال ساخت نیست. در گفتگو با /imagine یا /video شروع کن.
# A creation waiting in the provider's queue. $position: its place, when known (0 if unknown).
app-live-queued = { $position ->
    [0] در صف…
   *[other] در صف: نفر { $position }.
}
# A creation being made.
app-live-running = در حال ساخت…
# A creation that finished.
app-live-done = انجام شد ✓
# A creation that failed. $reason: the explanation.
app-live-failed = نشد: { $reason }
# Button cancelling a creation in progress.
app-live-cancel = لغو
# Heading of an announcement from the team.
app-live-announcement = اطلاعیه

## Team and projects

# Tab bar label (one short word) of the Team page.
app-nav-team = تیم
# Tab bar label (one short word) of the Projects page.
app-nav-projects = پروژه‌ها
# Team page title.
app-team-title = تیم تو
# The user is in no team. /team new is a bot command: keep it as is.
app-team-none = هنوز عضو هیچ تیمی نیستی. در گفت‌وگوی‌مان با /team new و یک نام تیمی بساز، بعد دیگران را دعوت کن تا اعتبار و پروژه‌ها را با هم شریک شوید.
# The user's role in the team shown. $role: the role's name (owner, admin, editor, viewer — already translated).
app-team-role = نقش تو اینجا: { $role }
# The team's shared credit pool. $credits: how many credits it holds.
app-team-pool = { $credits ->
    [one] 💰 اعتبار مشترک: { $credits } اعتبار
   *[other] 💰 اعتبار مشترک: { $credits } اعتبار
}
# The user's monthly spending limit from the pool. $spent: credits spent this month, $cap: the limit.
app-team-cap = سقف ماهانهٔ تو: { $spent } از { $cap } مصرف شده
# The user has no monthly limit. $spent: credits spent from the pool this month.
app-team-no-cap = سقف ماهانه نداری · این ماه { $spent } مصرف شده
# Heading of the member list. $count: how many members.
app-team-members = { $count ->
    [one] { $count } عضو
   *[other] { $count } عضو
}
# Heading of the team's audit log (who did what), shown to owners and admins.
app-team-log = گزارش فعالیت‌ها
# The audit log has no lines.
app-team-log-empty = هنوز اینجا اتفاقی نیفتاده.
# Footnote: the team is managed with the /team command in the chat. Keep /team as is.
app-team-hint = دعوت افراد، تغییر نقش‌ها و تعیین سقف‌ها با /team در گفت‌وگوی‌مان.
# Projects page title.
app-projects-title = پروژه‌ها
# The user has no projects. /project new is a bot command: keep it as is.
app-projects-empty = هنوز پروژه‌ای نداری. در گفت‌وگوی‌مان با /project new و یک نام یکی بساز و ساخته‌هایت را آنجا جمع کن.
# Shown instead of a team's name for a personal project.
app-projects-personal = شخصی
# How many creations a project holds. $count: the number.
app-projects-items = { $count ->
    [one] { $count } اثر
   *[other] { $count } اثر
}
# An open project with no creations yet.
app-projects-nothing = هنوز خالی است — از گالری اثر اضافه کن.
# Heading of the privacy switch of a project.
app-projects-privacy = چه کسی می‌بیند
# Privacy: only the user (or, in a team, its owner, admins and the project's creator).
app-privacy-private = خصوصی
# Privacy: every member of the team.
app-privacy-team = تیم
# Privacy: anyone with the link.
app-privacy-public = عمومی
# Above the link of a project just made public.
app-projects-public-link = هر کس این پیوند را داشته باشد می‌تواند ببیند (فقط ببیند):
# A public project whose link is no longer shown (it is shown only once, when made public).
app-projects-public-hidden = این پروژه عمومی است. پیوندش فقط یک بار، هنگام عمومی شدن، نشان داده می‌شود — برای پیوند تازه دوباره «عمومی» را انتخاب کن (پیوند قبلی دیگر کار نمی‌کند).
# Button taking a creation out of the project (the creation itself stays in the gallery).
app-projects-remove = بیرون آوردن
# Button on a gallery card that opens the list of projects to add the creation to.
app-projects-add = افزودن به پروژه
# Toast after a creation was added. $project: the project's name.
app-projects-added = به { $project } اضافه شد ✓
# Toast when the creation was in that project already. $project: the project's name.
app-projects-already = از قبل در { $project } هست
# The picker has no project the user may add to. /project new is a bot command: keep it as is.
app-projects-none-to-file = هنوز پروژه‌ای نیست که بتوانی به آن اضافه کنی — با /project new در گفت‌وگوی‌مان یکی بساز.
# The user's role does not allow what they tried (e.g. a viewer changing privacy).
app-projects-forbidden = نقش تو در این تیم اجازهٔ این کار را نمی‌دهد.
