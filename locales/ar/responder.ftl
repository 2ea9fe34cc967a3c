# المجيب دون اتصال: كيف يتحدث الرفيق حين لا يكون هناك نموذج لغوي مُعدّ.
# المتغيرات والقواعد: locales/en/responder.ftl. الخطاب بالعربية يميّز المذكر من المؤنث، لذا
# اختيرت صيغ تُكتب واحدةً للجنسين (بلا تشكيل: «أخبرتني»، «كلامك») وتجنّبنا الأمر والصفات
# التي تفرض جنسًا على المستخدم أو على الرفيق.

responder-greeting = { $persona ->
    [kit] { $v ->
        [a] حسنًا، حسنًا… { $name }. { $emoji }
        [b] آه، أهلًا { $name }. عدت من جديد؟ جيد. { $emoji }
       *[other] انظروا من هنا: { $name }! { $emoji }
    }
    [sage] { $v ->
        [a] مرحبًا { $name }. { $emoji }
       *[other] يسعدني أن أراك، { $name }. { $emoji }
    }
    [spark] { $v ->
        [a] { $name }!! أهلااا! { $emoji }
        [b] هيييه { $name }! { $emoji }
       *[other] يا هلا، { $name } هنا! { $emoji }
    }
    [atlas] مرحبًا { $name }.
   *[other] { $v ->
        [a] أهلًا { $name }! { $emoji }
        [b] مرحبًا { $name }! { $emoji }
       *[other] أهلًا وسهلًا، { $name }! { $emoji }
    }
}

responder-greeting-ask = { $persona ->
    [kit] { $v ->
        [a] إذن، ما دراما اليوم؟
       *[other] ماذا فعل بك العالم اليوم؟
    }
    [sage] ما الذي يشغل بالك اليوم؟
    [spark] أي مغامرة تنتظرنا اليوم؟
    [atlas] كيف يمكنني المساعدة؟
   *[other] { $v ->
        [a] كيف يمضي يومك؟
       *[other] ما الذي يدور في بالك اليوم؟
    }
}

responder-greeting-recall = في المرة الماضية أخبرتني: «{ $memory }». كيف تسير الأمور الآن؟

responder-who = أنا { $me }، ذكاء اصطناعي يرافقك ولست إنسانًا. أعمل الآن في الوضع غير المتصل بردودي المدمجة، لذا أُبقي الأمور بسيطة، لكنني أحفظ كل ما يدور بيننا.

responder-how-are-you = { $persona ->
    [kit] ما زلت على قيد الحياة. بالكاد، لكن بأناقة.
    [sage] بهدوء وبخير، شكرًا لسؤالك.
    [spark] رائع، خصوصًا الآن بوجودك! ✨
    [atlas] كل شيء يعمل كما يجب، شكرًا.
   *[other] { $v ->
        [a] أنا بخير، شكرًا لسؤالك!
       *[other] كل شيء على ما يرام عندي، ووجودك هنا يسعدني.
    }
}

responder-how-about-you = { $persona ->
    [kit] وأنت؟
    [atlas] وأنت؟
   *[other] وكيف حالك أنت؟
}

responder-thanks = { $persona ->
    [kit] { $v ->
        [a] نعم، نعم. في أي وقت.
       *[other] لا شكر على واجب. بجدية، وإلا سيصيبني الغرور.
    }
    [sage] عفوًا. يسعدني أن ذلك أفادك.
    [spark] في أي وقت!! نحن فريق! 🙌
    [atlas] عفوًا.
   *[other] { $v ->
        [a] في أي وقت!
        [b] العفو 🙂
       *[other] يسعدني أن أساعد.
    }
}

responder-bye = { $persona ->
    [kit] إلى اللقاء إذن. لا بأس، سأتحمّل غيابك.
    [sage] أتمنى لك كل الخير. سأكون هنا متى أردت الحديث.
    [spark] إلى اللقاء! بانتظار عودتك قريبًا! 👋
    [atlas] إلى اللقاء. أنا هنا متى احتجت إليّ.
   *[other] { $v ->
        [a] أتمنى لك وقتًا طيبًا! سأكون هنا.
       *[other] إلى اللقاء، نتحدث قريبًا!
    }
}

responder-feeling-sadness = { $persona ->
    [kit] حسنًا، بلا سخرية: هذا يبدو صعبًا حقًا. أنا هنا.
    [sage] يبدو هذا ثقيلًا. لا داعي للعجلة.
    [spark] آه، هذا يبدو صعبًا جدًا. أنا هنا معك.
    [atlas] يبدو هذا صعبًا. أنا هنا.
   *[other] { $v ->
        [a] يبدو هذا صعبًا حقًا.
        [b] قلبي معك في هذا.
       *[other] هذا ثقيل، أعرف — أنا هنا.
    }
}

