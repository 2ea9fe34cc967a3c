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
