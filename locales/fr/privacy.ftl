# The user's own data: /export, /deletedata, /token and /broadcast.
# Tutoiement, no gendered agreement for the user; U+00A0 before ? ! : ; » and after «; currency word: crédit(s).

privacy-private-only = 🔒 Pour protéger ta vie privée, ça ne fonctionne que dans notre chat privé.

export-caption = 📦 Tout ce que je garde sur toi : profil, état d'esprit, souvenirs (épinglés compris), humeur jour par jour, historique des conversations, registre des crédits, paiements, créations, équipes et projets, rappels, prises de nouvelles et journal, réponses vocales et réglages.

delete-confirm =
    ⚠️ Supprimer toutes tes données ? Ton profil, tes souvenirs, mon état d'esprit, l'historique de nos conversations et tes créations seront effacés pour de bon.

    Ton solde de crédits, son registre et les traces de tes paiements en Telegram Stars sont conservés : ce sont des données financières nécessaires aux remboursements et aux litiges de paiement, et elles ne contiennent aucun message.

# Added below delete-confirm when the user owns teams that have other members.
# $count (number) — how many such teams.
delete-confirm-team-handover =
    { $count ->
        [one] 👥 Tu possèdes une équipe qui compte d'autres membres : elle reviendra à son admin le plus ancien (à défaut, à l'éditeur le plus ancien, puis au lecteur).
       *[other] 👥 Tu possèdes { $count } équipes qui comptent d'autres membres : chacune reviendra à son admin le plus ancien (à défaut, à l'éditeur le plus ancien, puis au lecteur).
    }

# Added below delete-confirm when the user owns teams nobody else is in.
# $count (number) — how many such teams; $credits (number) — the credits left in their pools together.
delete-confirm-team-lone =
    { $count ->
        [one] 🗂 Tu es seul dans une de tes équipes : elle sera supprimée, et les crédits restés dans sa cagnotte ({ $credits }) seront perdus.
       *[other] 🗂 Tu es seul dans { $count } de tes équipes : elles seront supprimées, et les crédits restés dans leurs cagnottes ({ $credits }) seront perdus.
    }

delete-button-confirm = Oui, tout supprimer

delete-not-yours = Ce bouton n'est pas pour toi.

delete-busy-toast = Une création est encore en cours.
delete-busy = ⏳ Une de tes créations est encore en cours. Réessaie /deletedata quand elle sera terminée.

delete-done-toast = Supprimé.
delete-done = 🗑 C'est fait. Tes données ont été supprimées. Si tu m'écris à nouveau, on repartira de zéro, sans se connaître.

delete-cancelled-toast = Rien n'a été supprimé.
delete-cancelled = D'accord, rien n'a été supprimé.

token-private-only = Pour protéger ta vie privée, demande-moi /token dans un chat privé.

token-issued =
    🔑 Ton jeton pour le statut en direct (valable { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, garde-le pour toi) :

    { $token }

    Connecte un WebSocket à { $wsUrl }?token=<token>
    ou ouvre la page en direct : { $pageUrl }

broadcast-admins-only = Seuls les admins peuvent diffuser des annonces.

broadcast-usage = Utilisation : /broadcast <texte> — envoie une annonce à tous les clients du statut en direct.

broadcast-too-long = Cette annonce est trop longue ({ $max } caractères maximum).

broadcast-sent = 📣 Annonce envoyée à tous les clients du statut en direct.
