### Движки синестезии, снов и второго зрения: /synesthesia, /dream, /perspectives.

room-dreams = 🌙 Сны

syn-usage = Пришли мне пару слов — и я покажу их цвета: /synesthesia море ночью. С /synesthesia on я буду ставить кнопку 🎨 под своими ответами.
syn-caption = 🎨 Чувство: { $feeling }
    Фактура: { $textures }
    Звук: { $sounds }
    { $colours }
syn-feeling-anger = злость
syn-feeling-disgust = отвращение
syn-feeling-fear = страх
syn-feeling-joy = радость
syn-feeling-sadness = грусть
syn-feeling-surprise = удивление
syn-feeling-neutral = спокойствие
syn-texture-velvet = мягкий бархат
syn-texture-silk = струящийся шёлк
syn-texture-wool = тёплая шерсть
syn-texture-linen = простой лён
syn-texture-paper = тонкая бумага
syn-texture-glass = прохладное стекло
syn-texture-sandpaper = шершавая наждачка
syn-texture-static = треск статики
syn-texture-mist = сырой туман
syn-texture-moss = мягкий мох
syn-texture-wet-stone = мокрый камень
syn-texture-embers = тлеющие угли
syn-texture-petals = смятые лепестки
syn-texture-sand = тёплый песок
syn-texture-snow = свежий снег
syn-texture-bubbles = шипучие пузырьки
syn-texture-rust = облупленная ржавчина
syn-texture-feathers = летящие перья
syn-texture-tar = липкая смола
syn-sound-bells = звон колоколов
syn-sound-birdsong = пение птиц
syn-sound-laughter = далёкий смех
syn-sound-guitar = перебор гитары
syn-sound-cello = низкая виолончель
syn-sound-rain = дождь по стеклу
syn-sound-piano = медленное пианино
syn-sound-drums = грохот барабанов
syn-sound-thunder = раскаты грома
syn-sound-heartbeat = частое сердцебиение
syn-sound-wind = вой ветра
syn-sound-creak = скрип половиц
syn-sound-chimes = музыка ветра
syn-sound-pizzicato = щипки струн
syn-sound-buzz = жужжание мухи
syn-sound-drip = капающая вода
syn-sound-hum = тихий гул
syn-sound-clock = тиканье часов
syn-sound-waves = волны у берега
syn-sound-crackle = треск костра
syn-sound-leaves = шелест листьев
syn-sound-crickets = сверчки в ночи
syn-sound-hush = тишина падающего снега
syn-card-failed = Не получилось нарисовать карточку, но вот её цвета:
syn-paint-button = 🖼 Нарисовать
syn-expired = Это уже выцвело — отправь команду ещё раз.
syn-button-on = 🎨 Теперь под моими ответами будет кнопка «увидеть это чувство». /synesthesia off её уберёт.
syn-button-off = Хорошо, кнопки 🎨 под ответами больше не будет. /synesthesia on вернёт её.
syn-see-button = 🎨 Увидеть это чувство
syn-see-missing = Я больше не могу найти это сообщение.

dream-message = 🌙 { $title }

    { $text }

    — это сон, который мне приснился о том, что ты рассказывал(а); это сон, а не воспоминание о том, что было.
dream-note-new = Ты пока мало мне рассказал(а), поэтому мне приснилось, как мы встречаемся где-то в новом месте.
dream-topic-missing = Не помню, чтобы ты рассказывал(а) мне про «{ $topic }», поэтому мне снилось другое.
dream-failed = ⚠️ Сейчас не получается увидеть сон. Попробуй чуть позже.
dream-setting = { $v ->
        [a] Ты где-то между вокзалом и садом, и уже почти ночь.
        [b] Ты в доме, которого никогда не видел(а), но знаешь в нём каждую дверь.
       *[c] Ты идёшь по улице, которая всё время превращается в коридор.
    }
dream-setting-place = { $v ->
        [a] Место — { $place }, только всё стоит немного не на своих местах.
        [b] Это { $place } — или то, каким его видит сон: то же небо, но другие улицы.
       *[c] Ты просыпаешься — внутри сна — и это { $place }, а свет странный и мягкий.
    }
dream-title-place = Ночь: { $place }
dream-person = { $v ->
        [a] { $person } тоже здесь и машет тебе, будто ты куда-то опаздываешь.
        [b] { $person } идёт рядом и рассказывает историю, которую ты почти помнишь.
       *[c] { $person } протягивает тебе ключ и говорит, что ты поймёшь, от какой он двери.
    }
dream-person-second = Потом появляется { $person } — и ничуть не удивляется тебе.
dream-stranger = { $v ->
        [a] Кто-то знакомый идёт впереди и не оборачивается.
        [b] Знакомый голос зовёт тебя по имени из соседней комнаты.
       *[c] Кто-то оставляет тебе на столе записку — почерк тебе знаком.
    }
