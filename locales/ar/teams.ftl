### الفرق (أعضاء بأدوار يتشاركون رصيدًا من النقاط) والمشاريع (مجموعات من الإبداعات).

## الأدوار

team-role-owner = مالك
team-role-admin = مشرف
team-role-editor = محرّر
team-role-viewer = مشاهد

## /team

team-help =
    👥 <b>الفرق</b> تتشارك رصيدًا من النقاط ومشاريع — للعائلات والأصدقاء والاستوديوهات الصغيرة.

    /team new &lt;الاسم&gt; — أنشئ فريقًا (وتكون مالكه)
    /team invite [editor|viewer|admin] [عدد الاستخدامات] — رابط للانضمام
    /team — فريقك وأعضاؤه ونقاطه
    /team topup &lt;النقاط&gt; — انقل نقاطك إلى الرصيد المشترك
    /team cap &lt;العضو&gt; &lt;النقاط|off&gt; — الحد الشهري لعضو
    /team role &lt;العضو&gt; &lt;الدور&gt;، /team remove &lt;العضو&gt;، /team leave
    /team transfer &lt;العضو&gt;، /team rename &lt;الاسم&gt;، /team delete
    /team use &lt;الاسم&gt; — اختر أيّ فرقك تعمل عليه هذه الأوامر
    /team link — في مجموعة: يدفع الفريق ثمن ما يبدعه أعضاؤه هنا
    /team revoke [الرقم|all]، /team log
team-created = 🎉 الفريق <b>{ $team }</b> جاهز وأنت مالكه. ادعُ الناس بـ /team invite، واملأ رصيده بـ /team topup أو /buy.
team-overview-title = 👥 <b>{ $team }</b> · دورك: { $role }
team-overview-pool = 💰 الرصيد المشترك: { $credits ->
        [zero] لا نقاط
        [one] نقطة واحدة
        [two] نقطتان
        [few] { $credits } نقاط
        [many] { $credits } نقطة
       *[other] { $credits } نقطة
    }
team-overview-no-cap = 🎚 لا حدّ شهريًا لك · المُنفَق هذا الشهر: { $spent }
team-overview-cap = 🎚 حدّك الشهري: { $cap } · المُنفَق هذا الشهر: { $spent }
team-overview-members = { $count ->
        [one] عضو واحد:
        [two] عضوان:
        [few] { $count } أعضاء:
       *[other] { $count } عضوًا:
    }
team-member-line = • { $name } — { $role }
team-member-line-cap = • { $name } — { $role } · الحد { $cap } شهريًا
team-balance-line = 👥 { $team } (دورك: { $role }): في الرصيد المشترك { $credits ->
        [zero] لا نقاط
        [one] نقطة واحدة
        [two] نقطتان
        [few] { $credits } نقاط
        [many] { $credits } نقطة
       *[other] { $credits } نقطة
    }

## الدعوات

team-invite-usage = ادعُ أحدًا محرّرًا أو مشاهدًا أو مشرفًا: /team invite editor (أضف رقمًا ليستخدم عدة أشخاص الرابط نفسه: /team invite viewer 5).
team-invite-created =
    🔗 دعوة إلى <b>{ $team }</b> بدور { $role }:
    { $link }

    { $uses ->
        [one] يستطيع شخص واحد الانضمام بها
        [two] يستطيع شخصان الانضمام بها
       *[other] يستطيع حتى { $uses } أشخاص الانضمام بها
    } حتى { DATETIME($expires, month: "short", day: "numeric", hour: "2-digit", minute: "2-digit") } (UTC). شاركها فقط مع من تثق بهم — /team revoke { $id } يلغيها.
team-invites-none = لا دعوات مفتوحة لـ <b>{ $team }</b>.
team-invites-title = 🔗 الدعوات المفتوحة لـ <b>{ $team }</b> (/team revoke &lt;الرقم&gt; أو /team revoke all):
team-invite-line = #{ $id } · { $role } · استُخدمت { $uses }/{ $max } · حتى { DATETIME($expires, month: "short", day: "numeric") }
team-revoke-usage = أرسل /team revoke مع رقم الدعوة (تجدها في /team revoke)، أو /team revoke all.
team-revoked = { $count ->
        [0] لم تكن هناك دعوة مفتوحة لإلغائها.
        [one] تم: رابط الدعوة هذا لم يعد يعمل.
        [two] تم: رابطا الدعوة لم يعودا يعملان.
       *[other] تم: { $count } روابط دعوة لم تعد تعمل.
    }
