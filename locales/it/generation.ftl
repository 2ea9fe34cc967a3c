# Italian (it): creating images and videos. Model names are never translated.

## The picker

gen-title-image = 🎨 Crea un'immagine
gen-title-video = 🎬 Crea un video
gen-title-edit = 🪄 Modifica la tua foto

gen-picker-model =
    Modello: { $model } — { $credits ->
        [one] { $credits } credito
       *[other] { $credits } crediti
    }

gen-picker-aspect = Formato: { $aspect }

gen-picker-balance =
    Il tuo saldo: { $balance ->
        [one] { $balance } credito
       *[other] { $balance } crediti
    }

gen-button-create =
    ✅ Crea — { $credits ->
        [one] { $credits } credito
       *[other] { $credits } crediti
    }

gen-expired = Questa richiesta è scaduta: inviala di nuovo.

gen-cancelled = Ok, annullato: non ti è stato addebitato nulla.

gen-toast-on-it = Al lavoro!

gen-preparing = ⏳ Preparo { $model }…

gen-photo-download-failed = Non riesco a scaricare quella foto da Telegram (è troppo grande o scaduta). Inviala di nuovo, per favore.

## Using the commands

gen-imagine-usage = Cosa devo creare? Ad esempio: /imagine una volpe nella neve all'alba
gen-video-usage = Cosa deve mostrare il video? Ad esempio: /video onde che si infrangono al tramonto
gen-edit-usage = Rispondi a una foto con /edit <cosa cambiare>, ad esempio: /edit aggiungi la neve.
gen-edit-prompt-missing = Dimmi cosa cambiare, ad esempio: /edit trasformala in un acquerello.

gen-offer = Vuoi che lo crei io? Tocca per scegliere il modello:

## /models, /balance, /history

gen-models-title = Modelli che posso usare:

gen-models-line =
    • { $model } — { $credits ->
        [one] { $credits } credito
       *[other] { $credits } crediti
    }

gen-models-footer = I prezzi sono in crediti, e ciò che non riesce viene rimborsato. /balance mostra il tuo saldo, /buy lo ricarica.

gen-balance =
    💳 Hai { $balance ->
        [one] { $balance } credito
       *[other] { $balance } crediti
    }. /models mostra i prezzi e con /buy ricarichi con le Stelle di Telegram.

gen-history-empty = Non hai ancora creato nulla. Prova con /imagine un faro nella tempesta.

gen-history-title = Le tue creazioni recenti:

gen-history-line =
    { $icon } { $model }: «{ $prompt }» ({ $cost ->
        [one] { $cost } credito
       *[other] { $cost } crediti
    }{ $refunded ->
        [yes] { $cost ->
            [one] , rimborsato
           *[other] , rimborsati
        }
       *[no] {""}
    })

## Refusals: nothing was charged

gen-refused-prompt-empty = Dimmi cosa creare, ad esempio: /imagine una volpe nella neve.

gen-refused-prompt-too-long = Questa descrizione è lunga { $length } caratteri, ma il limite è { $limit }. Accorciala, per favore.

gen-refused-unknown-model = Questo modello non è disponibile per questa richiesta. /models li elenca tutti.

gen-refused-photo-required = Rispondi a una foto con /edit <cosa cambiare>.

gen-refused-rate-limited =
    Hai chiesto { $limit ->
        [one] { $limit } creazione
       *[other] { $limit } creazioni
    } nell'ultimo minuto: aspetta { $seconds ->
        [one] { $seconds } secondo
       *[other] { $seconds } secondi
    }, per favore.

gen-refused-insufficient-credits =
    { $model } costa { $cost ->
        [one] { $cost } credito
       *[other] { $cost } crediti
    } e tu ne hai { $balance }. Ricarica con /buy.

gen-refused-too-many-running =
    Hai già { $max ->
        [one] { $max } creazione
       *[other] { $max } creazioni
    } in corso. Aspetta che ne finisca una, per favore.

gen-unavailable-not-configured = 🛠 La creazione di immagini e video non è ancora configurata su questo bot. Non ti è stato addebitato nulla.

gen-unavailable-down = 🛠 La creazione di immagini e video al momento non è disponibile: il nostro fornitore non risponde. Non ti è stato addebitato nulla; riprova tra qualche minuto.

gen-refused-already-requested = Questa creazione è già stata richiesta.

## Progress of a creation

gen-button-cancel = ✖ Annulla

gen-toast-cancelled = Annullata: crediti restituiti.

gen-toast-already-finished = Già terminata.

