### Équipes (membres avec des rôles qui partagent une cagnotte de crédits) et projets (collections de créations).

## Rôles

team-role-owner = propriétaire
team-role-admin = admin
team-role-editor = éditeur
team-role-viewer = spectateur

## /team

team-help =
    👥 Les <b>équipes</b> partagent une cagnotte de crédits et des projets — pour les familles, les amis et les petits studios.

    /team new &lt;nom&gt; — créer une équipe (tu en es le propriétaire)
    /team invite [editor|viewer|admin] [utilisations] — un lien pour rejoindre
    /team — ton équipe, ses membres et ses crédits
    /team topup &lt;crédits&gt; — verser tes propres crédits dans la cagnotte
    /team cap &lt;membre&gt; &lt;crédits|off&gt; — la limite mensuelle d'un membre
    /team role &lt;membre&gt; &lt;rôle&gt;, /team remove &lt;membre&gt;, /team leave
    /team transfer &lt;membre&gt;, /team rename &lt;nom&gt;, /team delete
    /team use &lt;nom&gt; — choisir à laquelle de tes équipes ces commandes s'appliquent
    /team link — dans un groupe : l'équipe paie ce que ses membres y créent
    /team revoke [numéro|all], /team log
team-created = 🎉 L'équipe <b>{ $team }</b> est prête et tu en es le propriétaire. Invite du monde avec /team invite et remplis sa cagnotte avec /team topup ou /buy.
team-overview-title = 👥 <b>{ $team }</b> · tu es { $role }
team-overview-pool = 💰 Cagnotte : { $credits ->
        [one] { $credits } crédit
       *[other] { $credits } crédits
    }
team-overview-no-cap = 🎚 Pas de limite mensuelle pour toi · dépensé ce mois-ci : { $spent }
team-overview-cap = 🎚 Ta limite mensuelle : { $cap } · dépensé ce mois-ci : { $spent }
team-overview-members = { $count ->
        [one] Un membre :
       *[other] { $count } membres :
    }
team-member-line = • { $name } — { $role }
team-member-line-cap = • { $name } — { $role } · limite { $cap }/mois
team-balance-line = 👥 { $team } (tu es { $role }) : { $credits ->
        [one] { $credits } crédit
       *[other] { $credits } crédits
    } dans la cagnotte

## Invitations

team-invite-usage = Invite quelqu'un comme éditeur, spectateur ou admin : /team invite editor (ajoute un nombre pour que plusieurs personnes utilisent le même lien : /team invite viewer 5).
team-invite-created =
    🔗 Invitation à <b>{ $team }</b> comme { $role } :
    { $link }

    { $uses ->
        [one] Une personne peut l'utiliser
       *[other] Jusqu'à { $uses } personnes peuvent l'utiliser
    } jusqu'au { DATETIME($expires, month: "short", day: "numeric", hour: "2-digit", minute: "2-digit") } (UTC). Ne le partage qu'avec des gens de confiance — /team revoke { $id } l'annule.
team-invites-none = <b>{ $team }</b> n'a aucune invitation ouverte.
team-invites-title = 🔗 Invitations ouvertes de <b>{ $team }</b> (/team revoke &lt;numéro&gt; ou /team revoke all) :
team-invite-line = #{ $id } · { $role } · { $uses }/{ $max } utilisées · jusqu'au { DATETIME($expires, month: "short", day: "numeric") }
team-revoke-usage = Envoie /team revoke avec le numéro d'une invitation (voir /team revoke), ou /team revoke all.
team-revoked = { $count ->
        [0] Il n'y avait aucune invitation ouverte à annuler.
        [one] C'est fait : ce lien d'invitation ne fonctionne plus.
       *[other] C'est fait : { $count } liens d'invitation ne fonctionnent plus.
    }
team-joined = 🎉 Bienvenue dans <b>{ $team }</b> ! Tu y es { $role }. /team montre l'équipe ; dans son groupe lié, tes créations sont payées par la cagnotte commune.

## Membres

