# Italian (it): /export, /deletedata, /token and /broadcast.

## /export and /deletedata

privacy-private-only = 🔒 Per la tua privacy, questo funziona solo nella nostra chat privata.

export-caption = 📦 Tutto ciò che conservo su di te: profilo, stato interno, ricordi (anche quelli fissati), umore giorno per giorno, cronologia delle conversazioni, registro dei crediti, pagamenti, creazioni, team e progetti, promemoria, messaggi per sapere come stai e diario, risposte vocali e impostazioni.

delete-confirm =
    ⚠️ Eliminare tutti i tuoi dati? Il tuo profilo, i ricordi, il mio stato interno, la cronologia delle conversazioni e le tue creazioni verranno cancellati per sempre.

    Il saldo dei crediti, il relativo registro e le ricevute dei pagamenti in Stelle di Telegram vengono conservati: sono dati finanziari necessari per rimborsi e contestazioni dei pagamenti, e non contengono messaggi.

# Added below delete-confirm when the user owns teams that have other members.
# $count (number) — how many such teams.
delete-confirm-team-handover =
    { $count ->
        [one] 👥 Sei proprietario di un team con altri membri: passerà all'amministratore di più lunga data (se manca, all'editor e poi al lettore).
       *[other] 👥 Sei proprietario di { $count } team con altri membri: ognuno passerà all'amministratore di più lunga data (se manca, all'editor e poi al lettore).
    }

# Added below delete-confirm when the user owns teams nobody else is in.
# $count (number) — how many such teams; $credits (number) — the credits left in their pools together.
delete-confirm-team-lone =
    { $count ->
        [one] 🗂 In un tuo team non c'è nessun altro: verrà eliminato, e i crediti rimasti nel suo fondo ({ $credits }) andranno persi.
       *[other] 🗂 In { $count } tuoi team non c'è nessun altro: verranno eliminati, e i crediti rimasti nei loro fondi ({ $credits }) andranno persi.
    }

delete-button-confirm = Sì, elimina tutto

delete-not-yours = Questo pulsante non è tuo.

delete-busy-toast = C'è ancora una creazione in corso.
delete-busy = ⏳ Una tua creazione è ancora in corso. Riprova /deletedata quando sarà terminata.

delete-done-toast = Eliminati.
delete-done = 🗑 Fatto. I tuoi dati sono stati eliminati. Se mi riscrivi, ricominciamo da zero, come se non ci conoscessimo.

delete-cancelled-toast = Non è stato eliminato nulla.
delete-cancelled = Va bene, non è stato eliminato nulla.

## /token and /broadcast

token-private-only = Per la tua privacy, chiedimi /token in una chat privata.

token-issued =
    🔑 Il tuo token per lo stato in tempo reale (valido per { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    }; tienilo per te):

    { $token }

    Collega un WebSocket a { $wsUrl }?token=<token>
    oppure apri la pagina in tempo reale: { $pageUrl }

broadcast-admins-only = Solo gli amministratori possono inviare annunci.

broadcast-usage = Uso: /broadcast <testo>: invia un annuncio a tutti i client dello stato in tempo reale.

broadcast-too-long = Questo annuncio è troppo lungo (massimo { $max } caratteri).

broadcast-sent = 📣 Annuncio inviato a tutti i client dello stato in tempo reale.
