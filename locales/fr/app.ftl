### The Mini App (opened from the chat's menu button, /start and /help) and its buttons in the chat.

## In the chat

# Inline button under /start and /help that opens the Mini App.
app-open-button = ✨ Ouvrir l'app Velro
# The chat's menu button (beside the message field) that opens the Mini App. Keep it short.
app-menu-button = App Velro
# Plain-text page shown at /app when the service was started without building the app (an operator's mistake).
app-not-built = L'app Velro n'est pas encore disponible sur ce serveur. Réessaie un peu plus tard.

## Everywhere in the app

# Shown while the app signs in and loads.
app-loading = Chargement…
# The tab bar at the bottom; each label sits under an icon, so keep them to one short word.
app-nav-chat = Chat
app-nav-memories = Mémoire
app-nav-creations = Galerie
app-nav-credits = Crédits
app-nav-persona = Persona
app-nav-live = En direct
# Sign-in refused: the Telegram data was not signed for this bot (tampered with, or another bot's).
app-signin-forged = Je n'ai pas pu confirmer que c'est toi : les données de connexion de Telegram ne correspondent pas à ce bot. Ferme l'app et rouvre-la depuis le chat.
# Sign-in refused: the Telegram data is more than a day old.
app-signin-stale = Cette session est trop ancienne. Ferme l'app et rouvre-la depuis le chat.
# Sign-in refused for another reason (malformed data).
app-signin-invalid = Telegram n'a pas envoyé les données de connexion. Ouvre l'app avec le bouton de menu du chat.
# The page was opened in a normal browser, not inside Telegram.
app-signin-outside = Ouvre cette app depuis le chat de Velro dans Telegram : la connexion s'y fait toute seule.
# The service could not be reached.
app-network-error = Je n'arrive pas à joindre le serveur pour le moment. Vérifie ta connexion et réessaie.
# Generic failure of an action.
app-error = Un souci est survenu. Réessaie.
# Button that repeats what failed.
app-retry = Réessayer
# Shown while the live connection is being re-established.
app-reconnecting = Reconnexion…
# Confirmation buttons.
app-confirm = Oui
app-cancel = Annuler
app-save = Enregistrer
app-delete = Supprimer
app-edit = Modifier

## Chat page

# Placeholder of the message field. $name: the persona's name (e.g. Velro).
app-chat-placeholder = Écrire à { $name }…
# Send button (also its accessible label).
app-chat-send = Envoyer
# Button that stops the reply being written.
app-chat-stop = Arrêter
# Shown in an empty conversation.
app-chat-empty = Salut ! C'est la même conversation que notre chat Telegram : ce que tu me dis ici, je m'en souviendrai là-bas aussi.
# Under a reply: how many memories it drew on; tapping opens them. $count: how many.
app-chat-memories-used = { $count ->
    [one] Appuyé sur { $count } souvenir
   *[other] Appuyé sur { $count } souvenirs
}
# Error under a message when the user sends too fast. $seconds: how long to wait.
app-chat-rate-limited = Tu écris plus vite que je ne lis — réessaie dans { $seconds } s.
# Error under a message when the reply failed or the connection dropped; the message can be sent again.
app-chat-failed = Ce message n'a pas eu de réponse. Touche pour le renvoyer.
# Shown while a reply is being written in the Telegram chat at the same moment.
app-chat-waiting = Je réponds encore…

## Memory palace page

# Page title.
app-memories-title = Palais de la mémoire
# Search field placeholder.
app-memories-search = Chercher un souvenir
# Filter chip showing every room.
app-memories-all = Tout
# Empty palace.
app-memories-empty = Rien pour l'instant. Parle-moi de toi dans le chat — ou ajoute un souvenir toi-même.
# No search results.
app-memories-no-results = Aucun souvenir ne correspond.
# Button and form title for adding a memory.
app-memories-add = Ajouter un souvenir
# Placeholder of the new memory's text.
app-memories-add-placeholder = ex. : je suis allergique aux cacahuètes
# Room picker option that lets Velro choose the room from the text.
app-memories-room-auto = Laisser Velro choisir la pièce
# Button that pins a memory (always considered when Velro replies).
app-memories-pin = Épingler
# Button that unpins a memory.
app-memories-unpin = Désépingler
# Badge on a pinned memory.
app-memories-pinned = 📌 Toujours en tête
# Refusal when too many memories are pinned. $max: the limit.
app-memories-pin-limit = Tu peux épingler jusqu'à { $max } souvenirs. Désépingles-en un d'abord.
# Asked before deleting a memory.
app-memories-delete-confirm = Oublier ce souvenir ? Je ne pourrai pas le retrouver.
# Section listing the memories Velro's last reply used.
app-memories-last-used = Utilisés dans ma dernière réponse
# How often a memory was said. $count: times.
app-memories-mentions = { $count ->
    [one] dit une fois
   *[other] dit { $count } fois
}

