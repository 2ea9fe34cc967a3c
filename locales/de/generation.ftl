# Creating images and videos. Model names are never translated.
# Informal "du"; currency word: Credit / Credits.

gen-title-image = 🎨 Bild erstellen
gen-title-video = 🎬 Video erstellen
gen-title-edit = 🪄 Dein Foto bearbeiten

gen-picker-model =
    Modell: { $model } – { $credits ->
        [one] { $credits } Credit
       *[other] { $credits } Credits
    }

gen-picker-aspect = Seitenverhältnis: { $aspect }

gen-picker-balance =
    Dein Guthaben: { $balance ->
        [one] { $balance } Credit
       *[other] { $balance } Credits
    }

gen-button-create =
    ✅ Erstellen – { $credits ->
        [one] { $credits } Credit
       *[other] { $credits } Credits
    }

gen-expired = Diese Anfrage ist abgelaufen – schick sie bitte noch einmal.

gen-cancelled = Okay, abgebrochen – es wurde nichts abgebucht.

gen-toast-on-it = Bin dran!

gen-preparing = ⏳ { $model } wird vorbereitet…

gen-photo-download-failed = Ich konnte das Foto nicht von Telegram herunterladen (zu groß oder abgelaufen). Schick es bitte noch einmal.

gen-imagine-usage = Was soll ich erstellen? Zum Beispiel: /imagine ein Fuchs im Schnee bei Sonnenaufgang
gen-video-usage = Was soll das Video zeigen? Zum Beispiel: /video Wellen, die sich im Sonnenuntergang brechen
gen-edit-usage = Antworte auf ein Foto mit /edit <was sich ändern soll>, zum Beispiel: /edit lass es schneien.
gen-edit-prompt-missing = Sag mir, was ich ändern soll, zum Beispiel: /edit mach ein Aquarell daraus.

gen-offer = Soll ich das für dich erstellen? Tipp hier, um das Modell zu wählen:

gen-models-title = Modelle, die ich nutzen kann:

gen-models-line =
    • { $model } – { $credits ->
        [one] { $credits } Credit
       *[other] { $credits } Credits
    }

gen-models-footer = Preise in Credits; was fehlschlägt, wird erstattet. /balance zeigt dein Guthaben, /buy lädt es auf.

gen-balance =
    💳 Du hast { $balance ->
        [one] { $balance } Credit
       *[other] { $balance } Credits
    }. /models zeigt die Preise, mit /buy lädst du mit Telegram Stars auf.

gen-history-empty = Du hast noch nichts erstellt. Probier mal /imagine ein Leuchtturm im Sturm.

gen-history-title = Deine letzten Kreationen:

gen-history-line =
    { $icon } { $model }: „{ $prompt }“ ({ $cost ->
        [one] { $cost } Credit
       *[other] { $cost } Credits
    }{ $refunded ->
        [yes] , erstattet
       *[no] {""}
    })

gen-refused-prompt-empty = Sag mir, was ich erstellen soll, zum Beispiel: /imagine ein Fuchs im Schnee.

gen-refused-prompt-too-long = Dein Prompt hat { $length } Zeichen, erlaubt sind höchstens { $limit }. Kürz ihn bitte.

gen-refused-unknown-model = Dieses Modell gibt es für diese Anfrage nicht. /models zeigt dir alle.

gen-refused-photo-required = Antworte auf ein Foto mit /edit <was sich ändern soll>.

gen-refused-rate-limited =
    Du hast in der letzten Minute { $limit ->
        [one] { $limit } Kreation
       *[other] { $limit } Kreationen
    } angefordert – warte bitte { $seconds ->
        [one] { $seconds } Sekunde
       *[other] { $seconds } Sekunden
    }.

gen-refused-insufficient-credits =
    { $model } kostet { $cost ->
        [one] { $cost } Credit
       *[other] { $cost } Credits
    }, und du hast { $balance }. Lade mit /buy auf.

gen-refused-too-many-running =
    Du hast schon { $max ->
        [one] { $max } Kreation
       *[other] { $max } Kreationen
    } in Arbeit. Warte bitte, bis eine fertig ist.

gen-unavailable-not-configured = 🛠 Bild- und Videoerstellung ist bei diesem Bot noch nicht eingerichtet. Es wurde nichts abgebucht.

gen-unavailable-down = 🛠 Bild- und Videoerstellung ist gerade nicht verfügbar: Unser Anbieter antwortet nicht. Es wurde nichts abgebucht – versuch es in ein paar Minuten noch mal.

gen-refused-already-requested = Diese Kreation wurde bereits angefordert.

gen-button-cancel = ✖ Abbrechen

gen-toast-cancelled = Abgebrochen – Credits zurückerstattet.

gen-toast-already-finished = Schon fertig.

