### تیم‌ها (اعضایی با نقش‌های مختلف که یک صندوق اعتبار مشترک دارند) و پروژه‌ها (مجموعه‌های ساخته‌ها).

## نقش‌ها

team-role-owner = مالک
team-role-admin = مدیر
team-role-editor = ویرایشگر
team-role-viewer = بیننده

## /team

team-help =
    👥 <b>تیم‌ها</b> یک صندوق اعتبار و پروژه‌ها را با هم شریک‌اند — برای خانواده‌ها، دوستان و استودیوهای کوچک.

    /team new &lt;نام&gt; — ساختن تیم (تو مالکش می‌شوی)
    /team invite [editor|viewer|admin] [تعداد] — پیوند پیوستن
    /team — تیمت، اعضا و اعتبارش
    /team topup &lt;اعتبار&gt; — انتقال اعتبار خودت به صندوق
    /team cap &lt;عضو&gt; &lt;اعتبار|off&gt; — سقف ماهانهٔ یک عضو
    /team role &lt;عضو&gt; &lt;نقش&gt;، /team remove &lt;عضو&gt;، /team leave
    /team transfer &lt;عضو&gt;، /team rename &lt;نام&gt;، /team delete
    /team use &lt;نام&gt; — انتخاب اینکه این فرمان‌ها روی کدام تیمت کار کنند
    /team link — در گروه: هزینهٔ ساخته‌های اعضا در اینجا با تیم است
    /team revoke [شماره|all]، /team log
team-created = 🎉 تیم <b>{ $team }</b> آماده است و تو مالکش هستی. با /team invite آدم‌ها را دعوت کن و صندوقش را با /team topup یا /buy پر کن.
team-overview-title = 👥 <b>{ $team }</b> · نقش تو: { $role }
team-overview-pool = 💰 صندوق: { $credits } اعتبار
team-overview-no-cap = 🎚 سقف ماهانه نداری · خرج این ماه: { $spent }
team-overview-cap = 🎚 سقف ماهانهٔ تو: { $cap } · خرج این ماه: { $spent }
team-overview-members = { $count } عضو:
team-member-line = • { $name } — { $role }
team-member-line-cap = • { $name } — { $role } · سقف { $cap } در ماه
team-balance-line = 👥 { $team } (نقش تو: { $role }): { $credits } اعتبار در صندوق

## دعوت‌ها

team-invite-usage = کسی را به‌عنوان ویرایشگر، بیننده یا مدیر دعوت کن: /team invite editor (یک عدد اضافه کن تا چند نفر با همان پیوند بپیوندند: /team invite viewer 5).
team-invite-created =
    🔗 دعوت به <b>{ $team }</b> با نقش { $role }:
    { $link }

    تا { $uses } نفر می‌توانند با آن بپیوندند، تا { DATETIME($expires, month: "short", day: "numeric", hour: "2-digit", minute: "2-digit") } (UTC). فقط با کسانی که به آن‌ها اعتماد داری به اشتراک بگذار — /team revoke { $id } لغوش می‌کند.
team-invites-none = <b>{ $team }</b> دعوت باز ندارد.
team-invites-title = 🔗 دعوت‌های باز <b>{ $team }</b> (/team revoke &lt;شماره&gt; یا /team revoke all):
team-invite-line = #{ $id } · { $role } · { $uses }/{ $max } استفاده‌شده · تا { DATETIME($expires, month: "short", day: "numeric") }
team-revoke-usage = /team revoke را با شمارهٔ یک دعوت بفرست (فهرست در /team revoke)، یا /team revoke all.
team-revoked = { $count ->
        [0] دعوت بازی برای لغو نبود.
        [one] انجام شد: آن پیوند دعوت دیگر کار نمی‌کند.
       *[other] انجام شد: { $count } پیوند دعوت دیگر کار نمی‌کنند.
    }
team-joined = 🎉 به <b>{ $team }</b> خوش آمدی! با نقش { $role } پیوستی. /team تیم را نشان می‌دهد؛ در گروه وصل‌شده به آن، هزینهٔ ساخته‌هایت از صندوق مشترک است.

## اعضا

