### Sprach- und Videonachrichten des Nutzers: werden transkribiert und wie getippter Text beantwortet.

voice-not-set-up = Sprachnachrichten sind bei diesem Bot noch nicht eingerichtet 🎧 Magst du es mir schreiben?
voice-too-long = Diese Nachricht ist { $length } lang — ich kann Nachrichten bis { $max } anhören. Magst du sie aufteilen oder mir das Wichtigste schreiben?
voice-too-big = Diese Datei ist zu groß für mich zum Herunterladen (Telegram erlaubt Bots bis zu 20 MB). Schickst du mir eine kürzere Nachricht?
voice-empty = Ich habe zugehört, aber kein Wort verstanden 🤔 Versuchst du es noch einmal, etwas näher am Mikrofon, oder schreibst es mir?
voice-failed = ⚠️ Ich konnte mir diese Nachricht gerade nicht anhören. Versuch es gleich noch einmal oder schreib es mir.
voice-refunded = { $credits ->
        [one] { $credits } Credit wurde
       *[other] { $credits } Credits wurden
    } deinem Guthaben wieder gutgeschrieben.
voice-no-credits = Eine Sprachnachricht anzuhören kostet { $cost } Credits, und du hast { $balance }. Mit /buy lädst du auf — oder schreib mir einfach.
voice-transcripts-on = ✅ Transkripte an: Über meinen Antworten auf deine Sprachnachrichten zitiere ich, was ich gehört habe. /transcripts off schaltet das ab.
voice-transcripts-off = Transkripte aus: Ich höre deine Sprachnachrichten weiter, nur ohne sie zu zitieren. /transcripts on holt sie zurück.
voice-transcripts-usage = Schick /transcripts on, um über meinen Antworten zu sehen, was ich in deinen Sprachnachrichten gehört habe, oder /transcripts off, um es auszublenden.