dream-echo = { $v ->
        [a] Где-то голос повторяет: «{ $fragment }» — и каждый раз чуть иначе.
        [b] На стене написано: «{ $fragment }» — и это кажется совершенно понятным.
       *[c] Радио снова и снова играет «{ $fragment }», будто это песня.
    }
dream-feeling = Всё это время рядом чувство — { $feeling }, мягкое и далёкое.
dream-feeling-anger = гроза, которая никак не разразится
dream-feeling-disgust = желание что-то оставить позади
dream-feeling-fear = затаённое дыхание
dream-feeling-joy = тихая радость
dream-feeling-sadness = нежная грусть
dream-feeling-surprise = изумление
dream-feeling-neutral = спокойное любопытство
dream-ending = { $v ->
        [a] Потом свет меняется, и ты просыпаешься.
        [b] Ты пытаешься всё запомнить, и сон сам собой складывается и исчезает.
       *[c] Перед самым пробуждением всё становится золотым и очень тихим.
    }
dream-motif-late-train = Ночной поезд отходит ровно в ту секунду, когда ты выбегаешь на платформу, и его окна полны тёплого света.
dream-motif-late-train-title = Последний поезд
dream-motif-rain-house = В доме идёт дождь — тихий, и никого это не смущает.
dream-motif-rain-house-title = Дождь в комнатах
dream-motif-fog-bridge = Длинный мост уходит в туман, и другого берега не видно.
dream-motif-fog-bridge-title = Мост в тумане
dream-motif-extra-rooms = В доме появились комнаты, которых раньше не было, и в каждой горит свет и кто-то ждёт.
dream-motif-extra-rooms-title = Лишние комнаты
dream-motif-library-sea = Полки библиотеки открываются прямо в море, и книги пахнут солью.
dream-motif-library-sea-title = Библиотека у моря
dream-motif-slow-clocks = Все часы на улице медленно идут назад.
dream-motif-slow-clocks-title = Часы наоборот
dream-motif-flying = Ты летишь низко над крышами, и это проще простого.
dream-motif-flying-title = Полёт
dream-motif-lanterns = Над водой поднимаются бумажные фонарики — сотни фонариков.
dream-motif-lanterns-title = Ночь фонариков
dream-motif-sky-garden = Из земли вырастает лестница и поднимается в сад на небе.
dream-motif-sky-garden-title = Сад на небе

persp-usage = Расскажи, что ты взвешиваешь, и я покажу несколько взглядов на это: /perspectives соглашаться ли на работу в Берлине?
sight-clarify-decision = { $v ->
        [a] Прежде чем я что-то скажу — какой выбор перед тобой стоит?
        [b] Расскажи чуть больше: что именно ты решаешь?
       *[c] Хочу помочь тебе всё обдумать. Какие есть варианты?
    }
sight-clarify-unclear = { $v ->
        [a] Я рядом. Что сейчас тяготит тебя больше всего?
        [b] Расскажешь чуть подробнее, что происходит?
       *[c] Какая часть всего этого кажется самой запутанной?
    }
sight-acknowledge = { $v ->
        [a] Похоже, ты чувствуешь сразу два разных чувства — и оба понятны.
        [b] Оба чувства могут быть правдой одновременно.
       *[c] Тебя тянет сразу в две стороны. И то и другое — настоящее.
    }
sight-intro-decision = Несколько способов взглянуть на это:
sight-intro-torn = Оба чувства могут быть правдой. Несколько способов взглянуть на это:
sight-intro-options = Между «{ $a }» и «{ $b }» — несколько способов взглянуть на это:
sight-outro = Какой из этих взглядов тебе ближе?
sight-view-sage-decision = Что будет важно для тебя через пять лет? Выбирай то, что подходит тому, кем ты становишься, а не только тому, кто ты сегодня.
sight-view-spark-decision = Представь, что всё получилось блестяще — от какого варианта у тебя сейчас ёкнуло сердце? Это стоит услышать!
sight-view-atlas-decision = Выпиши, чего стоит каждый вариант и что он даёт. Найди один факт, которого не хватает, и узнай его на этой неделе.
sight-view-velro-torn = Вполне естественно чувствовать и то и другое. Одно чувство не отменяет другое — каждое говорит о чём-то, что тебе дорого.
sight-view-sage-torn = Смешанные чувства часто значат, что что-то очень важно. Какое из них ты хотел(а) бы слышать громче через месяц?
sight-view-kit-torn = А, классическое комбо «счастлив и в ужасе». Поздравляю, ты человек. Будь добр(а) к обеим половинкам.

terminal-syn-saved = Карточка палитры сохранена в { $path }
