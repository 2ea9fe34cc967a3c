### The Mini App (opened from the chat's menu button, /start and /help) and its buttons in the chat.

## In the chat

# Inline button under /start and /help that opens the Mini App.
app-open-button = ✨ Velro-App öffnen
# The chat's menu button (beside the message field) that opens the Mini App. Keep it short.
app-menu-button = Velro-App
# Plain-text page shown at /app when the service was started without building the app (an operator's mistake).
app-not-built = Die Velro-App ist auf diesem Server noch nicht verfügbar. Bitte versuch es später noch einmal.

## Everywhere in the app

# Shown while the app signs in and loads.
app-loading = Wird geladen…
# The tab bar at the bottom; each label sits under an icon, so keep them to one short word.
app-nav-chat = Chat
app-nav-memories = Erinnern
app-nav-creations = Galerie
app-nav-credits = Credits
app-nav-persona = Persona
app-nav-live = Live
# Sign-in refused: the Telegram data was not signed for this bot (tampered with, or another bot's).
app-signin-forged = Ich konnte nicht bestätigen, dass du es bist: Die Anmeldedaten von Telegram passen nicht zu diesem Bot. Schließ die App und öffne sie erneut aus dem Chat.
# Sign-in refused: the Telegram data is more than a day old.
app-signin-stale = Diese Sitzung ist zu alt. Schließ die App und öffne sie erneut aus dem Chat.
# Sign-in refused for another reason (malformed data).
app-signin-invalid = Telegram hat keine Anmeldedaten mitgeschickt. Öffne die App über den Menü-Button im Chat.
# The page was opened in a normal browser, not inside Telegram.
app-signin-outside = Öffne diese App aus dem Chat mit Velro in Telegram – dort meldest du dich automatisch an.
# The service could not be reached.
app-network-error = Ich erreiche den Server gerade nicht. Prüf deine Verbindung und versuch es noch einmal.
# Generic failure of an action.
app-error = Etwas ist schiefgelaufen. Bitte versuch es noch einmal.
# Button that repeats what failed.
app-retry = Nochmal versuchen
# Shown while the live connection is being re-established.
app-reconnecting = Verbinde neu…
# Confirmation buttons.
app-confirm = Ja
app-cancel = Abbrechen
app-save = Speichern
app-delete = Löschen
app-edit = Bearbeiten

## Chat page

# Placeholder of the message field. $name: the persona's name (e.g. Velro).
app-chat-placeholder = Nachricht an { $name }…
# Send button (also its accessible label).
app-chat-send = Senden
# Button that stops the reply being written.
app-chat-stop = Stopp
# Shown in an empty conversation.
app-chat-empty = Hallo! Das ist dasselbe Gespräch wie unser Chat in Telegram – was du mir hier erzählst, weiß ich dort auch.
# Under a reply: how many memories it drew on; tapping opens them. $count: how many.
app-chat-memories-used = { $count ->
    [one] { $count } Erinnerung genutzt
   *[other] { $count } Erinnerungen genutzt
}
# Error under a message when the user sends too fast. $seconds: how long to wait.
app-chat-rate-limited = Du schreibst schneller, als ich lesen kann – versuch es in { $seconds } s noch einmal.
# Error under a message when the reply failed or the connection dropped; the message can be sent again.
app-chat-failed = Auf diese Nachricht kam keine Antwort. Tippe, um sie noch einmal zu senden.
# Shown while a reply is being written in the Telegram chat at the same moment.
app-chat-waiting = Ich antworte noch…

## Memory palace page

# Page title.
app-memories-title = Gedächtnispalast
# Search field placeholder.
app-memories-search = Erinnerungen durchsuchen
# Filter chip showing every room.
app-memories-all = Alle
# Empty palace.
app-memories-empty = Noch ist hier nichts. Erzähl mir im Chat von dir – oder füge selbst eine Erinnerung hinzu.
# No search results.
app-memories-no-results = Keine Erinnerung passt dazu.
# Button and form title for adding a memory.
app-memories-add = Erinnerung hinzufügen
# Placeholder of the new memory's text.
app-memories-add-placeholder = z. B. Ich bin allergisch gegen Erdnüsse
# Room picker option that lets Velro choose the room from the text.
app-memories-room-auto = Velro den Raum wählen lassen
# Button that pins a memory (always considered when Velro replies).
app-memories-pin = Anheften
# Button that unpins a memory.
app-memories-unpin = Lösen
# Badge on a pinned memory.
app-memories-pinned = 📌 Immer im Kopf
# Refusal when too many memories are pinned. $max: the limit.
app-memories-pin-limit = Du kannst bis zu { $max } Erinnerungen anheften. Löse zuerst eine.
# Asked before deleting a memory.
app-memories-delete-confirm = Diese Erinnerung vergessen? Ich kann sie danach nicht zurückholen.
# Section listing the memories Velro's last reply used.
app-memories-last-used = In meiner letzten Antwort genutzt
# How often a memory was said. $count: times.
app-memories-mentions = { $count ->
    [one] einmal gesagt
   *[other] { $count }-mal gesagt
}

