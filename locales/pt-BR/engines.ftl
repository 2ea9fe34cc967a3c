### Os motores de sinestesia, sonhos e segunda visão: /synesthesia, /dream, /perspectives.

room-dreams = 🌙 Sonhos

syn-usage = Me manda algumas palavras que eu te mostro as cores delas: /synesthesia o mar à noite. Com /synesthesia on eu também coloco um botão 🎨 embaixo das minhas respostas.
syn-caption = 🎨 Sentimento: { $feeling }
    Textura: { $textures }
    Som: { $sounds }
    { $colours }
syn-feeling-anger = raiva
syn-feeling-disgust = nojo
syn-feeling-fear = medo
syn-feeling-joy = alegria
syn-feeling-sadness = tristeza
syn-feeling-surprise = surpresa
syn-feeling-neutral = calma
syn-texture-velvet = veludo macio
syn-texture-silk = seda fluida
syn-texture-wool = lã quentinha
syn-texture-linen = linho simples
syn-texture-paper = papel fino
syn-texture-glass = vidro fresco
syn-texture-sandpaper = lixa áspera
syn-texture-static = estática crepitante
syn-texture-mist = névoa úmida
syn-texture-moss = musgo macio
syn-texture-wet-stone = pedra molhada
syn-texture-embers = brasas acesas
syn-texture-petals = pétalas amassadas
syn-texture-sand = areia morna
syn-texture-snow = neve fresca
syn-texture-bubbles = bolhas efervescentes
syn-texture-rust = ferrugem descascando
syn-texture-feathers = penas flutuando
syn-texture-tar = piche grudento
syn-sound-bells = sinos tocando
syn-sound-birdsong = canto de passarinhos
syn-sound-laughter = risadas ao longe
syn-sound-guitar = um violão dedilhado
syn-sound-cello = um violoncelo grave
syn-sound-rain = chuva na janela
syn-sound-piano = um piano lento
syn-sound-drums = tambores batendo forte
syn-sound-thunder = trovões rolando
syn-sound-heartbeat = um coração disparado
syn-sound-wind = vento uivando
syn-sound-creak = um assoalho rangendo
syn-sound-chimes = sinos de vento
syn-sound-pizzicato = cordas dedilhadas
syn-sound-buzz = uma mosca zumbindo
syn-sound-drip = água pingando
syn-sound-hum = um zumbido baixinho
syn-sound-clock = um relógio fazendo tique-taque
syn-sound-waves = ondas na praia
syn-sound-crackle = uma fogueira estalando
syn-sound-leaves = folhas farfalhando
syn-sound-crickets = grilos à noite
syn-sound-hush = o silêncio da neve caindo
syn-card-failed = Não consegui desenhar o cartão agora, mas aqui estão as cores:
syn-paint-button = 🖼 Pintar
syn-expired = Isso já desbotou — mande o comando de novo.
syn-button-on = 🎨 A partir de agora vai ter um botão “ver este sentimento” embaixo das minhas respostas. /synesthesia off tira ele.
syn-button-off = Tudo bem, sem mais botão 🎨 embaixo das minhas respostas. /synesthesia on traz de volta.
syn-see-button = 🎨 Ver este sentimento
syn-see-missing = Não consigo mais encontrar essa mensagem.

dream-message = 🌙 { $title }

    { $text }

    — um sonho que eu tive sobre coisas que você me contou; é um sonho, não uma lembrança do que aconteceu.
dream-note-new = Você ainda não me contou muita coisa, então sonhei com a gente se encontrando num lugar novo.
dream-topic-missing = Não lembro de você ter me falado de “{ $topic }”, então sonhei com outras coisas.
dream-private-only = Meus sonhos são feitos do que você me contou, então ficam só entre nós — me peça um no chat privado 🌙
dream-failed = ⚠️ Não consegui sonhar agora. Tenta de novo daqui a pouco.
dream-setting = { $v ->
        [a] Você está em algum lugar entre uma estação e um jardim, e já é quase noite.
        [b] Você está numa casa que nunca viu, mas conhece cada porta.
       *[c] Você anda por uma rua que vive virando um corredor.
    }
dream-setting-place = { $v ->
        [a] Você está de volta em { $place }, mas nada está bem no lugar certo.
        [b] É { $place }, ou a ideia que um sonho faz dela: o mesmo céu, outras ruas.
       *[c] Você acorda — dentro do sonho — em { $place }, e a luz é estranha e suave.
    }
dream-title-place = Uma noite em { $place }
dream-person = { $v ->
        [a] { $person } também está lá, acenando como se você estivesse atrasado para alguma coisa.
        [b] { $person } caminha do seu lado contando uma história que você quase lembra.
       *[c] { $person } te entrega uma chave e diz que você vai saber qual porta ela abre.
    }
