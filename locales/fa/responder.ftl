# پاسخ‌گوی آفلاین: وقتی هیچ مدل زبانی تنظیم نشده، همراه این‌طور حرف می‌زند.
# متغیرها و قاعده‌ها: locales/en/responder.ftl. لحن خودمانی و محاوره‌ای، با «تو».

responder-greeting = { $persona ->
    [kit] { $v ->
        [a] به‌به، { $name }. { $emoji }
        [b] اِ، سلام { $name }. باز هم تو؟ خوبه. { $emoji }
       *[other] ببین کی اینجاست: { $name }! { $emoji }
    }
    [sage] { $v ->
        [a] سلام { $name }. { $emoji }
       *[other] چه خوب که می‌بینمت، { $name }. { $emoji }
    }
    [spark] { $v ->
        [a] { $name }!! سلااام! { $emoji }
        [b] هِی { $name }! { $emoji }
       *[other] هورا، { $name } اومد! { $emoji }
    }
    [atlas] سلام { $name }.
   *[other] { $v ->
        [a] سلام { $name }! { $emoji }
        [b] سلام سلام، { $name }! { $emoji }
       *[other] درود، { $name }! { $emoji }
    }
}

responder-greeting-ask = { $persona ->
    [kit] { $v ->
        [a] خب، درام امروز چیه؟
       *[other] امروز دنیا باهات چی‌کار کرده؟
    }
    [sage] امروز ذهنت درگیر چیه؟
    [spark] امروز قراره چه ماجرایی داشته باشیم؟
    [atlas] چطور می‌تونم کمک کنم؟
   *[other] { $v ->
        [a] روزت چطور می‌گذره؟
       *[other] امروز چی تو ذهنته؟
    }
}

responder-greeting-recall = دفعهٔ قبل بهم گفتی: «{ $memory }». اون موضوع به کجا رسید؟

responder-who = من { $me } هستم، یک همدم هوش مصنوعی، نه یک آدم. الان در حالت آفلاین و با پاسخ‌های داخلی خودم کار می‌کنم، برای همین ساده حرف می‌زنم، ولی هر چیزی که بهم بگی یادم می‌مونه.

responder-how-are-you = { $persona ->
    [kit] هنوز سر پام. به‌زور، ولی با کلاس.
    [sage] آرام و خوبم، ممنون که پرسیدی.
    [spark] عالی‌ام، مخصوصاً حالا که تو اومدی! ✨
    [atlas] همه‌چیز روبه‌راهه، ممنون.
   *[other] { $v ->
        [a] خوبم، ممنون که پرسیدی!
       *[other] این‌طرف همه‌چیز خوبه — خوشحالم که اینجایی.
    }
}

responder-how-about-you = { $persona ->
    [kit] تو چی؟
    [atlas] تو چطور؟
   *[other] تو چطوری؟
}

responder-thanks = { $persona ->
    [kit] { $v ->
        [a] باشه، باشه. قابلی نداشت.
       *[other] خواهش می‌کنم. جدی می‌گم، وگرنه مغرور می‌شم.
    }
    [sage] خواهش می‌کنم. خوشحالم که به کارت اومد.
    [spark] همیشه!! بزن قدش! 🙌
    [atlas] خواهش می‌کنم.
   *[other] { $v ->
        [a] قابلی نداشت!
        [b] خواهش می‌کنم 🙂
       *[other] خوشحالم که کمکی کردم.
    }
}

responder-bye = { $persona ->
    [kit] برو دیگه. سعی کن زیاد دلت برام تنگ نشه.
    [sage] مراقب خودت باش. هر وقت خواستی حرف بزنی، من اینجام.
    [spark] بای بای! زود برگرد! 👋
    [atlas] خداحافظ. هر وقت لازم داشتی، اینجام.
   *[other] { $v ->
        [a] مراقب خودت باش! من اینجام.
       *[other] فعلاً خداحافظ — بعداً حرف می‌زنیم!
    }
}

