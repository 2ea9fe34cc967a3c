### The Mini App (opened from the chat's menu button, /start and /help) and its buttons in the chat.

## In the chat

# Inline button under /start and /help that opens the Mini App.
app-open-button = ✨ افتح تطبيق Velro
# The chat's menu button (beside the message field) that opens the Mini App. Keep it short.
app-menu-button = تطبيق Velro
# Plain-text page shown at /app when the service was started without building the app (an operator's mistake).
app-not-built = تطبيق Velro غير متاح على هذا الخادم بعد. حاول مرة أخرى لاحقًا.

## Everywhere in the app

# Shown while the app signs in and loads.
app-loading = جارٍ التحميل…
# The tab bar at the bottom; each label sits under an icon, so keep them to one short word.
app-nav-chat = دردشة
app-nav-memories = ذاكرة
app-nav-creations = معرض
app-nav-credits = رصيد
app-nav-persona = شخصية
app-nav-live = مباشر
# Sign-in refused: the Telegram data was not signed for this bot (tampered with, or another bot's).
app-signin-forged = لم أستطع التأكد من أنك أنت: بيانات الدخول من تيليجرام لا تطابق هذا البوت. أغلق التطبيق وافتحه من جديد من الدردشة.
# Sign-in refused: the Telegram data is more than a day old.
app-signin-stale = هذه الجلسة قديمة جدًا. أغلق التطبيق وافتحه من جديد من الدردشة.
# Sign-in refused for another reason (malformed data).
app-signin-invalid = لم يرسل تيليجرام بيانات الدخول. افتح التطبيق من زر القائمة في الدردشة.
# The page was opened in a normal browser, not inside Telegram.
app-signin-outside = افتح هذا التطبيق من دردشة Velro في تيليجرام، فهناك يتم الدخول تلقائيًا.
# The service could not be reached.
app-network-error = لا أستطيع الوصول إلى الخادم الآن. تحقّق من اتصالك وحاول مرة أخرى.
# Generic failure of an action.
app-error = حدث خطأ ما. حاول مرة أخرى.
# Button that repeats what failed.
app-retry = حاول مجددًا
# Shown while the live connection is being re-established.
app-reconnecting = جارٍ إعادة الاتصال…
# Confirmation buttons.
app-confirm = نعم
app-cancel = إلغاء
app-save = حفظ
app-delete = حذف
app-edit = تعديل

## Chat page

# Placeholder of the message field. $name: the persona's name (e.g. Velro).
app-chat-placeholder = رسالة إلى { $name }…
# Send button (also its accessible label).
app-chat-send = إرسال
# Button that stops the reply being written.
app-chat-stop = إيقاف
# Shown in an empty conversation.
app-chat-empty = مرحبًا! هذه هي نفس محادثتنا في تيليجرام: ما تخبرني به هنا سأتذكره هناك أيضًا.
# Under a reply: how many memories it drew on; tapping opens them. $count: how many.
app-chat-memories-used = { $count ->
    [zero] لم أستعن بأي ذكرى
    [one] استعنت بذكرى واحدة
    [two] استعنت بذكريين
    [few] استعنت بـ { $count } ذكريات
    [many] استعنت بـ { $count } ذكرى
   *[other] استعنت بـ { $count } ذكرى
}
# Error under a message when the user sends too fast. $seconds: how long to wait.
app-chat-rate-limited = تكتب أسرع مما أستطيع القراءة، حاول بعد { $seconds } ث.
# Error under a message when the reply failed or the connection dropped; the message can be sent again.
app-chat-failed = لم تتلقَّ هذه الرسالة ردًا. اضغط لإرسالها مرة أخرى.
# Shown while a reply is being written in the Telegram chat at the same moment.
app-chat-waiting = ما زلت أرد…

## Memory palace page

# Page title.
app-memories-title = قصر الذاكرة
# Search field placeholder.
app-memories-search = ابحث في الذكريات
# Filter chip showing every room.
app-memories-all = الكل
# Empty palace.
app-memories-empty = لا شيء هنا بعد. حدّثني عن نفسك في الدردشة، أو أضف ذكرى بنفسك.
# No search results.
app-memories-no-results = لا توجد ذكرى تطابق ذلك.
# Button and form title for adding a memory.
app-memories-add = أضف ذكرى
# Placeholder of the new memory's text.
app-memories-add-placeholder = مثلًا: لدي حساسية من الفول السوداني
# Room picker option that lets Velro choose the room from the text.
app-memories-room-auto = دع Velro يختار الغرفة
# Button that pins a memory (always considered when Velro replies).
app-memories-pin = تثبيت
# Button that unpins a memory.
app-memories-unpin = إلغاء التثبيت
# Badge on a pinned memory.
app-memories-pinned = 📌 في البال دائمًا
# Refusal when too many memories are pinned. $max: the limit.
app-memories-pin-limit = يمكنك تثبيت { $max } ذكرى على الأكثر. ألغِ تثبيت واحدة أولًا.
# Asked before deleting a memory.
app-memories-delete-confirm = هل أنسى هذه الذكرى؟ لن أستطيع استعادتها.
# Section listing the memories Velro's last reply used.
app-memories-last-used = استُخدمت في ردّي الأخير
# How often a memory was said. $count: times.
app-memories-mentions = { $count ->
    [one] قيلت مرة واحدة
    [two] قيلت مرتين
    [few] قيلت { $count } مرات
   *[other] قيلت { $count } مرة
}

