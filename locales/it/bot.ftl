# Italian (it): si dà del tu; Velro is "un'IA che ti fa compagnia"; no participles or adjectives
# that guess the gender of the user or of the bot.

## /start and /help

start-new-user =
    Ciao { $name }! Sono Velro 👋, un'IA che ti ascolta, ricorda quello che conta per te e ti fa compagnia.

    Dimmi pure cosa ti passa per la testa. Con /help vedi tutto quello che so fare.

start-returning-user = Che bello rivederti, { $name }! Riprendiamo il filo del discorso, oppure usa /reset per ricominciare da zero.

help-intro = Sono Velro, la tua IA di compagnia. Scrivimi e basta: nei gruppi, menzionami o rispondi a un mio messaggio.

help-command-line = /{ $command } — { $description }

help-mode-llm = 🧠 Risposte generate da { $model }.

help-mode-offline = 🔌 Modalità offline: rispondo con il mio sistema di risposte integrato (nessun LLM configurato).

## /reset

reset-done = 🧹 Si riparte da zero! Ho messo da parte la nostra conversazione precedente: di cosa parliamo?

## Stopping a reply

cancel-nothing = Non c'è niente da fermare: in questo momento non sto scrivendo nulla. 🙂

stop-button = ✖ Ferma

stop-toast-stopping = Mi fermo…

stop-toast-finished = Quella risposta era già finita.

chat-stopped-note = ⏹ Risposta interrotta.

chat-stopped-empty = ⏹ Risposta interrotta prima che scrivessi qualcosa.

## Reply failures

chat-error-timeout = ⏳ Scusa, ci ho messo troppo. Riprova tra un attimo.

chat-error-busy = Sto ricevendo tantissimi messaggi in questo momento: riprova tra un minuto.

chat-error-unavailable = ⚠️ Non riesco a raggiungere il mio modello linguistico in questo momento. Riprova tra poco.

## Fallbacks

unknown-command = Non conosco questo comando. Con /help vedi quelli che conosco.

button-expired = Questo pulsante non è più attivo.

media-sticker = Bello questo sticker! 😄 Per ora so leggere solo il testo: me lo racconti a parole?
media-voice = Non riesco ancora ad ascoltare i messaggi vocali 🎧: me lo scrivi?
media-video-note = Non riesco ancora a guardare i videomessaggi: me lo scrivi?
media-audio = Non riesco ancora ad ascoltare gli audio: me ne parli per iscritto?
media-photo = Non riesco ancora a vedere le foto in chat 📷: me la descrivi?
media-video = Non riesco ancora a guardare i video: mi racconti cosa succede?
media-animation = Ahah! Non posso guardare le GIF, ma il mood l'ho capito. 😄
media-document = Non riesco ancora ad aprire i file: mi incolli il testo che vuoi farmi leggere?
media-location = Grazie per la posizione! Però non posso ancora usare le posizioni.
media-contact = Grazie! Però con i contatti non posso fare nulla.
media-poll = Non posso votare nei sondaggi, ma mi piacerebbe sapere di cosa si tratta.

## Limits and failures of the bot itself

rate-limited =
    Wow, quanti messaggi! 😅 Dammi { $seconds ->
        [one] { $seconds } secondo
       *[other] { $seconds } secondi
    } per rimettermi in pari, poi continuiamo.

dead-letter-notice = 😕 Scusa, qualcosa è andato storto da parte mia e non è stato possibile gestire quel messaggio, nemmeno dopo vari tentativi. Rimandalo tra un attimo.

admin-only = Questo comando è riservato agli amministratori.

admin-only-button = Riservato agli amministratori.

button-cancel = Annulla

## /language

language-self-name = Italiano

language-choose = 🌐 Con te sto parlando in { $language }. Quale lingua preferisci?

language-choose-group = 🌐 In questo gruppo parlo in { $language }. Gli amministratori del gruppo possono scegliere un'altra lingua:

language-set = ✅ Fatto! D'ora in poi con te parlerò in { $language }.

language-set-group = ✅ Fatto! D'ora in poi in questo gruppo parlerò in { $language }.

language-admins-only = Solo gli amministratori possono cambiare la lingua del gruppo. Puoi scegliere la tua nella nostra chat privata con /language.

language-unknown = Questa lingua non è disponibile.
