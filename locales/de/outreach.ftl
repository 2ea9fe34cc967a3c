### Erinnerungen, Nachfragen, Tagebuch und Träume: der Bot schreibt nur dann von sich aus, wenn man es eingeschaltet hat.

outreach-zone-ask = Damit die Zeit stimmt, brauche ich deine Zeitzone 🌍 In welcher Stadt bist du? Du kannst auch deinen Abstand zu UTC schicken, etwa UTC+1.
outreach-zone-placeholder = Eine Stadt, oder UTC+1
outreach-zone-unknown = Den Ort kenne ich noch nicht 🤔 Nennst du mir eine größere Stadt in der Nähe oder deinen Abstand zu UTC (zum Beispiel UTC+1 oder UTC-5)?
outreach-zone-change = Wo bist du jetzt? Antworte mit deiner Stadt oder deinem Abstand zu UTC (etwa UTC+1).
outreach-zone-set = Alles klar: { $zone } — dort ist es jetzt { $time }.
outreach-zone-unset = noch nicht angegeben
outreach-private-only = Das richten wir am besten in unserem privaten Chat ein 🙂

outreach-checkins-menu =
    💬 Ab und zu melde ich mich von selbst und frage, wie es dir geht — zu dem, was du mir erzählt hast.

    Wie oft: { $cadence }
    Ruhezeiten: { $quiet }
    Zeitzone: { $zone }
outreach-cadence-off = Aus
outreach-cadence-daily = Täglich
outreach-cadence-few = Alle paar Tage
outreach-cadence-weekly = Wöchentlich
outreach-checkins-usage = Schick /checkins, um mit Knöpfen zu wählen, oder /checkins daily, /checkins few, /checkins weekly bzw. /checkins off.
outreach-checkins-set = Nachfragen: { $cadence }
outreach-button-quiet = 🌙 Ruhezeiten: { $quiet }
outreach-button-zone = 🌍 Zeitzone ändern
outreach-quiet-none = keine

outreach-button-stop-reminder = 🔕 Meine Erinnerungen löschen
outreach-button-stop-checkin = 🔕 Nicht mehr nachfragen
outreach-button-stop-diary = 🔕 Tagebuch ausschalten
outreach-button-stop-dream = 🔕 Keine Träume mehr
outreach-stopped-toast = Erledigt 🔕
outreach-stopped-reminder = { $count ->
        [0] Okay. Es warten keine weiteren Erinnerungen.
        [one] Okay — deine andere Erinnerung ist gelöscht. /remind legt eine neue an.
       *[other] Okay — deine { $count } anderen Erinnerungen sind gelöscht. /remind legt eine neue an.
    }
outreach-stopped-checkin = Okay, ich melde mich nicht mehr von selbst 🔕 Mit /checkins schaltest du es jederzeit wieder ein.
outreach-stopped-diary = Okay, das Tagebuch ist aus. Was schon geschrieben ist, bleibt in /diary.
outreach-stopped-dream = Okay, keine Morgenträume mehr. /dreams on bringt sie zurück.

outreach-checkin-followup = Hallo { $name }! Du hattest erzählt: „{ $memory }“ — wie ist es gelaufen?
outreach-checkin-recent = Hallo { $name }, ich musste an das denken, was du mir erzählt hast: „{ $memory }“. Wie läuft es damit?
outreach-checkin-general = Hallo { $name }! Ich wollte nur mal hören — wie geht es dir heute?

outreach-reminder = ⏰ Erinnerung: { $text }
outreach-reminder-late = ⏰ Erinnerung (etwas verspätet, entschuldige): { $text }
outreach-remind-usage = Sag mir wann und was, zum Beispiel: /remind morgen um 9 Mama anrufen
outreach-remind-no-time = Ich konnte nicht erkennen, wann 🤔 Versuch es etwa mit „/remind morgen um 9 Mama anrufen“ oder „/remind in 2 Stunden Pause machen“.
outreach-remind-past = Diese Zeit ist schon vorbei — magst du eine wählen, die noch vor uns liegt?
outreach-remind-too-far = Ich kann bis zu einem Jahr im Voraus erinnern. Magst du eine frühere Zeit wählen?
outreach-remind-no-text = Und woran soll ich dich erinnern? Zum Beispiel: /remind morgen um 9 Mama anrufen
outreach-remind-set = ⏰ Mach ich! Ich erinnere dich { $when }: „{ $text }“
outreach-reminders-empty = Es warten keine Erinnerungen. /remind morgen um 9 Mama anrufen legt eine an.
outreach-reminders-list = { $count ->
        [one] ⏰ Deine Erinnerung (✖ löscht sie):
       *[other] ⏰ Deine { $count } Erinnerungen (✖ löscht eine):
    }
outreach-reminders-line = { $n }. { $when } — { $text }
outreach-reminder-cancelled = Erinnerung gelöscht
outreach-reminder-gone = Diese Erinnerung wurde schon verschickt oder gelöscht

outreach-diary-on = 📔 Tagebuch an: jeden Abend schreibe ich auf, wie sich dein Tag angefühlt hat und worüber wir gesprochen haben. /diary zeigt es.
outreach-diary-off = Tagebuch aus. Was schon geschrieben ist, bleibt; /diary zeigt es.
outreach-diary-usage = /diary zeigt dein Tagebuch; /diary on schaltet es ein, /diary off aus.
outreach-diary-empty = { $on ->
        [yes] 📔 Dein Tagebuch ist noch leer — der erste Eintrag entsteht heute Nacht.
       *[no] 📔 Dein Tagebuch ist leer. /diary on schaltet es ein: jeden Abend schreibe ich auf, wie sich dein Tag angefühlt hat und worüber wir gesprochen haben.
    }
outreach-diary-entry =
    📔 { $date }

    { $mood }

    Worüber wir gesprochen haben:
    { $summary }

    ({ $page }/{ $pages })
outreach-diary-mood-low = Der Tag war schwer.
outreach-diary-mood-even = Der Tag war ruhig und ausgeglichen.
outreach-diary-mood-high = Der Tag war hell.
outreach-diary-mood-unknown = Es gab zu wenig, um die Stimmung des Tages zu lesen.

outreach-dreams-on = 🌙 Träume an: jeden Morgen erzähle ich dir einen kurzen Traum, gewebt aus dem, was du mit mir geteilt hast. /dreams off schaltet sie aus.
outreach-dreams-on-illustrated = 🌙 Träume an, mit einem Bild, wenn es etwas zu malen gibt (kostet wie /imagine). /dreams on nur als Text, /dreams off schaltet sie aus.
outreach-dreams-off = Träume aus. Träum trotzdem schön 🌙
outreach-dreams-usage = { $state ->
        [on] 🌙 Morgenträume sind an.
        [illustrated] 🌙 Morgenträume sind an, mit Bildern.
       *[off] 🌙 Morgenträume sind aus.
    } /dreams on, /dreams illustrated oder /dreams off.
outreach-dream-message =
    🌙 Ich habe heute Nacht von dir geträumt…

    { $dream }