## Gallery page

# Page title.
app-creations-title = Deine Werke
# Empty gallery.
app-creations-empty = Noch nichts erstellt. Probier /imagine im Chat – deine Bilder und Videos erscheinen hier.
# Creation is not set up on this bot.
app-creations-unavailable = Bild- und Videoerstellung ist bei diesem Bot nicht eingerichtet.
# A creation's cost. $cost: credits.
app-creations-cost = { $cost ->
    [one] { $cost } Credit
   *[other] { $cost } Credits
}
# Button that sends a creation to the Telegram chat again.
app-creations-send = In den Chat senden
# Toast after a creation was sent.
app-creations-sent = In unseren Chat geschickt ✓
# Asked before deleting a creation.
app-creations-delete-confirm = Dieses Werk aus deiner Galerie löschen?
# Button loading older creations.
app-creations-more = Ältere zeigen

## Credits page

# Page title.
app-credits-title = Credits
# The balance. $balance: credits.
app-credits-balance = { $balance ->
    [one] { $balance } Credit
   *[other] { $balance } Credits
}
# Section title over the packs.
app-credits-buy = Mit Telegram Stars aufladen
# A pack's button. $credits: credits in it, $stars: its price in Stars.
app-credits-pack = { $credits } Credits · { $stars } ⭐
# After the payment sheet closed: paid (the credits arrive a moment later).
app-credits-paid = Danke! Deine Credits sind unterwegs.
# After the payment sheet closed without paying.
app-credits-cancelled = Zahlung abgebrochen – nichts wurde berechnet.
# After a failed payment.
app-credits-failed = Die Zahlung hat nicht geklappt. Nichts wurde berechnet.
# While Telegram is still processing the payment.
app-credits-pending = Deine Zahlung wird bearbeitet…
# Section title over the ledger.
app-credits-history = Verlauf
# Empty ledger.
app-credits-history-empty = Noch keine Buchungen.
# Ledger lines in plain words. $model: the creation's model, when known.
app-ledger-grant = Willkommensgeschenk
app-ledger-purchase = Mit Stars gekauft
app-ledger-reserve = Werk mit { $model }
app-ledger-release = Erstattung für { $model }
app-ledger-capture = Werk mit { $model } fertig
app-ledger-adjust = Korrektur durch das Team
app-ledger-stars_refund = Stars erstattet
app-ledger-transfer_out = An ein Team übertragen
app-ledger-transfer_in = Von einem Team erhalten
# A ledger line of a kind the app does not know. $kind: its technical name.
app-ledger-other = { $kind }
# Shown instead of the model name when it is not known.
app-ledger-unknown-model = ein Modell

## Persona and mood page

# Section title: the persona in use.
app-persona-title = Wer ich für dich bin
# Badge on the persona in use.
app-persona-current = Aktuell
# Title of the custom persona form.
app-persona-custom = Beschreib deinen eigenen Charakter
# Placeholder of the custom persona description.
app-persona-custom-placeholder = z. B. ein ruhiger Seemann im Ruhestand namens Ned, der Tee liebt
# Button creating the custom persona.
app-persona-custom-create = Erstellen
# Section title: the mood.
app-mood-title = Deine Stimmung in letzter Zeit
# No mood readings yet.
app-mood-none = Bisher ist mir noch nicht viel aufgefallen – wir kennen uns ja gerade erst.
# Caption of the chart. $weeks: how many weeks it shows.
app-mood-chart = { $weeks ->
    [one] Tag für Tag, diese Woche
   *[other] Tag für Tag, die letzten { $weeks } Wochen
}
# Chart axis labels: the top (good mood) and the bottom (low mood).
app-mood-good = 🙂 gut
app-mood-low = 🙁 gedrückt

## Live page

