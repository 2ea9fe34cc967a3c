# Italian (it): /persona, /memory and /forget. Persona names are not translated.

## /persona

persona-menu =
    Al momento sono { $emoji } { $name }. Chi vuoi che sia?

    { $list }

    Oppure descrivi il tuo personaggio: /persona custom <descrizione>

persona-line = { $emoji } { $name } — { $tagline }

persona-tagline-velro = La tua IA di compagnia, calorosa e attenta, che ricorda quello che conta per te
persona-tagline-kit = Lingua tagliente, tanto sarcasmo e un cuore tenero
persona-tagline-sage = Una voce calma e saggia che ti aiuta a riflettere con lucidità
persona-tagline-spark = Pura energia e allegria: trasforma qualsiasi cosa in un'avventura
persona-tagline-atlas = Stile asciutto e professionale: risposte chiare, senza fronzoli

persona-chosen-toast = Fatto: { $emoji } { $name }!

persona-chosen = { $emoji } Ora sono { $name }: { $tagline }

persona-unavailable = Questo personaggio non è più disponibile.

persona-custom-created =
    { $emoji } Ecco { $name }: { $tagline }
    D'ora in poi parlerò così. Con /persona puoi tornare indietro.

persona-custom-empty = Descrivi il personaggio in una o due frasi, ad esempio: /persona custom un marinaio in pensione di nome Ned, tranquillo e amante del tè

persona-custom-too-short = Questa descrizione è troppo corta: usa almeno { $min } caratteri. Esempio: /persona custom un marinaio in pensione di nome Ned, tranquillo e amante del tè

persona-custom-too-long = Questa descrizione è troppo lunga: al massimo { $max } caratteri (la tua ne ha { $length }). Bastano una o due frasi.

persona-custom-refused = Non posso usare questo personaggio: una descrizione può plasmare la mia personalità, ma non cambiare le mie regole. Prova a descrivere come parla il personaggio e com'è fatto.

## The memory palace: rooms

room-identity = 🪪 Su di te
room-people = 👥 Persone
room-work = 💼 Lavoro
room-education = 🎓 Studi
room-hobbies = 🎨 Hobby
room-preferences = ❤️ Gusti
room-plans = 🗓 Progetti
room-events = 📅 Eventi
room-health = 🩺 Salute
room-places = 📍 Luoghi
room-pets = 🐾 Animali
room-feelings = 💭 Sentimenti
room-episodes = 💬 Conversazioni

## /memory

memory-empty = Non ricordo ancora niente di te. Raccontami qualcosa!

memory-overview =
    🏛 Il tuo palazzo della memoria: { $memories ->
        [one] { $memories } ricordo
       *[other] { $memories } ricordi
    } in { $rooms ->
        [one] { $rooms } stanza
       *[other] { $rooms } stanze
    }. Scegli una stanza.

memory-page-title = { $room } — pagina { $page }/{ $pages }

memory-when = { $relative }, { DATETIME($date, day: "numeric", month: "short", year: "numeric") }

memory-room-empty = La stanza { $room } ora è vuota.

memory-button-prev = ‹ Indietro
memory-button-rooms = « Stanze
memory-button-next = Avanti ›

memory-unknown-room = Stanza sconosciuta.

## /forget

forget-pick = Cosa devo dimenticare? Scegli una stanza, oppure tutto.

forget-button-everything = 🧨 Dimentica tutto

forget-all-confirm = Vuoi che dimentichi tutto quello che ricordo di te? Non si può annullare.

forget-button-confirm = Sì, dimentica tutto

forget-room-done =
    Fatto: ho dimenticato { $count ->
        [one] { $count } ricordo
       *[other] { $count } ricordi
    } da { $room }.

forget-room-toast =
    Ho dimenticato { $count ->
        [one] { $count } ricordo
       *[other] { $count } ricordi
    }.

forget-not-found = Non trovo nessun ricordo del genere. /memory mostra tutto quello che ricordo.

forget-one-done = Dimenticato: «{ $text }»

forget-toast-forgotten = Dimenticato.

forget-toast-gone = Era già stato eliminato.

forget-toast-wiped = Fatto.

forget-all-done =
    🧹 Fatto: ho dimenticato { $count ->
        [one] { $count } ricordo
       *[other] tutti i { $count } ricordi
    }. Ripartiamo da zero.

forget-toast-cancelled = Non ho dimenticato nulla.

forget-cancelled = Va bene, continuerò a ricordare.

## /mood

mood-unknown = Non ho ancora capito bene che umore hai. Parlami un po' e me ne accorgerò.

mood-overall-very-low = Ultimamente sembri proprio giù di morale.
mood-overall-low = Ultimamente sembri un po' giù.
mood-overall-even = Ultimamente il tuo umore sembra abbastanza stabile.
mood-overall-high = Ultimamente sembri di buon umore.
mood-overall-very-high = Ultimamente sembri davvero di ottimo umore.

mood-streak =
    Va avanti così ormai da { $days ->
        [one] { $days } giorno
       *[other] { $days } giorni
    }.

mood-energy-high = Ti sento anche piuttosto in tensione.
mood-energy-low = Sembri anche un po' a corto di energie.

mood-salient-anger = Nei tuoi messaggi si sente un po' di frustrazione.
mood-salient-disgust = Sembra che qualcosa non ti sia proprio andato giù.
mood-salient-fear = Ho sentito un po' di preoccupazione nelle tue parole.
mood-salient-joy = C'era tanta gioia nei tuoi messaggi.
mood-salient-sadness = C'è un po' di tristezza in quello che scrivi.
mood-salient-surprise = Di sorprese, per te, non ne sono mancate.

mood-sure-high =
    Mi baso su { $samples ->
        [one] { $samples } messaggio
       *[other] { $samples } messaggi
    }, e ho pochi dubbi.
mood-sure-medium =
    Mi baso su { $samples ->
        [one] { $samples } messaggio
       *[other] { $samples } messaggi
    }, e mi sembra abbastanza affidabile.
mood-sure-low =
    Mi baso su { $samples ->
        [one] { $samples } messaggio
       *[other] { $samples } messaggi
    }, ma è solo una prima impressione, quindi non ci metterei la mano sul fuoco.
mood-sure-lexicon =
    Mi baso su { $samples ->
        [one] { $samples } messaggio
       *[other] { $samples } messaggi
    }, ma nella tua lingua riconosco solo poche parole legate alle emozioni, quindi è una stima approssimativa.

mood-stance-comforting = Ti farò compagnia con delicatezza: sono qui per te.
mood-stance-soothing = Teniamo le cose tranquille e leggere tra noi.
mood-stance-upbeat = Sono felice di condividere il buon umore con te!
mood-stance-playful = Anch'io sono in vena di giocare.
mood-stance-steady = Manterrò la calma e ti ascolterò, semplicemente.
mood-stance-reserved = Starò un po' più in disparte e lascerò che sia tu a guidare.
