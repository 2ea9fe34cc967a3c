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

paysupport = Aiuto con i pagamenti: descrivi il problema e indica la data dell'acquisto. Le creazioni non riuscite vengono rimborsate automaticamente in crediti; per il rimborso in Stelle dei crediti non usati, un amministratore esaminerà la tua richiesta. Rispondi qui e ti ricontatteremo.

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
