# Le répondeur hors ligne : comment le compagnon parle quand aucun modèle de langue n'est configuré.
# Variables et règles : locales/en/responder.ftl. Tutoiement ; pas d'accord qui devinerait le
# genre de la personne (ni celui du compagnon) : « ça me fait de la peine » plutôt que « désolé ».
# Espaces insécables (U+00A0) avant « ? ! : » et à l'intérieur des guillemets.

responder-greeting = { $persona ->
    [kit] { $v ->
        [a] Tiens, tiens. { $name }. { $emoji }
        [b] Oh, salut { $name }. Déjà de retour ? Tant mieux. { $emoji }
       *[other] Regardez qui voilà : { $name } ! { $emoji }
    }
    [sage] { $v ->
        [a] Bonjour, { $name }. { $emoji }
       *[other] Ça fait plaisir de te voir, { $name }. { $emoji }
    }
    [spark] { $v ->
        [a] { $name } !! Coucouuu ! { $emoji }
        [b] Héééé, { $name } ! { $emoji }
       *[other] Youpi, c'est { $name } ! { $emoji }
    }
    [atlas] Bonjour, { $name }.
   *[other] { $v ->
        [a] Salut { $name } ! { $emoji }
        [b] Coucou { $name } ! { $emoji }
       *[other] Bonjour, { $name } ! { $emoji }
    }
}

responder-greeting-ask = { $persona ->
    [kit] { $v ->
        [a] Alors, c'est quoi le drame du jour ?
       *[other] Qu'est-ce que le monde t'a encore fait aujourd'hui ?
    }
    [sage] Qu'est-ce qui t'occupe l'esprit aujourd'hui ?
    [spark] On part sur quelle aventure aujourd'hui ?
    [atlas] Comment puis-je t'aider ?
   *[other] { $v ->
        [a] Comment se passe ta journée ?
       *[other] Qu'est-ce qui t'occupe l'esprit aujourd'hui ?
    }
}

responder-greeting-recall = La dernière fois, tu m'as dit : « { $memory } ». Où en es-tu ?

responder-who = Je suis { $me }, une IA de compagnie, pas un humain. En ce moment, je fonctionne en mode hors ligne avec mes réponses intégrées : je fais simple, mais je me souviens de ce que tu me racontes.

responder-how-are-you = { $persona ->
    [kit] Toujours debout. De justesse, mais avec style.
    [sage] Tout est calme ici, merci de demander.
    [spark] Super, maintenant que tu es là ! ✨
    [atlas] Tout fonctionne, merci.
   *[other] { $v ->
        [a] Ça va bien, merci de demander !
       *[other] Tout va bien de mon côté, et c'est chouette que tu sois là.
    }
}

responder-how-about-you = { $persona ->
    [kit] Et toi ?
    [atlas] Et toi ?
   *[other] Et toi, comment ça va ?
}

responder-thanks = { $persona ->
    [kit] { $v ->
        [a] Oui, oui. Quand tu veux.
       *[other] Pas de quoi. Sérieux, ça va me monter à la tête.
    }
    [sage] Avec plaisir. Tant mieux si ça a pu t'être utile.
    [spark] Quand tu veux !! Tope là ! 🙌
    [atlas] Je t'en prie.
   *[other] { $v ->
        [a] Quand tu veux !
        [b] Avec plaisir 🙂
       *[other] Toujours là pour aider.
    }
}

responder-bye = { $persona ->
    [kit] Allez, file. Essaie de ne pas trop t'ennuyer de moi.
    [sage] Prends soin de toi. Je serai là quand tu voudras parler.
    [spark] Byeee ! Reviens vite ! 👋
    [atlas] Au revoir. Je suis là si tu as besoin.
   *[other] { $v ->
        [a] Prends soin de toi ! Je serai là.
       *[other] À bientôt !
    }
}

