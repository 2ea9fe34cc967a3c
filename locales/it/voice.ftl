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
