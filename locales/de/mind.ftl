# /persona, /memory (the memory palace) and /forget.
# Informal "du"; currency word: Credit / Credits.

persona-menu =
    Gerade bin ich { $emoji } { $name }. Wer soll ich sein?

    { $list }

    Oder beschreib deinen eigenen: /persona custom <Beschreibung>

persona-line = { $emoji } { $name } – { $tagline }

persona-tagline-velro = Dein herzlicher, aufmerksamer Begleiter, der sich merkt, was dir wichtig ist
persona-tagline-kit = Ein schlagfertiger, sarkastischer Freund mit weichem Kern
persona-tagline-sage = Ein ruhiger, weiser Mentor, der dir hilft, Dinge zu durchdenken
persona-tagline-spark = Ein verspielter, quirliger Kumpel, der aus allem ein Abenteuer macht
persona-tagline-atlas = Ein knapper, professioneller Assistent: klare Antworten, kein Blabla

persona-chosen-toast = { $emoji } Dann also { $name }!

persona-chosen = { $emoji } Ich bin jetzt { $name } – { $tagline }

persona-unavailable = Diesen Charakter gibt es nicht mehr.

persona-custom-created =
    { $emoji } Darf ich vorstellen: { $name } – { $tagline }
    Ab jetzt rede ich so. Mit /persona wechselst du zurück.

persona-custom-empty = Beschreib den Charakter in ein, zwei Sätzen, zum Beispiel: /persona custom ein ruhiger Seemann im Ruhestand namens Ned, der Tee liebt

persona-custom-too-short = Diese Beschreibung ist zu kurz: Nimm mindestens { $min } Zeichen. Beispiel: /persona custom ein ruhiger Seemann im Ruhestand namens Ned, der Tee liebt

persona-custom-too-long = Diese Beschreibung ist zu lang: höchstens { $max } Zeichen (deine hat { $length }). Bleib bei ein, zwei Sätzen.

persona-custom-refused = Diesen Charakter kann ich nicht übernehmen: Eine Beschreibung kann meine Persönlichkeit formen, aber nicht meine Regeln ändern. Beschreib lieber, wie der Charakter redet und wie er so ist.

room-identity = 🪪 Über dich
room-people = 👥 Menschen
room-work = 💼 Arbeit
room-education = 🎓 Ausbildung
room-hobbies = 🎨 Hobbys
room-preferences = ❤️ Vorlieben
room-plans = 🗓 Pläne
room-events = 📅 Ereignisse
room-health = 🩺 Gesundheit
room-places = 📍 Orte
room-pets = 🐾 Haustiere
room-feelings = 💭 Gefühle
room-episodes = 💬 Gespräche

memory-empty = Ich weiß noch nichts über dich. Erzähl mir von dir!

memory-overview =
    🏛 Dein Gedächtnispalast: { $memories ->
        [one] { $memories } Erinnerung
       *[other] { $memories } Erinnerungen
    } in { $rooms ->
        [one] { $rooms } Raum
       *[other] { $rooms } Räumen
    }. Wähl einen Raum.

memory-page-title = { $room } – Seite { $page }/{ $pages }

memory-when = { $relative }, { DATETIME($date, day: "numeric", month: "short", year: "numeric") }

memory-room-empty = { $room }: Hier ist jetzt nichts mehr.

memory-button-prev = ‹ Zurück
memory-button-rooms = « Räume
memory-button-next = Weiter ›

memory-unknown-room = Unbekannter Raum.

forget-pick = Was soll ich vergessen? Wähl einen Raum – oder alles.

forget-button-everything = 🧨 Alles vergessen

forget-all-confirm = Soll ich alles vergessen, was ich über dich weiß? Das lässt sich nicht rückgängig machen.

forget-button-confirm = Ja, alles vergessen

forget-room-done =
    Erledigt: Ich habe { $count ->
        [one] { $count } Erinnerung
       *[other] { $count } Erinnerungen
    } aus { $room } vergessen.

forget-room-toast =
    { $count ->
        [one] { $count } Erinnerung vergessen.
       *[other] { $count } Erinnerungen vergessen.
    }

forget-not-found = So eine Erinnerung habe ich nicht gefunden. /memory zeigt dir alles, was ich weiß.

forget-one-done = Vergessen: „{ $text }“

forget-toast-forgotten = Vergessen.

forget-toast-gone = Schon weg.

forget-toast-wiped = Erledigt.

forget-all-done =
    🧹 Erledigt – ich habe { $count ->
        [one] { $count } Erinnerung
       *[other] alle { $count } Erinnerungen
    } vergessen. Wir fangen noch mal ganz von vorn an.

forget-toast-cancelled = Es wurde nichts vergessen.

forget-cancelled = Okay, ich behalte alles im Gedächtnis.

mood-unknown = Ich habe noch kein Gespür für deine Stimmung. Schreib mir ein bisschen, dann merke ich es.

mood-overall-very-low = In letzter Zeit wirkst du ziemlich niedergeschlagen.
mood-overall-low = In letzter Zeit wirkst du etwas bedrückt.
mood-overall-even = In letzter Zeit wirkst du recht ausgeglichen.
mood-overall-high = In letzter Zeit wirkst du gut gelaunt.
mood-overall-very-high = In letzter Zeit wirkst du richtig gut drauf.

mood-streak =
    Das geht jetzt schon seit { $days ->
        [one] { $days } Tag
       *[other] { $days } Tagen
    } so.

mood-energy-high = Außerdem wirkst du ziemlich angespannt.
mood-energy-low = Außerdem scheinst du wenig Energie zu haben.

mood-salient-anger = Da schwingt etwas Frust mit.
mood-salient-disgust = Irgendetwas scheint dir richtig gegen den Strich zu gehen.
mood-salient-fear = Du klangst ein wenig besorgt.
mood-salient-joy = In deinen Nachrichten steckte viel Freude.
mood-salient-sadness = In dem, was du schreibst, liegt etwas Traurigkeit.
mood-salient-surprise = Einiges hat dich ganz schön überrascht.

mood-sure-high =
    Das beruht auf { $samples ->
        [one] { $samples } Nachricht
       *[other] { $samples } Nachrichten
    }, und da bin ich mir ziemlich sicher.
mood-sure-medium =
    Das beruht auf { $samples ->
        [one] { $samples } Nachricht
       *[other] { $samples } Nachrichten
    }, und da bin ich mir einigermaßen sicher.
mood-sure-low =
    Das beruht auf { $samples ->
        [one] { $samples } Nachricht
       *[other] { $samples } Nachrichten
    }, aber es ist nur ein erster Eindruck – so ganz sicher bin ich mir noch nicht.
mood-sure-lexicon =
    Das beruht auf { $samples ->
        [one] { $samples } Nachricht
       *[other] { $samples } Nachrichten
    }, aber in deiner Sprache erkenne ich nur wenige Gefühlswörter – es ist also eher grob geschätzt.

mood-stance-comforting = Ich leiste dir behutsam Gesellschaft und bin für dich da.
mood-stance-soothing = Lass es uns ruhig und entspannt angehen.
mood-stance-upbeat = Ich freue mich mit dir über die gute Stimmung!
mood-stance-playful = Ich bin selbst gerade in verspielter Laune.
mood-stance-steady = Ich bleibe ruhig und hör dir einfach zu.
mood-stance-reserved = Ich halte mich ein bisschen zurück und lasse dich das Tempo bestimmen.