## Gallery page

# Page title.
app-creations-title = إبداعاتك
# Empty gallery.
app-creations-empty = لم تُنشئ شيئًا بعد. جرّب /imagine في الدردشة، وستظهر صورك ومقاطعك هنا.
# Creation is not set up on this bot.
app-creations-unavailable = إنشاء الصور والفيديو غير مُعَدّ في هذا البوت.
# A creation's cost. $cost: credits.
app-creations-cost = { $cost ->
    [zero] مجانًا
    [one] رصيد واحد
    [two] رصيدان
    [few] { $cost } أرصدة
   *[other] { $cost } رصيد
}
# Button that sends a creation to the Telegram chat again.
app-creations-send = أرسل إلى الدردشة
# Toast after a creation was sent.
app-creations-sent = أُرسلت إلى دردشتنا ✓
# Asked before deleting a creation.
app-creations-delete-confirm = هل تحذف هذا العمل من معرضك؟
# Button loading older creations.
app-creations-more = اعرض الأقدم

## Credits page

# Page title.
app-credits-title = الرصيد
# The balance. $balance: credits.
app-credits-balance = { $balance ->
    [zero] لا رصيد
    [one] رصيد واحد
    [two] رصيدان
    [few] { $balance } أرصدة
   *[other] { $balance } رصيد
}
# Section title over the packs.
app-credits-buy = اشحن بنجوم تيليجرام
# A pack's button. $credits: credits in it, $stars: its price in Stars.
app-credits-pack = { $credits } رصيد · { $stars } ⭐
# After the payment sheet closed: paid (the credits arrive a moment later).
app-credits-paid = شكرًا! رصيدك في الطريق.
# After the payment sheet closed without paying.
app-credits-cancelled = أُلغي الدفع، ولم يُخصم شيء.
# After a failed payment.
app-credits-failed = لم يكتمل الدفع. لم يُخصم شيء.
# While Telegram is still processing the payment.
app-credits-pending = جارٍ معالجة دفعتك…
# Section title over the ledger.
app-credits-history = السجل
# Empty ledger.
app-credits-history-empty = لا حركات بعد.
# Ledger lines in plain words. $model: the creation's model, when known.
app-ledger-grant = هدية الترحيب
app-ledger-purchase = شراء بالنجوم
app-ledger-reserve = إنشاء باستخدام { $model }
app-ledger-release = استرداد عن { $model }
app-ledger-capture = اكتمل الإنشاء باستخدام { $model }
app-ledger-adjust = تعديل من الفريق
app-ledger-stars_refund = استُردّت النجوم
app-ledger-transfer_out = نُقل إلى فريق
app-ledger-transfer_in = وصل من فريق
# A ledger line of a kind the app does not know. $kind: its technical name.
app-ledger-other = { $kind }
# Shown instead of the model name when it is not known.
app-ledger-unknown-model = نموذج

## Persona and mood page

# Section title: the persona in use.
app-persona-title = من أكون معك
# Badge on the persona in use.
app-persona-current = الحالية
# Title of the custom persona form.
app-persona-custom = صِف شخصيتك الخاصة
# Placeholder of the custom persona description.
app-persona-custom-placeholder = مثلًا: بحّار متقاعد هادئ اسمه نِد يحب الشاي
# Button creating the custom persona.
app-persona-custom-create = إنشاء
# Section title: the mood.
app-mood-title = مزاجك مؤخرًا
# No mood readings yet.
app-mood-none = لم ألاحظ الكثير بعد، فنحن تعارفنا للتو.
# Caption of the chart. $weeks: how many weeks it shows.
app-mood-chart = { $weeks ->
    [one] يومًا بيوم، هذا الأسبوع
    [two] يومًا بيوم، آخر أسبوعين
    [few] يومًا بيوم، آخر { $weeks } أسابيع
   *[other] يومًا بيوم، آخر { $weeks } أسبوعًا
}
# Chart axis labels: the top (good mood) and the bottom (low mood).
app-mood-good = 🙂 جيد
app-mood-low = 🙁 منخفض

## Live page

