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

paysupport = Aide au paiement : décris le problème et indique la date de l'achat. Les créations qui échouent sont remboursées automatiquement en crédits ; pour un remboursement en Stars de crédits non utilisés, un admin examine ta demande. Réponds ici et on revient vers toi.

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