team-role-usage = Indique un membre et un rôle : /team role @nom editor (ou réponds à un de ses messages avec /team role viewer). Rôles : admin, editor, viewer.
team-role-changed = ✅ { $name } est maintenant { $role }.
team-removed = ✅ { $name } ne fait plus partie de <b>{ $team }</b>.
team-left = 👋 Tu as quitté <b>{ $team }</b>.
team-owner-changed = 🔑 { $name } est désormais propriétaire de <b>{ $team }</b> ; tu restes admin.
team-renamed = ✏️ <b>{ $from }</b> s'appelle maintenant <b>{ $team }</b>.
team-in-use = 👥 Tes commandes /team et /project s'appliquent maintenant à <b>{ $team }</b>.

## Crédits

team-topped-up = 💰 { $credits } versés dans la cagnotte de <b>{ $team }</b>, qui contient maintenant { $pool }. Ton propre solde : { $balance }.
team-cap-usage = Indique un membre et une limite mensuelle en crédits : /team cap @nom 300 — ou /team cap @nom off pour la lever.
team-cap-set = 🎚 { $name } peut maintenant dépenser jusqu'à { $cap } crédits de la cagnotte par mois.
team-cap-off = 🎚 { $name } n'a plus de limite mensuelle.

## Groupes

team-link-group-admins = Seuls les admins du groupe peuvent le lier à une équipe : cela décide qui paie les créations de tout le monde ici.
team-linked = 🔗 Ce groupe est maintenant lié à <b>{ $team }</b>. Les /imagine, /video et /edit de ses membres ici sont payés par la cagnotte de l'équipe (dans la limite de chacun) et rangés dans le projet <b>{ $project }</b>. /team link off annule.
team-unlinked = Ce groupe n'est plus lié à <b>{ $team }</b> : ici, chacun paie de nouveau avec ses propres crédits.

## Suppression

team-delete-confirm = ⚠️ Supprimer <b>{ $team }</b> ? Les membres, les invitations et les groupes liés disparaissent ; les crédits de la cagnotte te reviennent. Impossible de revenir en arrière.
team-delete-confirm-button = 🗑 Supprimer l'équipe
team-delete-cancel-button = La garder
team-deleted = 🗑 <b>{ $team }</b> est supprimée. { $credits ->
        [0] Sa cagnotte était vide.
        [one] { $credits } crédit est revenu sur ton solde.
       *[other] { $credits } crédits sont revenus sur ton solde.
    }
team-delete-kept = Rien n'a été supprimé.
team-delete-stale = Ce bouton concerne une autre équipe. Renvoie /team delete.

## Journal (/team log)

team-log-empty = Il ne s'est encore rien passé dans cette équipe.
team-log-title = 📜 <b>{ $team }</b> — le plus récent d'abord :
team-log-line = { DATETIME($date, month: "short", day: "numeric", hour: "2-digit", minute: "2-digit") } · { $event }
team-log-team-created = { $actor } a créé l'équipe
team-log-invite-created = { $actor } a créé l'invitation { $invite } ({ $role }, { $uses ->
        [one] { $uses } utilisation
       *[other] { $uses } utilisations
    })
team-log-invite-revoked = { $actor } a annulé l'invitation { $invite }
team-log-invites-revoked-all = { $actor } a annulé toutes les invitations ouvertes
team-log-joined = { $actor } a rejoint l'équipe comme { $role } (invitation { $invite })
team-log-role-changed = { $actor } a fait de { $target } un { $to } (avant : { $from })
team-log-member-removed = { $actor } a retiré { $target }
team-log-member-left = { $actor } est parti
team-log-ownership-transferred = { $actor } a cédé la propriété à { $target }
team-log-renamed = { $actor } a renommé l'équipe de { $from } en { $to }
team-log-deleted = { $actor } a supprimé l'équipe ({ $returned } rendus)
team-log-topup = { $actor } a versé { $credits } de ses crédits
team-log-purchase = { $actor } a acheté { $credits } crédits avec des Stars
team-log-spent = { $actor } a dépensé { $credits } pour une création
team-log-cap-set = { $cap ->
        [none] { $actor } a levé la limite mensuelle de { $target }
       *[other] { $actor } a fixé la limite mensuelle de { $target } à { $cap }
    }
