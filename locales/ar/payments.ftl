### Credits and Telegram Stars (Arabic). "نقطة/نقاط" = credits; "نجوم تيليجرام" = Telegram Stars.

## /buy and the invoice

buy-choose =
    لديك { $balance ->
        [zero] { $balance } نقطة
        [one] نقطة واحدة
        [two] نقطتان
        [few] { $balance } نقاط
        [many] { $balance } نقطة
       *[other] { $balance } نقطة
    }. أي باقة تناسبك؟ (الدفع بنجوم تيليجرام):

pack-title =
    { $credits ->
        [zero] { $credits } نقطة
        [one] نقطة واحدة
        [two] نقطتان
        [few] { $credits } نقاط
        [many] { $credits } نقطة
       *[other] { $credits } نقطة
    }

buy-pack-button = { $title } — { $stars } ⭐

invoice-description =
    { $credits ->
        [zero] { $credits } نقطة
        [one] نقطة واحدة
        [two] نقطتان
        [few] { $credits } نقاط
        [many] { $credits } نقطة
       *[other] { $credits } نقطة
    } في Velro لإنشاء الصور والفيديوهات. وإن فشلت عملية إنشاء، تُعاد نقاطها.

checkout-offer-expired = هذا العرض لم يعد متاحًا. يُرجى استخدام /buy مجددًا.
checkout-not-yours = هذه الفاتورة مخصّصة لشخص آخر.
checkout-price-changed = تغيّر السعر. يُرجى استخدام /buy مجددًا.

## After paying

pay-thanks =
    ⭐ شكرًا لك! أُضيفت { $credits ->
        [zero] { $credits } نقطة
        [one] نقطة واحدة
        [two] نقطتان
        [few] { $credits } نقاط
        [many] { $credits } نقطة
       *[other] { $credits } نقطة
    } — رصيدك الآن { $balance }.

pay-unmatched = شكرًا! لم أتمكن من مطابقة هذه الدفعة مع أي باقة — يُرجى كتابة /paysupport.

pay-refunded =
    استُردّت نجومك، وخُصمت { $credits ->
        [zero] { $credits } نقطة
        [one] نقطة واحدة
        [two] نقطتان
        [few] { $credits } نقاط
        [many] { $credits } نقطة
       *[other] { $credits } نقطة
    } من رصيدك.

## /paysupport and /terms

terms =
    الشروط باختصار:
    • تُشترى النقاط بنجوم تيليجرام، وتُنفق على إنشاء الصور والفيديوهات بالأسعار التي يعرضها /models.
    • عملية الإنشاء التي تفشل أو تُلغى أو يرفضها مرشّح الأمان لدى النموذج لا تكلّف شيئًا: تُعاد نقاطها تلقائيًا.
    • لا تنتهي صلاحية النقاط، ولا يمكن استبدالها بالمال. ويمكن استرداد المشتريات غير المستخدمة عبر /paysupport.
    • يُمنع طلب أي محتوى غير قانوني أو مخالف لسياسات تيليجرام أو النماذج.

## Admins only: /grant, /refund, /stats

grant-usage = الاستخدام: /grant <معرّف المستخدم> <النقاط> (قيمة سالبة للخصم)

grant-done = تم: { $amount } نقطة للمستخدم { $user }؛ الرصيد { $balance }.

refund-usage = الاستخدام: /refund <معرّف عملية الدفع في تيليجرام> (لم يُعثر على دفعة كهذه)

refund-done =
    استُردّت { $stars } ⭐ إلى { $user }؛ وأُلغيت { $reversed } من أصل { $credits } نقطة{ $already ->
        [yes] {" "}(أُلغيت سابقًا)
       *[no] {""}
    }.

