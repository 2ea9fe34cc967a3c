# Creating images and videos. Model names are never translated.
# Tutoiement, no gendered agreement for the user; U+00A0 before ? ! : ; » and after «; currency word: crédit(s).

gen-title-image = 🎨 Créer une image
gen-title-video = 🎬 Créer une vidéo
gen-title-edit = 🪄 Retoucher ta photo

gen-picker-model =
    Modèle : { $model } — { $credits ->
        [one] { $credits } crédit
       *[other] { $credits } crédits
    }

gen-picker-aspect = Format : { $aspect }

gen-picker-balance =
    Ton solde : { $balance ->
        [one] { $balance } crédit
       *[other] { $balance } crédits
    }

gen-button-create =
    ✅ Créer — { $credits ->
        [one] { $credits } crédit
       *[other] { $credits } crédits
    }

gen-expired = Cette demande a expiré — renvoie-la.

gen-cancelled = D'accord, c'est annulé — rien n'a été débité.

gen-toast-on-it = C'est parti !

gen-preparing = ⏳ Préparation de { $model }…

gen-photo-download-failed = Je n'ai pas pu récupérer cette photo depuis Telegram (trop lourde ou expirée). Renvoie-la, s'il te plaît.

gen-imagine-usage = Qu'est-ce que je crée ? Par exemple : /imagine un renard dans la neige à l'aube
gen-video-usage = Que doit montrer la vidéo ? Par exemple : /video des vagues qui se brisent au coucher du soleil
gen-edit-usage = Réponds à une photo avec /edit <quoi changer>, par exemple : /edit ajoute de la neige.
gen-edit-prompt-missing = Dis-moi ce qu'il faut changer, par exemple : /edit transforme-la en aquarelle.

gen-offer = Tu veux que je le crée ? Touche le bouton pour choisir le modèle :

gen-models-title = Les modèles que je peux utiliser :

gen-models-line =
    • { $model } — { $credits ->
        [one] { $credits } crédit
       *[other] { $credits } crédits
    }

gen-models-footer = Les prix sont en crédits, et tout ce qui échoue est remboursé. /balance affiche ton solde, /buy le recharge.

gen-balance =
    💳 Tu as { $balance ->
        [one] { $balance } crédit
       *[other] { $balance } crédits
    }. /models affiche les prix, /buy permet de recharger avec des Telegram Stars.

gen-history-empty = Tu n'as encore rien créé. Essaie /imagine un phare dans la tempête.

gen-history-title = Tes créations récentes :

gen-history-line =
    { $icon } { $model } : « { $prompt } » ({ $cost ->
        [one] { $cost } crédit
       *[other] { $cost } crédits
    }{ $refunded ->
        [yes] { $cost ->
            [one] , remboursé
           *[other] , remboursés
        }
       *[no] {""}
    })

gen-refused-prompt-empty = Dis-moi quoi créer, par exemple : /imagine un renard dans la neige.

gen-refused-prompt-too-long = Ta description fait { $length } caractères ; la limite est de { $limit }. Raccourcis-la, s'il te plaît.

gen-refused-unknown-model = Ce modèle n'est pas disponible pour cette demande. /models les liste tous.

gen-refused-photo-required = Réponds à une photo avec /edit <quoi changer>.

gen-refused-rate-limited =
    Tu as demandé { $limit ->
        [one] { $limit } création
       *[other] { $limit } créations
    } au cours de la dernière minute — attends { $seconds ->
        [one] { $seconds } seconde
       *[other] { $seconds } secondes
    }, s'il te plaît.

gen-refused-insufficient-credits =
    { $model } coûte { $cost ->
        [one] { $cost } crédit
       *[other] { $cost } crédits
    } et tu en as { $balance }. Recharge avec /buy.

gen-refused-too-many-running =
    Tu as déjà { $max ->
        [one] { $max } création
       *[other] { $max } créations
    } en cours. Attends qu'une se termine, s'il te plaît.

gen-unavailable-not-configured = 🛠 La création d'images et de vidéos n'est pas encore configurée sur ce bot. Rien n'a été débité.

gen-unavailable-down = 🛠 La création d'images et de vidéos est indisponible pour le moment : notre fournisseur ne répond pas. Rien n'a été débité — réessaie dans quelques minutes.

gen-refused-already-requested = Cette création a déjà été demandée.

gen-button-cancel = ✖ Annuler

gen-toast-cancelled = Annulé — crédits remboursés.

gen-toast-already-finished = Déjà terminé.

