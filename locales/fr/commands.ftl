# The command menu and the bot's profile. Command names are never translated.
# Tutoiement, no gendered agreement for the user; U+00A0 before ? ! : ; » and after «; currency word: crédit(s).
# Descriptions: 1-256 characters; bot-name <= 64, bot-description <= 512, bot-short-description <= 120.

cmd-start = Faire connaissance avec Velro et s'inscrire
cmd-help = Ce que je sais faire et toutes les commandes
cmd-reset = Commencer une nouvelle conversation
cmd-cancel = Arrêter la réponse que je suis en train d'écrire
cmd-persona = Choisir mon personnage, ou /persona custom <description>
cmd-mood = Ce que j'ai remarqué de ton humeur
cmd-memory = Ce dont je me souviens de toi, pièce par pièce
cmd-forget = Oublier un souvenir, une pièce ou tout
cmd-imagine = Créer une image : /imagine <quoi dessiner>
cmd-video = Créer une vidéo : /video <ce qui s'y passe>
cmd-edit = Répondre à une photo avec /edit <quoi changer>
cmd-models = Les modèles d'image et de vidéo, et leurs prix
cmd-balance = Tes crédits
cmd-history = Tes créations récentes
cmd-projects = Tes projets et ceux de ton équipe
cmd-project = Créer un projet, y ajouter une création, choisir sa confidentialité
cmd-transfer = Réponds à une création pour la confier à un coéquipier
cmd-team = Ton équipe : membres, crédits partagés, invitations
cmd-buy = Acheter des crédits avec des Telegram Stars
cmd-paysupport = De l'aide pour un paiement
cmd-terms = Conditions des crédits et des créations
cmd-token = Un jeton pour la page de statut en direct et le WebSocket
cmd-export = Télécharger tout ce que je garde sur toi (JSON)
cmd-deletedata = Supprimer tes données (avec confirmation)
cmd-language = Choisir la langue dans laquelle je parle

bot-name = Velro
bot-description =
    Velro est un compagnon IA qui t'écoute, se souvient de ce qui compte pour toi et te tient compagnie — en privé comme en groupe.

    Raconte-moi ta journée, choisis-moi un personnage avec /persona, crée des images et des vidéos avec /imagine et /video, et choisis ma langue avec /language.
bot-short-description = Ton compagnon IA chaleureux : il discute, retient ce qui compte pour toi et crée images et vidéos.

cmd-transcripts = Citer ce que j’ai entendu dans tes vocaux (on/off)
cmd-voice = Réponds-moi par des vocaux (oui/non, et voix pour voix)

cmd-animate = Donner vie à une photo : réponds-y avec /animate

# Reaching out: check-ins, reminders, diary, dreams.
cmd-checkins = Que je prenne de tes nouvelles de temps en temps (fréquence, heures calmes)
cmd-remind = Un rappel : /remind demain à 9h appeler maman
cmd-reminders = Tes rappels, avec des boutons pour les annuler
cmd-diary = Ton journal : l'humeur du jour et nos sujets (on/off)
cmd-dreams = Un rêve chaque matin, tissé de tes souvenirs (on/off)
cmd-dream = Un rêve tissé de ce que tu m'as raconté ; /dream about <sujet>
cmd-synesthesia = Les couleurs, la texture et le son de tes mots
cmd-perspectives = Quelques façons de voir un choix ou un sentiment embrouillé
