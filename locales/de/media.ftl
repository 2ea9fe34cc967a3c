### Fotos und Dokumente, die jemand schickt: Fotos sieht sich ein Modell an, das sehen kann; Dokumente werden gelesen und im Gedächtnis behalten.

photo-not-set-up = Fotos kann ich mir bei diesem Bot noch nicht ansehen 📷 Magst du mir in Worten erzählen, was drauf ist?
photo-too-big = Das Bild ist zu groß, um es zu öffnen (ich nehme Dateien bis { $max } MB). Magst du es als normales Foto schicken?
photo-no-credits = Ein Foto anzusehen kostet { $cost } Credits, und du hast { $balance }. Mit /buy lädst du auf — oder beschreib mir das Foto in Worten.
photo-refused = Tut mir leid, dieses Bild kann ich mir nicht ansehen — das Modell, mit dem ich sehe, hat es abgelehnt. Es wurde nichts berechnet. Magst du mir davon erzählen?
photo-failed = ⚠️ Ich konnte mir das Foto gerade nicht ansehen. Versuch es bitte gleich noch einmal.
media-refunded = { $credits ->
        [one] { $credits } Credit wurde
       *[other] { $credits } Credits wurden
    } deinem Guthaben wieder gutgeschrieben.
doc-unsupported = { $extension ->
        [none] „{ $name }“ kann ich nicht öffnen — ich lese Text-, Markdown- und PDF-Dateien. Magst du es in einem dieser Formate schicken?
       *[other] .{ $extension }-Dateien wie „{ $name }“ kann ich nicht öffnen — ich lese Text-, Markdown- und PDF-Dateien. Magst du es in einem dieser Formate schicken?
    }
doc-too-big = „{ $name }“ ist mir zu groß — ich lese Dateien bis { $max } MB. Magst du einen kleineren Teil schicken?
doc-too-many-pages = „{ $name }“ hat { $pages } Seiten, ich lese bis zu { $max }. Magst du mir den Teil schicken, den ich mir ansehen soll?
doc-no-credits = Ein Dokument zu lesen kostet { $cost } Credits, und du hast { $balance }. Mit /buy lädst du auf — oder füg den Teil, den du brauchst, als Text ein.
doc-corrupt = Ich konnte „{ $name }“ nicht öffnen — die Datei scheint beschädigt zu sein, oder sie ist gar kein Text oder PDF. Magst du sie neu exportieren und noch mal schicken?
doc-protected = „{ $name }“ ist passwortgeschützt, deshalb kann ich es nicht lesen. Magst du eine Kopie ohne Passwort schicken?
doc-scanned = „{ $name }“ sieht nach einem gescannten PDF aus — die Seiten sind Bilder, ohne Text, den ich lesen kann. Schick mir die Seiten als Fotos, dann sehe ich sie mir an, oder füg den Text ein.
doc-empty = „{ $name }“ ist leer — ich habe keinen Text darin gefunden.
doc-failed = ⚠️ Ich konnte „{ $name }“ gerade nicht lesen. Versuch bitte gleich, es noch einmal zu schicken.
doc-truncated = 📄 „{ $name }“ ist lang — ich habe den Anfang gelesen und behalten, etwa siebzig Seiten.
doc-kept = 📄 „{ $name }“ ist angekommen{ $pages ->
        [0] {""}
        [one] {" "}({ $pages } Seite)
       *[other] {" "}({ $pages } Seiten)
    } — ich habe es gelesen und behalte es im Gedächtnis. Mit /forget entfernst du es, wann immer du willst.
room-documents = 📄 Dokumente
