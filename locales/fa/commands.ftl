### The command menu and the bot's profile in Telegram (Persian).

cmd-start = آشنایی با Velro و ثبت‌نام
cmd-help = کارهایی که بلدم و همهٔ دستورها
cmd-reset = شروع یک گفت‌وگوی تازه
cmd-cancel = توقف پاسخی که دارم می‌نویسم
cmd-persona = انتخاب شخصیت من، یا /persona custom <توضیح>
cmd-mood = آنچه دربارهٔ حال‌وهوایت فهمیده‌ام
cmd-memory = آنچه از تو به یاد دارم، اتاق به اتاق
cmd-forget = فراموش کردن یک خاطره، یک اتاق یا همه‌چیز
cmd-imagine = ساختن تصویر: /imagine <چه بکشم>
cmd-video = ساختن ویدیو: /video <چه اتفاقی بیفتد>
cmd-edit = روی یک عکس با /edit <چه تغییری> پاسخ بده
cmd-models = مدل‌های تصویر و ویدیو و قیمت‌هایشان
cmd-balance = موجودی اعتبارت
cmd-history = تازه‌ترین ساخته‌هایت
cmd-projects = پروژه‌های تو و تیمت
cmd-project = ساخت پروژه، افزودن ساخته، تنظیم حریم خصوصی
cmd-transfer = به یک ساخته پاسخ بده تا آن را به هم‌تیمی‌ات بدهی
cmd-team = تیم تو: اعضا، اعتبار مشترک، دعوت‌نامه‌ها
cmd-buy = خرید اعتبار با ستاره‌های تلگرام
cmd-paysupport = کمک دربارهٔ پرداخت
cmd-terms = شرایط اعتبار و ساخته‌ها
cmd-token = توکن صفحهٔ وضعیت زنده و WebSocket
cmd-export = دانلود همهٔ چیزهایی که از تو ذخیره کرده‌ام (JSON)
cmd-deletedata = پاک کردن داده‌هایت (اول می‌پرسم)
cmd-language = انتخاب زبانی که با آن حرف می‌زنم

## The bot's profile

bot-name = Velro
bot-description =
    من Velro هستم، یک همدم هوش مصنوعی که به حرف‌هایت گوش می‌دهد، آنچه را برایت مهم است به خاطر می‌سپارد و همراهت می‌ماند — در گفت‌وگوی خصوصی و در گروه‌ها.

    از روزت برایم بگو، با /persona برایم شخصیت انتخاب کن، با /imagine و /video تصویر و ویدیو بساز، و با /language زبانم را انتخاب کن.
bot-short-description = همدم مهربان هوش مصنوعی تو: حرف می‌زند، آنچه برایت مهم است را یادش می‌ماند و تصویر و ویدیو می‌سازد.

cmd-transcripts = نقل آنچه در پیام‌های صوتی‌ات شنیدم (روشن/خاموش)
cmd-voice = با پیام صوتی جوابم را بده (روشن/خاموش، صدا در جواب صدا)

cmd-animate = جان‌بخشیدن به عکس: روی آن با /animate پاسخ بده

# Reaching out: check-ins, reminders, diary, dreams.
cmd-checkins = گاهی خودم اول پیام بدهم (هر چند وقت، ساعت‌های سکوت)
cmd-remind = یادآور: /remind فردا ساعت ۹ به مامان زنگ بزن
cmd-reminders = یادآورهایت، با دکمهٔ لغو
cmd-diary = دفتر روزانه: حال‌وهوای روز و حرف‌هایمان (on/off)
cmd-dreams = هر صبح یک رؤیا، بافته از خاطره‌هایت (on/off)
cmd-dream = رؤیایی بافته از آنچه برایم گفته‌ای؛ /dream about <موضوع>
cmd-synesthesia = رنگ‌ها، بافت و صدای کلماتت
cmd-perspectives = چند زاویه برای دیدن یک انتخاب یا حسی درهم
