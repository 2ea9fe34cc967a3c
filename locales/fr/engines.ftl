### Les moteurs de synesthésie, de rêves et de seconde vue : /synesthesia, /dream, /perspectives.

room-dreams = 🌙 Rêves

syn-usage = Envoie-moi quelques mots et je te montre leurs couleurs : /synesthesia la mer la nuit. Avec /synesthesia on, je mettrai aussi un bouton 🎨 sous mes réponses.
syn-caption = 🎨 Émotion : { $feeling }
    Texture : { $textures }
    Son : { $sounds }
    { $colours }
syn-feeling-anger = colère
syn-feeling-disgust = dégoût
syn-feeling-fear = peur
syn-feeling-joy = joie
syn-feeling-sadness = tristesse
syn-feeling-surprise = surprise
syn-feeling-neutral = calme
syn-texture-velvet = velours doux
syn-texture-silk = soie fluide
syn-texture-wool = laine chaude
syn-texture-linen = lin simple
syn-texture-paper = papier fin
syn-texture-glass = verre frais
syn-texture-sandpaper = papier de verre rugueux
syn-texture-static = grésillement statique
syn-texture-mist = brume humide
syn-texture-moss = mousse douce
syn-texture-wet-stone = pierre mouillée
syn-texture-embers = braises rougeoyantes
syn-texture-petals = pétales froissés
syn-texture-sand = sable tiède
syn-texture-snow = neige fraîche
syn-texture-bubbles = bulles pétillantes
syn-texture-rust = rouille écaillée
syn-texture-feathers = plumes qui flottent
syn-texture-tar = goudron collant
syn-sound-bells = des cloches qui sonnent
syn-sound-birdsong = le chant des oiseaux
syn-sound-laughter = des rires lointains
syn-sound-guitar = une guitare grattée
syn-sound-cello = un violoncelle grave
syn-sound-rain = la pluie sur la vitre
syn-sound-piano = un piano lent
syn-sound-drums = des tambours qui martèlent
syn-sound-thunder = le tonnerre qui gronde
syn-sound-heartbeat = un cœur qui s'emballe
syn-sound-wind = le vent qui hurle
syn-sound-creak = un plancher qui grince
syn-sound-chimes = un carillon à vent
syn-sound-pizzicato = des cordes pincées
syn-sound-buzz = une mouche qui bourdonne
syn-sound-drip = de l'eau qui goutte
syn-sound-hum = un léger bourdonnement
syn-sound-clock = une horloge qui fait tic-tac
syn-sound-waves = les vagues sur le rivage
syn-sound-crackle = un feu qui crépite
syn-sound-leaves = des feuilles qui bruissent
syn-sound-crickets = des grillons la nuit
syn-sound-hush = le silence de la neige qui tombe
syn-card-failed = Je n'ai pas pu dessiner la carte pour l'instant, mais voici ses couleurs :
syn-paint-button = 🖼 Le peindre
syn-expired = Celui-ci s'est effacé — renvoie la commande.
syn-button-on = 🎨 Désormais, il y aura un bouton « voir cette émotion » sous mes réponses. /synesthesia off le retire.
syn-button-off = D'accord, plus de bouton 🎨 sous mes réponses. /synesthesia on le remet.
syn-see-button = 🎨 Voir cette émotion
syn-see-missing = Je ne retrouve plus ce message.

dream-message = 🌙 { $title }

    { $text }

    — un rêve que j'ai fait à partir de ce que tu m'as raconté ; c'est un rêve, pas un souvenir de ce qui s'est passé.
dream-note-new = Tu ne m'as pas encore raconté grand-chose, alors j'ai rêvé qu'on se retrouvait quelque part de nouveau.
dream-topic-missing = Je ne me souviens pas que tu m'aies parlé de « { $topic } », alors j'ai rêvé d'autre chose.
dream-private-only = Mes rêves sont faits de ce que tu m'as raconté, alors ils restent entre nous — demande-m'en un en conversation privée 🌙
dream-failed = ⚠️ Je n'arrive pas à rêver pour l'instant. Réessaie dans un moment.
dream-setting = { $v ->
        [a] Tu es quelque part entre une gare et un jardin, et il fait presque nuit.
        [b] Tu es dans une maison que tu n'as jamais vue, et pourtant tu en connais chaque porte.
       *[c] Tu marches dans une rue qui ne cesse de se transformer en couloir.
    }
dream-setting-place = { $v ->
        [a] Te revoilà à { $place }, mais rien n'est tout à fait à sa place.
        [b] C'est { $place }, ou l'idée qu'un rêve s'en fait : le même ciel, d'autres rues.
       *[c] Tu te réveilles — dans le rêve — à { $place }, et la lumière est étrange et douce.
    }
dream-title-place = Une nuit à { $place }
dream-person = { $v ->
        [a] { $person } est là aussi et te fait signe, comme si tu étais en retard pour quelque chose.
        [b] { $person } marche à côté de toi en racontant une histoire dont tu te souviens presque.
       *[c] { $person } te tend une clé et te dit que tu sauras quelle porte elle ouvre.
    }