team-log-group-linked = { $actor } a lié un groupe (rangé dans { $project })
team-log-group-unlinked = { $actor } a délié un groupe
team-log-creation-transferred = { $actor } a donné une création à { $target }
team-log-project-created = { $actor } a créé le projet { $project }
team-log-privacy-changed = { $actor } a rendu { $project } { $privacy }

## Acheter pour l'équipe

team-buy-button = 👥 Pour l'équipe : { $team }
team-buy-choose = Quel pack pour la cagnotte de <b>{ $team }</b> ?
team-buy-not-allowed = Seuls le propriétaire et les admins de l'équipe peuvent alimenter sa cagnotte.
team-invoice-title = { $credits } crédits d'équipe
team-invoice-description = { $credits } crédits pour la cagnotte commune de { $team }, pour les créations de ses membres.
team-pay-thanks = ⭐ Merci ! { $credits } crédits sont allés dans la cagnotte de <b>{ $team }</b>, qui contient maintenant { $pool }.
stats-team-pools = Cagnottes d'équipe : { $pools }, avec { $credits } crédits

## Créer dans un groupe lié

gen-refused-team-not-member = Les créations de ce groupe sont payées par l'équipe { $team }, et tu n'en fais pas partie. Demande une invitation à un de ses admins.
gen-refused-team-viewer = Tu es spectateur dans { $team } : les spectateurs ne peuvent pas dépenser les crédits de l'équipe. Un admin peut te passer éditeur.
gen-refused-team-cap = Cela coûte { $cost } crédits et il te reste { $left } sur ta limite mensuelle de { $cap } dans { $team }. Le propriétaire peut l'augmenter avec /team cap.
gen-refused-team-pool-empty = { $model } coûte { $cost } crédits et la cagnotte de { $team } en contient { $balance }. Un propriétaire ou un admin peut l'alimenter avec /buy ou /team topup.

## Refus

team-error-no-team = Tu n'es encore dans aucune équipe. Crées-en une avec /team new &lt;nom&gt;, ou ouvre un lien d'invitation.
team-error-forbidden = Ton rôle dans <b>{ $team }</b> ne le permet pas. /team montre qui peut faire quoi.
team-error-name-invalid = Donne un nom de 1 à 64 caractères.
team-error-name-taken = Tu en as déjà un qui s'appelle <b>{ $name }</b>. Choisis un autre nom.
team-error-member-unknown = Je n'ai pas trouvé ce membre. Utilise son @pseudo ou réponds à l'un de ses messages.
team-error-role-invalid = Les rôles sont admin, editor et viewer.
team-error-self = Tu ne peux pas te faire ça à toi-même.
team-error-owner-cannot-leave = Tu es propriétaire de <b>{ $team }</b> : cède-la d'abord avec /team transfer &lt;membre&gt;, ou supprime-la avec /team delete.
team-error-jobs-running = { $count ->
        [one] Une création payée par la cagnotte est encore en cours.
       *[other] { $count } créations payées par la cagnotte sont encore en cours.
    } Réessaie quand elles seront terminées.
team-error-insufficient = Tu as { $balance } crédits à toi — pas assez pour ça.
team-error-amount-invalid = Indique un nombre entier (des crédits, ou des personnes pour une invitation : de 1 à 100).
team-error-invite-invalid = Ce lien d'invitation ne fonctionne plus — il a peut-être expiré, été épuisé ou annulé. Demandes-en un nouveau.
team-error-already-member = Tu fais déjà partie de <b>{ $team }</b>.
team-error-group-only = Ça se fait dans un groupe : ajoute-moi au groupe et envoie /team link là-bas.
team-error-team-unknown = Tu ne fais partie d'aucune équipe appelée <b>{ $name }</b>.
team-error-project-unknown = Je ne vois aucun projet appelé <b>{ $name }</b>. /projects liste les tiens.
team-error-team-privacy-personal = Les projets personnels sont privés ou publics ; « team » est réservé aux projets d'équipe.
team-error-creation-unknown = Je ne trouve pas cette création.
team-error-creation-not-yours = Cette création n'est pas à toi : tu ne peux ni la ranger ni la donner.

