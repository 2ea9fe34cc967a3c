### Promemoria, messaggi per sapere come stai, diario e sogni: il bot scrive per primo solo se la persona l'ha attivato.

outreach-zone-ask = Per azzeccare l'orario mi serve il tuo fuso orario 🌍 In che città sei? Puoi anche mandarmi la differenza da UTC, tipo UTC+1.
outreach-zone-placeholder = Una città, o UTC+1
outreach-zone-unknown = Questo posto non lo conosco ancora 🤔 Mi dici una città più grande lì vicino, o la differenza da UTC (per esempio UTC+1 o UTC-5)?
outreach-zone-change = Dove sei adesso? Rispondi con la tua città o la differenza da UTC (tipo UTC+1).
outreach-zone-set = Fatto: { $zone } — lì sono le { $time }.
outreach-zone-unset = non ancora indicato
outreach-private-only = Sistemiamolo nella nostra chat privata 🙂

outreach-checkins-menu =
    💬 Ogni tanto ti scriverò io per primo per sapere come va — su quello che mi hai raccontato.

    Quanto spesso: { $cadence }
    Ore di silenzio: { $quiet }
    Fuso orario: { $zone }
outreach-cadence-off = Spento
outreach-cadence-daily = Ogni giorno
outreach-cadence-few = Ogni pochi giorni
outreach-cadence-weekly = Ogni settimana
outreach-checkins-usage = Manda /checkins per scegliere con i pulsanti, oppure /checkins daily, /checkins few, /checkins weekly o /checkins off.
outreach-checkins-set = Frequenza: { $cadence }
outreach-button-quiet = 🌙 Ore di silenzio: { $quiet }
outreach-button-zone = 🌍 Cambia fuso orario
outreach-quiet-none = nessuna

outreach-button-stop-reminder = 🔕 Annulla i miei promemoria
outreach-button-stop-checkin = 🔕 Non chiedermelo più
outreach-button-stop-diary = 🔕 Spegni il diario
outreach-button-stop-dream = 🔕 Basta sogni
outreach-stopped-toast = Fatto 🔕
outreach-stopped-reminder = { $count ->
        [0] Va bene. Non hai altri promemoria in attesa.
        [one] Va bene — ho annullato l'altro tuo promemoria. /remind ne crea uno nuovo.
       *[other] Va bene — ho annullato gli altri tuoi { $count } promemoria. /remind ne crea uno nuovo.
    }
outreach-stopped-checkin = Va bene, non ti scriverò più per primo 🔕 /checkins li riattiva quando vuoi.
outreach-stopped-diary = Va bene, il diario è spento. Le pagine già scritte restano in /diary.
outreach-stopped-dream = Va bene, niente più sogni al mattino. /dreams on li riporta.

outreach-checkin-followup = Ciao { $name }! Mi avevi detto: «{ $memory }» — allora, com'è andata?
outreach-checkin-recent = Ciao { $name }, ripensavo a quello che mi hai raccontato: «{ $memory }». Come sta andando?
outreach-checkin-general = Ciao { $name }! Passavo solo a chiederti: come stai oggi?

outreach-reminder = ⏰ Promemoria: { $text }
outreach-reminder-late = ⏰ Promemoria (un po' in ritardo, scusa): { $text }
outreach-remind-usage = Dimmi quando e cosa, per esempio: /remind domani alle 9 chiamare la mamma
outreach-remind-no-time = Non ho capito quando 🤔 Prova con «/remind domani alle 9 chiamare la mamma» o «/remind tra 2 ore fare una pausa».
outreach-remind-past = Quell'orario è già passato — ne scegli uno ancora da venire?
outreach-remind-too-far = Posso ricordarti le cose fino a un anno di distanza. Scegli una data più vicina?
outreach-remind-no-text = E cosa devo ricordarti? Per esempio: /remind domani alle 9 chiamare la mamma
outreach-remind-set = ⏰ D'accordo! Te lo ricorderò { $when }: «{ $text }»
outreach-reminders-empty = Non hai promemoria in attesa. /remind domani alle 9 chiamare la mamma ne crea uno.
outreach-reminders-list = { $count ->
        [one] ⏰ Il tuo promemoria (✖ lo annulla):
       *[other] ⏰ I tuoi { $count } promemoria (✖ ne annulla uno):
    }
outreach-reminders-line = { $n }. { $when } — { $text }
outreach-reminder-cancelled = Promemoria annullato
outreach-reminder-gone = Quel promemoria è già partito o è stato annullato

outreach-diary-on = 📔 Diario acceso: ogni sera annoterò com'è stata la tua giornata e di cosa abbiamo parlato. /diary lo mostra.
outreach-diary-off = Diario spento. Le pagine già scritte restano; /diary le mostra.
outreach-diary-usage = /diary mostra il tuo diario; /diary on lo accende e /diary off lo spegne.
outreach-diary-empty = { $on ->
        [yes] 📔 Il tuo diario è ancora vuoto: la prima pagina si scrive stanotte.
       *[no] 📔 Il tuo diario è vuoto. /diary on lo accende: ogni sera annoterò com'è stata la tua giornata e di cosa abbiamo parlato.
    }
outreach-diary-entry =
    📔 { $date }

    { $mood }

    Di cosa abbiamo parlato:
    { $summary }

    ({ $page }/{ $pages })
outreach-diary-mood-low = È stata una giornata pesante.
outreach-diary-mood-even = È stata una giornata calma e serena.
outreach-diary-mood-high = È stata una giornata luminosa.
outreach-diary-mood-unknown = Non c'era abbastanza per leggere l'umore della giornata.

outreach-dreams-on = 🌙 Sogni accesi: ogni mattina ti racconterò un breve sogno intessuto di quello che hai condiviso con me. /dreams off li spegne.
outreach-dreams-on-illustrated = 🌙 Sogni accesi, con un'immagine quando c'è qualcosa da dipingere (si paga come /imagine). /dreams on solo testo, /dreams off li spegne.
outreach-dreams-off = Sogni spenti. Sogni d'oro lo stesso 🌙
outreach-dreams-usage = { $state ->
        [on] 🌙 I sogni del mattino sono accesi.
        [illustrated] 🌙 I sogni del mattino sono accesi, con immagini.
       *[off] 🌙 I sogni del mattino sono spenti.
    } /dreams on, /dreams illustrated o /dreams off.
outreach-dream-message =
    🌙 Stanotte ti ho sognato…

    { $dream }