stats-jobs = المهام: { $jobs }
stats-jobs-none = المهام: لا شيء
stats-payments = المدفوعات: { $payments } ({ $stars } ⭐)، المستردّة: { $refunded }
stats-accounts = حسابات النقاط: { $accounts }، النقاط المتداولة: { $outstanding }
stats-ledger-ok = مطابقة السجل: سليمة
stats-ledger-mismatch = مطابقة السجل: وُجدت حالات عدم تطابق ({ $count })!
stats-dead-letters =
    الرسائل الميتة: { $count }{ $count ->
        [0] {""}
       *[other] {" "}(التفاصيل في /deadletters)
    }

## Payment support

support-ask =
    🛟 مساعدة الدفع: أخبرني في رسالتك التالية بما حدث — ماذا اشتريت، ومتى، وما المشكلة. لقطة الشاشة تساعد أيضًا (أضف إليها تعليقًا).
    ستصل رسالتك مباشرةً إلى شخص من فريقنا، لا إلى الذكاء الاصطناعي. تُعاد نقاط عمليات الإنشاء الفاشلة تلقائيًا، فلا داعي للسؤال عنها.
support-in-private = مسائل الدفع خاصة: يُرجى إرسال /paysupport إليّ في محادثتنا الخاصة.
support-unavailable = عذرًا — لا يوجد بعدُ من يتولى دعم الدفع في هذا البوت، لذا لا أستطيع إيصال رسالتك. يُرجى المحاولة لاحقًا.
support-cancel-button = ✖ إلغاء
support-cancelled = حسنًا، أُلغي الطلب — لم يُرسَل شيء.
support-unsupported = يمكنني إيصال النصوص والصور والمستندات. يُرجى وصف المشكلة في رسالة — ولقطة شاشة مع تعليق تفي بالغرض أيضًا.
support-received = ✅ شكرًا لك — الطلب رقم { $ticket } صار الآن لدى فريقنا. سيرد عليك شخص هنا مباشرةً في هذه المحادثة.
support-added = ✅ أُضيفت إلى طلبك رقم { $ticket }. سنرد عليك هنا.

## What the admins see

support-ticket-card =
    🛟 طلب دعم الدفع رقم { $ticket }
    من: { $name } · المعرّف <code>{ $id }</code> · اللغة: { $language }
    آخر المدفوعات بالنجوم:
support-ticket-payment =
    • <code>{ $charge }</code> — { $stars } ⭐ · النقاط: { $credits } · { DATETIME($date, year: "numeric", month: "2-digit", day: "2-digit") }{ $refunded ->
        [yes] {" "}· مُستردّة
       *[no] {""}
    }
support-ticket-no-payments = • لا شيء بعد
support-ticket-hint = للرد اضغط «رد» أو رُدّ على هذه الرسالة. يأخذ /refund معرّف الدفعة.
support-ticket-followup = 💬 الطلب رقم { $ticket } — { $name } (المعرّف <code>{ $id }</code>) يكتب:
support-reply-button = ✍️ رد
support-close-button = ✅ إغلاق
support-reply-ask = ✍️ اكتب ردك على الطلب رقم { $ticket } في رسالتك التالية. سيصل إلى المستخدم كما تكتبه (تصلح الصورة أو المستند أيضًا).
support-reply-sent = ✅ وصل إلى المستخدم (الطلب رقم { $ticket }).
support-reply-blocked = ⚠️ لم يصل: حظر المستخدم البوت (الطلب رقم { $ticket }).
support-closed-toast = أُغلق الطلب رقم { $ticket }.

## What the user sees of the answers

support-answer-head = 💬 رد فريق الدعم لدينا (الطلب رقم { $ticket }):
support-answer-button = ✍️ أجب
support-answer-ask = ✍️ اكتب ردك في رسالتك التالية — سيصل إلى فريقنا مع الطلب رقم { $ticket }.
support-closed-user = ✅ أُغلق طلب الدفع رقم { $ticket }. إن احتجت إلى أي شيء آخر، فأرسل /paysupport فقط — نحن هنا من أجلك.
support-receipt-charge = معرّف الدفعة (للاسترداد ولـ /paysupport): <code>{ $charge }</code>
