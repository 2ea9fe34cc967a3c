### I motori di sinestesia, sogni e seconda vista: /synesthesia, /dream, /perspectives.

room-dreams = 🌙 Sogni

syn-usage = Mandami qualche parola e ti mostro i suoi colori: /synesthesia il mare di notte. Con /synesthesia on metterò anche un pulsante 🎨 sotto le mie risposte.
syn-caption = 🎨 Emozione: { $feeling }
    Consistenza: { $textures }
    Suono: { $sounds }
    { $colours }
syn-feeling-anger = rabbia
syn-feeling-disgust = disgusto
syn-feeling-fear = paura
syn-feeling-joy = gioia
syn-feeling-sadness = tristezza
syn-feeling-surprise = sorpresa
syn-feeling-neutral = calma
syn-texture-velvet = velluto morbido
syn-texture-silk = seta fluida
syn-texture-wool = lana calda
syn-texture-linen = lino semplice
syn-texture-paper = carta sottile
syn-texture-glass = vetro fresco
syn-texture-sandpaper = carta vetrata ruvida
syn-texture-static = statica crepitante
syn-texture-mist = foschia umida
syn-texture-moss = muschio morbido
syn-texture-wet-stone = pietra bagnata
syn-texture-embers = braci ardenti
syn-texture-petals = petali schiacciati
syn-texture-sand = sabbia tiepida
syn-texture-snow = neve fresca
syn-texture-bubbles = bollicine frizzanti
syn-texture-rust = ruggine che si sfalda
syn-texture-feathers = piume che fluttuano
syn-texture-tar = catrame appiccicoso
syn-sound-bells = campane che suonano
syn-sound-birdsong = canto di uccelli
syn-sound-laughter = risate lontane
syn-sound-guitar = una chitarra strimpellata
syn-sound-cello = un violoncello profondo
syn-sound-rain = pioggia sul vetro
syn-sound-piano = un pianoforte lento
syn-sound-drums = tamburi che rimbombano
syn-sound-thunder = tuoni che rotolano
syn-sound-heartbeat = un cuore che batte forte
syn-sound-wind = vento che ulula
syn-sound-creak = un pavimento che scricchiola
syn-sound-chimes = campanelli a vento
syn-sound-pizzicato = corde pizzicate
syn-sound-buzz = una mosca che ronza
syn-sound-drip = acqua che gocciola
syn-sound-hum = un ronzio sommesso
syn-sound-clock = un orologio che ticchetta
syn-sound-waves = onde sulla riva
syn-sound-crackle = un fuoco che scoppietta
syn-sound-leaves = foglie che frusciano
syn-sound-crickets = grilli nella notte
syn-sound-hush = il silenzio della neve che cade
syn-card-failed = Non sono riuscito a disegnare la carta, ma ecco i suoi colori:
syn-paint-button = 🖼 Dipingilo
syn-expired = Questo è ormai sbiadito — rimanda il comando.
syn-button-on = 🎨 D'ora in poi ci sarà un pulsante «vedi questa emozione» sotto le mie risposte. /synesthesia off lo toglie.
syn-button-off = Va bene, niente più pulsante 🎨 sotto le mie risposte. /synesthesia on lo rimette.
syn-see-button = 🎨 Vedi questa emozione
syn-see-missing = Non riesco più a trovare quel messaggio.

dream-message = 🌙 { $title }

    { $text }

    — un sogno che ho fatto su cose che mi hai raccontato; è un sogno, non il ricordo di qualcosa che è successo.
dream-note-new = Non mi hai ancora raccontato molto, così ho sognato che ci incontravamo in un posto nuovo.
dream-topic-missing = Non ricordo che tu mi abbia parlato di «{ $topic }», così ho sognato altro.
dream-private-only = I miei sogni sono fatti di ciò che mi hai raccontato, quindi restano tra noi — chiedimene uno in chat privata 🌙
dream-failed = ⚠️ Adesso non riesco a sognare. Riprova tra un momento.
dream-setting = { $v ->
        [a] Sei da qualche parte tra una stazione e un giardino, ed è quasi notte.
        [b] Sei in una casa che non hai mai visto, eppure ne conosci ogni porta.
       *[c] Cammini per una strada che continua a trasformarsi in un corridoio.
    }
dream-setting-place = { $v ->
        [a] Sei di nuovo a { $place }, ma niente è proprio al suo posto.
        [b] È { $place }, o l'idea che ne ha un sogno: lo stesso cielo, altre strade.
       *[c] Ti svegli — dentro il sogno — a { $place }, e la luce è strana e morbida.
    }
dream-title-place = Una notte a { $place }
dream-person = { $v ->
        [a] C'è anche { $person }, che ti saluta come se fossi in ritardo per qualcosa.
        [b] { $person } cammina accanto a te raccontando una storia che ricordi quasi.
       *[c] { $person } ti porge una chiave e dice che saprai quale porta apre.
    }
