### موتورهای هم‌حسی، رؤیا و بینش دوم: /synesthesia، /dream، /perspectives.

room-dreams = 🌙 رؤیاها

syn-usage = چند کلمه برایم بفرست تا رنگ‌هایش را نشانت بدهم: /synesthesia دریا در شب. با /synesthesia on زیر پاسخ‌هایم یک دکمهٔ 🎨 هم می‌گذارم.
syn-caption = 🎨 حس: { $feeling }
    بافت: { $textures }
    صدا: { $sounds }
    { $colours }
syn-feeling-anger = خشم
syn-feeling-disgust = انزجار
syn-feeling-fear = ترس
syn-feeling-joy = شادی
syn-feeling-sadness = اندوه
syn-feeling-surprise = شگفتی
syn-feeling-neutral = آرامش
syn-texture-velvet = مخمل نرم
syn-texture-silk = ابریشم روان
syn-texture-wool = پشم گرم
syn-texture-linen = کتان ساده
syn-texture-paper = کاغذ نازک
syn-texture-glass = شیشهٔ خنک
syn-texture-sandpaper = سنباده‌ٔ زبر
syn-texture-static = خش‌خش پارازیت
syn-texture-mist = مه نمناک
syn-texture-moss = خزهٔ نرم
syn-texture-wet-stone = سنگ خیس
syn-texture-embers = اخگرهای سوزان
syn-texture-petals = گلبرگ‌های له‌شده
syn-texture-sand = شن گرم
syn-texture-snow = برف تازه
syn-texture-bubbles = حباب‌های جوشان
syn-texture-rust = زنگارِ ورقه‌ورقه
syn-texture-feathers = پرهای معلق
syn-texture-tar = قیر چسبناک
syn-sound-bells = صدای ناقوس
syn-sound-birdsong = آواز پرندگان
syn-sound-laughter = خنده‌هایی از دور
syn-sound-guitar = زخمهٔ گیتار
syn-sound-cello = ویولن‌سلی بم
syn-sound-rain = باران روی شیشه
syn-sound-piano = پیانویی آرام
syn-sound-drums = کوبش طبل‌ها
syn-sound-thunder = غرش رعد
syn-sound-heartbeat = ضربان تند قلب
syn-sound-wind = زوزهٔ باد
syn-sound-creak = جیرجیر کف چوبی
syn-sound-chimes = زنگولهٔ باد
syn-sound-pizzicato = زخمه بر سیم‌ها
syn-sound-buzz = وزوز مگس
syn-sound-drip = چکه‌چکهٔ آب
syn-sound-hum = زمزمه‌ای آرام
syn-sound-clock = تیک‌تاک ساعت
syn-sound-waves = موج‌ها بر ساحل
syn-sound-crackle = ترق‌تروق آتش
syn-sound-leaves = خش‌خش برگ‌ها
syn-sound-crickets = جیرجیرک‌های شب
syn-sound-hush = سکوت برفی که می‌بارد
syn-card-failed = الان نتوانستم کارت را بکشم، ولی رنگ‌هایش این‌ها هستند:
syn-paint-button = 🖼 نقاشی‌اش کن
syn-expired = این یکی کم‌رنگ شده — دوباره دستور را بفرست.
syn-button-on = 🎨 از حالا زیر پاسخ‌هایم دکمهٔ «این حس را ببین» هست. /synesthesia off برش می‌دارد.
syn-button-off = باشه، دیگر دکمهٔ 🎨 زیر پاسخ‌هایم نیست. /synesthesia on برش می‌گرداند.
syn-see-button = 🎨 این حس را ببین
syn-see-missing = دیگر نمی‌توانم آن پیام را پیدا کنم.

dream-message = 🌙 { $title }

    { $text }

    — رؤیایی که دربارهٔ چیزهایی که برایم گفتی دیدم؛ این یک رؤیاست، نه خاطره‌ای از آنچه اتفاق افتاده.
