### The command menu and the bot's profile in Telegram (Arabic).

cmd-start = التعرّف على Velro والتسجيل
cmd-help = ما أستطيع فعله وكل الأوامر
cmd-reset = بدء محادثة جديدة
cmd-cancel = إيقاف الرد الذي أكتبه
cmd-persona = اختيار شخصيتي، أو /persona custom <الوصف>
cmd-mood = ما لاحظته عن مزاجك
cmd-memory = ما أتذكّره عنك، غرفةً غرفة
cmd-forget = نسيان ذكرى أو غرفة أو كل شيء
cmd-imagine = إنشاء صورة: /imagine <ما يُرسم>
cmd-video = إنشاء فيديو: /video <ما يحدث فيه>
cmd-edit = الرد على صورة بـ /edit <ما يُغيَّر>
cmd-models = نماذج الصور والفيديو وأسعارها
cmd-balance = رصيد نقاطك
cmd-history = أحدث إبداعاتك
cmd-projects = مشاريعك ومشاريع فريقك
cmd-project = أنشئ مشروعًا، أضف إبداعًا، اضبط خصوصيته
cmd-transfer = ردّ على إبداع لتسليمه إلى زميل في الفريق
cmd-team = فريقك: الأعضاء، النقاط المشتركة، الدعوات
cmd-buy = شراء نقاط بنجوم تيليجرام
cmd-paysupport = مساعدة بشأن الدفع
cmd-terms = شروط النقاط والإبداعات
cmd-token = رمز لصفحة الحالة المباشرة وWebSocket
cmd-export = تنزيل كل ما أحفظه عنك (JSON)
cmd-deletedata = حذف بياناتك (مع التأكيد أولًا)
cmd-language = اختيار اللغة التي أتحدث بها

## The bot's profile

bot-name = Velro
bot-description =
    أنا Velro، رفيق بالذكاء الاصطناعي يُصغي إليك، ويتذكّر ما يهمّك، ويؤنس وقتك — في المحادثات الخاصة وفي المجموعات.

    يمكنك الحديث معي عن يومك، واختيار شخصيتي عبر /persona، وإنشاء الصور والفيديوهات عبر /imagine و /video، واختيار لغتي عبر /language.
bot-short-description = رفيقك الدافئ بالذكاء الاصطناعي: يتحدث معك، ويتذكّر ما يهمّك، وينشئ الصور والفيديوهات.

cmd-transcripts = اقتباس ما سمعته في رسائلك الصوتية (تشغيل/إيقاف)
cmd-voice = رُدّ عليّ برسائل صوتية (تشغيل/إيقاف، وصوت بصوت)

cmd-animate = بثّ الحياة في صورة: ردّ عليها بـ /animate

# Reaching out: check-ins, reminders, diary, dreams.
cmd-checkins = أن أطمئن عليك من حين لآخر (كم مرة، ساعات الهدوء)
cmd-remind = تذكير: /remind غدا الساعة 9 اتصل بأمي
cmd-reminders = تذكيراتك، مع أزرار الإلغاء
cmd-diary = مذكراتك اليومية: مزاج اليوم وما تحدثنا عنه (on/off)
cmd-dreams = حلم كل صباح، منسوج من ذكرياتك (on/off)
cmd-dream = حلم منسوج مما حكيته لي؛ /dream about <موضوع>
cmd-synesthesia = ألوان كلماتك وملمسها وصوتها
cmd-perspectives = بضع طرق للنظر إلى خيار أو شعور متشابك