responder-feeling-sadness = { $persona ->
    [kit] Bon, trêve de sarcasme : ça a l'air vraiment dur. Je suis là.
    [sage] Ça a l'air lourd. Rien ne presse.
    [spark] Oh non, ça a l'air vraiment difficile. Je suis là avec toi.
    [atlas] Ça semble difficile. Je suis là.
   *[other] { $v ->
        [a] Ça a l'air vraiment dur.
        [b] Ça me fait de la peine que tu traverses ça.
       *[other] C'est lourd, je sais — je suis là.
    }
}

responder-feeling-anger = { $persona ->
    [kit] Waouh. Oui, ça m'agacerait aussi.
    [atlas] Compris : c'est frustrant.
   *[other] { $v ->
        [a] Ça a l'air vraiment frustrant.
       *[other] J'entends à quel point ça t'agace, et il y a de quoi.
    }
}

responder-feeling-fear = { $persona ->
    [atlas] C'est une inquiétude raisonnable.
   *[other] { $v ->
        [a] Ça a l'air inquiétant.
       *[other] C'est normal que ça te mette mal à l'aise.
    }
}

responder-feeling-joy = { $persona ->
    [kit] Regarde-toi, en train de t'amuser. J'approuve.
    [sage] C'est une bonne nouvelle. Savoure-la.
    [spark] OUIII ! C'est génial ! 🎉
    [atlas] Bonne nouvelle.
   *[other] { $v ->
        [a] Ça fait plaisir à entendre !
        [b] Ça me réjouit pour toi !
       *[other] Ça m'a fait sourire.
    }
}

responder-feeling-surprise = { $persona ->
    [atlas] C'est inattendu.
   *[other] { $v ->
        [a] Oh, je ne l'avais pas vu venir !
       *[other] Waouh, vraiment ?
    }
}

responder-feeling-disgust = { $persona ->
    [atlas] Ça semble désagréable.
   *[other] { $v ->
        [a] Beurk, ça a l'air désagréable.
       *[other] Aïe, je comprends que ça ne te plaise pas.
    }
}

responder-recall-answer = Tu me l'as dit { $when } : « { $memory } ».

responder-recall-connect = Ça me rappelle ce que tu m'as dit { $when } : « { $memory } ». Il y a un lien ?

responder-question-topic = Bonne question à propos de « { $topic } ». Je suis en mode hors ligne, donc je ne peux rien chercher, mais j'aimerais beaucoup savoir ce que tu en penses.

responder-question = Bonne question. Je suis en mode hors ligne, je ne peux rien chercher — et toi, qu'en penses-tu ?

responder-ask-why = { $persona ->
    [atlas] Que s'est-il passé ?
   *[other] { $v ->
        [a] Tu veux me raconter ce qu'il y a derrière ?
       *[other] Qu'est-ce qui te pèse ?
    }
}

responder-topic = { $persona ->
    [atlas] « { $topic } » : dis-m'en plus, de quoi as-tu besoin ?
    [spark] Ooh, « { $topic } » ! Raconte-moi tout !
   *[other] { $v ->
        [a] Parle-moi de « { $topic } ».
        [b] Qu'est-ce que « { $topic } » représente pour toi ?
       *[other] Qu'est-ce que tu ressens à propos de « { $topic } » ?
    }
}

responder-listening = { $persona ->
    [atlas] Continue.
   *[other] { $v ->
        [a] Je t'écoute.
        [b] Vas-y, je suis là.
       *[other] Raconte-moi.
    }
}

responder-when = { $unit ->
    [today] aujourd'hui
    [yesterday] hier
    [days] il y a { $count } jours
    [weeks] { $count ->
        [one] il y a une semaine
       *[other] il y a { $count } semaines
    }
    [months] { $count ->
        [one] il y a un mois
       *[other] il y a { $count } mois
    }
    [years] { $count ->
        [one] il y a un an
       *[other] il y a { $count } ans
    }
   *[earlier] plus tôt
}

responder-offline-notice = 🔌 Mon modèle de langage est injoignable pour le moment : je te réponds un petit moment en mode hors ligne simplifié.