team-role-usage = یک عضو و یک نقش بگو: /team role @نام editor (یا به پیامش با /team role viewer پاسخ بده). نقش‌ها: admin، editor، viewer.
team-role-changed = ✅ { $name } حالا { $role } است.
team-removed = ✅ { $name } دیگر در <b>{ $team }</b> نیست.
team-left = 👋 از <b>{ $team }</b> بیرون آمدی.
team-owner-changed = 🔑 حالا <b>{ $team }</b> مال { $name } است؛ تو مدیر می‌مانی.
team-renamed = ✏️ نام <b>{ $from }</b> حالا <b>{ $team }</b> است.
team-in-use = 👥 فرمان‌های /team و /project تو حالا روی <b>{ $team }</b> کار می‌کنند.

## اعتبار

team-topped-up = 💰 { $credits } به صندوق <b>{ $team }</b> رفت — حالا { $pool } در آن است. موجودی خودت: { $balance }.
team-cap-usage = یک عضو و سقف ماهانه به اعتبار بگو: /team cap @نام 300 — یا /team cap @نام off برای برداشتن سقف.
team-cap-set = 🎚 { $name } حالا می‌تواند ماهانه تا { $cap } اعتبار از صندوق خرج کند.
team-cap-off = 🎚 { $name } دیگر سقف ماهانه ندارد.

## گروه‌ها

team-link-group-admins = فقط مدیران گروه می‌توانند آن را به تیمی وصل کنند: این تعیین می‌کند چه کسی هزینهٔ ساخته‌های همه را اینجا می‌دهد.
team-linked = 🔗 این گروه حالا به <b>{ $team }</b> وصل است. /imagine و /video و /edit اعضا در اینجا از صندوق تیم پرداخت می‌شوند (در حد سقف ماهانه‌شان) و در پروژهٔ <b>{ $project }</b> ذخیره می‌شوند. /team link off برمی‌گرداند.
team-unlinked = این گروه دیگر به <b>{ $team }</b> وصل نیست: اینجا هر کس دوباره با اعتبار خودش پرداخت می‌کند.

## حذف

team-delete-confirm = ⚠️ <b>{ $team }</b> حذف شود؟ اعضا، دعوت‌ها و گروه‌های وصل از بین می‌روند؛ اعتبار صندوق به تو برمی‌گردد. این کار برگشت‌پذیر نیست.
team-delete-confirm-button = 🗑 حذف تیم
team-delete-cancel-button = نگهش دار
team-deleted = 🗑 <b>{ $team }</b> حذف شد. { $credits ->
        [0] صندوقش خالی بود.
       *[other] { $credits } اعتبار به موجودی‌ات برگشت.
    }
team-delete-kept = چیزی حذف نشد.
team-delete-stale = آن دکمه مال تیم دیگری است. دوباره /team delete را بفرست.

## گزارش (/team log)

team-log-empty = هنوز در این تیم اتفاقی نیفتاده است.
team-log-title = 📜 <b>{ $team }</b> — تازه‌ترین‌ها اول:
team-log-line = { DATETIME($date, month: "short", day: "numeric", hour: "2-digit", minute: "2-digit") } · { $event }
team-log-team-created = { $actor } تیم را ساخت
team-log-invite-created = { $actor } دعوت { $invite } را ساخت ({ $role }، { $uses } بار استفاده)
team-log-invite-revoked = { $actor } دعوت { $invite } را لغو کرد
team-log-invites-revoked-all = { $actor } همهٔ دعوت‌های باز را لغو کرد
team-log-joined = { $actor } با نقش { $role } پیوست (دعوت { $invite })
team-log-role-changed = { $actor } نقش { $target } را { $to } کرد (قبلاً { $from })
team-log-member-removed = { $actor } { $target } را بیرون کرد
team-log-member-left = { $actor } بیرون رفت
team-log-ownership-transferred = { $actor } مالکیت را به { $target } سپرد
team-log-renamed = { $actor } نام تیم را از { $from } به { $to } تغییر داد
team-log-deleted = { $actor } تیم را حذف کرد ({ $returned } برگشت)
team-log-topup = { $actor } { $credits } اعتبار از خودش گذاشت
team-log-purchase = { $actor } با ستاره { $credits } اعتبار خرید
team-log-spent = { $actor } { $credits } برای یک ساخته خرج کرد
team-log-cap-set = { $cap ->
        [none] { $actor } سقف ماهانهٔ { $target } را برداشت
       *[other] { $actor } سقف ماهانهٔ { $target } را { $cap } گذاشت
    }
