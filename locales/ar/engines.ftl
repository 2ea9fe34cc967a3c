### محركات الحس المتزامن والأحلام والبصيرة الثانية: /synesthesia و/dream و/perspectives.

room-dreams = 🌙 أحلام

syn-usage = أرسل لي بضع كلمات وسأريك ألوانها: /synesthesia البحر ليلًا. ومع /synesthesia on سأضع أيضًا زر 🎨 تحت ردودي.
syn-caption = 🎨 الشعور: { $feeling }
    الملمس: { $textures }
    الصوت: { $sounds }
    { $colours }
syn-feeling-anger = غضب
syn-feeling-disgust = اشمئزاز
syn-feeling-fear = خوف
syn-feeling-joy = فرح
syn-feeling-sadness = حزن
syn-feeling-surprise = دهشة
syn-feeling-neutral = هدوء
syn-texture-velvet = مخمل ناعم
syn-texture-silk = حرير منساب
syn-texture-wool = صوف دافئ
syn-texture-linen = كتان بسيط
syn-texture-paper = ورق رقيق
syn-texture-glass = زجاج بارد
syn-texture-sandpaper = ورق صنفرة خشن
syn-texture-static = طقطقة تشويش
syn-texture-mist = ضباب رطب
syn-texture-moss = طحلب ناعم
syn-texture-wet-stone = حجر مبتل
syn-texture-embers = جمر متوهج
syn-texture-petals = بتلات مسحوقة
syn-texture-sand = رمل دافئ
syn-texture-snow = ثلج طازج
syn-texture-bubbles = فقاعات فوّارة
syn-texture-rust = صدأ متقشر
syn-texture-feathers = ريش يطفو
syn-texture-tar = قطران لزج
syn-sound-bells = أجراس تقرع
syn-sound-birdsong = تغريد العصافير
syn-sound-laughter = ضحكات بعيدة
syn-sound-guitar = غيتار يُعزف برفق
syn-sound-cello = تشيلو عميق
syn-sound-rain = مطر على النافذة
syn-sound-piano = بيانو بطيء
syn-sound-drums = طبول تدق بقوة
syn-sound-thunder = رعد يتدحرج
syn-sound-heartbeat = نبض قلب متسارع
syn-sound-wind = ريح تعوي
syn-sound-creak = أرضية تصرّ
syn-sound-chimes = أجراس الريح
syn-sound-pizzicato = أوتار تُنقر
syn-sound-buzz = ذبابة تطنّ
syn-sound-drip = ماء يقطر
syn-sound-hum = همهمة خافتة
syn-sound-clock = ساعة تتكتك
syn-sound-waves = أمواج على الشاطئ
syn-sound-crackle = نار تطقطق
syn-sound-leaves = حفيف الأوراق
syn-sound-crickets = صراصير الليل
syn-sound-hush = سكون الثلج المتساقط
syn-card-failed = لم أستطع رسم البطاقة الآن، لكن هذه ألوانها:
syn-paint-button = 🖼 ارسمها
syn-expired = هذه بهتت — أرسل الأمر من جديد.
syn-button-on = 🎨 من الآن سيظهر زر «شاهد هذا الشعور» تحت ردودي. ‏/synesthesia off يزيله.
syn-button-off = حسنًا، لا مزيد من زر 🎨 تحت ردودي. ‏/synesthesia on يعيده.
syn-see-button = 🎨 شاهد هذا الشعور
syn-see-missing = لم أعد أجد تلك الرسالة.

dream-message = 🌙 { $title }

    { $text }

    — حلم رأيته عن أشياء حكيتها لي؛ إنه حلم، لا ذكرى لشيء حدث.
dream-note-new = لم تخبرني بالكثير بعد، فحلمت بأننا نلتقي في مكان جديد.
dream-topic-missing = لا أذكر أنك حدثتني عن «{ $topic }»، فحلمت بأشياء أخرى.
dream-private-only = أحلامي مصنوعة مما حكيته لي، لذلك تبقى بيننا — اطلب مني حلمًا في محادثة خاصة 🌙
dream-failed = ⚠️ لم أستطع أن أحلم الآن. حاول مرة أخرى بعد قليل.
dream-setting = { $v ->
        [a] أنت في مكان ما بين محطة وحديقة، والليل يكاد يحلّ.
        [b] أنت في بيت لم تره من قبل، ومع ذلك تعرف كل أبوابه.
       *[c] أنت تمشي في شارع لا يكفّ عن التحول إلى ممر.
    }
dream-setting-place = { $v ->
        [a] المكان: { $place }، لكن لا شيء في موضعه تمامًا.
        [b] إنها { $place }، أو ما يتخيله الحلم عنها: السماء نفسها، وشوارع أخرى.
       *[c] تستيقظ — داخل الحلم — في { $place }، والضوء غريب وناعم.
    }
dream-title-place = ليلة في { $place }
dream-person = { $v ->
        [a] { $person } هناك أيضًا، يلوّح لك وكأنك متأخر عن شيء ما.
        [b] { $person } يمشي بجانبك ويروي حكاية تكاد تتذكرها.
       *[c] { $person } يناولك مفتاحًا ويقول إنك ستعرف أي باب يفتح.
    }
dream-person-second = ثم يظهر { $person }، غير مندهش أبدًا من رؤيتك هناك.
dream-stranger = { $v ->
        [a] شخص تعرفه يمشي أمامك دون أن يلتفت.
        [b] صوت مألوف يناديك باسمك من الغرفة المجاورة.
       *[c] أحدهم يترك لك ورقة على الطاولة، بخط تعرفه.
    }