## Projets

project-privacy-private = privé
project-privacy-team = d'équipe
project-privacy-public = public
project-button-add = 📁 Au projet
project-button-details = ℹ️ Détails
project-button-remix = 🔁 Remix
project-help =
    📁 Les <b>projets</b> rassemblent des créations.

    /project new &lt;nom&gt; — un projet personnel (/project new team &lt;nom&gt; — pour ton équipe)
    /project add [nom] — réponds à une création pour la ranger (ou utilise son bouton 📁)
    /project privacy &lt;nom&gt; private|team|public — public donne une page en lecture seule
    /projects [nom] — tes projets, ou ce que contient l'un d'eux
    /transfer @nom — réponds à une création pour la donner à un coéquipier
project-created = 📁 Projet <b>{ $project }</b> créé (privé). Range des créations avec leur bouton 📁.
project-created-team = 📁 Projet d'équipe <b>{ $project }</b> créé dans <b>{ $team }</b> ; tous les membres le voient.
project-add-usage = Réponds à l'une de mes créations avec /project add (ou /project add <projet>), ou touche son bouton 📁.
project-choose = Dans quel projet ?
project-none-to-add = Tu n'as pas encore de projet où la ranger — crée-en un avec /project new <nom>.
project-added = ✅ Rangé dans <b>{ $project }</b>.
project-already-there = C'est déjà dans <b>{ $project }</b>.
project-added-toast = Rangé !
project-already-there-toast = Déjà dedans
project-privacy-usage = Envoie /project privacy <nom> private, team ou public.
project-privacy-set = 🔒 <b>{ $project }</b> est maintenant { $privacy }. S'il avait un lien public, celui-ci ne fonctionne plus.
project-public = 🌐 <b>{ $project }</b> est maintenant public. Quiconque a ce lien voit ses images et vidéos (rien d'autre) :
    { $link }
    Changer à nouveau la confidentialité crée un nouveau lien et désactive celui-ci.
projects-none = Pas encore de projet. Commence-en un avec /project new &lt;nom&gt;.
projects-title = 📁 <b>Tes projets</b>
projects-line = #{ $id } <b>{ $project }</b> · { $count ->
        [one] une création
       *[other] { $count } créations
    } · { $privacy }
projects-line-team = #{ $id } <b>{ $project }</b> · { $count ->
        [one] une création
       *[other] { $count } créations
    } · { $privacy } · 👥 { $team }
projects-footer = /projects &lt;nom&gt; montre ce qu'il contient.
project-show-title = 📁 <b>{ $project }</b> · { $count ->
        [one] une création
       *[other] { $count } créations
    }
project-item-line = • { $model }, par { $maker } : « { $prompt } »
project-empty = Rien ici pour l'instant.

## Donner des créations et leur origine

transfer-usage = Réponds à l'une de tes créations avec /transfer @nom pour la donner à quelqu'un de ton équipe.
transfer-done = 🎁 Elle appartient maintenant à { $name } — elle est passée dans son /history.
creation-not-visible = Cette création ne t'est pas visible.
creation-made-by = ℹ️ { $model } · faite par { $maker } le { DATETIME($date, month: "short", day: "numeric", year: "numeric") }
creation-from = ↳ faite à partir d'une création { $model } de { $maker }
creation-original = ↳ une création originale, faite à partir d'un texte
creation-owner = 🎁 appartient maintenant à { $owner }
creation-paid-by-team = 👥 payée par { $team }

## La page publique d'un projet

project-page-title = Créations partagées
project-page-count = { $count ->
        [0] Rien ici pour l'instant.
        [one] Une création
       *[other] { $count } créations
    }
project-page-image = Une création
project-page-video = Une création vidéo
project-page-missing-title = Introuvable
project-page-missing = Cette page n'existe pas, ou son lien a été désactivé.
