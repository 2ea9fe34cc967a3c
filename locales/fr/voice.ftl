### Messages vocaux et vidéo de l'utilisateur : transcrits, puis traités comme du texte tapé.

voice-not-set-up = Les messages vocaux ne sont pas encore configurés sur ce bot 🎧 Tu peux me l'écrire ?
voice-too-long = Ce message dure { $length } et je peux écouter des messages jusqu'à { $max }. Tu peux le découper, ou m'écrire l'essentiel ?
voice-too-big = Ce fichier est trop lourd pour que je le télécharge (Telegram autorise les bots jusqu'à 20 Mo). Tu peux m'envoyer un message plus court ?
voice-empty = J'ai écouté, mais je n'ai distingué aucun mot 🤔 Tu réessaies un peu plus près du micro, ou tu me l'écris ?
voice-failed = ⚠️ Je n'ai pas pu écouter ce message pour l'instant. Réessaie dans un moment, ou écris-le-moi.
voice-refunded = { $credits ->
        [one] { $credits } crédit a été rendu
       *[other] { $credits } crédits ont été rendus
    } sur ton solde.
voice-no-credits = Écouter un message vocal coûte { $cost } crédits et tu en as { $balance }. /buy pour recharger — ou écris-moi simplement.
voice-transcripts-on = ✅ Transcriptions activées : je citerai ce que j'ai entendu au-dessus de mes réponses à tes vocaux. /transcripts off pour les désactiver.
voice-transcripts-off = Transcriptions désactivées : j'écoute toujours tes vocaux, simplement sans les citer. /transcripts on pour les remettre.
voice-transcripts-usage = Envoie /transcripts on pour voir ce que j'ai entendu au-dessus de mes réponses à tes vocaux, ou /transcripts off pour le masquer.

### Réponses vocales (/voice) : Velro répond par des messages vocaux.

voice-reply-not-set-up = Les réponses vocales ne sont pas encore configurées sur ce bot 🔇 — je continue à te répondre par écrit.
voice-reply-panel =
    🔊 Réponses vocales : { $replies ->
        [on] activées — je réponds à chaque message par un message vocal.
       *[off] désactivées — je réponds par écrit.
    }
    🎙 Voix pour voix : { $auto ->
        [on] activé — quand tu m'envoies un vocal, je réponds par un vocal, même si les réponses vocales sont désactivées.
       *[off] désactivé.
    }
    { $cost ->
        [0] Les réponses vocales sont gratuites.
        [one] Une réponse vocale coûte { $cost } crédit par tranche de 500 caractères entamée.
       *[other] Une réponse vocale coûte { $cost } crédits par tranche de 500 caractères entamée.
    } Le texte reste à portée de doigt : sous le message vocal ou derrière son bouton 📝.
voice-reply-button-replies-on = 🔊 Activer les réponses vocales
voice-reply-button-replies-off = 🔇 Désactiver les réponses vocales
voice-reply-button-auto-on = 🎙 Répondre à mes vocaux par la voix
voice-reply-button-auto-off = 🎙 Ne plus répondre à mes vocaux par la voix
voice-reply-saved = Enregistré ✓
voice-reply-usage = Envoie /voice pour voir tes réglages de réponses vocales, ou /voice on et /voice off pour les activer ou les désactiver.
voice-reply-show-text = 📝 Afficher le texte
voice-reply-text-gone = Je n'ai plus le texte de ce message vocal.
voice-reply-text-shown = Le texte est déjà juste sous le message vocal.
voice-reply-too-long = 🔇 Cette réponse était trop longue pour un seul message vocal, la voici donc par écrit.
voice-reply-no-credits = 🔇 Cette réponse vocale coûterait { $cost } { $cost ->
        [one] crédit
       *[other] crédits
    } et tu en as { $balance }, alors j'ai répondu par écrit. /buy pour recharger, ou /voice pour désactiver les réponses vocales.
voice-reply-failed = ⚠️ Je n'ai pas réussi à enregistrer de message vocal cette fois, ma réponse est donc plus haut, par écrit.
voice-reply-refunded = { $credits ->
        [one] { $credits } crédit a été rendu
       *[other] { $credits } crédits ont été rendus
    } sur ton solde.
voice-reply-forbidden = 🔇 Tes réglages de confidentialité Telegram ne me permettent pas de t'envoyer des messages vocaux, alors j'ai répondu par écrit. Tu peux les autoriser dans Paramètres → Confidentialité et sécurité → Messages vocaux, ou désactiver les réponses vocales avec /voice.