team-log-group-linked = { $actor } گروهی را وصل کرد (ذخیره در { $project })
team-log-group-unlinked = { $actor } اتصال گروهی را برداشت
team-log-creation-transferred = { $actor } ساخته‌ای را به { $target } داد
team-log-project-created = { $actor } پروژهٔ { $project } را ساخت
team-log-privacy-changed = { $actor } { $project } را { $privacy } کرد

## خرید برای تیم

team-buy-button = 👥 برای تیم: { $team }
team-buy-choose = کدام بسته برای صندوق <b>{ $team }</b>؟
team-buy-not-allowed = فقط مالک و مدیران تیم می‌توانند صندوقش را شارژ کنند.
team-invoice-title = { $credits } اعتبار تیمی
team-invoice-description = { $credits } اعتبار برای صندوق مشترک { $team }، برای ساخته‌های اعضایش.
team-pay-thanks = ⭐ ممنون! { $credits } اعتبار به صندوق <b>{ $team }</b> رفت — حالا { $pool } در آن است.
stats-team-pools = صندوق‌های تیمی: { $pools }، با { $credits } اعتبار

## ساختن در گروه وصل‌شده

gen-refused-team-not-member = هزینهٔ ساخته‌های این گروه را تیم { $team } می‌دهد و تو عضوش نیستی. از یکی از مدیرانش دعوت بخواه.
gen-refused-team-viewer = تو در { $team } بیننده‌ای: بیننده‌ها نمی‌توانند اعتبار تیم را خرج کنند. یک مدیر می‌تواند تو را ویرایشگر کند.
gen-refused-team-cap = این { $cost } اعتبار هزینه دارد و از سقف ماهانهٔ { $cap } تو در { $team } فقط { $left } مانده است. مالک می‌تواند با /team cap آن را بالا ببرد.
gen-refused-team-pool-empty = { $model } { $cost } اعتبار هزینه دارد و صندوق { $team } { $balance } دارد. مالک یا یک مدیر می‌تواند با /buy یا /team topup آن را پر کند.

## ردها

team-error-no-team = هنوز در هیچ تیمی نیستی. با /team new &lt;نام&gt; یکی بساز، یا یک پیوند دعوت را باز کن.
team-error-forbidden = نقش تو در <b>{ $team }</b> اجازهٔ این کار را نمی‌دهد. /team نشان می‌دهد چه کسی چه کاری می‌تواند بکند.
team-error-name-invalid = لطفاً نامی بین ۱ تا ۶۴ نویسه بده.
team-error-name-taken = یکی به نام <b>{ $name }</b> داری. نام دیگری انتخاب کن.
team-error-member-unknown = آن عضو را پیدا نکردم. از @نام‌کاربری‌اش استفاده کن یا به یکی از پیام‌هایش پاسخ بده.
team-error-role-invalid = نقش‌ها admin، editor و viewer هستند.
team-error-self = این کار را نمی‌توانی با خودت بکنی.
team-error-owner-cannot-leave = تو مالک <b>{ $team }</b> هستی: اول با /team transfer &lt;عضو&gt; واگذارش کن، یا با /team delete حذفش کن.
team-error-jobs-running = هنوز { $count } ساخته که هزینه‌اش از صندوق است در حال ساخت است. وقتی تمام شدند دوباره امتحان کن.
team-error-insufficient = { $balance } اعتبار از خودت داری — برای این کافی نیست.
team-error-amount-invalid = لطفاً یک عدد صحیح بده (اعتبار، یا تعداد نفرات برای دعوت: ۱ تا ۱۰۰).
team-error-invite-invalid = این پیوند دعوت دیگر کار نمی‌کند — شاید منقضی شده، ظرفیتش پر شده یا لغو شده است. یک پیوند تازه بخواه.
team-error-already-member = تو همین حالا در <b>{ $team }</b> هستی.
team-error-group-only = این در گروه کار می‌کند: مرا به گروه اضافه کن و آنجا /team link بفرست.
team-error-team-unknown = در تیمی به نام <b>{ $name }</b> نیستی.
team-error-project-unknown = پروژه‌ای به نام <b>{ $name }</b> نمی‌بینم. /projects پروژه‌هایت را فهرست می‌کند.
team-error-team-privacy-personal = پروژه‌های شخصی خصوصی یا عمومی‌اند؛ «team» برای پروژه‌های تیمی است.
team-error-creation-unknown = آن ساخته را پیدا نمی‌کنم.
team-error-creation-not-yours = آن ساخته مال تو نیست که ذخیره یا واگذارش کنی.

## پروژه‌ها

