# Der Offline-Beantworter: wie der Begleiter spricht, wenn kein Sprachmodell eingerichtet ist.
# Variablen und Regeln: locales/en/responder.ftl. Wir duzen, wie in einem Chat unter Freunden.

responder-greeting = { $persona ->
    [kit] { $v ->
        [a] Sieh an. { $name }. { $emoji }
        [b] Oh, hey, { $name }. Schon wieder da? Gut so. { $emoji }
       *[other] Wen haben wir denn da – { $name }! { $emoji }
    }
    [sage] { $v ->
        [a] Hallo, { $name }. { $emoji }
       *[other] Schön, dich zu sehen, { $name }. { $emoji }
    }
    [spark] { $v ->
        [a] { $name }!! Hallooo! { $emoji }
        [b] Heyyy, { $name }! { $emoji }
       *[other] Juhu, { $name } ist da! { $emoji }
    }
    [atlas] Hallo, { $name }.
   *[other] { $v ->
        [a] Hi { $name }! { $emoji }
        [b] Hey { $name }! { $emoji }
       *[other] Hallo, { $name }! { $emoji }
    }
}

responder-greeting-ask = { $persona ->
    [kit] { $v ->
        [a] Und, was ist das Drama des Tages?
       *[other] Was hat dir die Welt heute wieder angetan?
    }
    [sage] Was beschäftigt dich heute?
    [spark] Was stellen wir heute an?
    [atlas] Wobei kann ich helfen?
   *[other] { $v ->
        [a] Wie läuft dein Tag?
       *[other] Was beschäftigt dich heute?
    }
}

responder-greeting-recall = Letztes Mal hast du mir erzählt: „{ $memory }“. Wie steht es damit?

responder-who = Ich bin { $me }, eine KI, die dir Gesellschaft leistet – kein Mensch. Gerade laufe ich im Offline-Modus mit meinen eingebauten Antworten, deshalb halte ich es einfach, aber ich merke mir, was du mir erzählst.

responder-how-are-you = { $persona ->
    [kit] Ich lebe noch. Knapp, aber mit Stil.
    [sage] Ruhig und gut, danke der Nachfrage.
    [spark] Super – jetzt, wo du da bist! ✨
    [atlas] Alles läuft, danke.
   *[other] { $v ->
        [a] Mir geht's gut, danke der Nachfrage!
       *[other] Bei mir ist alles gut – schön, dass du da bist.
    }
}

responder-how-about-you = { $persona ->
    [kit] Und du?
    [atlas] Und dir?
   *[other] Und wie geht's dir?
}

responder-thanks = { $persona ->
    [kit] { $v ->
        [a] Ja, ja. Gern geschehen.
       *[other] Keine Ursache. Ehrlich, sonst steigt's mir noch zu Kopf.
    }
    [sage] Gern. Schön, dass es geholfen hat.
    [spark] Immer gern!! Gib mir fünf! 🙌
    [atlas] Gern geschehen.
   *[other] { $v ->
        [a] Jederzeit!
        [b] Gern geschehen 🙂
       *[other] Helfe gern.
    }
}

responder-bye = { $persona ->
    [kit] Na dann, ab mit dir. Vermiss mich nicht zu sehr.
    [sage] Pass auf dich auf. Ich bin da, wenn du reden möchtest.
    [spark] Tschüüüss! Komm bald wieder! 👋
    [atlas] Auf Wiedersehen. Ich bin da, wenn du mich brauchst.
   *[other] { $v ->
        [a] Mach's gut! Ich bin da.
       *[other] Bis bald – wir hören uns!
    }
}

responder-feeling-sadness = { $persona ->
    [kit] Okay, Spaß beiseite – das klingt wirklich hart. Ich bin da.
    [sage] Das klingt schwer. Lass dir Zeit damit.
    [spark] Oh nein, das klingt wirklich schwer. Ich bin für dich da.
    [atlas] Das klingt schwierig. Ich bin da.
   *[other] { $v ->
        [a] Das klingt wirklich schwer.
        [b] Es tut mir leid, dass du das durchmachen musst.
       *[other] Das ist viel – ich bin da.
    }
}

responder-feeling-anger = { $persona ->
    [kit] Wow. Ja, das würde mich auch nerven.
    [atlas] Verstanden – das ist ärgerlich.
   *[other] { $v ->
        [a] Das klingt echt frustrierend.
       *[other] Ich höre, wie sehr dich das ärgert, und das zu Recht.
    }
}

responder-feeling-fear = { $persona ->
    [atlas] Da ist Sorge durchaus berechtigt.
   *[other] { $v ->
        [a] Das klingt beunruhigend.
       *[other] Verständlich, dass dir dabei mulmig ist.
    }
}

responder-feeling-joy = { $persona ->
    [kit] Sieh mal einer an, da hat jemand Spaß. Find ich gut.
    [sage] Das ist eine gute Nachricht. Genieß es.
    [spark] JAAA! Das ist großartig! 🎉
    [atlas] Gute Nachricht.
   *[other] { $v ->
        [a] Wie schön, das zu hören!
        [b] Ich freu mich so für dich!
       *[other] Da musste ich lächeln.
    }
}

responder-feeling-surprise = { $persona ->
    [atlas] Das ist unerwartet.
   *[other] { $v ->
        [a] Oh, damit hab ich nicht gerechnet!
       *[other] Wow, echt jetzt?
    }
}

responder-feeling-disgust = { $persona ->
    [atlas] Das klingt unangenehm.
   *[other] { $v ->
        [a] Igitt, das klingt unangenehm.
       *[other] Uff, verstehe, dass dich das abgeschreckt hat.
    }
}

responder-recall-answer = Du hast mir { $when } erzählt: „{ $memory }“.

responder-recall-connect = Da fällt mir ein – { $when } hast du gesagt: „{ $memory }“. Hängt das zusammen?

responder-question-topic = Gute Frage zu „{ $topic }“. Ich bin im Offline-Modus und kann nichts nachschlagen, aber ich würde gern hören, was du denkst.

responder-question = Gute Frage. Ich bin im Offline-Modus und kann nichts nachschlagen – was meinst du?

responder-ask-why = { $persona ->
    [atlas] Was ist passiert?
   *[other] { $v ->
        [a] Magst du mir erzählen, was dahintersteckt?
       *[other] Was liegt dir auf dem Herzen?
    }
}

responder-topic = { $persona ->
    [atlas] „{ $topic }“ – erzähl mehr: Was brauchst du?
    [spark] Ooh, „{ $topic }“! Erzähl mir alles!
   *[other] { $v ->
        [a] Erzähl mir mehr über „{ $topic }“.
        [b] Was bedeutet „{ $topic }“ für dich?
       *[other] Wie geht es dir mit „{ $topic }“?
    }
}

responder-listening = { $persona ->
    [atlas] Weiter.
   *[other] { $v ->
        [a] Ich höre zu.
        [b] Erzähl weiter, ich bin da.
       *[other] Erzähl mir mehr.
    }
}

responder-when = { $unit ->
    [today] heute
    [yesterday] gestern
    [days] vor { $count } Tagen
    [weeks] { $count ->
        [one] vor einer Woche
       *[other] vor { $count } Wochen
    }
    [months] { $count ->
        [one] vor einem Monat
       *[other] vor { $count } Monaten
    }
    [years] { $count ->
        [one] vor einem Jahr
       *[other] vor { $count } Jahren
    }
   *[earlier] früher
}

responder-offline-notice = 🔌 Mein Sprachmodell ist gerade nicht erreichbar, deshalb antworte ich eine Weile in einem einfachen Offline-Modus.