dream-person-second = Aí aparece { $person }, nem um pouco surpreso de te ver ali.
dream-stranger = { $v ->
        [a] Alguém que você conhece caminha na sua frente sem olhar para trás.
        [b] Uma voz conhecida chama seu nome do quarto ao lado.
       *[c] Alguém deixa um bilhete para você na mesa, com uma letra que você conhece.
    }
dream-echo = { $v ->
        [a] Em algum lugar uma voz repete “{ $fragment }”, um pouco diferente a cada vez.
        [b] As palavras “{ $fragment }” estão escritas numa parede e fazem todo o sentido.
       *[c] Um rádio toca “{ $fragment }” sem parar, como se fosse uma música.
    }
dream-feeling = O tempo todo há uma sensação de { $feeling }, suave e distante.
dream-feeling-anger = uma tempestade que nunca chega a cair
dream-feeling-disgust = vontade de deixar algo para trás
dream-feeling-fear = prender a respiração
dream-feeling-joy = alegria tranquila
dream-feeling-sadness = melancolia suave
dream-feeling-surprise = encantamento
dream-feeling-neutral = curiosidade calma
dream-ending = { $v ->
        [a] Então a luz muda, e você acorda.
        [b] Você tenta lembrar de tudo, e o sonho se dobra sozinho.
       *[c] Pouco antes de acordar, tudo fica dourado e muito quieto.
    }
dream-motif-late-train = Um trem noturno parte bem na hora em que você chega à plataforma, com as janelas cheias de luz quente.
dream-motif-late-train-title = O último trem
dream-motif-rain-house = Dentro da casa está chovendo, de leve, e ninguém se importa.
dream-motif-rain-house-title = Chuva dentro de casa
dream-motif-fog-bridge = Uma ponte comprida some na neblina, e não dá para ver o outro lado.
dream-motif-fog-bridge-title = A ponte na neblina
dream-motif-extra-rooms = A casa tem quartos que nunca existiram, cada um aceso e esperando.
dream-motif-extra-rooms-title = Os quartos a mais
dream-motif-library-sea = As estantes de uma biblioteca se abrem para o mar, e os livros têm cheiro de sal.
dream-motif-library-sea-title = A biblioteca à beira-mar
dream-motif-slow-clocks = Todos os relógios da rua andam devagar para trás.
dream-motif-slow-clocks-title = Os relógios ao contrário
dream-motif-flying = Você voa baixinho por cima dos telhados, e é a coisa mais fácil do mundo.
dream-motif-flying-title = Voando
dream-motif-lanterns = Lanternas de papel sobem sobre a água, centenas delas.
dream-motif-lanterns-title = A noite das lanternas
dream-motif-sky-garden = Uma escada brota do chão e sobe até um jardim no céu.
dream-motif-sky-garden-title = O jardim no céu

persp-usage = Me conta o que você está pesando que eu te mostro algumas formas de ver: /perspectives devo aceitar o emprego em Berlim?
sight-clarify-decision = { $v ->
        [a] Antes de eu opinar — qual é a escolha que você tem pela frente?
        [b] Me conta um pouco mais: o que exatamente você está decidindo?
       *[c] Quero te ajudar a pensar nisso. Quais são as opções?
    }
sight-clarify-unclear = { $v ->
        [a] Tô aqui. O que está pesando mais em você agora?
        [b] Me conta um pouco mais do que está acontecendo?
       *[c] Qual parte disso parece mais embolada?
    }
sight-acknowledge = { $v ->
        [a] Parece que você sente duas coisas ao mesmo tempo — e as duas fazem sentido.
        [b] Os dois sentimentos podem ser verdade ao mesmo tempo.
       *[c] É muita coisa puxando para dois lados. Os dois lados são reais.
    }
sight-intro-decision = Algumas formas de ver isso:
sight-intro-torn = Os dois sentimentos podem ser verdade. Algumas formas de ver isso:
sight-intro-options = Entre “{ $a }” e “{ $b }”, algumas formas de ver isso:
sight-outro = Qual delas soa mais verdadeira para você?
sight-view-sage-decision = O que vai importar para você daqui a cinco anos? Escolha o que combina com quem você está se tornando, não só com quem você é hoje.
sight-view-spark-decision = Imagina que deu tudo maravilhosamente certo — com qual opção seu coração pulou agora? Vale a pena ouvir isso!
sight-view-atlas-decision = Anote quanto custa e o que cada opção te dá. Descubra o único dado que está faltando e consiga esta semana.
sight-view-velro-torn = Faz sentido sentir as duas coisas. Um sentimento não cancela o outro; cada um fala de algo que importa para você.
sight-view-sage-torn = Sentimentos mistos costumam querer dizer que algo importa muito. Qual deles você gostaria de ouvir mais alto daqui a um mês?
sight-view-kit-torn = Ah, o clássico combo “feliz e apavorado”. Parabéns, você é humano. Seja gentil com as duas metades.

terminal-syn-saved = Cartão da paleta salvo em { $path }