gen-stage-submitted = ⏳ Richiesta inviata allo studio…
gen-stage-queued = ⏳ In coda…
gen-stage-queued-position = ⏳ In coda: posizione { $position }
gen-stage-running = 🖌 Ci sto lavorando…

gen-done =
    ✅ Fatto: { $cost ->
        [one] { $cost } credito usato
       *[other] { $cost } crediti usati
    }.

gen-result-too-large =
    { $kind ->
        [video] Il tuo video è troppo grande per Telegram, eccolo qui: { $url }
       *[image] La tua immagine è troppo grande per Telegram, eccola qui: { $url }
    }

gen-result-link =
    { $kind ->
        [video] Il tuo video è pronto: { $url }
       *[image] La tua immagine è pronta: { $url }
    }

## Failures: the credits were returned

gen-failed-content-policy = Il filtro di sicurezza del modello ha rifiutato questa richiesta. Riformula la descrizione: i tuoi crediti sono stati restituiti.

gen-failed-validation = Il modello non ha potuto accettare questa richiesta. Prova con un'altra descrizione: i tuoi crediti sono stati restituiti.

gen-failed-validation-detail = Il modello non ha potuto accettare questa richiesta ({ $detail }). Prova con un'altra descrizione: i tuoi crediti sono stati restituiti.

gen-failed-timeout = Il modello ci ha messo troppo e ha rinunciato. I tuoi crediti sono stati restituiti: riprova.

gen-failed-service = Il servizio di immagini e video ha avuto un problema. I tuoi crediti sono stati restituiti: riprova tra un attimo.

gen-failed-cancelled = Annullata: i tuoi crediti sono stati restituiti.

gen-failed-interrupted = La tua creazione si è interrotta prima di iniziare. I tuoi crediti sono stati restituiti: riprova.

gen-failed-unconfirmed = Il servizio di immagini e video non ha confermato di aver ricevuto la tua richiesta, quindi i tuoi crediti sono stati restituiti. Se alla fine la creazione va in porto, te la mando gratis.

gen-late-result-free = 🎁 Alla fine la tua creazione è arrivata, ed è offerta dalla casa: i crediti restano tuoi.

## Bringing a photo to life: /animate and the 🎬 button

gen-title-animate = 🎬 Diamo vita alla tua foto

gen-animate-natural-motion = Movimento: naturale e delicato, lo sceglie il modello

gen-animate-hint = Vuoi qualcosa di preciso? Rispondi alla foto con /animate <cosa si muove>, per esempio: /animate le onde arrivano sulla riva.

gen-animate-usage = Rispondi a una foto con /animate e la trasformo in un breve video. Se vuoi, dimmi cosa deve muoversi: /animate i suoi capelli ondeggiano al vento. Puoi anche mandare una foto con /animate come didascalia.

gen-animate-photo-gone = Non riesco più a raggiungere quella foto: rispondile con /animate.

gen-button-animate = 🎬 Anima

gen-photo-too-big = Quell'immagine è troppo grande per me: Telegram mi lascia scaricare fino a 20 MB. Mandala come foto e non come file, oppure scegline una più piccola. Non ti è stato addebitato nulla.

gen-photo-not-image = Quel file non è un'immagine che posso usare: mandami una foto (JPEG, PNG o WebP). Non ti è stato addebitato nulla.

## /models: sections, and what chatting costs

gen-models-section-image = 🎨 Immagini dalle parole — /imagine

gen-models-section-edit = 🪄 Modifica delle foto — rispondi a una foto con /edit

gen-models-section-video = 🎬 Video dalle parole — /video

gen-models-section-animate = ✨ Foto che prendono vita — rispondi a una foto con /animate

gen-models-section-services = 💬 Nelle nostre conversazioni

gen-service-stt =
    • Ascoltare un messaggio vocale o video — { $credits ->
        [0] gratis
        [one] { $credits } credito per messaggio
       *[other] { $credits } crediti per messaggio
    }

gen-service-tts =
    • Rispondere con un vocale (/voice) — { $credits ->
        [0] gratis
        [one] { $credits } credito ogni 500 caratteri iniziati
       *[other] { $credits } crediti ogni 500 caratteri iniziati
    }

gen-service-vision =
    • Guardare una foto che mi mandi — { $credits ->
        [0] gratis
        [one] { $credits } credito per foto o album
       *[other] { $credits } crediti per foto o album
    }

gen-service-documents =
    • Leggere un documento che mi mandi (testo, Markdown, PDF) — { $credits ->
        [0] gratis
        [one] { $credits } credito per documento
       *[other] { $credits } crediti per documento
    }
