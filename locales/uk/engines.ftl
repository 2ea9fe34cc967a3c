### Рушії синестезії, снів і другого зору: /synesthesia, /dream, /perspectives.

room-dreams = 🌙 Сни

syn-usage = Надішли мені кілька слів — і я покажу їхні кольори: /synesthesia море вночі. З /synesthesia on я ставитиму кнопку 🎨 під своїми відповідями.
syn-caption = 🎨 Почуття: { $feeling }
    Фактура: { $textures }
    Звук: { $sounds }
    { $colours }
syn-feeling-anger = злість
syn-feeling-disgust = огида
syn-feeling-fear = страх
syn-feeling-joy = радість
syn-feeling-sadness = смуток
syn-feeling-surprise = здивування
syn-feeling-neutral = спокій
syn-texture-velvet = м'який оксамит
syn-texture-silk = плинний шовк
syn-texture-wool = тепла вовна
syn-texture-linen = простий льон
syn-texture-paper = тонкий папір
syn-texture-glass = прохолодне скло
syn-texture-sandpaper = шорсткий наждак
syn-texture-static = тріск статики
syn-texture-mist = вологий туман
syn-texture-moss = м'який мох
syn-texture-wet-stone = мокрий камінь
syn-texture-embers = жевріюче вугілля
syn-texture-petals = пом'яті пелюстки
syn-texture-sand = теплий пісок
syn-texture-snow = свіжий сніг
syn-texture-bubbles = шипучі бульбашки
syn-texture-rust = облуплена іржа
syn-texture-feathers = летюче пір'я
syn-texture-tar = липка смола
syn-sound-bells = дзвін дзвонів
syn-sound-birdsong = спів птахів
syn-sound-laughter = далекий сміх
syn-sound-guitar = перебір гітари
syn-sound-cello = низька віолончель
syn-sound-rain = дощ по шибці
syn-sound-piano = повільне піаніно
syn-sound-drums = гуркіт барабанів
syn-sound-thunder = гуркіт грому
syn-sound-heartbeat = часте серцебиття
syn-sound-wind = виття вітру
syn-sound-creak = скрип підлоги
syn-sound-chimes = музика вітру
syn-sound-pizzicato = щипки струн
syn-sound-buzz = дзижчання мухи
syn-sound-drip = крапання води
syn-sound-hum = тихе гудіння
syn-sound-clock = цокання годинника
syn-sound-waves = хвилі біля берега
syn-sound-crackle = тріск багаття
syn-sound-leaves = шелест листя
syn-sound-crickets = цвіркуни вночі
syn-sound-hush = тиша снігопаду
syn-card-failed = Не вдалося намалювати картку, але ось її кольори:
syn-paint-button = 🖼 Намалювати
syn-expired = Це вже вицвіло — надішли команду ще раз.
syn-button-on = 🎨 Відтепер під моїми відповідями буде кнопка «побачити це почуття». /synesthesia off її прибере.
syn-button-off = Гаразд, кнопки 🎨 під відповідями більше не буде. /synesthesia on поверне її.
syn-see-button = 🎨 Побачити це почуття
syn-see-missing = Я вже не можу знайти це повідомлення.

dream-message = 🌙 { $title }

    { $text }

    — це сон, який мені наснився про те, що ти розповідав(ла); це сон, а не спогад про те, що було.
dream-note-new = Ти ще мало мені розповів(ла), тож мені наснилося, як ми зустрічаємося десь у новому місці.
dream-topic-missing = Не пам'ятаю, щоб ти розповідав(ла) мені про «{ $topic }», тож мені снилося інше.
dream-private-only = Мої сни сплетені з того, що ти мені розповідав(ла), тож вони лише для нас двох — попроси мене про сон в особистому чаті 🌙
dream-failed = ⚠️ Зараз не вдається побачити сон. Спробуй трохи пізніше.
dream-setting = { $v ->
        [a] Ти десь між вокзалом і садом, і вже майже ніч.
        [b] Ти в домі, якого ніколи не бачив(ла), але знаєш у ньому кожні двері.
       *[c] Ти йдеш вулицею, яка весь час перетворюється на коридор.
    }
dream-setting-place = { $v ->
        [a] Місце — { $place }, тільки все стоїть трохи не на своїх місцях.
        [b] Це { $place } — або те, яким його бачить сон: те саме небо, але інші вулиці.
       *[c] Ти прокидаєшся — всередині сну — і це { $place }, а світло дивне й м'яке.
    }
dream-title-place = Ніч: { $place }
dream-person = { $v ->
        [a] { $person } теж тут і махає тобі, ніби ти кудись запізнюєшся.
        [b] { $person } іде поруч і розповідає історію, яку ти майже пам'ятаєш.
       *[c] { $person } простягає тобі ключ і каже, що ти зрозумієш, від яких він дверей.
    }
