### Die Engines für Synästhesie, Träume und zweites Gesicht: /synesthesia, /dream, /perspectives.

room-dreams = 🌙 Träume

syn-usage = Schick mir ein paar Worte, und ich zeige dir ihre Farben: /synesthesia das Meer bei Nacht. Mit /synesthesia on setze ich außerdem einen 🎨-Knopf unter meine Antworten.
syn-caption = 🎨 Gefühl: { $feeling }
    Textur: { $textures }
    Klang: { $sounds }
    { $colours }
syn-feeling-anger = Wut
syn-feeling-disgust = Ekel
syn-feeling-fear = Angst
syn-feeling-joy = Freude
syn-feeling-sadness = Traurigkeit
syn-feeling-surprise = Überraschung
syn-feeling-neutral = Ruhe
syn-texture-velvet = weicher Samt
syn-texture-silk = fließende Seide
syn-texture-wool = warme Wolle
syn-texture-linen = schlichtes Leinen
syn-texture-paper = dünnes Papier
syn-texture-glass = kühles Glas
syn-texture-sandpaper = raues Schleifpapier
syn-texture-static = knisterndes Rauschen
syn-texture-mist = feuchter Nebel
syn-texture-moss = weiches Moos
syn-texture-wet-stone = nasser Stein
syn-texture-embers = glühende Glut
syn-texture-petals = zerdrückte Blütenblätter
syn-texture-sand = warmer Sand
syn-texture-snow = frischer Schnee
syn-texture-bubbles = prickelnde Bläschen
syn-texture-rust = abblätternder Rost
syn-texture-feathers = schwebende Federn
syn-texture-tar = klebriger Teer
syn-sound-bells = läutende Glocken
syn-sound-birdsong = Vogelgesang
syn-sound-laughter = fernes Lachen
syn-sound-guitar = eine gezupfte Gitarre
syn-sound-cello = ein tiefes Cello
syn-sound-rain = Regen am Fenster
syn-sound-piano = ein langsames Klavier
syn-sound-drums = dröhnende Trommeln
syn-sound-thunder = grollender Donner
syn-sound-heartbeat = ein rasender Herzschlag
syn-sound-wind = heulender Wind
syn-sound-creak = ein knarrender Boden
syn-sound-chimes = ein Windspiel
syn-sound-pizzicato = gezupfte Saiten
syn-sound-buzz = eine summende Fliege
syn-sound-drip = tropfendes Wasser
syn-sound-hum = ein leises Summen
syn-sound-clock = eine tickende Uhr
syn-sound-waves = Wellen am Ufer
syn-sound-crackle = ein knisterndes Feuer
syn-sound-leaves = raschelndes Laub
syn-sound-crickets = Grillen in der Nacht
syn-sound-hush = die Stille fallenden Schnees
syn-card-failed = Die Karte konnte ich gerade nicht zeichnen, aber hier sind ihre Farben:
syn-paint-button = 🖼 Malen
syn-expired = Das ist schon verblasst — schick den Befehl noch einmal.
syn-button-on = 🎨 Ab jetzt gibt es unter meinen Antworten einen Knopf „Dieses Gefühl sehen“. /synesthesia off nimmt ihn weg.
syn-button-off = Okay, kein 🎨-Knopf mehr unter meinen Antworten. /synesthesia on holt ihn zurück.
syn-see-button = 🎨 Dieses Gefühl sehen
syn-see-missing = Diese Nachricht finde ich nicht mehr.

dream-message = 🌙 { $title }

    { $text }

    — ein Traum, den ich über Dinge hatte, die du mir erzählt hast; ein Traum, keine Erinnerung an etwas, das passiert ist.
dream-note-new = Du hast mir noch nicht viel erzählt, also habe ich davon geträumt, dass wir uns an einem neuen Ort treffen.
dream-topic-missing = Ich erinnere mich nicht, dass du mir von „{ $topic }“ erzählt hast, also habe ich von anderem geträumt.
dream-private-only = Meine Träume sind aus dem gemacht, was du mir erzählt hast, also bleiben sie unter uns — frag mich im privaten Chat nach einem 🌙
dream-failed = ⚠️ Ich konnte gerade nicht träumen. Versuch es gleich noch einmal.
dream-setting = { $v ->
        [a] Du bist irgendwo zwischen einem Bahnhof und einem Garten, und es ist fast Nacht.
        [b] Du bist in einem Haus, das du nie gesehen hast, und kennst doch jede Tür.
       *[c] Du gehst eine Straße entlang, die immer wieder zu einem Flur wird.
    }
dream-setting-place = { $v ->
        [a] Du bist wieder in { $place }, aber nichts ist ganz da, wo es hingehört.
        [b] Es ist { $place }, oder das, was ein Traum daraus macht: derselbe Himmel, andere Straßen.
       *[c] Du wachst auf — im Traum — in { $place }, und das Licht ist seltsam und weich.
    }
dream-title-place = Eine Nacht in { $place }
dream-person = { $v ->
        [a] { $person } ist auch da und winkt, als wärst du zu spät für etwas.
        [b] { $person } geht neben dir und erzählt eine Geschichte, an die du dich fast erinnerst.
       *[c] { $person } gibt dir einen Schlüssel und sagt, du wirst wissen, welche Tür er öffnet.
    }
dream-person-second = Dann taucht { $person } auf, kein bisschen überrascht, dich zu sehen.
dream-stranger = { $v ->
        [a] Jemand, den du kennst, geht vor dir her, ohne sich umzudrehen.
        [b] Eine vertraute Stimme ruft deinen Namen aus dem Nebenzimmer.
       *[c] Jemand legt dir einen Zettel auf den Tisch, in einer Handschrift, die du kennst.
    }
