# Italian (it): credits and Telegram Stars ("Stelle di Telegram").

## /buy and the invoice

buy-choose =
    Hai { $balance ->
        [one] { $balance } credito
       *[other] { $balance } crediti
    }. Scegli un pacchetto (si paga con le Stelle di Telegram):

pack-title =
    { $credits ->
        [one] { $credits } credito
       *[other] { $credits } crediti
    }

buy-pack-button = { $title } — { $stars } ⭐

invoice-description =
    { $credits ->
        [one] { $credits } credito Velro
       *[other] { $credits } crediti Velro
    } per immagini e video. Le creazioni non riuscite vengono rimborsate in crediti.

checkout-offer-expired = Questa offerta non è più disponibile. Usa di nuovo /buy, per favore.
checkout-not-yours = Questa fattura è stata creata per qualcun altro.
checkout-price-changed = Il prezzo è cambiato. Usa di nuovo /buy, per favore.

## After paying

pay-thanks =
    ⭐ Grazie! { $credits ->
        [one] Aggiunto { $credits } credito
       *[other] Aggiunti { $credits } crediti
    }: ora ne hai { $balance }.

pay-unmatched = Grazie! Non riesco ad abbinare questo pagamento a nessun pacchetto: scrivi /paysupport, per favore.

pay-refunded =
    Le tue Stelle sono state rimborsate; { $credits ->
        [one] è stato rimosso { $credits } credito
       *[other] sono stati rimossi { $credits } crediti
    }.

## /paysupport and /terms

terms =
    Le condizioni in breve:
    • I crediti si acquistano con le Stelle di Telegram e si spendono per creare immagini e video ai prezzi indicati da /models.
    • Una creazione che non riesce, che viene annullata o che viene rifiutata dal filtro di sicurezza di un modello non costa nulla: i crediti vengono restituiti automaticamente.
    • I crediti non scadono e non possono essere convertiti in denaro. Gli acquisti non utilizzati possono essere rimborsati tramite /paysupport.
    • Non chiedere contenuti illegali o che violino le regole di Telegram o dei modelli.

## Admins only: /grant, /refund, /stats

grant-usage = Uso: /grant <id utente> <crediti> (negativo per sottrarre)

grant-done = Fatto: { $amount } crediti per { $user }; saldo { $balance }.

refund-usage = Uso: /refund <id dell'addebito Telegram del pagamento> (pagamento non trovato)

refund-done =
    Rimborsate { $stars } ⭐ a { $user }; stornati { $reversed } crediti su { $credits }{ $already ->
        [yes] {" "}(già stornati in precedenza)
       *[no] {""}
    }.

stats-jobs = Attività: { $jobs }
stats-jobs-none = Attività: nessuna
stats-payments = Pagamenti: { $payments } ({ $stars } ⭐), rimborsati: { $refunded }
stats-accounts = Conti crediti: { $accounts }; crediti in circolazione: { $outstanding }
stats-ledger-ok = Riconciliazione del registro: OK
stats-ledger-mismatch =
    Riconciliazione del registro: { $count ->
        [one] { $count } discrepanza!
       *[other] { $count } discrepanze!
    }
stats-dead-letters =
    Aggiornamenti falliti: { $count }{ $count ->
        [0] {""}
       *[other] {" "}(vedi /deadletters)
    }

## Payment support

support-ask =
    🛟 Aiuto con i pagamenti: raccontami nel tuo prossimo messaggio cosa è andato storto — cosa hai comprato, quando e cosa è successo. Anche uno screenshot aiuta (aggiungi una didascalia).
    Arriva direttamente a una persona del nostro team, non all'IA. Le creazioni non riuscite vengono rimborsate automaticamente in crediti, quindi non serve chiedere per quelle.
support-in-private = Le questioni di pagamento sono private: scrivimi /paysupport nella nostra chat privata, per favore.
support-unavailable = Mi dispiace: per questo bot non c'è ancora nessuno che segua i pagamenti, quindi non posso inoltrare il tuo messaggio. Riprova più tardi, per favore.
support-cancel-button = ✖ Annulla
support-cancelled = Va bene, annullato: non è stato inviato nulla.
support-unsupported = Posso inoltrare testi, foto e documenti. Descrivilo in un messaggio, per favore: va bene anche uno screenshot con didascalia.
support-received = ✅ Grazie: la richiesta n. { $ticket } è ora nelle mani del nostro team. Una persona ti risponderà proprio qui, in questa chat.
support-added = ✅ Aggiunto alla tua richiesta n. { $ticket }. Ti risponderemo qui.

## What the admins see

support-ticket-card =
    🛟 Richiesta di aiuto sui pagamenti n. { $ticket }
    Da: { $name } · id <code>{ $id }</code> · lingua: { $language }
    Pagamenti recenti in Stelle:
support-ticket-payment =
    • <code>{ $charge }</code> — { $stars } ⭐ · crediti: { $credits } · { DATETIME($date, year: "numeric", month: "2-digit", day: "2-digit") }{ $refunded ->
        [yes] {" "}· rimborsato
       *[no] {""}
    }
support-ticket-no-payments = • ancora nessuno
support-ticket-hint = Per rispondere premi Rispondi, oppure rispondi a questo messaggio. /refund vuole l'id del pagamento.
support-ticket-followup = 💬 Richiesta n. { $ticket } — { $name } (id <code>{ $id }</code>) scrive:
support-reply-button = ✍️ Rispondi
support-close-button = ✅ Chiudi
support-reply-ask = ✍️ Scrivi la tua risposta alla richiesta n. { $ticket } nel prossimo messaggio. Arriverà all'utente così come la scrivi (va bene anche una foto o un documento).
support-reply-sent = ✅ Consegnato all'utente (richiesta n. { $ticket }).
support-reply-blocked = ⚠️ Non consegnato: l'utente ha bloccato il bot (richiesta n. { $ticket }).
support-closed-toast = La richiesta n. { $ticket } è chiusa.

## What the user sees of the answers

support-answer-head = 💬 Il nostro team di assistenza ti ha risposto (richiesta n. { $ticket }):
support-answer-button = ✍️ Rispondi
support-answer-ask = ✍️ Scrivi la tua risposta nel prossimo messaggio: arriverà al nostro team insieme alla richiesta n. { $ticket }.
support-closed-user = ✅ La tua richiesta di pagamento n. { $ticket } è chiusa. Se serve altro, invia semplicemente /paysupport: siamo qui per te.
support-receipt-charge = Id del pagamento (per rimborsi e /paysupport): <code>{ $charge }</code>
