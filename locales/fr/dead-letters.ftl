# /deadletters (admins only). Sent as Telegram HTML: tags kept as in English.
# Tutoiement, no gendered agreement for the user; U+00A0 before ? ! : ; » and after «; currency word: crédit(s).

dl-private-only = Par respect de la vie privée, demande-moi /deadletters dans un chat privé.

dl-empty = ✅ Aucune lettre morte — toutes les mises à jour ont été traitées.

dl-head = <b>☠️ Lettres mortes : { $total }</b> · page { $page }/{ $pages }

dl-explain = Des mises à jour qui ont échoué à chaque essai. ↻ en remet une dans la file, 🗑 la supprime définitivement.

dl-button-replay = ↻ Rejouer { $n }
dl-button-drop = 🗑 Supprimer { $n }

dl-gone = La mise à jour { $id } n'est plus une lettre morte — quelqu'un s'en est déjà occupé.
dl-replayed = ↻ La mise à jour { $id } est de retour dans la file et sera traitée à nouveau.
dl-dropped = 🗑 Mise à jour { $id } supprimée.

dl-letter-head = <b>{ $n }.</b> mise à jour <code>{ $id }</code> · { $when }

dl-when = { $relative } ({ DATETIME($date, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit") } UTC)

dl-error-line =
    ⚠️ { $error } · { $tries ->
        [one] { $tries } essai
       *[other] { $tries } essais
    }

dl-error-unknown = erreur inconnue

dl-sender = 👤 { $name }{ $handle } (<code>{ $id }</code>)
dl-sender-someone = quelqu'un
dl-in-group = dans 👥 { $title } (<code>{ $id }</code>)
dl-in-private = dans un chat privé
dl-lane = file <code>{ $lane }</code>

dl-kind-payment = ⭐ paiement : { $amount }
dl-kind-refunded-payment = ↩️ paiement remboursé : { $amount }
dl-kind-command = ⌨️ commande : <code>{ $text }</code>
dl-kind-text = 💬 texte : « { $text } »
dl-kind-media = 📎 { $media }{ $caption }
dl-kind-members = 👥 des membres sont arrivés ou partis
dl-kind-message = ✉️ message
dl-kind-edited = ✏️ modifié · { $line }
dl-kind-button = 🔘 appui sur un bouton : <code>{ $data }</code>
dl-kind-checkout = 🧾 validation de paiement : { $amount }
dl-kind-membership = 👥 statut de membre : { $from } → { $to }
dl-kind-unreadable = ❓ mise à jour illisible
dl-kind-other = ❓ { $kind }
