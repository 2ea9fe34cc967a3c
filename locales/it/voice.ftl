### Messaggi vocali e videomessaggi dell'utente: trascritti e poi trattati come testo scritto.

voice-not-set-up = I messaggi vocali non sono ancora configurati su questo bot 🎧 Me lo scrivi?
voice-too-long = Questo messaggio dura { $length } e io posso ascoltare messaggi fino a { $max }. Lo dividi in parti o mi scrivi il punto principale?
voice-too-big = Questo file è troppo grande per scaricarlo (Telegram consente ai bot fino a 20 MB). Mi mandi un messaggio più breve?
voice-empty = Ho ascoltato, ma non sono riuscito a distinguere nessuna parola 🤔 Riprovi un po' più vicino al microfono, o me lo scrivi?
voice-failed = ⚠️ Non sono riuscito ad ascoltare questo messaggio adesso. Riprova tra un momento o scrivimelo.
voice-refunded = { $credits ->
        [one] { $credits } credito è tornato
       *[other] { $credits } crediti sono tornati
    } sul tuo saldo.
voice-no-credits = Ascoltare un messaggio vocale costa { $cost } crediti e tu ne hai { $balance }. Con /buy ricarichi, oppure scrivimi e basta.
voice-transcripts-on = ✅ Trascrizioni attive: sopra le mie risposte ai tuoi vocali citerò quello che ho sentito. /transcripts off le disattiva.
voice-transcripts-off = Trascrizioni disattivate: continuo ad ascoltare i tuoi vocali, solo senza citarli. /transcripts on le riattiva.
voice-transcripts-usage = Invia /transcripts on per vedere sopra le mie risposte cosa ho sentito nei tuoi vocali, o /transcripts off per nasconderlo.

### Risposte vocali (/voice): Velro risponde con messaggi vocali.

voice-reply-not-set-up = Le risposte vocali non sono ancora configurate su questo bot 🔇 — continuo a risponderti per iscritto.
voice-reply-panel =
    🔊 Risposte vocali: { $replies ->
        [on] attive — rispondo a ogni messaggio con un vocale.
       *[off] disattivate — rispondo per iscritto.
    }
    🎙 Voce per voce: { $auto ->
        [on] attivo — quando mi mandi un vocale, ti rispondo con un vocale, anche se le risposte vocali sono disattivate.
       *[off] disattivato.
    }
    { $cost ->
        [0] Le risposte vocali sono gratis.
        [one] Una risposta vocale costa { $cost } credito ogni 500 caratteri iniziati.
       *[other] Una risposta vocale costa { $cost } crediti ogni 500 caratteri iniziati.
    } Il testo è sempre a portata di tocco: sotto il vocale o dietro il suo pulsante 📝.
voice-reply-button-replies-on = 🔊 Attiva le risposte vocali
voice-reply-button-replies-off = 🔇 Disattiva le risposte vocali
voice-reply-button-auto-on = 🎙 Rispondi ai miei vocali con la voce
voice-reply-button-auto-off = 🎙 Smetti di rispondere ai vocali con la voce
voice-reply-saved = Salvato ✓
voice-reply-usage = Invia /voice per vedere le impostazioni delle risposte vocali, oppure /voice on e /voice off per attivarle o disattivarle.
voice-reply-show-text = 📝 Mostra il testo
voice-reply-text-gone = Non ho più il testo di questo vocale.
voice-reply-text-shown = Il testo è già proprio sotto il vocale.
voice-reply-too-long = 🔇 La risposta era troppo lunga per un solo vocale, quindi eccola per iscritto.
voice-reply-no-credits = 🔇 Questa risposta vocale costerebbe { $cost } { $cost ->
        [one] credito
       *[other] crediti
    } e ne hai { $balance }, quindi ti ho risposto per iscritto. Con /buy ricarichi, con /voice disattivi le risposte vocali.
voice-reply-failed = ⚠️ Questa volta non sono riuscito a registrare il vocale, quindi la mia risposta è qui sopra per iscritto.
voice-reply-refunded = { $credits ->
        [one] { $credits } credito è tornato
       *[other] { $credits } crediti sono tornati
    } sul tuo saldo.
voice-reply-forbidden = 🔇 Le tue impostazioni di privacy di Telegram non mi permettono di mandarti messaggi vocali, quindi ti ho risposto per iscritto. Puoi consentirli in Impostazioni → Privacy e sicurezza → Messaggi vocali, oppure disattivare le risposte vocali con /voice.
