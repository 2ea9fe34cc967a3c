### Foto e documenti inviati dall'utente: le foto le guarda un modello che vede, i documenti vengono letti e tenuti in memoria.

photo-not-set-up = Su questo bot non riesco ancora a vedere le foto 📷 Mi racconti a parole cosa c'è?
photo-too-big = Questa immagine è troppo grande per aprirla (accetto file fino a { $max } MB). Me la mandi come foto normale?
photo-no-credits = Guardare una foto costa { $cost } crediti e tu ne hai { $balance }. Con /buy ricarichi, oppure descrivimi la foto a parole.
photo-refused = Mi dispiace, non posso guardare questa immagine: il modello con cui vedo l'ha rifiutata. Non ti è stato addebitato nulla. Me la racconti a parole?
photo-failed = ⚠️ Non sono riuscito a guardare questa foto adesso. Riprova tra un momento.
media-refunded = { $credits ->
        [one] { $credits } credito è tornato
       *[other] { $credits } crediti sono tornati
    } sul tuo saldo.
doc-unsupported = { $extension ->
        [none] Non riesco ad aprire «{ $name }»: leggo file di testo, Markdown e PDF. Me lo mandi in uno di questi formati?
       *[other] Non riesco ad aprire i file .{ $extension } come «{ $name }»: leggo file di testo, Markdown e PDF. Me lo mandi in uno di questi formati?
    }
doc-too-big = «{ $name }» è troppo grande per me: leggo file fino a { $max } MB. Me ne mandi una parte più piccola?
doc-too-many-pages = «{ $name }» ha { $pages } pagine, e io ne leggo fino a { $max }. Mi mandi la parte che vuoi che guardi?
doc-no-credits = Leggere un documento costa { $cost } crediti e tu ne hai { $balance }. Con /buy ricarichi, oppure incolla come testo la parte che ti serve.
doc-corrupt = Non sono riuscito ad aprire «{ $name }»: sembra che il file sia danneggiato, o che non sia davvero un testo o un PDF. Lo esporti di nuovo e me lo rimandi?
doc-protected = «{ $name }» è protetto da password, quindi non posso leggerlo. Mi mandi una copia senza password?
doc-scanned = «{ $name }» sembra un PDF scansionato: le pagine sono immagini, senza testo che io possa leggere. Se mi mandi le pagine come foto posso guardarle, oppure incolla il testo.
doc-empty = «{ $name }» è vuoto: non ci ho trovato testo.
doc-failed = ⚠️ Non sono riuscito a leggere «{ $name }» adesso. Prova a rimandarlo tra un momento.
doc-truncated = 📄 «{ $name }» è lungo: ne ho letto e tenuto l'inizio, circa settanta pagine.
doc-kept = 📄 Ricevuto «{ $name }»{ $pages ->
        [0] {""}
        [one] {" "}({ $pages } pagina)
       *[other] {" "}({ $pages } pagine)
    }: l'ho letto e lo tengo in memoria. Con /forget lo cancelli quando vuoi.
room-documents = 📄 Documenti