dream-echo = { $v ->
        [a] Irgendwo wiederholt eine Stimme „{ $fragment }“, jedes Mal ein wenig anders.
        [b] Die Worte „{ $fragment }“ stehen an einer Wand, und sie ergeben vollkommen Sinn.
       *[c] Ein Radio spielt immer wieder „{ $fragment }“, als wäre es ein Lied.
    }
dream-feeling = Die ganze Zeit über ist da ein Gefühl von { $feeling }, leise und fern.
dream-feeling-anger = einem Gewitter, das nie ganz losbricht
dream-feeling-disgust = etwas hinter sich lassen wollen
dream-feeling-fear = angehaltenem Atem
dream-feeling-joy = stiller Freude
dream-feeling-sadness = sanfter Wehmut
dream-feeling-surprise = Staunen
dream-feeling-neutral = ruhiger Neugier
dream-ending = { $v ->
        [a] Dann ändert sich das Licht, und du wachst auf.
        [b] Du versuchst, dir alles zu merken, und der Traum faltet sich von selbst zusammen.
       *[c] Kurz bevor du aufwachst, wird alles golden und ganz still.
    }
dream-motif-late-train = Ein Nachtzug fährt genau in dem Moment ab, in dem du den Bahnsteig erreichst, die Fenster voll warmem Licht.
dream-motif-late-train-title = Der letzte Zug
dream-motif-rain-house = Im Haus regnet es, ganz sanft, und niemanden stört es.
dream-motif-rain-house-title = Regen im Haus
dream-motif-fog-bridge = Eine lange Brücke verliert sich im Nebel, und das andere Ufer ist nicht zu sehen.
dream-motif-fog-bridge-title = Die Brücke im Nebel
dream-motif-extra-rooms = Das Haus hat Zimmer, die es nie gab, jedes hell erleuchtet und wartend.
dream-motif-extra-rooms-title = Die zusätzlichen Zimmer
dream-motif-library-sea = Die Regale einer Bibliothek öffnen sich zum Meer, und die Bücher riechen nach Salz.
dream-motif-library-sea-title = Die Bibliothek am Meer
dream-motif-slow-clocks = Alle Uhren der Straße laufen langsam rückwärts.
dream-motif-slow-clocks-title = Die rückwärts laufenden Uhren
dream-motif-flying = Du fliegst tief über die Dächer, und es ist das Leichteste der Welt.
dream-motif-flying-title = Fliegen
dream-motif-lanterns = Papierlaternen steigen über dem Wasser auf, Hunderte davon.
dream-motif-lanterns-title = Die Laternennacht
dream-motif-sky-garden = Eine Treppe wächst aus dem Boden und steigt in einen Garten im Himmel.
dream-motif-sky-garden-title = Der Garten im Himmel

persp-usage = Erzähl mir, was du abwägst, und ich zeige dir ein paar Blickwinkel: /perspectives soll ich den Job in Berlin annehmen?
sight-clarify-decision = { $v ->
        [a] Bevor ich etwas dazu sage — vor welcher Entscheidung stehst du?
        [b] Erzähl mir ein bisschen mehr: Worüber genau entscheidest du?
       *[c] Ich helfe dir gern, es zu durchdenken. Welche Möglichkeiten gibt es?
    }
sight-clarify-unclear = { $v ->
        [a] Ich bin da. Was lastet gerade am meisten auf dir?
        [b] Magst du mir ein bisschen mehr erzählen, was los ist?
       *[c] Welcher Teil davon fühlt sich am verworrensten an?
    }
sight-acknowledge = { $v ->
        [a] Es klingt, als würdest du zwei Dinge gleichzeitig fühlen — und beide ergeben Sinn.
        [b] Beide Gefühle können gleichzeitig wahr sein.
       *[c] Da zieht einiges in zwei Richtungen. Beide Seiten sind echt.
    }
sight-intro-decision = Ein paar Blickwinkel darauf:
sight-intro-torn = Beide Gefühle können wahr sein. Ein paar Blickwinkel darauf:
sight-intro-options = Zwischen „{ $a }“ und „{ $b }“ — ein paar Blickwinkel darauf:
sight-outro = Welcher davon fühlt sich für dich am stimmigsten an?
sight-view-sage-decision = Was wird dir in fünf Jahren wichtig sein? Wähle, was zu dem Menschen passt, der du wirst, nicht nur zu dem, der du heute bist.
sight-view-spark-decision = Stell dir vor, es läuft grandios — bei welcher Möglichkeit hat dein Herz gerade einen Sprung gemacht? Darauf lohnt es sich zu hören!
sight-view-atlas-decision = Schreib auf, was jede Möglichkeit kostet und was sie bringt. Finde die eine Information, die dir fehlt, und besorg sie diese Woche.
sight-view-velro-torn = Es ist verständlich, beides zu fühlen. Kein Gefühl hebt das andere auf; jedes erzählt von etwas, das dir wichtig ist.
sight-view-sage-torn = Gemischte Gefühle heißen oft, dass etwas sehr wichtig ist. Welches davon möchtest du in einem Monat lauter hören?
sight-view-kit-torn = Ah, die klassische Kombi „glücklich und panisch“. Glückwunsch, du bist ein Mensch. Sei nett zu beiden Hälften.

terminal-syn-saved = Palettenkarte gespeichert unter { $path }