# Page title.
app-live-title = Live
# No creation in progress.
app-live-empty = Gerade entsteht nichts. Starte mit /imagine oder /video im Chat.
# A creation waiting in the provider's queue. $position: its place, when known (0 if unknown).
app-live-queued = { $position ->
    [0] In der Warteschlange…
   *[other] In der Warteschlange: Platz { $position }.
}
# A creation being made.
app-live-running = Wird erstellt…
# A creation that finished.
app-live-done = Fertig ✓
# A creation that failed. $reason: the explanation.
app-live-failed = Hat nicht geklappt: { $reason }
# Button cancelling a creation in progress.
app-live-cancel = Abbrechen
# Heading of an announcement from the team.
app-live-announcement = Ankündigung

## Team and projects

# Tab bar label (one short word) of the Team page.
app-nav-team = Team
# Tab bar label (one short word) of the Projects page.
app-nav-projects = Projekte
# Team page title.
app-team-title = Dein Team
# The user is in no team. /team new is a bot command: keep it as is.
app-team-none = Du bist noch in keinem Team. Gründe eins in unserem Chat mit /team new und einem Namen – und lade dann Leute ein, Credits und Projekte mit dir zu teilen.
# The user's role in the team shown. $role: the role's name (owner, admin, editor, viewer — already translated).
app-team-role = Deine Rolle hier: { $role }
# The team's shared credit pool. $credits: how many credits it holds.
app-team-pool = { $credits ->
    [one] 💰 Gemeinsamer Topf: 1 Credit
   *[other] 💰 Gemeinsamer Topf: { $credits } Credits
}
# The user's monthly spending limit from the pool. $spent: credits spent this month, $cap: the limit.
app-team-cap = Dein Monatslimit: { $spent } von { $cap } verbraucht
# The user has no monthly limit. $spent: credits spent from the pool this month.
app-team-no-cap = Kein Monatslimit für dich · { $spent } diesen Monat verbraucht
# Heading of the member list. $count: how many members.
app-team-members = { $count ->
    [one] 1 Mitglied
   *[other] { $count } Mitglieder
}
# Heading of the team's audit log (who did what), shown to owners and admins.
app-team-log = Protokoll
# The audit log has no lines.
app-team-log-empty = Hier ist noch nichts passiert.
# Footnote: the team is managed with the /team command in the chat. Keep /team as is.
app-team-hint = Leute einladen, Rollen ändern und Limits setzen: mit /team in unserem Chat.
# Projects page title.
app-projects-title = Projekte
# The user has no projects. /project new is a bot command: keep it as is.
app-projects-empty = Noch keine Projekte. Leg eins in unserem Chat mit /project new und einem Namen an und sammle deine Werke darin.
# Shown instead of a team's name for a personal project.
app-projects-personal = Persönlich
# How many creations a project holds. $count: the number.
app-projects-items = { $count ->
    [one] 1 Werk
   *[other] { $count } Werke
}
# An open project with no creations yet.
app-projects-nothing = Noch leer – füge Werke aus der Galerie hinzu.
# Heading of the privacy switch of a project.
app-projects-privacy = Wer es sehen kann
# Privacy: only the user (or, in a team, its owner, admins and the project's creator).
app-privacy-private = Privat
# Privacy: every member of the team.
app-privacy-team = Team
# Privacy: anyone with the link.
app-privacy-public = Öffentlich
# Above the link of a project just made public.
app-projects-public-link = Alle mit diesem Link können es ansehen (nur ansehen):
# A public project whose link is no longer shown (it is shown only once, when made public).
app-projects-public-hidden = Dieses Projekt ist öffentlich. Der Link wird nur einmal gezeigt, beim Veröffentlichen – wähle noch einmal „Öffentlich“ für einen neuen Link (der alte funktioniert dann nicht mehr).
# Button taking a creation out of the project (the creation itself stays in the gallery).
app-projects-remove = Herausnehmen
# Button on a gallery card that opens the list of projects to add the creation to.
app-projects-add = Zum Projekt
# Toast after a creation was added. $project: the project's name.
app-projects-added = Zu { $project } hinzugefügt ✓
# Toast when the creation was in that project already. $project: the project's name.
app-projects-already = Ist schon in { $project }
# The picker has no project the user may add to. /project new is a bot command: keep it as is.
app-projects-none-to-file = Noch kein Projekt, in das du etwas legen kannst – leg eins mit /project new in unserem Chat an.
# The user's role does not allow what they tried (e.g. a viewer changing privacy).
app-projects-forbidden = Deine Rolle in diesem Team erlaubt das nicht.
