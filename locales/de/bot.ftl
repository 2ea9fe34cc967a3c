# General messages: greeting, help, reset, stopping a reply, fallbacks, errors, /language.
# Informal "du"; currency word: Credit / Credits.

start-new-user =
    Hi { $name }! Ich bin Velro 👋 – ein KI-Begleiter, der dir zuhört, sich merkt, was dir wichtig ist, und dir Gesellschaft leistet.

    Erzähl mir einfach, was dich gerade beschäftigt. Unter /help findest du alles, was ich kann.

start-returning-user = Schön, dass du wieder da bist, { $name }! Lass uns weitermachen, wo wir aufgehört haben – oder starte mit /reset ganz neu.

help-intro = Ich bin Velro, dein KI-Begleiter. Schreib mir einfach – in Gruppen erwähnst du mich oder antwortest auf meine Nachricht.

help-command-line = /{ $command } – { $description }

help-mode-llm = 🧠 Antworten von { $model }.

help-mode-offline = 🔌 Offline-Modus: Meine Antworten kommen aus meinem eingebauten Antwortsystem (kein LLM eingerichtet).

reset-done = 🧹 Neuanfang! Unser bisheriges Gespräch habe ich beiseitegelegt – worüber wollen wir reden?

cancel-nothing = Gerade gibt es nichts zu stoppen – ich schreibe ja nichts. 🙂

stop-button = ✖ Stopp

stop-toast-stopping = Wird gestoppt…

stop-toast-finished = Diese Antwort ist schon fertig.

chat-stopped-note = ⏹ Gestoppt.

chat-stopped-empty = ⏹ Gestoppt, bevor ich etwas geschrieben habe.

chat-error-timeout = ⏳ Sorry, das hat zu lange gedauert. Versuch es gleich noch mal.

chat-error-busy = Ich bekomme gerade sehr viele Nachrichten – versuch es in einer Minute noch mal.

chat-error-unavailable = ⚠️ Ich konnte mein Sprachmodell gerade nicht erreichen. Versuch es bitte gleich noch mal.

unknown-command = Diesen Befehl kenne ich nicht. Unter /help findest du die, die ich kenne.

button-expired = Dieser Button ist nicht mehr aktiv.

media-sticker = Cooler Sticker! 😄 Ich kann bisher nur Text lesen – erzählst du es mir in Worten?
media-voice = Sprachnachrichten kann ich noch nicht anhören 🎧 – kannst du es mir schreiben?
media-video-note = Videonachrichten kann ich mir noch nicht ansehen – kannst du es mir schreiben?
media-audio = Audios kann ich noch nicht anhören – erzählst du mir per Text davon?
media-photo = Fotos im Chat kann ich mir noch nicht ansehen 📷 – beschreibst du es mir?
media-video = Videos kann ich mir noch nicht ansehen – erzählst du mir, was darin passiert?
media-animation = Haha! GIFs kann ich mir nicht ansehen, aber die Stimmung kommt an. 😄
media-document = Dateien kann ich noch nicht öffnen – magst du den Text einfach hier einfügen?
media-location = Danke für den Standort! Mit Standorten kann ich leider noch nichts anfangen.
media-contact = Danke! Mit Kontakten kann ich allerdings nichts anfangen.
media-poll = In Umfragen kann ich nicht abstimmen, aber erzähl mir gern, worum es geht.

rate-limited =
    Wow, das sind aber viele Nachrichten! 😅 Gib mir { $seconds ->
        [one] { $seconds } Sekunde
       *[other] { $seconds } Sekunden
    }, um hinterherzukommen, dann geht’s weiter.

dead-letter-notice = 😕 Sorry, bei mir ist etwas schiefgelaufen, und ich konnte diese Nachricht auch nach mehreren Versuchen nicht verarbeiten. Schick sie mir bitte gleich noch einmal.

admin-only = Dieser Befehl ist nur für Admins.

admin-only-button = Das ist nur für Admins.

button-cancel = Abbrechen

language-self-name = Deutsch

language-choose = 🌐 Ich spreche gerade { $language } mit dir. Welche Sprache hättest du gern?

language-choose-group = 🌐 In dieser Gruppe spreche ich { $language }. Gruppenadmins können eine andere Sprache wählen:

language-set = ✅ Erledigt! Ab jetzt spreche ich { $language } mit dir.

language-set-group = ✅ Erledigt! Ab jetzt spreche ich { $language } in dieser Gruppe.

language-admins-only = Nur Gruppenadmins können die Sprache der Gruppe ändern. Deine eigene kannst du in unserem privaten Chat mit /language wählen.

language-unknown = Diese Sprache ist nicht verfügbar.
