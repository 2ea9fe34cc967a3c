### /export, /deletedata, /token and /broadcast (Arabic).

## /export and /deletedata

privacy-private-only = 🔒 حفاظًا على خصوصيتك، لا يعمل هذا إلا في محادثتنا الخاصة.

export-caption = 📦 كل ما أحفظه عنك: الملف الشخصي، وحالة الذهن، والذكريات (والمثبّتة منها أيضًا)، والمزاج يومًا بيوم، وسجل المحادثات، وسجل النقاط، والمدفوعات، والإبداعات، والفرق والمشاريع، والتذكيرات ورسائل الاطمئنان واليوميات، والردود الصوتية والإعدادات.

delete-confirm =
    ⚠️ هل تُحذف كل بياناتك؟ ستُمحى نهائيًا بيانات ملفك الشخصي، وذكرياتك، وحالة الذهن، وسجل المحادثات، وإبداعاتك.

    أما رصيد نقاطك وسجله وسجلات الدفع بنجوم تيليجرام فتبقى محفوظة: فهي سجلات مالية لازمة للاسترداد ولحل نزاعات الدفع، ولا تحتوي على أي رسائل.

# Added below delete-confirm when the user owns teams that have other members.
# $count (number) — how many such teams.
delete-confirm-team-handover =
    { $count ->
        [one] 👥 أنت مالك فريق فيه أعضاء آخرون: ستنتقل ملكيته إلى أقدم مشرف فيه (وإن لم يوجد فإلى أقدم محرر، ثم إلى مشاهد).
        [two] 👥 أنت مالك فريقين فيهما أعضاء آخرون: ستنتقل ملكية كلٍّ منهما إلى أقدم مشرف فيه (وإن لم يوجد فإلى أقدم محرر، ثم إلى مشاهد).
       *[other] 👥 أنت مالك { $count } فرق فيها أعضاء آخرون: ستنتقل ملكية كلٍّ منها إلى أقدم مشرف فيه (وإن لم يوجد فإلى أقدم محرر، ثم إلى مشاهد).
    }

# Added below delete-confirm when the user owns teams nobody else is in.
# $count (number) — how many such teams; $credits (number) — the credits left in their pools together.
delete-confirm-team-lone =
    { $count ->
        [one] 🗂 لا أحد غيرك في أحد فرقك: سيُحذف الفريق، وستضيع النقاط المتبقية في رصيده المشترك ({ $credits }).
        [two] 🗂 لا أحد غيرك في فريقين من فرقك: سيُحذفان، وستضيع النقاط المتبقية في رصيديهما المشتركين ({ $credits }).
       *[other] 🗂 لا أحد غيرك في { $count } من فرقك: ستُحذف، وستضيع النقاط المتبقية في أرصدتها المشتركة ({ $credits }).
    }

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