# Page title.
app-live-title = مباشر
# No creation in progress.
app-live-empty = لا يُنشأ شيء الآن. ابدأ بـ /imagine أو /video في الدردشة.
# A creation waiting in the provider's queue. $position: its place, when known (0 if unknown).
app-live-queued = { $position ->
    [0] في الانتظار…
   *[other] في الانتظار: الدور { $position }.
}
# A creation being made.
app-live-running = جارٍ الإنشاء…
# A creation that finished.
app-live-done = تم ✓
# A creation that failed. $reason: the explanation.
app-live-failed = لم ينجح: { $reason }
# Button cancelling a creation in progress.
app-live-cancel = إلغاء
# Heading of an announcement from the team.
app-live-announcement = إعلان

## Team and projects

# Tab bar label (one short word) of the Team page.
app-nav-team = الفريق
# Tab bar label (one short word) of the Projects page.
app-nav-projects = المشاريع
# Team page title.
app-team-title = فريقك
# The user is in no team. /team new is a bot command: keep it as is.
app-team-none = لست في أي فريق بعد. أنشئ فريقًا في محادثتنا بالأمر /team new واسمٍ له، ثم ادعُ من تحب لتتشاركوا الأرصدة والمشاريع.
# The user's role in the team shown. $role: the role's name (owner, admin, editor, viewer — already translated).
app-team-role = دورك هنا: { $role }
# The team's shared credit pool. $credits: how many credits it holds.
app-team-pool = { $credits ->
    [zero] 💰 الرصيد المشترك: فارغ
    [one] 💰 الرصيد المشترك: رصيد واحد
    [two] 💰 الرصيد المشترك: رصيدان
    [few] 💰 الرصيد المشترك: { $credits } أرصدة
   *[other] 💰 الرصيد المشترك: { $credits } رصيد
}
# The user's monthly spending limit from the pool. $spent: credits spent this month, $cap: the limit.
app-team-cap = حدّك الشهري: استُخدم { $spent } من { $cap }
# The user has no monthly limit. $spent: credits spent from the pool this month.
app-team-no-cap = لا حدّ شهريًا لك · استُخدم { $spent } هذا الشهر
# Heading of the member list. $count: how many members.
app-team-members = { $count ->
    [one] عضو واحد
    [two] عضوان
    [few] { $count } أعضاء
   *[other] { $count } عضوًا
}
# Heading of the team's audit log (who did what), shown to owners and admins.
app-team-log = سجل النشاط
# The audit log has no lines.
app-team-log-empty = لم يحدث شيء هنا بعد.
# Footnote: the team is managed with the /team command in the chat. Keep /team as is.
app-team-hint = ادعُ الناس وغيّر الأدوار وحدّد الحدود بالأمر /team في محادثتنا.
# Projects page title.
app-projects-title = المشاريع
# The user has no projects. /project new is a bot command: keep it as is.
app-projects-empty = لا مشاريع بعد. أنشئ مشروعًا في محادثتنا بالأمر /project new واسمٍ له، واجمع فيه إبداعاتك.
# Shown instead of a team's name for a personal project.
app-projects-personal = شخصي
# How many creations a project holds. $count: the number.
app-projects-items = { $count ->
    [zero] لا إبداعات
    [one] إبداع واحد
    [two] إبداعان
    [few] { $count } إبداعات
   *[other] { $count } إبداعًا
}
# An open project with no creations yet.
app-projects-nothing = لا شيء هنا بعد — أضف إبداعات من المعرض.
# Heading of the privacy switch of a project.
app-projects-privacy = من يمكنه الرؤية
# Privacy: only the user (or, in a team, its owner, admins and the project's creator).
app-privacy-private = خاص
# Privacy: every member of the team.
app-privacy-team = الفريق
# Privacy: anyone with the link.
app-privacy-public = عام
# Above the link of a project just made public.
app-projects-public-link = يمكن لأي شخص لديه هذا الرابط أن يشاهد (يشاهد فقط):
# A public project whose link is no longer shown (it is shown only once, when made public).
app-projects-public-hidden = هذا المشروع عام. يظهر رابطه مرة واحدة فقط عند جعله عامًا — اختر «عام» مجددًا للحصول على رابط جديد (وسيتوقف الرابط القديم).
# Button taking a creation out of the project (the creation itself stays in the gallery).
app-projects-remove = إخراج
# Button on a gallery card that opens the list of projects to add the creation to.
app-projects-add = أضف إلى مشروع
# Toast after a creation was added. $project: the project's name.
app-projects-added = أُضيف إلى { $project } ✓
# Toast when the creation was in that project already. $project: the project's name.
app-projects-already = موجود بالفعل في { $project }
# The picker has no project the user may add to. /project new is a bot command: keep it as is.
app-projects-none-to-file = لا يوجد مشروع يمكنك الإضافة إليه بعد — أنشئ واحدًا بالأمر /project new في محادثتنا.
# The user's role does not allow what they tried (e.g. a viewer changing privacy).
app-projects-forbidden = دورك في هذا الفريق لا يسمح بذلك.