gen-stage-submitted = ⏳ Ans Studio geschickt…
gen-stage-queued = ⏳ In der Warteschlange…
gen-stage-queued-position = ⏳ In der Warteschlange – Platz { $position }
gen-stage-running = 🖌 Wird gerade erstellt…

gen-done =
    ✅ Fertig – { $cost ->
        [one] { $cost } Credit
       *[other] { $cost } Credits
    } verbraucht.

gen-result-too-large =
    Dein { $kind ->
        [video] Video
       *[image] Bild
    } ist zu groß für Telegram – hier ist es: { $url }

gen-result-link =
    Dein { $kind ->
        [video] Video
       *[image] Bild
    } ist fertig: { $url }

gen-failed-content-policy = Der Sicherheitsfilter des Modells hat diese Anfrage abgelehnt. Formulier deinen Prompt bitte um – deine Credits wurden zurückerstattet.

gen-failed-validation = Das Modell konnte diese Anfrage nicht annehmen. Versuch einen anderen Prompt – deine Credits wurden zurückerstattet.

gen-failed-validation-detail = Das Modell konnte diese Anfrage nicht annehmen ({ $detail }). Versuch einen anderen Prompt – deine Credits wurden zurückerstattet.

gen-failed-timeout = Das Modell hat zu lange gebraucht und aufgegeben. Deine Credits wurden zurückerstattet – versuch es bitte noch mal.

gen-failed-service = Beim Bild- und Videodienst gab es ein Problem. Deine Credits wurden zurückerstattet – versuch es gleich noch mal.

gen-failed-cancelled = Abgebrochen – deine Credits wurden zurückerstattet.

gen-failed-interrupted = Deine Kreation wurde unterbrochen, bevor sie starten konnte. Deine Credits wurden zurückerstattet – versuch es bitte noch mal.

gen-failed-unconfirmed = Der Bild- und Videodienst hat nicht bestätigt, dass er deine Anfrage erhalten hat, deshalb wurden deine Credits zurückerstattet. Falls die Kreation doch noch fertig wird, schicke ich sie dir kostenlos.

gen-late-result-free = 🎁 Deine Kreation ist doch noch fertig geworden – und geht aufs Haus: Deine Credits bleiben erstattet.

## Bringing a photo to life: /animate and the 🎬 button

gen-title-animate = 🎬 Dein Foto erwacht zum Leben

gen-animate-natural-motion = Bewegung: natürlich und sanft – das Modell entscheidet

gen-animate-hint = Du willst etwas Bestimmtes? Antworte auf das Foto mit /animate <was sich bewegt>, zum Beispiel: /animate die Wellen rollen an den Strand.

gen-animate-usage = Antworte auf ein Foto mit /animate, und ich mache daraus ein kurzes Video. Wenn du magst, sag mir, was sich bewegen soll: /animate ihr Haar weht im Wind. Ein Foto mit /animate als Bildunterschrift geht auch.

gen-animate-photo-gone = An dieses Foto komme ich nicht mehr heran – antworte einfach mit /animate darauf.

gen-button-animate = 🎬 Animieren

gen-photo-too-big = Das Bild ist zu groß für mich: Telegram lässt mich nur bis 20 MB herunterladen. Schick es als Foto statt als Datei oder nimm ein kleineres. Es wurde nichts abgebucht.

gen-photo-not-image = Mit dieser Datei kann ich nichts anfangen – schick mir bitte ein Foto (JPEG, PNG oder WebP). Es wurde nichts abgebucht.

## /models: sections, and what chatting costs

gen-models-section-image = 🎨 Bilder aus Worten – /imagine

gen-models-section-edit = 🪄 Fotobearbeitung – antworte auf ein Foto mit /edit

gen-models-section-video = 🎬 Videos aus Worten – /video

gen-models-section-animate = ✨ Fotos, die lebendig werden – antworte auf ein Foto mit /animate

gen-models-section-services = 💬 In unseren Gesprächen

gen-service-stt =
    • Sprach- oder Videonachricht anhören – { $credits ->
        [0] kostenlos
        [one] { $credits } Credit pro Nachricht
       *[other] { $credits } Credits pro Nachricht
    }

gen-service-tts =
    • Antwort als Sprachnachricht (/voice) – { $credits ->
        [0] kostenlos
        [one] { $credits } Credit je angefangene 500 Zeichen
       *[other] { $credits } Credits je angefangene 500 Zeichen
    }

gen-service-vision =
    • Ein Foto ansehen, das du schickst – { $credits ->
        [0] kostenlos
        [one] { $credits } Credit pro Foto oder Album
       *[other] { $credits } Credits pro Foto oder Album
    }

gen-service-documents =
    • Ein Dokument lesen, das du schickst (Text, Markdown, PDF) – { $credits ->
        [0] kostenlos
        [one] { $credits } Credit pro Dokument
       *[other] { $credits } Credits pro Dokument
    }
