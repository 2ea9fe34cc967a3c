# General messages: greeting, help, reset, stopping a reply, fallbacks, errors, /language.
# Tutoiement, no gendered agreement for the user; U+00A0 before ? ! : ; » and after «; currency word: crédit(s).

start-new-user =
    Salut { $name } ! Moi, c'est Velro 👋 — un compagnon IA qui t'écoute, se souvient de ce qui compte pour toi et te tient compagnie.

    Dis-moi simplement ce qui te passe par la tête. /help te montre tout ce que je sais faire.

start-returning-user = Te revoilà, { $name } ! On reprend là où on en était, ou /reset pour repartir de zéro.

help-intro = Je suis Velro, ton compagnon IA. Écris-moi, tout simplement — dans un groupe, mentionne-moi ou réponds à mon message.

help-command-line = /{ $command } — { $description }

help-mode-llm = 🧠 Réponses générées par { $model }.

help-mode-offline = 🔌 Mode hors ligne : mes réponses viennent de mon répondeur intégré (aucun LLM configuré).

reset-done = 🧹 On repart à zéro ! J'ai mis notre conversation précédente de côté — de quoi veux-tu parler ?

cancel-nothing = Il n'y a rien à arrêter pour l'instant — je n'écris rien. 🙂

stop-button = ✖ Stop

stop-toast-stopping = Arrêt en cours…

stop-toast-finished = Cette réponse est déjà terminée.

chat-stopped-note = ⏹ Réponse arrêtée.

chat-stopped-empty = ⏹ Réponse arrêtée avant que j'aie pu écrire quoi que ce soit.

chat-error-timeout = ⏳ Oups, ça m'a pris trop de temps. Réessaie dans un instant.

chat-error-busy = Je reçois énormément de messages en ce moment — réessaie dans une minute.

chat-error-unavailable = ⚠️ Je n'ai pas réussi à joindre mon modèle de langue. Réessaie d'ici peu.

unknown-command = Je ne connais pas cette commande. /help liste celles que je connais.

button-expired = Ce bouton n'est plus actif.

media-sticker = Joli sticker ! 😄 Pour l'instant, je ne sais lire que du texte — tu me le dis avec des mots ?
media-voice = Je ne peux pas encore écouter les messages vocaux 🎧 — tu pourrais me l'écrire ?
media-video-note = Je ne peux pas encore regarder les messages vidéo — tu pourrais me l'écrire ?
media-audio = Je ne peux pas encore écouter l'audio — tu m'en parles par écrit ?
media-photo = Je ne peux pas encore voir les photos dans le chat 📷 — tu me la décris ?
media-video = Je ne peux pas encore regarder les vidéos — tu me racontes ce qu'il s'y passe ?
media-animation = Ha ! Je ne peux pas regarder les GIF, mais je capte l'ambiance. 😄
media-document = Je ne peux pas encore ouvrir les fichiers — tu peux coller ici le texte que tu veux me faire lire ?
media-location = Merci pour la position ! Je ne sais pas encore utiliser les localisations.
media-contact = Merci ! Par contre, je ne peux rien faire avec les contacts.
media-poll = Je ne peux pas voter aux sondages, mais j'aimerais bien savoir de quoi il s'agit.

rate-limited =
    Waouh, ça fait beaucoup de messages ! 😅 Laisse-moi { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    } pour suivre, puis continue.

dead-letter-notice = 😕 Oups, quelque chose s'est mal passé de mon côté et je n'ai pas pu traiter ce message, même après plusieurs essais. Renvoie-le-moi dans un instant, s'il te plaît.

admin-only = Cette commande est réservée aux admins.

admin-only-button = C'est réservé aux admins.

button-cancel = Annuler

language-self-name = Français

language-choose = 🌐 Langue actuelle : { $language }. Dans quelle langue veux-tu qu'on se parle ?

language-choose-group = 🌐 Langue de ce groupe : { $language }. Les admins du groupe peuvent en choisir une autre :

language-set = ✅ C'est fait ! Désormais, je te parle dans cette langue : { $language }.

language-set-group = ✅ C'est fait ! Désormais, dans ce groupe, je parle cette langue : { $language }.

language-admins-only = Seuls les admins du groupe peuvent changer sa langue. Tu peux choisir la tienne dans notre chat privé avec /language.

language-unknown = Cette langue n'est pas disponible.
