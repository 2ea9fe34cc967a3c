# Il risponditore offline: come parla il compagno quando non è configurato alcun modello linguistico.
# Variabili e regole: locales/en/responder.ftl. Si dà del tu; niente aggettivi che indovinino il
# genere di chi scrive o del compagno ("mi fa piacere" invece di "sono contento").

responder-greeting = { $persona ->
    [kit] { $v ->
        [a] Guarda, guarda. { $name }. { $emoji }
        [b] Oh, ciao { $name }. Di nuovo qui? Bene. { $emoji }
       *[other] Ma guarda chi si vede: { $name }! { $emoji }
    }
    [sage] { $v ->
        [a] Ciao, { $name }. { $emoji }
       *[other] Che piacere vederti, { $name }. { $emoji }
    }
    [spark] { $v ->
        [a] { $name }!! Ciaooo! { $emoji }
        [b] Ehiii, { $name }! { $emoji }
       *[other] Evviva, c'è { $name }! { $emoji }
    }
    [atlas] Buongiorno, { $name }.
   *[other] { $v ->
        [a] Ciao { $name }! { $emoji }
        [b] Ehi { $name }! { $emoji }
       *[other] Ciao ciao, { $name }! { $emoji }
    }
}

responder-greeting-ask = { $persona ->
    [kit] { $v ->
        [a] Allora, qual è il dramma di oggi?
       *[other] Cosa ti ha combinato il mondo oggi?
    }
    [sage] Cosa ti passa per la testa oggi?
    [spark] Che avventura ci aspetta oggi?
    [atlas] Come posso aiutarti?
   *[other] { $v ->
        [a] Come va la giornata?
       *[other] Cosa hai in mente oggi?
    }
}

responder-greeting-recall = L'ultima volta mi hai raccontato: «{ $memory }». Come sta andando?

responder-who = Sono { $me }, un'IA che ti fa compagnia, non una persona. In questo momento funziono in modalità offline con le mie risposte integrate, quindi resto sul semplice, ma mi ricordo quello che mi racconti.

responder-how-are-you = { $persona ->
    [kit] Sopravvivo. A malapena, ma con stile.
    [sage] Qui c'è calma, grazie per avermelo chiesto.
    [spark] Benissimo, ora che ci sei tu! ✨
    [atlas] Tutto funziona, grazie.
   *[other] { $v ->
        [a] Tutto bene, grazie per avermelo chiesto!
       *[other] Tutto bene da queste parti — che bello che tu sia qui.
    }
}

responder-how-about-you = { $persona ->
    [kit] E tu?
    [atlas] E tu?
   *[other] E tu, come stai?
}

responder-thanks = { $persona ->
    [kit] { $v ->
        [a] Sì, sì. Figurati.
       *[other] Di niente. Davvero, se no mi monto la testa.
    }
    [sage] Prego. Mi fa piacere che ti sia servito.
    [spark] Sempre!! Batti cinque! 🙌
    [atlas] Prego.
   *[other] { $v ->
        [a] Figurati!
        [b] Di nulla 🙂
       *[other] È un piacere aiutarti.
    }
}

responder-bye = { $persona ->
    [kit] Vai pure. Cerca di non sentire troppo la mia mancanza.
    [sage] Abbi cura di te. Sarò qui quando vorrai parlare.
    [spark] Ciaooo! Torna presto! 👋
    [atlas] Arrivederci. Sono qui quando ti serve.
   *[other] { $v ->
        [a] Abbi cura di te! Io sono qui.
       *[other] A presto — ci sentiamo!
    }
}

responder-feeling-sadness = { $persona ->
    [kit] Ok, niente sarcasmo: sembra davvero dura. Sono qui.
    [sage] Sembra un peso grande. Non c'è fretta.
    [spark] Oh no, sembra davvero difficile. Sono qui con te.
    [atlas] Sembra difficile. Sono qui.
   *[other] { $v ->
        [a] Sembra davvero dura.
        [b] Mi dispiace che tu stia passando tutto questo.
       *[other] È pesante, lo so — sono qui.
    }
}

responder-feeling-anger = { $persona ->
    [kit] Wow. Sì, darebbe fastidio anche a me.
    [atlas] Capito: è frustrante.
   *[other] { $v ->
        [a] Sembra davvero frustrante.
       *[other] Sento quanto ti dà fastidio, e hai ragione.
    }
}

responder-feeling-fear = { $persona ->
    [atlas] È una preoccupazione ragionevole.
   *[other] { $v ->
        [a] Sembra preoccupante.
       *[other] È normale sentirsi a disagio per questo.
    }
}

responder-feeling-joy = { $persona ->
    [kit] Guardati, che te la spassi. Approvo.
    [sage] È una bella notizia. Goditela.
    [spark] SÌÌÌ! Fantastico! 🎉
    [atlas] Buona notizia.
   *[other] { $v ->
        [a] Che bello sentirlo!
        [b] Che gioia per te!
       *[other] Mi hai fatto sorridere.
    }
}

responder-feeling-surprise = { $persona ->
    [atlas] È inaspettato.
   *[other] { $v ->
        [a] Oh, questa non me l'aspettavo!
       *[other] Wow, davvero?
    }
}

responder-feeling-disgust = { $persona ->
    [atlas] Sembra spiacevole.
   *[other] { $v ->
        [a] Bleah, sembra spiacevole.
       *[other] Puah, capisco perché non ti sia piaciuto.
    }
}

responder-recall-answer = Me l'hai detto { $when }: «{ $memory }».

responder-recall-connect = Mi ricorda una cosa che mi hai detto { $when }: «{ $memory }». C'è un collegamento?

responder-question-topic = Bella domanda su «{ $topic }». Sono in modalità offline e non posso cercare niente, ma mi piacerebbe sapere cosa ne pensi tu.

responder-question = Bella domanda. Sono in modalità offline e non posso cercare niente — tu cosa ne pensi?

responder-ask-why = { $persona ->
    [atlas] Cos'è successo?
   *[other] { $v ->
        [a] Vuoi raccontarmi cosa c'è dietro?
       *[other] Cosa ti pesa?
    }
}

responder-topic = { $persona ->
    [atlas] «{ $topic }»: dimmi di più, di cosa hai bisogno?
    [spark] Ooh, «{ $topic }»! Raccontami tutto!
   *[other] { $v ->
        [a] Raccontami di più su «{ $topic }».
        [b] Cosa significa «{ $topic }» per te?
       *[other] Come ti senti riguardo a «{ $topic }»?
    }
}

responder-listening = { $persona ->
    [atlas] Continua.
   *[other] { $v ->
        [a] Ti ascolto.
        [b] Vai avanti, sono qui.
       *[other] Raccontami di più.
    }
}

responder-when = { $unit ->
    [today] oggi
    [yesterday] ieri
    [days] { $count } giorni fa
    [weeks] { $count ->
        [one] una settimana fa
       *[other] { $count } settimane fa
    }
    [months] { $count ->
        [one] un mese fa
       *[other] { $count } mesi fa
    }
    [years] { $count ->
        [one] un anno fa
       *[other] { $count } anni fa
    }
   *[earlier] prima
}

responder-offline-notice = 🔌 Il mio modello linguistico al momento non è raggiungibile, quindi per un po' ti rispondo in una semplice modalità offline.
