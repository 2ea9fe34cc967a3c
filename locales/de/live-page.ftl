# The live-status web page (opened from the /token link).
# Informal "du"; currency word: Credit / Credits.

live-title = Velro · Live-Status
live-token-placeholder = Token von /token hier einfügen
live-connect = Verbinden
live-not-connected = Nicht verbunden. Schick dem Bot /token, um ein Token zu bekommen.
live-balance = Guthaben
live-generations = Kreationen
live-conversation = Unterhaltung
live-events = Ereignisse
live-credits-unit = Credits
live-col-job = Auftrag
live-col-model = Modell
live-col-status = Status
live-col-progress = Fortschritt
live-col-result = Ergebnis
live-open = öffnen
live-failed = fehlgeschlagen
live-connecting = Verbinde…
live-connected = Verbunden als { $user }
live-connected-admin = Verbunden als { $user } (Admin)
live-missed = einige ältere Ereignisse wurden verpasst, während die Verbindung getrennt war
live-error = Fehler: { $message }
live-disconnected-fatal = Getrennt: { $reason }. Hol dir mit /token ein neues Token.
live-reconnecting = Getrennt ({ $reason }); neuer Versuch in { $seconds } s…
