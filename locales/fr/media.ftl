### Photos et documents envoyés par l'utilisateur : les photos passent par un modèle qui voit, les documents sont lus et gardés en mémoire.

photo-not-set-up = Je ne peux pas encore voir les photos sur ce bot 📷 Tu peux me dire avec des mots ce qu'il y a dessus ?
photo-too-big = Cette image est trop lourde pour que je l'ouvre (je prends les fichiers jusqu'à { $max } Mo). Tu peux l'envoyer comme photo normale ?
photo-no-credits = Regarder une photo coûte { $cost } crédits et tu en as { $balance }. /buy pour recharger — ou décris-moi la photo avec des mots.
photo-refused = Désolé, je ne peux pas regarder cette image : le modèle avec lequel je vois l'a refusée. Rien n'a été facturé. Tu veux me la décrire avec des mots ?
photo-failed = ⚠️ Je n'ai pas pu regarder cette photo pour l'instant. Réessaie dans un moment.
media-refunded = { $credits ->
        [one] { $credits } crédit a été rendu
       *[other] { $credits } crédits ont été rendus
    } sur ton solde.
doc-unsupported = { $extension ->
        [none] Je ne peux pas ouvrir « { $name } » : je lis les fichiers texte, Markdown et PDF. Tu peux me l'envoyer dans l'un de ces formats ?
       *[other] Je ne peux pas ouvrir les fichiers .{ $extension } comme « { $name } » : je lis les fichiers texte, Markdown et PDF. Tu peux me l'envoyer dans l'un de ces formats ?
    }
doc-too-big = « { $name } » est trop lourd pour moi : je lis les fichiers jusqu'à { $max } Mo. Tu peux m'en envoyer une partie plus petite ?
doc-too-many-pages = « { $name } » fait { $pages } pages, et j'en lis jusqu'à { $max }. Tu peux m'envoyer la partie que tu veux que je regarde ?
doc-no-credits = Lire un document coûte { $cost } crédits et tu en as { $balance }. /buy pour recharger — ou colle en texte la partie dont tu as besoin.
doc-corrupt = Je n'ai pas pu ouvrir « { $name } » : le fichier semble abîmé, ou ce n'est pas vraiment un texte ou un PDF. Tu peux l'exporter à nouveau et me le renvoyer ?
doc-protected = « { $name } » est protégé par un mot de passe, je ne peux donc pas le lire. Tu peux m'en envoyer une copie sans mot de passe ?
doc-scanned = « { $name } » ressemble à un PDF scanné : ses pages sont des images, sans texte que je puisse lire. Envoie-moi les pages en photos et je les regarderai, ou colle le texte.
doc-empty = « { $name } » est vide : je n'y ai trouvé aucun texte.
doc-failed = ⚠️ Je n'ai pas pu lire « { $name } » pour l'instant. Essaie de le renvoyer dans un moment.
doc-truncated = 📄 « { $name } » est long : j'en ai lu et gardé le début, environ soixante-dix pages.
doc-kept = 📄 Bien reçu « { $name } »{ $pages ->
        [0] {""}
        [one] {" "}({ $pages } page)
       *[other] {" "}({ $pages } pages)
    } : je l'ai lu et je le garde en mémoire. /forget l'efface quand tu veux.
room-documents = 📄 Documents