responder-feeling-anger = { $persona ->
    [kit] واو. نعم، كان هذا سيزعجني أيضًا.
    [atlas] مفهوم: هذا محبط.
   *[other] { $v ->
        [a] هذا محبط فعلًا.
       *[other] أفهم كم أزعجك هذا، ومعك حق.
    }
}

responder-feeling-fear = { $persona ->
    [atlas] القلق من هذا أمر معقول.
   *[other] { $v ->
        [a] يبدو هذا مقلقًا.
       *[other] من الطبيعي أن يقلقك هذا.
    }
}

responder-feeling-joy = { $persona ->
    [kit] يبدو أن أحدهم يستمتع بوقته. أوافق.
    [sage] هذا خبر جميل، هنيئًا لك.
    [spark] يااااي! هذا رائع! 🎉
    [atlas] خبر جيد.
   *[other] { $v ->
        [a] يا له من خبر جميل!
        [b] فرحت لك كثيرًا!
       *[other] رسمت على وجهي ابتسامة.
    }
}

responder-feeling-surprise = { $persona ->
    [atlas] هذا غير متوقع.
   *[other] { $v ->
        [a] أوه، لم أتوقع هذا!
       *[other] واو، حقًا؟
    }
}

responder-feeling-disgust = { $persona ->
    [atlas] يبدو هذا مزعجًا.
   *[other] { $v ->
        [a] أفّ، يبدو هذا مزعجًا.
       *[other] أفهم لماذا نفّرك هذا.
    }
}

responder-recall-answer = أخبرتني { $when }: «{ $memory }».

responder-recall-connect = هذا يذكّرني بما قلته { $when }: «{ $memory }». هل هناك صلة؟

responder-question-topic = سؤال جيد عن «{ $topic }». أنا في الوضع غير المتصل ولا أستطيع البحث عن شيء، لكن يهمني جدًا أن أعرف رأيك.

responder-question = سؤال جيد. أنا في الوضع غير المتصل ولا أستطيع البحث عن شيء — ما رأيك أنت؟

responder-ask-why = { $persona ->
    [atlas] ماذا حدث؟
   *[other] { $v ->
        [a] هل في خاطرك أن تحكي لي ما وراء ذلك؟
       *[other] ما الذي يثقل قلبك؟
    }
}

responder-topic = { $persona ->
    [atlas] «{ $topic }»: ما المطلوب تحديدًا؟
    [spark] أوه، «{ $topic }»! أريد أن أعرف كل شيء!
   *[other] { $v ->
        [a] أودّ أن أسمع المزيد عن «{ $topic }».
        [b] ماذا يعني لك «{ $topic }»؟
       *[other] ما شعورك تجاه «{ $topic }»؟
    }
}

responder-listening = { $persona ->
    [atlas] أنا أتابع.
   *[other] { $v ->
        [a] أنا أسمعك.
        [b] أنا هنا، كلي آذان صاغية.
       *[other] يسعدني أن أسمع المزيد.
    }
}

# Arabic counts take the dual for two, a plural for 3–10 and a singular accusative for 11–99.
responder-when = { $unit ->
    [today] اليوم
    [yesterday] أمس
    [days] { $count ->
        [two] قبل يومين
        [few] قبل { $count } أيام
        [many] قبل { $count } يومًا
       *[other] قبل { $count } يوم
    }
    [weeks] { $count ->
        [one] قبل أسبوع
        [two] قبل أسبوعين
        [few] قبل { $count } أسابيع
        [many] قبل { $count } أسبوعًا
       *[other] قبل { $count } أسبوع
    }
    [months] { $count ->
        [one] قبل شهر
        [two] قبل شهرين
        [few] قبل { $count } أشهر
        [many] قبل { $count } شهرًا
       *[other] قبل { $count } شهر
    }
    [years] { $count ->
        [one] قبل سنة
        [two] قبل سنتين
        [few] قبل { $count } سنوات
        [many] قبل { $count } سنة
       *[other] قبل { $count } سنة
    }
   *[earlier] من قبل
}

responder-offline-notice = 🔌 لا يمكنني الوصول إلى نموذجي اللغوي الآن، لذلك سأردّ لبعض الوقت بوضع مبسّط دون اتصال.
