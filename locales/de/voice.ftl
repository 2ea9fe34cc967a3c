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

### Sprachantworten (/voice): Velro antwortet mit Sprachnachrichten.

voice-reply-not-set-up = Sprachantworten sind in diesem Bot noch nicht eingerichtet 🔇 — ich antworte weiter schriftlich.
voice-reply-panel =
    🔊 Sprachantworten: { $replies ->
        [on] an — ich antworte auf jede Nachricht mit einer Sprachnachricht.
       *[off] aus — ich antworte schriftlich.
    }
    🎙 Stimme auf Stimme: { $auto ->
        [on] an — schickst du mir eine Sprachnachricht, antworte ich mit einer, auch wenn Sprachantworten aus sind.
       *[off] aus.
    }
    { $cost ->
        [0] Sprachantworten sind kostenlos.
        [one] Eine Sprachantwort kostet { $cost } Credit pro angefangene 500 Zeichen.
       *[other] Eine Sprachantwort kostet { $cost } Credits pro angefangene 500 Zeichen.
    } Der Text ist immer nur einen Tipp entfernt: unter der Sprachnachricht oder hinter ihrem 📝-Button.
voice-reply-button-replies-on = 🔊 Sprachantworten einschalten
voice-reply-button-replies-off = 🔇 Sprachantworten ausschalten
voice-reply-button-auto-on = 🎙 Meine Sprachnachrichten mit Stimme beantworten
voice-reply-button-auto-off = 🎙 Sprachnachrichten nicht mehr mit Stimme beantworten
voice-reply-saved = Gespeichert ✓
voice-reply-usage = Schick /voice, um deine Einstellungen für Sprachantworten zu sehen, oder /voice on bzw. /voice off, um sie ein- oder auszuschalten.
voice-reply-show-text = 📝 Text anzeigen
voice-reply-text-gone = Den Text dieser Sprachnachricht habe ich leider nicht mehr.
voice-reply-text-shown = Der Text steht schon direkt unter der Sprachnachricht.
voice-reply-too-long = 🔇 Die Antwort war zu lang für eine einzelne Sprachnachricht, deshalb kommt sie schriftlich.
voice-reply-no-credits = 🔇 Diese Sprachantwort würde { $cost } { $cost ->
        [one] Credit
       *[other] Credits
    } kosten, du hast { $balance } — deshalb habe ich schriftlich geantwortet. Mit /buy lädst du auf, mit /voice schaltest du Sprachantworten aus.
voice-reply-failed = ⚠️ Diesmal konnte ich keine Sprachnachricht aufnehmen, meine Antwort steht deshalb oben als Text.
voice-reply-refunded = { $credits ->
        [one] { $credits } Credit wurde
       *[other] { $credits } Credits wurden
    } deinem Guthaben wieder gutgeschrieben.
voice-reply-forbidden = 🔇 Deine Telegram-Datenschutzeinstellungen erlauben mir keine Sprachnachrichten an dich, deshalb habe ich schriftlich geantwortet. Du kannst sie unter Einstellungen → Datenschutz und Sicherheit → Sprachnachrichten erlauben oder Sprachantworten mit /voice ausschalten.
