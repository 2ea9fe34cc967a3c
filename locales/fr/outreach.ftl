### Rappels, petits messages pour prendre des nouvelles, journal et rêves : le bot n'écrit le premier que si on l'a activé.

outreach-zone-ask = Pour ne pas me tromper d'heure, j'ai besoin de ton fuseau horaire 🌍 Dans quelle ville es-tu ? Tu peux aussi m'envoyer ton décalage UTC, comme UTC+1.
outreach-zone-placeholder = Une ville, ou UTC+1
outreach-zone-unknown = Je ne connais pas encore cet endroit 🤔 Tu peux me donner une grande ville proche, ou ton décalage UTC (par exemple UTC+1 ou UTC-5) ?
outreach-zone-change = Où es-tu maintenant ? Réponds avec ta ville ou ton décalage UTC (comme UTC+1).
outreach-zone-set = C'est noté : { $zone } — il y est { $time }.
outreach-zone-unset = pas encore indiqué
outreach-private-only = Réglons ça dans notre conversation privée 🙂

outreach-checkins-menu =
    💬 De temps en temps, je t'écrirai le premier pour prendre de tes nouvelles — à propos de ce que tu m'as raconté.

    Fréquence : { $cadence }
    Heures calmes : { $quiet }
    Fuseau horaire : { $zone }
outreach-cadence-off = Désactivé
outreach-cadence-daily = Chaque jour
outreach-cadence-few = Tous les quelques jours
outreach-cadence-weekly = Chaque semaine
outreach-checkins-usage = Envoie /checkins pour choisir avec les boutons, ou /checkins daily, /checkins few, /checkins weekly ou /checkins off.
outreach-checkins-set = Fréquence : { $cadence }
outreach-button-quiet = 🌙 Heures calmes : { $quiet }
outreach-button-zone = 🌍 Changer de fuseau
outreach-quiet-none = aucune

outreach-button-stop-reminder = 🔕 Annuler mes rappels
outreach-button-stop-checkin = 🔕 Ne plus demander
outreach-button-stop-diary = 🔕 Arrêter le journal
outreach-button-stop-dream = 🔕 Plus de rêves
outreach-stopped-toast = C'est fait 🔕
outreach-stopped-reminder = { $count ->
        [0] D'accord. Tu n'as pas d'autre rappel en attente.
        [one] D'accord — j'ai annulé ton autre rappel. /remind en crée un nouveau.
       *[other] D'accord — j'ai annulé tes { $count } autres rappels. /remind en crée un nouveau.
    }
outreach-stopped-checkin = D'accord, je ne t'écrirai plus le premier 🔕 /checkins les réactive quand tu veux.
outreach-stopped-diary = D'accord, le journal est arrêté. Ce qui est déjà écrit reste dans /diary.
outreach-stopped-dream = D'accord, plus de rêves le matin. /dreams on les fait revenir.

outreach-checkin-followup = Coucou { $name } ! Tu m'avais dit : « { $memory } » — alors, comment ça s'est passé ?
outreach-checkin-recent = Coucou { $name }, je repensais à ce que tu m'as raconté : « { $memory } ». Comment ça avance ?
outreach-checkin-general = Coucou { $name } ! Je prends juste de tes nouvelles : comment vas-tu aujourd'hui ?

outreach-reminder = ⏰ Rappel : { $text }
outreach-reminder-late = ⏰ Rappel (un peu en retard, désolé) : { $text }
outreach-remind-usage = Dis-moi quand et quoi, par exemple : /remind demain à 9h appeler maman
outreach-remind-no-time = Je n'ai pas compris quand 🤔 Essaie par exemple « /remind demain à 9h appeler maman » ou « /remind dans 2 heures faire une pause ».
outreach-remind-past = Ce moment est déjà passé — tu en choisis un encore à venir ?
outreach-remind-too-far = Je peux te rappeler quelque chose jusqu'à un an à l'avance. Tu choisis une date plus proche ?
outreach-remind-no-text = Et de quoi dois-je te rappeler ? Par exemple : /remind demain à 9h appeler maman
outreach-remind-set = ⏰ C'est noté ! Je te le rappellerai { $when } : « { $text } »
outreach-reminders-empty = Aucun rappel en attente. /remind demain à 9h appeler maman en crée un.
outreach-reminders-list = { $count ->
        [one] ⏰ Ton rappel (✖ l'annule) :
       *[other] ⏰ Tes { $count } rappels (✖ en annule un) :
    }
outreach-reminders-line = { $n }. { $when } — { $text }
outreach-reminder-cancelled = Rappel annulé
outreach-reminder-gone = Ce rappel est déjà parti ou a été annulé

outreach-diary-on = 📔 Journal activé : chaque soir, je noterai comment s'est passée ta journée et de quoi nous avons parlé. /diary l'affiche.
outreach-diary-off = Journal arrêté. Ce qui est déjà écrit reste ; /diary l'affiche.
outreach-diary-usage = /diary affiche ton journal ; /diary on l'active et /diary off l'arrête.
outreach-diary-empty = { $on ->
        [yes] 📔 Ton journal est encore vide — la première page s'écrit cette nuit.
       *[no] 📔 Ton journal est vide. /diary on l'active : chaque soir, je noterai comment s'est passée ta journée et de quoi nous avons parlé.
    }
outreach-diary-entry =
    📔 { $date }

    { $mood }

    De quoi nous avons parlé :
    { $summary }

    ({ $page }/{ $pages })
outreach-diary-mood-low = La journée a été lourde.
outreach-diary-mood-even = La journée a été calme et sereine.
outreach-diary-mood-high = La journée a été lumineuse.
outreach-diary-mood-unknown = Il n'y avait pas assez pour lire l'humeur du jour.

outreach-dreams-on = 🌙 Rêves activés : chaque matin, je te raconterai un petit rêve tissé de ce que tu as partagé avec moi. /dreams off les arrête.
outreach-dreams-on-illustrated = 🌙 Rêves activés, avec une image quand il y a quelque chose à peindre (facturé comme /imagine). /dreams on pour du texte seul, /dreams off pour les arrêter.
outreach-dreams-off = Rêves arrêtés. Fais de beaux rêves quand même 🌙
outreach-dreams-usage = { $state ->
        [on] 🌙 Les rêves du matin sont activés.
        [illustrated] 🌙 Les rêves du matin sont activés, avec des images.
       *[off] 🌙 Les rêves du matin sont désactivés.
    } /dreams on, /dreams illustrated ou /dreams off.
outreach-dream-message =
    🌙 J'ai rêvé de toi cette nuit…

    { $dream }