team-joined = 🎉 أهلًا بك في <b>{ $team }</b>! انضممت بدور { $role }. يعرض /team الفريق؛ وفي مجموعته المرتبطة تُدفع إبداعاتك من الرصيد المشترك.

## الأعضاء

team-role-usage = حدّد عضوًا ودورًا: /team role @الاسم editor (أو ردّ على رسالته بـ /team role viewer). الأدوار: admin وeditor وviewer.
team-role-changed = ✅ أصبح { $name } { $role }.
team-removed = ✅ لم يعد { $name } في <b>{ $team }</b>.
team-left = 👋 غادرت <b>{ $team }</b>.
team-owner-changed = 🔑 أصبح <b>{ $team }</b> ملكًا لـ { $name }؛ وتبقى أنت مشرفًا.
team-renamed = ✏️ صار اسم <b>{ $from }</b> الآن <b>{ $team }</b>.
team-in-use = 👥 أوامر /team و/project تعمل الآن على <b>{ $team }</b>.

## النقاط

team-topped-up = 💰 نُقل { $credits } إلى رصيد <b>{ $team }</b> المشترك — صار فيه { $pool }. رصيدك الخاص: { $balance }.
team-cap-usage = حدّد عضوًا وحدًّا شهريًا بالنقاط: /team cap @الاسم 300 — أو /team cap @الاسم off لرفعه.
team-cap-set = 🎚 يستطيع { $name } الآن إنفاق حتى { $cap } نقطة من الرصيد المشترك شهريًا.
team-cap-off = 🎚 لم يعد لدى { $name } حدّ شهري.

## المجموعات

team-link-group-admins = وحدهم مشرفو المجموعة يمكنهم ربطها بفريق: فهذا يحدد من يدفع ثمن إبداعات الجميع هنا.
team-linked = 🔗 هذه المجموعة مرتبطة الآن بـ <b>{ $team }</b>. أوامر /imagine و/video و/edit التي يرسلها الأعضاء هنا تُدفع من رصيد الفريق (ضمن حدودهم الشهرية) وتُحفظ في مشروع <b>{ $project }</b>. يلغي /team link off ذلك.
team-unlinked = لم تعد هذه المجموعة مرتبطة بـ <b>{ $team }</b>: هنا يعود كل واحد للدفع من نقاطه.

## الحذف

team-delete-confirm = ⚠️ أتحذف <b>{ $team }</b>؟ سيختفي الأعضاء والدعوات وروابط المجموعات، وتعود إليك نقاط الرصيد المشترك. لا يمكن التراجع عن ذلك.
team-delete-confirm-button = 🗑 احذف الفريق
team-delete-cancel-button = أبقِه
team-deleted = 🗑 حُذف <b>{ $team }</b>. { $credits ->
        [0] كان رصيده فارغًا.
        [one] عادت نقطة واحدة إلى رصيدك.
        [two] عادت نقطتان إلى رصيدك.
        [few] عادت { $credits } نقاط إلى رصيدك.
       *[other] عادت { $credits } نقطة إلى رصيدك.
    }
team-delete-kept = لم يُحذف شيء.
team-delete-stale = هذا الزر لفريق آخر. أرسل /team delete مرة أخرى.

## السجل (/team log)

team-log-empty = لم يحدث شيء في هذا الفريق بعد.
team-log-title = 📜 <b>{ $team }</b> — الأحدث أولًا:
team-log-line = { DATETIME($date, month: "short", day: "numeric", hour: "2-digit", minute: "2-digit") } · { $event }
team-log-team-created = أنشأ { $actor } الفريق
team-log-invite-created = أنشأ { $actor } الدعوة { $invite } ({ $role }، { $uses } استخدام)
team-log-invite-revoked = ألغى { $actor } الدعوة { $invite }
team-log-invites-revoked-all = ألغى { $actor } كل الدعوات المفتوحة
team-log-joined = انضم { $actor } بدور { $role } (الدعوة { $invite })
team-log-role-changed = جعل { $actor } { $target } { $to } (كان { $from })
team-log-member-removed = أزال { $actor } { $target }
team-log-member-left = غادر { $actor }
team-log-ownership-transferred = سلّم { $actor } الملكية إلى { $target }
team-log-renamed = غيّر { $actor } اسم الفريق من { $from } إلى { $to }
team-log-deleted = حذف { $actor } الفريق (أُعيد { $returned })
team-log-topup = أضاف { $actor } { $credits } من نقاطه
team-log-purchase = اشترى { $actor } { $credits } نقطة بالنجوم
team-log-spent = أنفق { $actor } { $credits } على إبداع
team-log-cap-set = { $cap ->
        [none] رفع { $actor } الحد الشهري عن { $target }
       *[other] حدّد { $actor } الحد الشهري لـ { $target } بـ { $cap }
    }