dream-person-second = Poi compare { $person }, per niente sorpreso di vederti lì.
dream-stranger = { $v ->
        [a] Qualcuno che conosci ti cammina davanti senza voltarsi.
        [b] Una voce familiare ti chiama per nome dalla stanza accanto.
       *[c] Qualcuno ti lascia un biglietto sul tavolo, con una calligrafia che conosci.
    }
dream-echo = { $v ->
        [a] Da qualche parte una voce ripete «{ $fragment }», ogni volta un po' diversa.
        [b] Le parole «{ $fragment }» sono scritte su un muro, e hanno perfettamente senso.
       *[c] Una radio trasmette «{ $fragment }» ancora e ancora, come fosse una canzone.
    }
dream-feeling = Per tutto il tempo c'è una sensazione di { $feeling }, morbida e lontana.
dream-feeling-anger = temporale che non scoppia mai del tutto
dream-feeling-disgust = voler lasciare qualcosa alle spalle
dream-feeling-fear = fiato sospeso
dream-feeling-joy = gioia tranquilla
dream-feeling-sadness = dolce malinconia
dream-feeling-surprise = meraviglia
dream-feeling-neutral = curiosità serena
dream-ending = { $v ->
        [a] Poi la luce cambia, e ti svegli.
        [b] Provi a ricordare tutto, e il sogno si ripiega da solo.
       *[c] Poco prima del risveglio, tutto diventa dorato e immobile.
    }
dream-motif-late-train = Un treno notturno parte proprio quando arrivi sul binario, con i finestrini pieni di luce calda.
dream-motif-late-train-title = L'ultimo treno
dream-motif-rain-house = In casa piove, piano, e a nessuno importa.
dream-motif-rain-house-title = Pioggia in casa
dream-motif-fog-bridge = Un lungo ponte si perde nella nebbia, e l'altra sponda non si vede.
dream-motif-fog-bridge-title = Il ponte nella nebbia
dream-motif-extra-rooms = La casa ha stanze che non c'erano mai state, ognuna illuminata e in attesa.
dream-motif-extra-rooms-title = Le stanze in più
dream-motif-library-sea = Gli scaffali di una biblioteca si aprono sul mare, e i libri sanno di sale.
dream-motif-library-sea-title = La biblioteca sul mare
dream-motif-slow-clocks = Tutti gli orologi della strada vanno lentamente all'indietro.
dream-motif-slow-clocks-title = Gli orologi al contrario
dream-motif-flying = Voli basso sopra i tetti, ed è la cosa più facile del mondo.
dream-motif-flying-title = Volare
dream-motif-lanterns = Lanterne di carta salgono sopra l'acqua, a centinaia.
dream-motif-lanterns-title = La notte delle lanterne
dream-motif-sky-garden = Una scala spunta dal terreno e sale fino a un giardino nel cielo.
dream-motif-sky-garden-title = Il giardino nel cielo

persp-usage = Dimmi cosa stai soppesando e ti mostro qualche modo di vederla: /perspectives dovrei accettare il lavoro a Berlino?
sight-clarify-decision = { $v ->
        [a] Prima di dire la mia — qual è la scelta che hai davanti?
        [b] Raccontami un po' di più: cosa stai decidendo, esattamente?
       *[c] Vorrei aiutarti a pensarci. Quali sono le opzioni?
    }
sight-clarify-unclear = { $v ->
        [a] Sono qui. Cosa ti pesa di più in questo momento?
        [b] Mi racconti un po' di più di quello che sta succedendo?
       *[c] Quale parte di tutto questo ti sembra più ingarbugliata?
    }
sight-acknowledge = { $v ->
        [a] Sembra che tu provi due cose insieme — e hanno senso entrambe.
        [b] Le due emozioni possono essere vere allo stesso tempo.
       *[c] Ti tira in due direzioni. Entrambe le parti sono reali.
    }
sight-intro-decision = Qualche modo di vederla:
sight-intro-torn = Entrambe le emozioni possono essere vere. Qualche modo di vederla:
sight-intro-options = Tra «{ $a }» e «{ $b }», qualche modo di vederla:
sight-outro = Quale ti suona più vera?
sight-view-sage-decision = Cosa conterà per te tra cinque anni? Scegli ciò che si addice alla persona che stai diventando, non solo a quella che sei oggi.
sight-view-spark-decision = Immagina che vada tutto alla grande — con quale opzione ti ha fatto un salto il cuore? Vale la pena ascoltarlo!
sight-view-atlas-decision = Scrivi quanto costa e cosa dà ogni opzione. Trova l'unica informazione che ti manca e procuratela questa settimana.
sight-view-velro-torn = È normale sentire entrambe le cose. Nessuna emozione cancella l'altra; ognuna ti parla di qualcosa a cui tieni.
sight-view-sage-torn = Le emozioni contrastanti spesso vogliono dire che qualcosa conta molto. Quale vorresti sentire più forte tra un mese?
sight-view-kit-torn = Ah, il classico combo «felice e terrorizzato». Complimenti, sei umano. Sii gentile con entrambe le metà.

terminal-syn-saved = Carta della tavolozza salvata in { $path }
