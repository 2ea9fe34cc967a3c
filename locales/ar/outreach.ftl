### التذكيرات والاطمئنان والمذكرات اليومية والأحلام: لا يبدأ البوت بالكتابة إلا إذا فعّل المستخدم ذلك بنفسه.

outreach-zone-ask = لأضبط المواعيد جيدًا أحتاج إلى منطقتك الزمنية 🌍 في أي مدينة أنت؟ يمكنك أيضًا إرسال فرق توقيتك عن UTC، مثل UTC+3.
outreach-zone-placeholder = مدينة، أو UTC+3
outreach-zone-unknown = لا أعرف هذا المكان بعد 🤔 هل تذكر مدينة كبيرة قريبة، أو فرق توقيتك عن UTC (مثل UTC+2 أو UTC+4)؟
outreach-zone-change = أين أنت الآن؟ أجب باسم مدينتك أو بفرق توقيتك عن UTC (مثل UTC+3).
outreach-zone-set = تم: { $zone } — الساعة هناك الآن { $time }.
outreach-zone-unset = لم تُحدَّد بعد
outreach-private-only = لنضبط هذا في محادثتنا الخاصة 🙂

outreach-checkins-menu =
    💬 سأكتب لك أولًا من حين لآخر لأطمئن عليك — عن أشياء حكيتها لي.

    كم مرة: { $cadence }
    ساعات الهدوء: { $quiet }
    المنطقة الزمنية: { $zone }
outreach-cadence-off = متوقف
outreach-cadence-daily = كل يوم
outreach-cadence-few = كل بضعة أيام
outreach-cadence-weekly = كل أسبوع
outreach-checkins-usage = أرسل /checkins لتختار بالأزرار، أو /checkins daily أو /checkins few أو /checkins weekly أو /checkins off.
outreach-checkins-set = الاطمئنان: { $cadence }
outreach-button-quiet = 🌙 ساعات الهدوء: { $quiet }
outreach-button-zone = 🌍 تغيير المنطقة الزمنية
outreach-quiet-none = لا شيء

outreach-button-stop-reminder = 🔕 ألغِ تذكيراتي
outreach-button-stop-checkin = 🔕 لا تسأل بعد الآن
outreach-button-stop-diary = 🔕 أوقف المذكرات
outreach-button-stop-dream = 🔕 كفى أحلامًا
outreach-stopped-toast = تم 🔕
outreach-stopped-reminder = { $count ->
        [0] حسنًا. لا توجد تذكيرات أخرى بانتظارك.
        [one] حسنًا — ألغيت تذكيرك الآخر. /remind لإنشاء تذكير جديد.
        [two] حسنًا — ألغيت تذكيريك الآخرين. /remind لإنشاء تذكير جديد.
        [few] حسنًا — ألغيت { $count } تذكيرات أخرى. /remind لإنشاء تذكير جديد.
       *[other] حسنًا — ألغيت { $count } تذكيرًا آخر. /remind لإنشاء تذكير جديد.
    }
outreach-stopped-checkin = حسنًا، لن أبدأ بالكتابة بعد الآن 🔕 /checkins يعيدها متى شئت.
outreach-stopped-diary = حسنًا، أُوقفت المذكرات. ما كُتب يبقى في /diary.
outreach-stopped-dream = حسنًا، لا مزيد من أحلام الصباح. /dreams on يعيدها.

outreach-checkin-followup = مرحبًا { $name }! قلت لي: «{ $memory }» — كيف جرى الأمر؟
outreach-checkin-recent = مرحبًا { $name }، ما زلت أفكر فيما حكيته لي: «{ $memory }». كيف تسير الأمور؟
outreach-checkin-general = مرحبًا { $name }! أردت فقط أن أطمئن عليك — كيف حالك اليوم؟

outreach-reminder = ⏰ تذكير: { $text }
outreach-reminder-late = ⏰ تذكير (متأخر قليلًا، آسف): { $text }
outreach-remind-usage = أخبرني متى وبماذا، مثلًا: /remind غدا الساعة 9 اتصل بأمي
outreach-remind-no-time = لم أفهم متى 🤔 جرّب شيئًا مثل «/remind غدا الساعة 9 اتصل بأمي» أو «/remind بعد 2 ساعة خذ استراحة».
outreach-remind-past = هذا الوقت مضى بالفعل — هل تختار وقتًا لم يأتِ بعد؟
outreach-remind-too-far = أستطيع التذكير حتى سنة مقدمًا. هل تختار وقتًا أقرب؟
outreach-remind-no-text = وبماذا أذكّرك؟ مثلًا: /remind غدا الساعة 9 اتصل بأمي
outreach-remind-set = ⏰ اتفقنا! سأذكّرك { $when }: «{ $text }»
outreach-reminders-empty = لا توجد تذكيرات بانتظارك. /remind غدا الساعة 9 اتصل بأمي ينشئ واحدًا.
outreach-reminders-list = { $count ->
        [one] ⏰ تذكيرك (✖ يلغيه):
        [two] ⏰ تذكيراك (✖ يلغي واحدًا):
        [few] ⏰ تذكيراتك الـ{ $count } (✖ يلغي واحدًا):
       *[other] ⏰ تذكيراتك ({ $count }) (✖ يلغي واحدًا):
    }
outreach-reminders-line = { $n }. { $when } — { $text }
outreach-reminder-cancelled = أُلغي التذكير
outreach-reminder-gone = هذا التذكير أُرسل بالفعل أو أُلغي

outreach-diary-on = 📔 المذكرات مفعّلة: كل ليلة سأكتب كيف كان يومك وعمّ تحدثنا. /diary يعرضها.
outreach-diary-off = أُوقفت المذكرات. ما كُتب يبقى؛ /diary يعرضه.
outreach-diary-usage = /diary يعرض مذكراتك؛ /diary on يفعّلها و/diary off يوقفها.
outreach-diary-empty = { $on ->
        [yes] 📔 مذكراتك ما زالت فارغة — تُكتب الصفحة الأولى الليلة.
       *[no] 📔 مذكراتك فارغة. /diary on يفعّلها: كل ليلة سأكتب كيف كان يومك وعمّ تحدثنا.
    }
outreach-diary-entry =
    📔 { $date }

    { $mood }

    عمّ تحدثنا:
    { $summary }

    ({ $page }/{ $pages })
outreach-diary-mood-low = كان يومًا ثقيلًا.
outreach-diary-mood-even = كان يومًا هادئًا ومتزنًا.
outreach-diary-mood-high = كان يومًا مشرقًا.
outreach-diary-mood-unknown = لم يكن هناك ما يكفي لقراءة مزاج اليوم.

outreach-dreams-on = 🌙 الأحلام مفعّلة: كل صباح سأحكي لك حلمًا قصيرًا منسوجًا مما شاركته معي. /dreams off يوقفها.
outreach-dreams-on-illustrated = 🌙 الأحلام مفعّلة، مع صورة حين يكون هناك ما يُرسم (تُحتسب مثل /imagine). /dreams on للنص فقط، و/dreams off لإيقافها.
outreach-dreams-off = أُوقفت الأحلام. أحلامًا سعيدة على أي حال 🌙
outreach-dreams-usage = { $state ->
        [on] 🌙 أحلام الصباح مفعّلة.
        [illustrated] 🌙 أحلام الصباح مفعّلة، مع صور.
       *[off] 🌙 أحلام الصباح متوقفة.
    } /dreams on أو /dreams illustrated أو /dreams off.
outreach-dream-message =
    🌙 حلمت بك الليلة الماضية…

    { $dream }