dream-note-new = هنوز چیز زیادی برایم تعریف نکرده‌ای، برای همین خواب دیدم جایی تازه هم را می‌بینیم.
dream-topic-missing = یادم نمی‌آید دربارهٔ «{ $topic }» چیزی گفته باشی، برای همین خواب چیزهای دیگری را دیدم.
dream-private-only = رؤیاهایم از چیزهایی ساخته شده‌اند که برایم گفته‌ای، پس فقط بین خودمان می‌مانند — در چت خصوصی از من یکی بخواه 🌙
dream-failed = ⚠️ الان نتوانستم خواب ببینم. کمی بعد دوباره امتحان کن.
dream-setting = { $v ->
        [a] جایی میان یک ایستگاه و یک باغی، و تقریباً شب شده.
        [b] در خانه‌ای هستی که هرگز ندیده‌ای، اما همهٔ درهایش را می‌شناسی.
       *[c] در خیابانی راه می‌روی که مدام به راهرو تبدیل می‌شود.
    }
dream-setting-place = { $v ->
        [a] دوباره در { $place } هستی، ولی هیچ چیز سر جای خودش نیست.
        [b] اینجا { $place } است، یا تصوری که یک رؤیا از آن دارد: همان آسمان، خیابان‌هایی دیگر.
       *[c] درون رؤیا در { $place } بیدار می‌شوی و نور عجیب و نرم است.
    }
dream-title-place = شبی در { $place }
dream-person = { $v ->
        [a] { $person } هم آنجاست و طوری دست تکان می‌دهد که انگار جایی دیرت شده.
        [b] { $person } کنارت راه می‌رود و داستانی تعریف می‌کند که تقریباً یادت می‌آید.
       *[c] { $person } کلیدی به تو می‌دهد و می‌گوید خودت می‌فهمی کدام در را باز می‌کند.
    }
dream-person-second = بعد { $person } پیدا می‌شود، بی‌آنکه از دیدنت ذره‌ای تعجب کند.
dream-stranger = { $v ->
        [a] کسی که می‌شناسی جلوتر از تو راه می‌رود و برنمی‌گردد.
        [b] صدایی آشنا از اتاق بغلی اسمت را صدا می‌زند.
       *[c] کسی روی میز یادداشتی برایت می‌گذارد، با دست‌خطی که می‌شناسی.
    }
dream-echo = { $v ->
        [a] جایی صدایی تکرار می‌کند: «{ $fragment }» — هر بار کمی متفاوت.
        [b] روی دیواری نوشته شده «{ $fragment }» و کاملاً معنا دارد.
       *[c] رادیویی «{ $fragment }» را مدام پخش می‌کند، انگار آهنگ است.
    }
dream-feeling = در تمام این مدت حسی هست — { $feeling } — نرم و دور.
dream-feeling-anger = طوفانی که هیچ‌وقت کامل نمی‌بارد
dream-feeling-disgust = میل به پشت سر گذاشتن چیزی
dream-feeling-fear = نفسی حبس‌شده
dream-feeling-joy = شادی آرام
dream-feeling-sadness = اندوهی لطیف
dream-feeling-surprise = حیرت
dream-feeling-neutral = کنجکاوی آرام
dream-ending = { $v ->
        [a] بعد نور عوض می‌شود و بیدار می‌شوی.
        [b] سعی می‌کنی همه‌اش را به خاطر بسپاری، و رؤیا خودش تا می‌خورد و می‌رود.
       *[c] درست پیش از بیداری، همه چیز طلایی و بسیار آرام می‌شود.
    }