dream-echo = { $v ->
        [a] في مكان ما يكرر صوت: «{ $fragment }»، مختلفًا قليلًا في كل مرة.
        [b] الكلمات «{ $fragment }» مكتوبة على جدار، وتبدو منطقية تمامًا.
       *[c] مذياع يعيد «{ $fragment }» مرة بعد مرة، كأنها أغنية.
    }
dream-feeling = طوال الوقت يرافقك شعور — { $feeling } — ناعم وبعيد.
dream-feeling-anger = عاصفة لا تنفجر أبدًا
dream-feeling-disgust = رغبة في ترك شيء خلفك
dream-feeling-fear = نفَس محبوس
dream-feeling-joy = فرح هادئ
dream-feeling-sadness = شجن رقيق
dream-feeling-surprise = دهشة
dream-feeling-neutral = فضول هادئ
dream-ending = { $v ->
        [a] ثم يتغير الضوء، فتستيقظ.
        [b] تحاول أن تتذكر كل شيء، فينطوي الحلم من تلقاء نفسه.
       *[c] قبيل الاستيقاظ، يصير كل شيء ذهبيًا وساكنًا جدًا.
    }
dream-motif-late-train = قطار ليلي ينطلق في اللحظة التي تصل فيها إلى الرصيف، ونوافذه مليئة بضوء دافئ.
dream-motif-late-train-title = القطار الأخير
dream-motif-rain-house = داخل البيت تمطر، بهدوء، ولا أحد يمانع.
dream-motif-rain-house-title = مطر في البيت
dream-motif-fog-bridge = جسر طويل يمتد في الضباب، ولا تُرى ضفته الأخرى.
dream-motif-fog-bridge-title = الجسر في الضباب
dream-motif-extra-rooms = في البيت غرف لم تكن موجودة من قبل، كل واحدة مضاءة وتنتظر.
dream-motif-extra-rooms-title = الغرف الزائدة
dream-motif-library-sea = رفوف مكتبة تنفتح على البحر، والكتب تفوح منها رائحة الملح.
dream-motif-library-sea-title = المكتبة على البحر
dream-motif-slow-clocks = كل ساعات الشارع تدور ببطء إلى الوراء.
dream-motif-slow-clocks-title = الساعات المعكوسة
dream-motif-flying = تطير منخفضًا فوق الأسطح، وهذا أسهل شيء في العالم.
dream-motif-flying-title = الطيران
dream-motif-lanterns = فوانيس ورقية ترتفع فوق الماء، بالمئات.
dream-motif-lanterns-title = ليلة الفوانيس
dream-motif-sky-garden = سلّم ينبت من الأرض ويصعد إلى حديقة في السماء.
dream-motif-sky-garden-title = الحديقة في السماء

persp-usage = أخبرني بما تفكر فيه وسأريك بضع طرق للنظر إليه: /perspectives هل يجب أن أقبل الوظيفة في برلين؟
sight-clarify-decision = { $v ->
        [a] قبل أن أبدي رأيي — ما الخيار الذي أمامك؟
        [b] أخبرني أكثر قليلًا: ما الذي تقرره بالضبط؟
       *[c] أود أن أساعدك على التفكير فيه. ما الخيارات؟
    }
sight-clarify-unclear = { $v ->
        [a] أنا هنا. ما أكثر ما يثقل عليك الآن؟
        [b] هل تخبرني أكثر قليلًا عما يحدث؟
       *[c] أي جزء من هذا يبدو الأكثر تشابكًا؟
    }
sight-acknowledge = { $v ->
        [a] يبدو أنك تشعر بشيئين في آن واحد — وكلاهما مفهوم.
        [b] يمكن أن يكون الشعوران صادقين في الوقت نفسه.
       *[c] أشياء كثيرة تشدّك في اتجاهين. كلا الجانبين حقيقي.
    }
sight-intro-decision = بضع طرق للنظر إلى الأمر:
sight-intro-torn = قد يكون الشعوران صادقين معًا. بضع طرق للنظر إلى الأمر:
sight-intro-options = بين «{ $a }» و«{ $b }»، بضع طرق للنظر إلى الأمر:
sight-outro = أيها يبدو لك الأصدق؟
sight-view-sage-decision = ما الذي سيهمك بعد خمس سنوات؟ اختر ما يناسب الشخص الذي تصيره، لا من أنت اليوم فقط.
sight-view-spark-decision = تخيل أن كل شيء سار على نحو رائع — مع أي خيار قفز قلبك للتو؟ هذا يستحق الإصغاء!
sight-view-atlas-decision = اكتب ما يكلفه كل خيار وما يمنحه. جد المعلومة الوحيدة التي تنقصك واحصل عليها هذا الأسبوع.
sight-view-velro-torn = من الطبيعي أن تشعر بالأمرين. لا يلغي شعور الآخر؛ كل منهما يحدثك عن شيء يهمك.
sight-view-sage-torn = المشاعر المختلطة تعني غالبًا أن شيئًا ما مهم جدًا. أيها تود أن تسمعه أعلى بعد شهر؟
sight-view-kit-torn = آه، التركيبة الكلاسيكية «سعيد ومرعوب». مبروك، أنت إنسان. كن لطيفًا مع النصفين.

terminal-syn-saved = حُفظت بطاقة الألوان في { $path }
