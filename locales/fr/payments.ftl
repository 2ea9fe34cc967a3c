# Credits and Telegram Stars: /buy, invoices, receipts, /paysupport, /terms, admin commands.
# Tutoiement, no gendered agreement for the user; U+00A0 before ? ! : ; » and after «; currency word: crédit(s).
# pack-title: at most 32 characters; invoice-description: at most 255.

buy-choose =
    Tu as { $balance ->
        [one] { $balance } crédit
       *[other] { $balance } crédits
    }. Choisis un pack (à payer en Telegram Stars) :

pack-title =
    { $credits ->
        [one] { $credits } crédit
       *[other] { $credits } crédits
    }

buy-pack-button = { $title } — { $stars } ⭐

invoice-description =
    { $credits ->
        [one] { $credits } crédit Velro
       *[other] { $credits } crédits Velro
    } pour des images et des vidéos. Les créations qui échouent sont remboursées en crédits.

checkout-offer-expired = Cette offre n'est plus disponible. Utilise à nouveau /buy, s'il te plaît.
checkout-not-yours = Cette facture a été créée pour quelqu'un d'autre.
checkout-price-changed = Le prix a changé. Utilise à nouveau /buy, s'il te plaît.

pay-thanks =
    ⭐ Merci ! { $credits ->
        [one] { $credits } crédit ajouté
       *[other] { $credits } crédits ajoutés
    } — tu en as maintenant { $balance }.

pay-unmatched = Merci ! Je n'ai pas réussi à associer ce paiement à un pack — écris /paysupport, s'il te plaît.

pay-refunded =
    Tes Stars ont été remboursées ; { $credits ->
        [one] { $credits } crédit a été retiré
       *[other] { $credits } crédits ont été retirés
    }.

terms =
    Les conditions en bref :
    • Les crédits s'achètent avec des Telegram Stars et servent à créer des images et des vidéos aux prix indiqués par /models.
    • Une création qui échoue, qui est annulée ou refusée par le filtre de sécurité d'un modèle ne coûte rien : ses crédits sont remboursés automatiquement.
    • Les crédits n'expirent pas et ne peuvent pas être échangés contre de l'argent. Les achats non utilisés peuvent être remboursés via /paysupport.
    • Ne demande pas de contenu illégal ou contraire aux règles de Telegram ou des modèles.

grant-usage = Utilisation : /grant <id utilisateur> <crédits> (négatif pour retirer)

grant-done = C'est fait : { $amount } crédits pour { $user } ; solde : { $balance }.

refund-usage = Utilisation : /refund <telegram payment charge id> (aucun paiement correspondant)

refund-done =
    { $stars } ⭐ remboursées à { $user } ; { $reversed } crédits sur { $credits } annulés{ $already ->
        [yes] {" "}(déjà annulés auparavant)
       *[no] {""}
    }.

stats-jobs = Tâches : { $jobs }
stats-jobs-none = Tâches : aucune
stats-payments = Paiements : { $payments } ({ $stars } ⭐), remboursés : { $refunded }
stats-accounts = Comptes de crédits : { $accounts }, crédits en circulation : { $outstanding }
stats-ledger-ok = Rapprochement du registre : OK
stats-ledger-mismatch =
    Rapprochement du registre : { $count ->
        [one] { $count } écart
       *[other] { $count } écarts
    } !
stats-dead-letters =
    Lettres mortes : { $count }{ $count ->
        [0] {""}
       *[other] {" "}(voir /deadletters)
    }

## Payment support

support-ask =
    🛟 Aide au paiement : raconte-moi dans ton prochain message ce qui ne va pas — ce que tu as acheté, quand, et ce qui s'est passé. Une capture d'écran aide aussi (ajoute une légende).
    Il arrive directement à une personne de notre équipe, pas à l'IA. Les créations qui échouent sont remboursées automatiquement en crédits, inutile donc de les signaler.
support-in-private = Les questions de paiement sont privées : envoie-moi /paysupport dans notre conversation privée, s'il te plaît.
support-unavailable = Désolé — personne ne s'occupe encore des paiements pour ce bot, je ne peux donc pas transmettre ton message. Réessaie plus tard, s'il te plaît.
support-cancel-button = ✖ Annuler
support-cancelled = D'accord, c'est annulé — rien n'a été envoyé.
support-unsupported = Je peux transmettre du texte, des photos et des documents. Décris-le dans un message, s'il te plaît — une capture d'écran avec légende marche aussi.
support-received = ✅ Merci — la demande n° { $ticket } est entre les mains de notre équipe. Une personne te répondra ici même, dans cette conversation.
support-added = ✅ Ajouté à ta demande n° { $ticket }. On te répond ici.

## What the admins see

support-ticket-card =
    🛟 Demande d'aide au paiement n° { $ticket }
    De : { $name } · id <code>{ $id }</code> · langue : { $language }
    Paiements récents en Stars :
support-ticket-payment =
    • <code>{ $charge }</code> — { $stars } ⭐ · crédits : { $credits } · { DATETIME($date, year: "numeric", month: "2-digit", day: "2-digit") }{ $refunded ->
        [yes] {" "}· remboursé
       *[no] {""}
    }
support-ticket-no-payments = • aucun pour l'instant
support-ticket-hint = Appuie sur Répondre, ou réponds à ce message, pour lui répondre. /refund prend l'id du paiement.
support-ticket-followup = 💬 Demande n° { $ticket } — { $name } (id <code>{ $id }</code>) écrit :
support-reply-button = ✍️ Répondre
support-close-button = ✅ Clore
support-reply-ask = ✍️ Écris ta réponse à la demande n° { $ticket } dans ton prochain message. Elle part telle quelle à l'utilisateur (une photo ou un document, ça marche aussi).
support-reply-sent = ✅ Remis à l'utilisateur (demande n° { $ticket }).
support-reply-blocked = ⚠️ Non remis : l'utilisateur a bloqué le bot (demande n° { $ticket }).
support-closed-toast = La demande n° { $ticket } est close.

## What the user sees of the answers

support-answer-head = 💬 Notre équipe d'assistance t'a répondu (demande n° { $ticket }) :
support-answer-button = ✍️ Répondre
support-answer-ask = ✍️ Écris ta réponse dans ton prochain message — elle partira à notre équipe avec la demande n° { $ticket }.
support-closed-user = ✅ Ta demande de paiement n° { $ticket } est close. Si autre chose se présente, envoie simplement /paysupport — on est là pour toi.
support-receipt-charge = Id du paiement (pour les remboursements et /paysupport) : <code>{ $charge }</code>