## Gallery page

# Page title.
app-creations-title = Tes créations
# Empty gallery.
app-creations-empty = Rien de créé pour l'instant. Essaie /imagine dans le chat : tes images et vidéos apparaîtront ici.
# Creation is not set up on this bot.
app-creations-unavailable = La création d'images et de vidéos n'est pas configurée sur ce bot.
# A creation's cost. $cost: credits.
app-creations-cost = { $cost ->
    [one] { $cost } crédit
   *[other] { $cost } crédits
}
# Button that sends a creation to the Telegram chat again.
app-creations-send = Envoyer dans le chat
# Toast after a creation was sent.
app-creations-sent = Envoyé dans notre chat ✓
# Asked before deleting a creation.
app-creations-delete-confirm = Supprimer cette création de ta galerie ?
# Button loading older creations.
app-creations-more = Voir plus anciennes

## Credits page

# Page title.
app-credits-title = Crédits
# The balance. $balance: credits.
app-credits-balance = { $balance ->
    [one] { $balance } crédit
   *[other] { $balance } crédits
}
# Section title over the packs.
app-credits-buy = Recharger avec des Telegram Stars
# A pack's button. $credits: credits in it, $stars: its price in Stars.
app-credits-pack = { $credits } crédits · { $stars } ⭐
# After the payment sheet closed: paid (the credits arrive a moment later).
app-credits-paid = Merci ! Tes crédits arrivent.
# After the payment sheet closed without paying.
app-credits-cancelled = Paiement annulé — rien n'a été débité.
# After a failed payment.
app-credits-failed = Le paiement n'a pas abouti. Rien n'a été débité.
# While Telegram is still processing the payment.
app-credits-pending = Ton paiement est en cours de traitement…
# Section title over the ledger.
app-credits-history = Historique
# Empty ledger.
app-credits-history-empty = Aucun mouvement pour l'instant.
# Ledger lines in plain words. $model: the creation's model, when known.
app-ledger-grant = Cadeau de bienvenue
app-ledger-purchase = Achetés avec des Stars
app-ledger-reserve = Création avec { $model }
app-ledger-release = Remboursement pour { $model }
app-ledger-capture = Création avec { $model } terminée
app-ledger-adjust = Ajustement de l'équipe
app-ledger-stars_refund = Stars remboursées
app-ledger-transfer_out = Transférés à une équipe
app-ledger-transfer_in = Reçus d'une équipe
# A ledger line of a kind the app does not know. $kind: its technical name.
app-ledger-other = { $kind }
# Shown instead of the model name when it is not known.
app-ledger-unknown-model = un modèle

## Persona and mood page

# Section title: the persona in use.
app-persona-title = Qui je suis avec toi
# Badge on the persona in use.
app-persona-current = Actuel
# Title of the custom persona form.
app-persona-custom = Décris ton propre personnage
# Placeholder of the custom persona description.
app-persona-custom-placeholder = ex. : un marin retraité et paisible nommé Ned qui adore le thé
# Button creating the custom persona.
app-persona-custom-create = Créer
# Section title: the mood.
app-mood-title = Ton humeur ces derniers temps
# No mood readings yet.
app-mood-none = Je n'ai pas encore remarqué grand-chose — on vient à peine de se rencontrer.
# Caption of the chart. $weeks: how many weeks it shows.
app-mood-chart = { $weeks ->
    [one] Jour après jour, cette semaine
   *[other] Jour après jour, ces { $weeks } dernières semaines
}
# Chart axis labels: the top (good mood) and the bottom (low mood).
app-mood-good = 🙂 bien
app-mood-low = 🙁 bas

## Live page

