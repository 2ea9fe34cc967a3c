# /persona, /memory (the memory palace) and /forget.
# Tutoiement, no gendered agreement for the user; U+00A0 before ? ! : ; » and after «; currency word: crédit(s).

persona-menu =
    En ce moment, je suis { $emoji } { $name }. Qui veux-tu que je sois ?

    { $list }

    Ou décris le tien : /persona custom <description>

persona-line = { $emoji } { $name } — { $tagline }

persona-tagline-velro = Ton compagnon chaleureux et attentif, qui se souvient de ce qui compte pour toi
persona-tagline-kit = Un ami sarcastique, la langue bien pendue mais le cœur tendre
persona-tagline-sage = Un mentor calme et sage qui t'aide à y voir plus clair
persona-tagline-spark = Un copain espiègle et pétillant qui transforme tout en aventure
persona-tagline-atlas = Un assistant concis et professionnel : des réponses claires, sans blabla

persona-chosen-toast = { $emoji } Va pour { $name } !

persona-chosen = { $emoji } Je suis maintenant { $name } — { $tagline }

persona-unavailable = Ce personnage n'est plus disponible.

persona-custom-created =
    { $emoji } Voici { $name } : { $tagline }
    Je parlerai comme ça à partir de maintenant. /persona pour revenir en arrière.

persona-custom-empty = Décris le personnage en une phrase ou deux, par exemple : /persona custom un marin retraité et paisible nommé Ned, qui adore le thé

persona-custom-too-short = Cette description est trop courte : utilise au moins { $min } caractères. Exemple : /persona custom un marin retraité et paisible nommé Ned, qui adore le thé

persona-custom-too-long = Cette description est trop longue : { $max } caractères maximum (la tienne en fait { $length }). Tiens-t'en à une phrase ou deux.

persona-custom-refused = Je ne peux pas utiliser ce personnage : une description peut façonner ma personnalité, mais pas changer mes règles. Décris plutôt sa façon de parler et son caractère.

room-identity = 🪪 À propos de toi
room-people = 👥 Personnes
room-work = 💼 Travail
room-education = 🎓 Études
room-hobbies = 🎨 Loisirs
room-preferences = ❤️ Goûts
room-plans = 🗓 Projets
room-events = 📅 Événements
room-health = 🩺 Santé
room-places = 📍 Lieux
room-pets = 🐾 Animaux
room-feelings = 💭 Émotions
room-episodes = 💬 Conversations

memory-empty = Je ne sais encore rien de toi. Parle-moi un peu de toi !

memory-overview =
    🏛 Ton palais de la mémoire : { $memories ->
        [one] { $memories } souvenir
       *[other] { $memories } souvenirs
    } dans { $rooms ->
        [one] { $rooms } pièce
       *[other] { $rooms } pièces
    }. Choisis une pièce.

memory-page-title = { $room } — page { $page }/{ $pages }

memory-when = { $relative }, { DATETIME($date, day: "numeric", month: "short", year: "numeric") }

memory-room-empty = { $room } : plus rien ici pour l'instant.

memory-button-prev = ‹ Préc.
memory-button-rooms = « Pièces
memory-button-next = Suiv. ›

memory-unknown-room = Pièce inconnue.

forget-pick = Qu'est-ce que je dois oublier ? Choisis une pièce, ou tout.

forget-button-everything = 🧨 Tout oublier

forget-all-confirm = Oublier tout ce que je sais de toi ? C'est irréversible.

forget-button-confirm = Oui, tout oublier

forget-room-done =
    C'est fait : j'ai oublié { $count ->
        [one] { $count } souvenir
       *[other] { $count } souvenirs
    } dans { $room }.

forget-room-toast =
    { $count ->
        [one] { $count } souvenir oublié.
       *[other] { $count } souvenirs oubliés.
    }

forget-not-found = Je n'ai trouvé aucun souvenir qui ressemble à ça. /memory montre tout ce dont je me souviens.

forget-one-done = Oublié : « { $text } »

forget-toast-forgotten = Oublié.

forget-toast-gone = Déjà effacé.

forget-toast-wiped = C'est fait.

forget-all-done =
    🧹 C'est fait — j'ai oublié { $count ->
        [one] { $count } souvenir
       *[other] les { $count } souvenirs
    }. On repart d'une page blanche.

forget-toast-cancelled = Rien n'a été oublié.

forget-cancelled = D'accord, je garde tout en mémoire.

mood-unknown = Je n'ai pas encore bien saisi ton humeur. Discute un peu avec moi, et je le sentirai.

mood-overall-very-low = Ces derniers temps, ton moral semble vraiment au plus bas.
mood-overall-low = Ces derniers temps, ton moral semble un peu en berne.
mood-overall-even = Ces derniers temps, ton humeur semble plutôt égale.
mood-overall-high = Ces derniers temps, tu sembles de bonne humeur.
mood-overall-very-high = Ces derniers temps, tu sembles d'excellente humeur.

mood-streak =
    Ça fait déjà { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } que c'est comme ça.

mood-energy-high = Je te sens aussi pas mal sous tension.
mood-energy-low = Tu sembles aussi manquer d'énergie.

mood-salient-anger = Un peu d'agacement transparaît dans tes messages.
mood-salient-disgust = Quelque chose semble vraiment t'avoir déplu.
mood-salient-fear = J'ai senti un peu d'inquiétude dans tes mots.
mood-salient-joy = Il y a eu beaucoup de joie dans tes messages.
mood-salient-sadness = Il y a une certaine tristesse dans ce que tu écris.
mood-salient-surprise = Pas mal de choses ont eu l'air de te surprendre.

mood-sure-high =
    Je me base sur { $samples ->
        [one] { $samples } message
       *[other] { $samples } messages
    }, et là-dessus, j'ai peu de doutes.
mood-sure-medium =
    Je me base sur { $samples ->
        [one] { $samples } message
       *[other] { $samples } messages
    }, et ça me paraît assez fiable.
mood-sure-low =
    Je me base sur { $samples ->
        [one] { $samples } message
       *[other] { $samples } messages
    }, mais ce n'est qu'une première impression, alors je ne peux rien affirmer.
mood-sure-lexicon =
    Je me base sur { $samples ->
        [one] { $samples } message
       *[other] { $samples } messages
    }, mais je ne reconnais que peu de mots d'émotion dans ta langue, alors c'est une estimation approximative.

mood-stance-comforting = Je vais te tenir compagnie tout en douceur. Je suis là pour toi.
mood-stance-soothing = On va garder les choses calmes et tranquilles entre nous.
mood-stance-upbeat = Ça me fait plaisir de partager ta bonne humeur !
mood-stance-playful = Moi aussi, je suis d'humeur joueuse.
mood-stance-steady = Je reste calme et je t'écoute, tout simplement.
mood-stance-reserved = Je vais me mettre un peu en retrait et te laisser mener la conversation.