team-log-group-linked = ربط { $actor } مجموعة (تُحفظ في { $project })
team-log-group-unlinked = فكّ { $actor } ربط مجموعة
team-log-creation-transferred = أعطى { $actor } إبداعًا إلى { $target }
team-log-project-created = أنشأ { $actor } المشروع { $project }
team-log-privacy-changed = جعل { $actor } { $project } { $privacy }

## الشراء للفريق

team-buy-button = 👥 للفريق: { $team }
team-buy-choose = أي باقة لرصيد <b>{ $team }</b> المشترك؟
team-buy-not-allowed = وحدهم مالك الفريق ومشرفوه يمكنهم شحن رصيده.
team-invoice-title = { $credits } نقطة للفريق
team-invoice-description = { $credits } نقطة للرصيد المشترك لفريق { $team }، لإبداعات أعضائه.
team-pay-thanks = ⭐ شكرًا لك! ذهبت { $credits } نقطة إلى رصيد <b>{ $team }</b> المشترك — صار فيه { $pool }.
stats-team-pools = أرصدة الفرق: { $pools }، فيها { $credits } نقطة

## الإبداع في مجموعة مرتبطة

gen-refused-team-not-member = إبداعات هذه المجموعة يدفعها الفريق { $team }، وأنت لست عضوًا فيه. اطلب دعوة من أحد مشرفيه.
gen-refused-team-viewer = أنت مشاهد في { $team }: لا يستطيع المشاهدون إنفاق نقاط الفريق. يمكن لمشرف أن يجعلك محرّرًا.
gen-refused-team-cap = يكلّف هذا { $cost } نقطة وتبقّى لك { $left } من حدّك الشهري البالغ { $cap } في { $team }. يستطيع المالك رفعه بـ /team cap.
gen-refused-team-pool-empty = يكلّف { $model } { $cost } نقطة وفي رصيد { $team } المشترك { $balance }. يستطيع المالك أو مشرف شحنه بـ /buy أو /team topup.

## الرفض

team-error-no-team = لست في أي فريق بعد. أنشئ واحدًا بـ /team new &lt;الاسم&gt;، أو افتح رابط دعوة.
team-error-forbidden = دورك في <b>{ $team }</b> لا يسمح بذلك. يعرض /team من يحق له ماذا.
team-error-name-invalid = أعطِ اسمًا من 1 إلى 64 حرفًا.
team-error-name-taken = لديك واحد باسم <b>{ $name }</b>. اختر اسمًا آخر.
team-error-member-unknown = لم أجد هذا العضو. استخدم @اسم المستخدم الخاص به أو ردّ على إحدى رسائله.
team-error-role-invalid = الأدوار هي admin وeditor وviewer.
team-error-self = لا يمكنك فعل ذلك بنفسك.
team-error-owner-cannot-leave = أنت مالك <b>{ $team }</b>: سلّمه أولًا بـ /team transfer &lt;العضو&gt;، أو احذفه بـ /team delete.
team-error-jobs-running = { $count ->
        [one] ما زال إبداع مدفوع من الرصيد المشترك قيد الإنشاء.
        [two] ما زال إبداعان مدفوعان من الرصيد المشترك قيد الإنشاء.
       *[other] ما زالت { $count } إبداعات مدفوعة من الرصيد المشترك قيد الإنشاء.
    } حاول مجددًا حين تنتهي.
team-error-insufficient = لديك { $balance } من نقاطك — وهذا لا يكفي.
team-error-amount-invalid = أدخل عددًا صحيحًا (نقاطًا، أو عدد أشخاص للدعوة: من 1 إلى 100).
team-error-invite-invalid = رابط الدعوة هذا لم يعد يعمل — ربما انتهت صلاحيته أو نفدت استخداماته أو أُلغي. اطلب رابطًا جديدًا.
team-error-already-member = أنت في <b>{ $team }</b> بالفعل.
team-error-group-only = هذا يعمل في مجموعة: أضفني إلى المجموعة وأرسل /team link هناك.
team-error-team-unknown = لست في فريق اسمه <b>{ $name }</b>.
team-error-project-unknown = لا أرى مشروعًا اسمه <b>{ $name }</b>. يعرض /projects مشاريعك.
team-error-team-privacy-personal = المشاريع الشخصية خاصة أو عامة؛ أما «team» فللمشاريع الجماعية.
team-error-creation-unknown = لا أجد هذا الإبداع.
team-error-creation-not-yours = هذا الإبداع ليس لك لتحفظه أو تسلّمه.

## المشاريع

