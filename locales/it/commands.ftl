# Italian (it): command menu and the bot's profile.

cmd-start = Conosci Velro e registrati
cmd-help = Cosa so fare e tutti i comandi
cmd-reset = Inizia una nuova conversazione
cmd-cancel = Ferma la risposta che sto scrivendo
cmd-persona = Scegli il mio personaggio, o /persona custom <descrizione>
cmd-mood = Cosa ho notato del tuo umore
cmd-memory = Cosa ricordo di te, stanza per stanza
cmd-forget = Fammi dimenticare un ricordo, una stanza o tutto
cmd-imagine = Crea un'immagine: /imagine <cosa disegnare>
cmd-video = Crea un video: /video <cosa succede>
cmd-edit = Rispondi a una foto con /edit <cosa cambiare>
cmd-models = Modelli per immagini e video e i loro prezzi
cmd-balance = I tuoi crediti
cmd-history = Le tue creazioni recenti
cmd-projects = I tuoi progetti e quelli del tuo team
cmd-project = Crea un progetto, aggiungi una creazione, scegli la privacy
cmd-transfer = Rispondi a una creazione per passarla a qualcuno del team
cmd-team = Il tuo team: membri, crediti condivisi, inviti
cmd-buy = Compra crediti con le Stelle di Telegram
cmd-paysupport = Aiuto con un pagamento
cmd-terms = Condizioni dei crediti e delle creazioni
cmd-token = Un token per la pagina di stato in tempo reale e il WebSocket
cmd-export = Scarica tutto ciò che conservo su di te (JSON)
cmd-deletedata = Elimina i tuoi dati (prima ti chiedo conferma)
cmd-language = Scegli la lingua in cui parlo

## The bot's profile

bot-name = Velro
bot-description =
    Velro è un'IA che ti fa compagnia: ti ascolta, ricorda quello che conta per te e ti sta accanto, in chat private e nei gruppi.

    Raccontami la tua giornata, scegli un personaggio per me con /persona, crea immagini e video con /imagine e /video e scegli la mia lingua con /language.
bot-short-description = La tua IA di compagnia: chiacchiera, ricorda quello che conta per te e crea immagini e video.

cmd-transcripts = Citare ciò che ho sentito nei tuoi vocali (on/off)
cmd-voice = Rispondimi con i vocali (sì/no, e voce per voce)

cmd-animate = Dai vita a una foto: rispondile con /animate

# Reaching out: check-ins, reminders, diary, dreams.
cmd-checkins = Ti scrivo io ogni tanto (quanto spesso, ore di silenzio)
cmd-remind = Un promemoria: /remind domani alle 9 chiamare la mamma
cmd-reminders = I tuoi promemoria, con i pulsanti per annullarli
cmd-diary = Il tuo diario: l'umore del giorno e di cosa abbiamo parlato (on/off)
cmd-dreams = Un sogno ogni mattina, intessuto dai tuoi ricordi (on/off)
cmd-dream = Un sogno intessuto di ciò che mi hai raccontato; /dream about <tema>
cmd-synesthesia = I colori, la consistenza e il suono delle tue parole
cmd-perspectives = Qualche modo di vedere una scelta o un'emozione ingarbugliata