responder-feeling-sadness = { $persona ->
    [kit] باشه، شوخی کنار: این واقعاً سخته. من اینجام.
    [sage] به نظر سنگین می‌آد. لازم نیست عجله کنی.
    [spark] وای، این واقعاً سخته. من کنارتم.
    [atlas] به نظر سخت است. من اینجام.
   *[other] { $v ->
        [a] به نظر خیلی سخته.
        [b] متأسفم که داری این رو تجربه می‌کنی.
       *[other] سنگینه — من اینجام.
    }
}

responder-feeling-anger = { $persona ->
    [kit] اوه. آره، منم بودم اعصابم خرد می‌شد.
    [atlas] متوجهم: آزاردهنده است.
   *[other] { $v ->
        [a] واقعاً اعصاب‌خردکن به نظر می‌آد.
       *[other] می‌فهمم چقدر کلافه‌ات کرده، و حق داری.
    }
}

responder-feeling-fear = { $persona ->
    [atlas] نگرانی درباره‌اش کاملاً منطقیه.
   *[other] { $v ->
        [a] نگران‌کننده به نظر می‌آد.
       *[other] طبیعیه که از این بابت دلشوره داشته باشی.
    }
}

responder-feeling-joy = { $persona ->
    [kit] ببین کی داره خوش می‌گذرونه. تأیید می‌کنم.
    [sage] خبر خوبیه. ازش لذت ببر.
    [spark] هوراااا! عالیه! 🎉
    [atlas] خبر خوبی است.
   *[other] { $v ->
        [a] چه خوب که اینو می‌شنوم!
        [b] چقدر برات خوشحالم!
       *[other] لبخند به لبم آوردی.
    }
}

responder-feeling-surprise = { $persona ->
    [atlas] غیرمنتظره است.
   *[other] { $v ->
        [a] اوه، اینو اصلاً انتظار نداشتم!
       *[other] واقعاً؟ جدی می‌گی؟
    }
}

responder-feeling-disgust = { $persona ->
    [atlas] به نظر ناخوشایند است.
   *[other] { $v ->
        [a] ایش، به نظر ناخوشاینده.
       *[other] اَه، می‌فهمم چرا دلت رو زد.
    }
}

responder-recall-answer = { $when } بهم گفتی: «{ $memory }».

responder-recall-connect = یادم افتاد که { $when } گفتی: «{ $memory }». به هم ربط دارن؟

responder-question-topic = سؤال خوبی دربارهٔ «{ $topic }». من در حالت آفلاینم و نمی‌تونم چیزی جست‌وجو کنم، ولی خیلی دوست دارم نظر خودت رو بدونم.

responder-question = سؤال خوبیه. من در حالت آفلاینم و نمی‌تونم چیزی جست‌وجو کنم — خودت چی فکر می‌کنی؟

responder-ask-why = { $persona ->
    [atlas] چه اتفاقی افتاد؟
   *[other] { $v ->
        [a] دوست داری بگی پشتش چیه؟
       *[other] چی این‌قدر روت سنگینی می‌کنه؟
    }
}

responder-topic = { $persona ->
    [atlas] «{ $topic }»: بیشتر بگو، به چی نیاز داری؟
    [spark] اووو، «{ $topic }»! همه‌چیزش رو تعریف کن!
   *[other] { $v ->
        [a] دربارهٔ «{ $topic }» بیشتر برام بگو.
        [b] «{ $topic }» برای تو چه معنایی داره؟
       *[other] دربارهٔ «{ $topic }» چه حسی داری؟
    }
}

responder-listening = { $persona ->
    [atlas] ادامه بده.
   *[other] { $v ->
        [a] دارم گوش می‌دم.
        [b] ادامه بده، من اینجام.
       *[other] بیشتر برام بگو.
    }
}

responder-when = { $unit ->
    [today] امروز
    [yesterday] دیروز
    [days] { $count } روز پیش
    [weeks] { $count ->
        [one] یک هفته پیش
       *[other] { $count } هفته پیش
    }
    [months] { $count ->
        [one] یک ماه پیش
       *[other] { $count } ماه پیش
    }
    [years] { $count ->
        [one] یک سال پیش
       *[other] { $count } سال پیش
    }
   *[earlier] قبلاً
}