project-privacy-private = خاص
project-privacy-team = للفريق
project-privacy-public = عام
project-button-add = 📁 إلى مشروع
project-button-details = ℹ️ التفاصيل
project-button-remix = 🔁 ريمكس
project-help =
    📁 <b>المشاريع</b> تجمع الإبداعات معًا.

    /project new &lt;الاسم&gt; — مشروع شخصي (/project new team &lt;الاسم&gt; — لفريقك)
    /project add [الاسم] — ردّ على إبداع لحفظه (أو استخدم زر 📁 تحته)
    /project privacy &lt;الاسم&gt; private|team|public — يمنح public صفحة للعرض فقط
    /projects [الاسم] — مشاريعك، أو محتوى أحدها
    /transfer @الاسم — ردّ على إبداع لتسليمه إلى زميل في الفريق
project-created = 📁 أُنشئ المشروع <b>{ $project }</b> (خاص). احفظ الإبداعات بزر 📁 تحتها.
project-created-team = 📁 أُنشئ المشروع الجماعي <b>{ $project }</b> في <b>{ $team }</b>؛ يراه كل الأعضاء.
project-add-usage = ردّ على أحد إبداعاتي بـ /project add (أو /project add <المشروع>)، أو اضغط زر 📁 تحته.
project-choose = إلى أي مشروع؟
project-none-to-add = ليس لديك مشروع لإضافته إليه بعد — أنشئ واحدًا بـ /project new <الاسم>.
project-added = ✅ أُضيف إلى <b>{ $project }</b>.
project-already-there = موجود في <b>{ $project }</b> بالفعل.
project-added-toast = أُضيف!
project-already-there-toast = موجود بالفعل
project-privacy-usage = أرسل /project privacy <الاسم> private أو team أو public.
project-privacy-set = 🔒 صار <b>{ $project }</b> الآن { $privacy }. إن كان له رابط عام فلم يعد يعمل.
project-public = 🌐 صار <b>{ $project }</b> عامًا. كل من لديه هذا الرابط يرى صوره ومقاطعه (ولا شيء غيرها):
    { $link }
    إن غيّرت الخصوصية مجددًا يُنشأ رابط جديد ويتوقف هذا.
projects-none = لا مشاريع بعد. ابدأ واحدًا بـ /project new &lt;الاسم&gt;.
projects-title = 📁 <b>مشاريعك</b>
projects-line = #{ $id } <b>{ $project }</b> · { $count ->
        [zero] لا إبداعات
        [one] إبداع واحد
        [two] إبداعان
        [few] { $count } إبداعات
       *[other] { $count } إبداعًا
    } · { $privacy }
projects-line-team = #{ $id } <b>{ $project }</b> · { $count ->
        [zero] لا إبداعات
        [one] إبداع واحد
        [two] إبداعان
        [few] { $count } إبداعات
       *[other] { $count } إبداعًا
    } · { $privacy } · 👥 { $team }
projects-footer = يعرض /projects &lt;الاسم&gt; ما بداخله.
project-show-title = 📁 <b>{ $project }</b> · { $count ->
        [zero] لا إبداعات
        [one] إبداع واحد
        [two] إبداعان
        [few] { $count } إبداعات
       *[other] { $count } إبداعًا
    }
project-item-line = • { $model } من { $maker }: «{ $prompt }»
project-empty = لا شيء هنا بعد.

## تسليم الإبداعات وأصلها

transfer-usage = ردّ على أحد إبداعاتك بـ /transfer @الاسم لتسليمه إلى أحد أعضاء فريقك.
transfer-done = 🎁 صار الآن لـ { $name } — وانتقل إلى /history الخاص به.
creation-not-visible = هذا الإبداع غير مرئي لك.
creation-made-by = ℹ️ { $model } · من صنع { $maker } في { DATETIME($date, month: "short", day: "numeric", year: "numeric") }
creation-from = ↳ صُنع من إبداع { $model } من صنع { $maker }
creation-original = ↳ أصلي، صُنع من وصف
creation-owner = 🎁 صار الآن لـ { $owner }
creation-paid-by-team = 👥 دفعه فريق { $team }

## الصفحة العامة للمشروع

project-page-title = إبداعات مشتركة
project-page-count = { $count ->
        [0] لا شيء هنا بعد.
        [one] إبداع واحد
        [two] إبداعان
        [few] { $count } إبداعات
       *[other] { $count } إبداعًا
    }
project-page-image = إبداع
project-page-video = إبداع مصوّر
project-page-missing-title = غير موجودة
project-page-missing = هذه الصفحة غير موجودة، أو أُوقف رابطها.
