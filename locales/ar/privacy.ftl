### /export, /deletedata, /token and /broadcast (Arabic).

## /export and /deletedata

privacy-private-only = 🔒 حفاظًا على خصوصيتك، لا يعمل هذا إلا في محادثتنا الخاصة.

export-caption = 📦 كل ما أحفظه عنك: الملف الشخصي، وحالة الذهن، والذكريات، وسجل المحادثات، وسجل النقاط، والمدفوعات، والإبداعات.

delete-confirm =
    ⚠️ هل تُحذف كل بياناتك؟ ستُمحى نهائيًا بيانات ملفك الشخصي، وذكرياتك، وحالة الذهن، وسجل المحادثات، وإبداعاتك.

    أما رصيد نقاطك وسجله وسجلات الدفع بنجوم تيليجرام فتبقى محفوظة: فهي سجلات مالية لازمة للاسترداد ولحل نزاعات الدفع، ولا تحتوي على أي رسائل.

delete-button-confirm = نعم، احذف كل شيء

delete-not-yours = هذا الزر ليس لك.

delete-busy-toast = ما زالت عملية إنشاء قيد التنفيذ.
delete-busy = ⏳ ما زالت إحدى عمليات الإنشاء الخاصة بك قيد التنفيذ. يُرجى تجربة /deletedata مجددًا بعد انتهائها.

delete-done-toast = حُذفت.
delete-done = 🗑 تم. حُذفت بياناتك. وإن راسلتني مجددًا، فسنبدأ من جديد كأننا لم نلتقِ قط.

delete-cancelled-toast = لم يُحذف شيء.
delete-cancelled = حسنًا، لم يُحذف شيء.

## /token and /broadcast

token-private-only = حفاظًا على خصوصيتك، يُرجى طلب /token مني في محادثة خاصة.

token-issued =
    🔑 رمز الحالة المباشرة الخاص بك (صالح لمدة { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }، وهو لك وحدك):

    { $token }

    يمكن وصل WebSocket بالعنوان { $wsUrl }?token=<token>
    أو فتح الصفحة المباشرة: { $pageUrl }

broadcast-admins-only = وحدهم المشرفون يمكنهم بثّ الإعلانات.

broadcast-usage = الاستخدام: /broadcast <النص> — يرسل إعلانًا إلى كل عملاء الحالة المباشرة.

broadcast-too-long = هذا الإعلان طويل جدًا (الحد الأقصى لعدد الأحرف: { $max }).

broadcast-sent = 📣 أُرسل الإعلان إلى كل عملاء الحالة المباشرة.