# Page title.
app-live-title = En direct
# No creation in progress.
app-live-empty = Rien n'est en cours de création. Lance /imagine ou /video dans le chat.
# A creation waiting in the provider's queue. $position: its place, when known (0 if unknown).
app-live-queued = { $position ->
    [0] En file d'attente…
   *[other] En file d'attente : { $position }ᵉ.
}
# A creation being made.
app-live-running = Création en cours…
# A creation that finished.
app-live-done = Terminé ✓
# A creation that failed. $reason: the explanation.
app-live-failed = Ça n'a pas marché : { $reason }
# Button cancelling a creation in progress.
app-live-cancel = Annuler
# Heading of an announcement from the team.
app-live-announcement = Annonce

## Team and projects

# Tab bar label (one short word) of the Team page.
app-nav-team = Équipe
# Tab bar label (one short word) of the Projects page.
app-nav-projects = Projets
# Team page title.
app-team-title = Ton équipe
# The user is in no team. /team new is a bot command: keep it as is.
app-team-none = Tu n'es encore dans aucune équipe. Crées-en une dans notre chat avec /team new et un nom, puis invite des gens à partager crédits et projets avec toi.
# The user's role in the team shown. $role: the role's name (owner, admin, editor, viewer — already translated).
app-team-role = Ici, tu es { $role }
# The team's shared credit pool. $credits: how many credits it holds.
app-team-pool = { $credits ->
    [one] 💰 Cagnotte commune : { $credits } crédit
   *[other] 💰 Cagnotte commune : { $credits } crédits
}
# The user's monthly spending limit from the pool. $spent: credits spent this month, $cap: the limit.
app-team-cap = Ta limite du mois : { $spent } sur { $cap } utilisés
# The user has no monthly limit. $spent: credits spent from the pool this month.
app-team-no-cap = Pas de limite mensuelle pour toi · { $spent } utilisés ce mois-ci
# Heading of the member list. $count: how many members.
app-team-members = { $count ->
    [one] { $count } membre
   *[other] { $count } membres
}
# Heading of the team's audit log (who did what), shown to owners and admins.
app-team-log = Journal d'activité
# The audit log has no lines.
app-team-log-empty = Il ne s'est encore rien passé ici.
# Footnote: the team is managed with the /team command in the chat. Keep /team as is.
app-team-hint = Invite des gens, change les rôles et fixe des limites avec /team dans notre chat.
# Projects page title.
app-projects-title = Projets
# The user has no projects. /project new is a bot command: keep it as is.
app-projects-empty = Pas encore de projet. Crées-en un dans notre chat avec /project new et un nom, puis rassembles-y tes créations.
# Shown instead of a team's name for a personal project.
app-projects-personal = Personnel
# How many creations a project holds. $count: the number.
app-projects-items = { $count ->
    [one] { $count } création
   *[other] { $count } créations
}
# An open project with no creations yet.
app-projects-nothing = Rien pour l'instant — ajoute des créations depuis la Galerie.
# Heading of the privacy switch of a project.
app-projects-privacy = Qui peut le voir
# Privacy: only the user (or, in a team, its owner, admins and the project's creator).
app-privacy-private = Privé
# Privacy: every member of the team.
app-privacy-team = Équipe
# Privacy: anyone with the link.
app-privacy-public = Public
# Above the link of a project just made public.
app-projects-public-link = Toute personne ayant ce lien peut regarder (seulement regarder) :
# A public project whose link is no longer shown (it is shown only once, when made public).
app-projects-public-hidden = Ce projet est public. Son lien n'est affiché qu'une fois, au moment où il devient public : choisis Public à nouveau pour un nouveau lien (l'ancien cessera de fonctionner).
# Button taking a creation out of the project (the creation itself stays in the gallery).
app-projects-remove = Retirer
# Button on a gallery card that opens the list of projects to add the creation to.
app-projects-add = Ajouter à un projet
# Toast after a creation was added. $project: the project's name.
app-projects-added = Ajouté à { $project } ✓
# Toast when the creation was in that project already. $project: the project's name.
app-projects-already = Déjà dans { $project }
# The picker has no project the user may add to. /project new is a bot command: keep it as is.
app-projects-none-to-file = Aucun projet où tu peux ajouter pour l'instant — crées-en un avec /project new dans notre chat.
# The user's role does not allow what they tried (e.g. a viewer changing privacy).
app-projects-forbidden = Ton rôle dans cette équipe ne le permet pas.