gen-stage-submitted = ⏳ Envoyé au studio…
gen-stage-queued = ⏳ Dans la file d'attente…
gen-stage-queued-position = ⏳ Dans la file d'attente — position { $position }
gen-stage-running = 🖌 Création en cours…

gen-done =
    ✅ Terminé — { $cost ->
        [one] { $cost } crédit utilisé
       *[other] { $cost } crédits utilisés
    }.

gen-result-too-large =
    { $kind ->
        [video] Ta vidéo
       *[image] Ton image
    } est trop lourde pour Telegram — la voici : { $url }

gen-result-link =
    { $kind ->
        [video] Ta vidéo
       *[image] Ton image
    } est prête : { $url }

gen-failed-content-policy = Le filtre de sécurité du modèle a refusé cette demande. Reformule ta description — tes crédits ont été remboursés.

gen-failed-validation = Le modèle n'a pas pu accepter cette demande. Essaie une autre description — tes crédits ont été remboursés.

gen-failed-validation-detail = Le modèle n'a pas pu accepter cette demande ({ $detail }). Essaie une autre description — tes crédits ont été remboursés.

gen-failed-timeout = Le modèle a mis trop de temps et a abandonné. Tes crédits ont été remboursés — réessaie, s'il te plaît.

gen-failed-service = Le service d'images et de vidéos a rencontré un problème de son côté. Tes crédits ont été remboursés — réessaie dans un instant.

gen-failed-cancelled = Annulé — tes crédits ont été remboursés.

gen-failed-interrupted = Ta création a été interrompue avant de commencer. Tes crédits ont été remboursés — réessaie, s'il te plaît.

gen-failed-unconfirmed = Le service d'images et de vidéos n'a pas confirmé avoir reçu ta demande, alors tes crédits ont été remboursés. Si la création aboutit quand même, je te l'enverrai gratuitement.

gen-late-result-free = 🎁 Ta création a finalement abouti — et c'est cadeau : tes crédits restent remboursés.

## Bringing a photo to life: /animate and the 🎬 button

gen-title-animate = 🎬 Donnons vie à ta photo

gen-animate-natural-motion = Mouvement : naturel et doux, au choix du modèle

gen-animate-hint = Tu veux quelque chose de précis ? Réponds à la photo avec /animate <ce qui bouge>, par exemple : /animate les vagues viennent sur la plage.

gen-animate-usage = Réponds à une photo avec /animate et je lui donne vie dans une courte vidéo. Si tu veux, dis-moi ce qui doit bouger : /animate ses cheveux flottent au vent. Tu peux aussi envoyer une photo avec /animate en légende.

gen-animate-photo-gone = Je n'ai plus accès à cette photo — réponds-y simplement avec /animate.

gen-button-animate = 🎬 Animer

gen-photo-too-big = Cette image est trop lourde pour moi : Telegram me laisse télécharger jusqu'à 20 Mo. Envoie-la comme photo plutôt que comme fichier, ou choisis-en une plus petite. Rien n'a été débité.

gen-photo-not-image = Ce fichier n'est pas une image que je peux utiliser — envoie-moi une photo (JPEG, PNG ou WebP). Rien n'a été débité.

## /models: sections, and what chatting costs

gen-models-section-image = 🎨 Images à partir de mots — /imagine

gen-models-section-edit = 🪄 Retouche photo — réponds à une photo avec /edit

gen-models-section-video = 🎬 Vidéos à partir de mots — /video

gen-models-section-animate = ✨ Photos qui prennent vie — réponds à une photo avec /animate

gen-models-section-services = 💬 Dans nos conversations

gen-service-stt =
    • Écouter un message vocal ou vidéo — { $credits ->
        [0] gratuit
        [one] { $credits } crédit par message
       *[other] { $credits } crédits par message
    }

gen-service-tts =
    • Répondre par message vocal (/voice) — { $credits ->
        [0] gratuit
        [one] { $credits } crédit par tranche de 500 caractères entamée
       *[other] { $credits } crédits par tranche de 500 caractères entamée
    }

gen-service-vision =
    • Regarder une photo que tu m'envoies — { $credits ->
        [0] gratuit
        [one] { $credits } crédit par photo ou album
       *[other] { $credits } crédits par photo ou album
    }

gen-service-documents =
    • Lire un document que tu m'envoies (texte, Markdown, PDF) — { $credits ->
        [0] gratuit
        [one] { $credits } crédit par document
       *[other] { $credits } crédits par document
    }
