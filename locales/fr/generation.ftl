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
    • { $model } — { $edit ->
        [yes] retouche photo (/edit)
       *[no] { $kind ->
            [video] vidéo
           *[image] image
        }
    }, { $credits ->
        [one] { $credits } crédit
       *[other] { $credits } crédits
    }

gen-models-footer = /imagine, /video, ou réponds à une photo avec /edit.

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