dream-person-second = Потім з'являється { $person } — і анітрохи тобі не дивується.
dream-stranger = { $v ->
        [a] Хтось знайомий іде попереду й не озирається.
        [b] Знайомий голос кличе тебе на ім'я з сусідньої кімнати.
       *[c] Хтось залишає тобі на столі записку — почерк тобі знайомий.
    }
dream-echo = { $v ->
        [a] Десь голос повторює: «{ $fragment }» — і щоразу трохи інакше.
        [b] На стіні написано: «{ $fragment }» — і це здається цілком зрозумілим.
       *[c] Радіо знову й знову грає «{ $fragment }», ніби це пісня.
    }
dream-feeling = Увесь цей час поруч почуття — { $feeling }, м'яке й далеке.
dream-feeling-anger = гроза, що ніяк не почнеться
dream-feeling-disgust = бажання щось залишити позаду
dream-feeling-fear = затамований подих
dream-feeling-joy = тиха радість
dream-feeling-sadness = лагідний смуток
dream-feeling-surprise = подив
dream-feeling-neutral = спокійна цікавість
dream-ending = { $v ->
        [a] Потім світло змінюється, і ти прокидаєшся.
        [b] Ти намагаєшся все запам'ятати, і сон сам собою згортається й зникає.
       *[c] Перед самим пробудженням усе стає золотим і дуже тихим.
    }
dream-motif-late-train = Нічний потяг рушає саме тієї миті, коли ти вибігаєш на перон, і його вікна повні теплого світла.
dream-motif-late-train-title = Останній потяг
dream-motif-rain-house = У домі йде дощ — тихий, і нікого це не бентежить.
dream-motif-rain-house-title = Дощ у кімнатах
dream-motif-fog-bridge = Довгий міст іде в туман, і другого берега не видно.
dream-motif-fog-bridge-title = Міст у тумані
dream-motif-extra-rooms = У домі з'явилися кімнати, яких раніше не було, і в кожній світиться й чекає.
dream-motif-extra-rooms-title = Зайві кімнати
dream-motif-library-sea = Полиці бібліотеки відчиняються просто в море, і книжки пахнуть сіллю.
dream-motif-library-sea-title = Бібліотека біля моря
dream-motif-slow-clocks = Усі годинники на вулиці повільно йдуть назад.
dream-motif-slow-clocks-title = Годинники навпаки
dream-motif-flying = Ти летиш низько над дахами, і це найпростіше у світі.
dream-motif-flying-title = Політ
dream-motif-lanterns = Над водою здіймаються паперові ліхтарики — сотні ліхтариків.
dream-motif-lanterns-title = Ніч ліхтариків
dream-motif-sky-garden = Із землі виростають сходи й піднімаються в сад на небі.
dream-motif-sky-garden-title = Сад на небі

persp-usage = Розкажи, що ти зважуєш, і я покажу кілька поглядів на це: /perspectives чи варто погоджуватися на роботу в Берліні?
sight-clarify-decision = { $v ->
        [a] Перш ніж я щось скажу — який вибір перед тобою?
        [b] Розкажи трохи більше: що саме ти вирішуєш?
       *[c] Хочу допомогти тобі все обміркувати. Які є варіанти?
    }
sight-clarify-unclear = { $v ->
        [a] Я поруч. Що зараз найбільше на тебе тисне?
        [b] Розкажеш трохи докладніше, що відбувається?
       *[c] Яка частина цього здається найзаплутанішою?
    }
sight-acknowledge = { $v ->
        [a] Схоже, ти відчуваєш дві різні речі водночас — і обидві зрозумілі.
        [b] Обидва почуття можуть бути правдою одночасно.
       *[c] Тебе тягне одразу у два боки. І те, і те — справжнє.
    }
sight-intro-decision = Кілька способів подивитися на це:
sight-intro-torn = Обидва почуття можуть бути правдою. Кілька способів подивитися на це:
sight-intro-options = Між «{ $a }» і «{ $b }» — кілька способів подивитися на це:
sight-outro = Який із цих поглядів тобі найближчий?
sight-view-sage-decision = Що буде важливим для тебе через п'ять років? Обирай те, що пасує тому, ким ти стаєш, а не лише тому, хто ти сьогодні.
sight-view-spark-decision = Уяви, що все вийшло блискуче — від якого варіанта в тебе щойно тьохнуло серце? Це варто почути!
sight-view-atlas-decision = Випиши, чого вартує кожен варіант і що він дає. Знайди один факт, якого бракує, і дізнайся його цього тижня.
sight-view-velro-torn = Цілком природно відчувати і те, і те. Одне почуття не скасовує іншого — кожне говорить про щось, що тобі дороге.
sight-view-sage-torn = Змішані почуття часто означають, що щось дуже важливе. Яке з них ти хотів(ла) би чути гучніше за місяць?
sight-view-kit-torn = О, класичне комбо «щасливий і нажаханий». Вітаю, ти людина. Будь лагідним(ою) до обох половинок.

terminal-syn-saved = Картку палітри збережено в { $path }