dream-person-second = Puis { $person } apparaît, pas du tout surpris de te voir là.
dream-stranger = { $v ->
        [a] Quelqu'un que tu connais marche devant toi sans se retourner.
        [b] Une voix familière t'appelle par ton prénom depuis la pièce d'à côté.
       *[c] Quelqu'un te laisse un mot sur la table, d'une écriture que tu connais.
    }
dream-echo = { $v ->
        [a] Quelque part, une voix répète « { $fragment } », un peu différemment à chaque fois.
        [b] Les mots « { $fragment } » sont écrits sur un mur, et ils ont parfaitement du sens.
       *[c] Une radio passe « { $fragment } » en boucle, comme une chanson.
    }
dream-feeling = Tout du long, il y a un sentiment de { $feeling }, doux et lointain.
dream-feeling-anger = tempête qui n'éclate jamais tout à fait
dream-feeling-disgust = vouloir laisser quelque chose derrière soi
dream-feeling-fear = souffle retenu
dream-feeling-joy = joie tranquille
dream-feeling-sadness = douce mélancolie
dream-feeling-surprise = émerveillement
dream-feeling-neutral = curiosité paisible
dream-ending = { $v ->
        [a] Puis la lumière change, et tu te réveilles.
        [b] Tu essaies de tout retenir, et le rêve se replie tout seul.
       *[c] Juste avant le réveil, tout devient doré et très calme.
    }
dream-motif-late-train = Un train de nuit part juste au moment où tu arrives sur le quai, les fenêtres pleines d'une lumière chaude.
dream-motif-late-train-title = Le dernier train
dream-motif-rain-house = Il pleut dans la maison, doucement, et personne ne s'en soucie.
dream-motif-rain-house-title = La pluie dedans
dream-motif-fog-bridge = Un long pont s'enfonce dans le brouillard, et on ne voit pas l'autre rive.
dream-motif-fog-bridge-title = Le pont dans le brouillard
dream-motif-extra-rooms = La maison a des pièces qui n'ont jamais existé, chacune éclairée et qui attend.
dream-motif-extra-rooms-title = Les pièces en plus
dream-motif-library-sea = Les rayonnages d'une bibliothèque s'ouvrent sur la mer, et les livres sentent le sel.
dream-motif-library-sea-title = La bibliothèque au bord de la mer
dream-motif-slow-clocks = Toutes les horloges de la rue tournent lentement à l'envers.
dream-motif-slow-clocks-title = Les horloges à l'envers
dream-motif-flying = Tu voles au ras des toits, et c'est la chose la plus facile du monde.
dream-motif-flying-title = Voler
dream-motif-lanterns = Des lanternes de papier s'élèvent au-dessus de l'eau, des centaines.
dream-motif-lanterns-title = La nuit des lanternes
dream-motif-sky-garden = Un escalier pousse du sol et monte jusqu'à un jardin dans le ciel.
dream-motif-sky-garden-title = Le jardin dans le ciel

persp-usage = Dis-moi ce que tu pèses, et je te montre quelques façons de le voir : /perspectives devrais-je accepter le poste à Berlin ?
sight-clarify-decision = { $v ->
        [a] Avant de donner mon avis — quel choix as-tu devant toi ?
        [b] Dis-m'en un peu plus : qu'est-ce que tu dois décider, exactement ?
       *[c] J'aimerais t'aider à y réfléchir. Quelles sont les options ?
    }
sight-clarify-unclear = { $v ->
        [a] Je suis là. Qu'est-ce qui te pèse le plus en ce moment ?
        [b] Tu veux bien m'en dire un peu plus sur ce qui se passe ?
       *[c] Quelle partie de tout ça te semble la plus embrouillée ?
    }
sight-acknowledge = { $v ->
        [a] On dirait que tu ressens deux choses à la fois — et les deux ont du sens.
        [b] Les deux sentiments peuvent être vrais en même temps.
       *[c] Ça tire dans deux directions. Les deux côtés sont réels.
    }
sight-intro-decision = Quelques façons de voir les choses :
sight-intro-torn = Les deux sentiments peuvent être vrais. Quelques façons de voir les choses :
sight-intro-options = Entre « { $a } » et « { $b } », quelques façons de voir les choses :
sight-outro = Laquelle sonne le plus juste pour toi ?
sight-view-sage-decision = Qu'est-ce qui comptera pour toi dans cinq ans ? Choisis ce qui va avec la personne que tu deviens, pas seulement celle que tu es aujourd'hui.
sight-view-spark-decision = Imagine que tout se passe merveilleusement — avec quelle option ton cœur a-t-il bondi à l'instant ? Ça vaut la peine d'écouter ça !
sight-view-atlas-decision = Note ce que chaque option coûte et ce qu'elle apporte. Trouve l'information qui te manque et obtiens-la cette semaine.
sight-view-velro-torn = C'est normal de ressentir les deux. Aucun sentiment n'annule l'autre ; chacun te parle de quelque chose qui compte pour toi.
sight-view-sage-torn = Des sentiments mêlés veulent souvent dire que quelque chose compte beaucoup. Lequel aimerais-tu entendre plus fort dans un mois ?
sight-view-kit-torn = Ah, le combo classique « heureux et terrifié ». Félicitations, tu es humain. Sois gentil avec les deux moitiés.

terminal-syn-saved = Carte de la palette enregistrée dans { $path }
