# The command menu and the bot's profile. Command names are never translated.
# Informal "du"; currency word: Credit / Credits.
# Descriptions: 1-256 characters; bot-name <= 64, bot-description <= 512, bot-short-description <= 120.

cmd-start = Velro kennenlernen und registrieren
cmd-help = Was ich kann und alle Befehle
cmd-reset = Ein neues Gespräch beginnen
cmd-cancel = Die Antwort stoppen, die ich gerade schreibe
cmd-persona = Meinen Charakter wählen oder /persona custom <Beschreibung>
cmd-mood = Was mir an deiner Stimmung aufgefallen ist
cmd-memory = Was ich über dich weiß, Raum für Raum
cmd-forget = Eine Erinnerung, einen Raum oder alles vergessen
cmd-imagine = Bild erstellen: /imagine <was ich malen soll>
cmd-video = Video erstellen: /video <was passieren soll>
cmd-edit = Auf ein Foto antworten mit /edit <was sich ändern soll>
cmd-models = Bild- und Videomodelle und ihre Preise
cmd-balance = Deine Credits
cmd-history = Deine letzten Kreationen
cmd-projects = Deine Projekte und die deines Teams
cmd-project = Projekt anlegen, Kreation hinzufügen, Sichtbarkeit wählen
cmd-transfer = Auf eine Kreation antworten, um sie jemandem im Team zu geben
cmd-team = Dein Team: Mitglieder, gemeinsame Credits, Einladungen
cmd-buy = Credits mit Telegram Stars kaufen
cmd-paysupport = Hilfe bei einer Zahlung
cmd-terms = Bedingungen für Credits und Kreationen
cmd-token = Ein Token für die Live-Statusseite und den WebSocket
cmd-export = Alles herunterladen, was ich über dich speichere (JSON)
cmd-deletedata = Deine Daten löschen (mit Rückfrage)
cmd-language = Die Sprache wählen, in der ich spreche

bot-name = Velro
bot-description =
    Velro ist ein KI-Begleiter, der dir zuhört, sich merkt, was dir wichtig ist, und dir Gesellschaft leistet – im privaten Chat und in Gruppen.

    Erzähl von deinem Tag, such mir mit /persona einen Charakter aus, erstelle mit /imagine und /video Bilder und Videos und wähle mit /language meine Sprache.
bot-short-description = Dein herzlicher KI-Begleiter: redet mit dir, merkt sich, was dir wichtig ist, und erstellt Bilder und Videos.

cmd-transcripts = Zitieren, was ich in deinen Sprachnachrichten gehört habe (an/aus)
cmd-voice = Antworte mir mit Sprachnachrichten (an/aus, Stimme auf Stimme)

cmd-animate = Ein Foto zum Leben erwecken: antworte darauf mit /animate

# Reaching out: check-ins, reminders, diary, dreams.
cmd-checkins = Ich melde mich ab und zu bei dir (wie oft, Ruhezeiten)
cmd-remind = Erinnerung: /remind morgen um 9 Mama anrufen
cmd-reminders = Deine Erinnerungen, mit Knöpfen zum Löschen
cmd-diary = Dein Tagebuch: Stimmung und worüber wir sprachen (on/off)
cmd-dreams = Jeden Morgen ein Traum aus deinen Erinnerungen (on/off)
cmd-dream = Ein Traum aus dem, was du mir erzählt hast; /dream about <Thema>
cmd-synesthesia = Die Farben, die Textur und der Klang deiner Worte
cmd-perspectives = Ein paar Blickwinkel auf eine Entscheidung oder ein verworrenes Gefühl
