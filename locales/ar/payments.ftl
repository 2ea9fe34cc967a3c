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

paysupport = مساعدة الدفع: يُرجى وصف المشكلة وذكر تاريخ الشراء. تُعاد نقاط عمليات الإنشاء الفاشلة تلقائيًا؛ أما استرداد النجوم مقابل النقاط غير المستخدمة فيراجع طلبه أحد المشرفين. يمكنك الرد هنا وسنعود إليك.

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