dream-motif-late-train = درست وقتی به سکو می‌رسی، قطار شب راه می‌افتد و پنجره‌هایش پر از نور گرم است.
dream-motif-late-train-title = آخرین قطار
dream-motif-rain-house = درون خانه باران می‌بارد، آرام، و برای هیچ‌کس مهم نیست.
dream-motif-rain-house-title = باران در خانه
dream-motif-fog-bridge = پلی بلند در مه فرو می‌رود و آن سویش پیدا نیست.
dream-motif-fog-bridge-title = پل در مه
dream-motif-extra-rooms = خانه اتاق‌هایی دارد که قبلاً هرگز نبودند، هر کدام روشن و منتظر.
dream-motif-extra-rooms-title = اتاق‌های اضافه
dream-motif-library-sea = قفسه‌های یک کتابخانه رو به دریا باز می‌شوند و کتاب‌ها بوی نمک می‌دهند.
dream-motif-library-sea-title = کتابخانهٔ کنار دریا
dream-motif-slow-clocks = همهٔ ساعت‌های خیابان آرام‌آرام عقب می‌روند.
dream-motif-slow-clocks-title = ساعت‌های وارونه
dream-motif-flying = پایین و نزدیک بر فراز بام‌ها پرواز می‌کنی و این ساده‌ترین کار دنیاست.
dream-motif-flying-title = پرواز
dream-motif-lanterns = فانوس‌های کاغذی از روی آب بالا می‌روند، صدها فانوس.
dream-motif-lanterns-title = شب فانوس‌ها
dream-motif-sky-garden = پلکانی از زمین می‌روید و تا باغی در آسمان بالا می‌رود.
dream-motif-sky-garden-title = باغی در آسمان

persp-usage = بگو چه چیزی را سبک‌سنگین می‌کنی تا چند زاویهٔ نگاه نشانت بدهم: /perspectives آیا باید کار برلین را قبول کنم؟
sight-clarify-decision = { $v ->
        [a] قبل از اینکه نظر بدهم — با چه انتخابی روبه‌رو هستی؟
        [b] کمی بیشتر بگو: دقیقاً دربارهٔ چه چیزی تصمیم می‌گیری؟
       *[c] دوست دارم کمکت کنم فکرش را بکنی. گزینه‌ها چه هستند؟
    }
sight-clarify-unclear = { $v ->
        [a] من اینجام. الان چه چیزی بیشتر از همه روی دلت سنگینی می‌کند؟
        [b] کمی بیشتر تعریف می‌کنی چه خبر است؟
       *[c] کدام بخشش از همه درهم‌تر به نظر می‌رسد؟
    }
sight-acknowledge = { $v ->
        [a] به نظر می‌رسد هم‌زمان دو حس داری — و هر دو قابل درک‌اند.
        [b] هر دو حس می‌توانند هم‌زمان درست باشند.
       *[c] چیزهای زیادی تو را به دو سو می‌کشند. هر دو طرفش واقعی است.
    }
sight-intro-decision = چند راه برای نگاه کردن به آن:
sight-intro-torn = هر دو حس می‌توانند درست باشند. چند راه برای نگاه کردن به آن:
sight-intro-options = میان «{ $a }» و «{ $b }»، چند راه برای نگاه کردن به آن:
sight-outro = کدام‌شان برایت درست‌تر به نظر می‌رسد؟
sight-view-sage-decision = پنج سال بعد چه چیزی برایت مهم خواهد بود؟ چیزی را انتخاب کن که به آدمی که داری می‌شوی می‌آید، نه فقط به امروزت.
sight-view-spark-decision = تصور کن همه چیز عالی پیش برود — با کدام گزینه همین الان دلت تپید؟ ارزش شنیدن دارد!
sight-view-atlas-decision = بنویس هر گزینه چه هزینه‌ای دارد و چه می‌دهد. آن یک اطلاعاتی را که کم داری پیدا کن و همین هفته به دستش بیاور.
sight-view-velro-torn = طبیعی است که هر دو را حس کنی. هیچ حسی دیگری را باطل نمی‌کند؛ هر کدام از چیزی حرف می‌زند که برایت مهم است.
sight-view-sage-torn = حس‌های درهم اغلب یعنی چیزی خیلی مهم است. دوست داری یک ماه بعد کدام‌شان بلندتر باشد؟
sight-view-kit-torn = آه، ترکیب کلاسیک «خوشحال و وحشت‌زده». تبریک، آدمی. با هر دو نیمه‌ات مهربان باش.

terminal-syn-saved = کارت پالت در { $path } ذخیره شد
