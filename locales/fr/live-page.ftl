# The live-status web page (opened from the /token link).
# Tutoiement, no gendered agreement for the user; U+00A0 before ? ! : ; » and after «; currency word: crédit(s).

live-title = Velro · statut en direct
live-token-placeholder = Colle le jeton obtenu avec /token
live-connect = Se connecter
live-not-connected = Pas de connexion. Envoie /token au bot pour obtenir un jeton.
live-balance = Solde
live-generations = Créations
live-conversation = Conversation
live-events = Événements
live-credits-unit = crédits
live-col-job = tâche
live-col-model = modèle
live-col-status = statut
live-col-progress = progression
live-col-result = résultat
live-open = ouvrir
live-failed = échec
live-connecting = Connexion…
live-connected = Connexion établie : { $user }
live-connected-admin = Connexion établie : { $user } (admin)
live-missed = certains événements plus anciens ont été manqués pendant la déconnexion
live-error = erreur : { $message }
live-disconnected-fatal = Déconnexion : { $reason }. Obtiens un nouveau jeton avec /token.
live-reconnecting = Déconnexion ({ $reason }) ; nouvelle tentative dans { $seconds } s…