project-privacy-private = خصوصی
project-privacy-team = تیمی
project-privacy-public = عمومی
project-button-add = 📁 به پروژه
project-button-details = ℹ️ جزئیات
project-button-remix = 🔁 ریمیکس
project-help =
    📁 <b>پروژه‌ها</b> ساخته‌ها را کنار هم نگه می‌دارند.

    /project new &lt;نام&gt; — پروژهٔ شخصی (/project new team &lt;نام&gt; — برای تیمت)
    /project add [نام] — به یک ساخته پاسخ بده تا ذخیره شود (یا دکمهٔ 📁 آن را بزن)
    /project privacy &lt;نام&gt; private|team|public — public یک صفحهٔ فقط‌خواندنی می‌سازد
    /projects [نام] — پروژه‌هایت، یا محتوای یکی از آن‌ها
    /transfer @نام — به یک ساخته پاسخ بده تا آن را به هم‌تیمی‌ات بدهی
project-created = 📁 پروژهٔ <b>{ $project }</b> ساخته شد (خصوصی). ساخته‌ها را با دکمهٔ 📁 زیرشان اضافه کن.
project-created-team = 📁 پروژهٔ تیمی <b>{ $project }</b> در <b>{ $team }</b> ساخته شد؛ همهٔ اعضا آن را می‌بینند.
project-add-usage = به یکی از ساخته‌هایم با /project add (یا /project add <پروژه>) پاسخ بده، یا دکمهٔ 📁 آن را بزن.
project-choose = به کدام پروژه؟
project-none-to-add = هنوز پروژه‌ای برای افزودنش نداری — با /project new <نام> یکی بساز.
project-added = ✅ به <b>{ $project }</b> اضافه شد.
project-already-there = از قبل در <b>{ $project }</b> هست.
project-added-toast = اضافه شد!
project-already-there-toast = از قبل هست
project-privacy-usage = /project privacy <نام> private یا team یا public بفرست.
project-privacy-set = 🔒 <b>{ $project }</b> حالا { $privacy } است. اگر پیوند عمومی داشت، دیگر کار نمی‌کند.
project-public = 🌐 <b>{ $project }</b> حالا عمومی است. هر کس این پیوند را داشته باشد تصاویر و ویدیوهایش را می‌بیند (و هیچ چیز دیگر):
    { $link }
    اگر دوباره حریم خصوصی را تنظیم کنی، پیوند تازه‌ای ساخته می‌شود و این یکی از کار می‌افتد.
projects-none = هنوز پروژه‌ای نیست. با /project new &lt;نام&gt; شروع کن.
projects-title = 📁 <b>پروژه‌های تو</b>
projects-line = #{ $id } <b>{ $project }</b> · { $count } ساخته · { $privacy }
projects-line-team = #{ $id } <b>{ $project }</b> · { $count } ساخته · { $privacy } · 👥 { $team }
projects-footer = /projects &lt;نام&gt; نشان می‌دهد داخلش چیست.
project-show-title = 📁 <b>{ $project }</b> · { $count } ساخته
project-item-line = • { $model }، ساختهٔ { $maker }: «{ $prompt }»
project-empty = هنوز چیزی اینجا نیست.

## واگذاری ساخته‌ها و ریشهٔ آن‌ها

transfer-usage = به یکی از ساخته‌هایت با /transfer @نام پاسخ بده تا آن را به کسی در تیمت بدهی.
transfer-done = 🎁 حالا مال { $name } است — به /history او منتقل شد.
creation-not-visible = این ساخته برای تو قابل دیدن نیست.
creation-made-by = ℹ️ { $model } · ساختهٔ { $maker }، { DATETIME($date, month: "short", day: "numeric", year: "numeric") }
creation-from = ↳ ساخته‌شده از یک ساختهٔ { $model } از { $maker }
creation-original = ↳ اصل، ساخته‌شده از یک توصیف
creation-owner = 🎁 حالا مال { $owner } است
creation-paid-by-team = 👥 پرداخت‌شده توسط { $team }

## صفحهٔ عمومی پروژه

project-page-title = ساخته‌های مشترک
project-page-count = { $count ->
        [0] هنوز چیزی اینجا نیست.
       *[other] { $count } ساخته
    }
project-page-image = یک ساخته
project-page-video = یک ساختهٔ ویدیویی
project-page-missing-title = پیدا نشد
project-page-missing = این صفحه وجود ندارد، یا پیوندش از کار افتاده است.
