### The Mini App (opened from the chat's menu button, /start and /help) and its buttons in the chat.

## In the chat

# Inline button under /start and /help that opens the Mini App.
app-open-button = ✨ Apri l'app di Velro
# The chat's menu button (beside the message field) that opens the Mini App. Keep it short.
app-menu-button = App di Velro
# Plain-text page shown at /app when the service was started without building the app (an operator's mistake).
app-not-built = L'app di Velro non è ancora disponibile su questo server. Riprova più tardi.

## Everywhere in the app

# Shown while the app signs in and loads.
app-loading = Caricamento…
# The tab bar at the bottom; each label sits under an icon, so keep them to one short word.
app-nav-chat = Chat
app-nav-memories = Memoria
app-nav-creations = Galleria
app-nav-credits = Crediti
app-nav-persona = Persona
app-nav-live = Dal vivo
# Sign-in refused: the Telegram data was not signed for this bot (tampered with, or another bot's).
app-signin-forged = Non sono riuscito a confermare che sei tu: i dati di accesso di Telegram non corrispondono a questo bot. Chiudi l'app e riaprila dalla chat.
# Sign-in refused: the Telegram data is more than a day old.
app-signin-stale = Questa sessione è troppo vecchia. Chiudi l'app e riaprila dalla chat.
# Sign-in refused for another reason (malformed data).
app-signin-invalid = Telegram non ha inviato i dati di accesso. Apri l'app con il pulsante del menu nella chat.
# The page was opened in a normal browser, not inside Telegram.
app-signin-outside = Apri questa app dalla chat di Velro su Telegram: lì l'accesso avviene da solo.
# The service could not be reached.
app-network-error = Ora non riesco a raggiungere il server. Controlla la connessione e riprova.
# Generic failure of an action.
app-error = Qualcosa è andato storto. Riprova.
# Button that repeats what failed.
app-retry = Riprova
# Shown while the live connection is being re-established.
app-reconnecting = Mi riconnetto…
# Confirmation buttons.
app-confirm = Sì
app-cancel = Annulla
app-save = Salva
app-delete = Elimina
app-edit = Modifica

## Chat page

# Placeholder of the message field. $name: the persona's name (e.g. Velro).
app-chat-placeholder = Scrivi a { $name }…
# Send button (also its accessible label).
app-chat-send = Invia
# Button that stops the reply being written.
app-chat-stop = Ferma
# Shown in an empty conversation.
app-chat-empty = Ciao! È la stessa conversazione della nostra chat su Telegram: quello che mi racconti qui lo ricorderò anche lì.
# Under a reply: how many memories it drew on; tapping opens them. $count: how many.
app-chat-memories-used = { $count ->
    [one] Ho usato { $count } ricordo
   *[other] Ho usato { $count } ricordi
}
# Error under a message when the user sends too fast. $seconds: how long to wait.
app-chat-rate-limited = Scrivi più veloce di quanto riesca a leggere: riprova tra { $seconds } s.
# Error under a message when the reply failed or the connection dropped; the message can be sent again.
app-chat-failed = Questo messaggio non ha avuto risposta. Tocca per inviarlo di nuovo.
# Shown while a reply is being written in the Telegram chat at the same moment.
app-chat-waiting = Sto ancora rispondendo…

## Memory palace page

# Page title.
app-memories-title = Palazzo della memoria
# Search field placeholder.
app-memories-search = Cerca tra i ricordi
# Filter chip showing every room.
app-memories-all = Tutto
# Empty palace.
app-memories-empty = Ancora niente. Raccontami di te in chat, oppure aggiungi tu un ricordo.
# No search results.
app-memories-no-results = Nessun ricordo corrisponde.
# Button and form title for adding a memory.
app-memories-add = Aggiungi un ricordo
# Placeholder of the new memory's text.
app-memories-add-placeholder = es.: sono allergico alle arachidi
# Room picker option that lets Velro choose the room from the text.
app-memories-room-auto = Lascia scegliere la stanza a Velro
# Button that pins a memory (always considered when Velro replies).
app-memories-pin = Fissa
# Button that unpins a memory.
app-memories-unpin = Sblocca
# Badge on a pinned memory.
app-memories-pinned = 📌 Sempre a mente
# Refusal when too many memories are pinned. $max: the limit.
app-memories-pin-limit = Puoi fissare fino a { $max } ricordi. Prima sbloccane uno.
# Asked before deleting a memory.
app-memories-delete-confirm = Dimentico questo ricordo? Non potrò recuperarlo.
# Section listing the memories Velro's last reply used.
app-memories-last-used = Usati nella mia ultima risposta
# How often a memory was said. $count: times.
app-memories-mentions = { $count ->
    [one] detto una volta
   *[other] detto { $count } volte
}

## Gallery page

# Page title.
app-creations-title = Le tue creazioni
# Empty gallery.
app-creations-empty = Ancora nessuna creazione. Prova /imagine in chat: le tue immagini e i tuoi video appariranno qui.
# Creation is not set up on this bot.
app-creations-unavailable = La creazione di immagini e video non è configurata su questo bot.
# A creation's cost. $cost: credits.
app-creations-cost = { $cost ->
    [one] { $cost } credito
   *[other] { $cost } crediti
}
# Button that sends a creation to the Telegram chat again.
app-creations-send = Invia in chat
# Toast after a creation was sent.
app-creations-sent = Inviato nella nostra chat ✓
# Asked before deleting a creation.
app-creations-delete-confirm = Eliminare questa creazione dalla galleria?
# Button loading older creations.
app-creations-more = Mostra precedenti

## Credits page

# Page title.
app-credits-title = Crediti
# The balance. $balance: credits.
app-credits-balance = { $balance ->
    [one] { $balance } credito
   *[other] { $balance } crediti
}
# Section title over the packs.
app-credits-buy = Ricarica con le Telegram Stars
# A pack's button. $credits: credits in it, $stars: its price in Stars.
app-credits-pack = { $credits } crediti · { $stars } ⭐
# After the payment sheet closed: paid (the credits arrive a moment later).
app-credits-paid = Grazie! I tuoi crediti stanno arrivando.
# After the payment sheet closed without paying.
app-credits-cancelled = Pagamento annullato: non è stato addebitato nulla.
# After a failed payment.
app-credits-failed = Il pagamento non è andato a buon fine. Non è stato addebitato nulla.
# While Telegram is still processing the payment.
app-credits-pending = Il pagamento è in elaborazione…
# Section title over the ledger.
app-credits-history = Cronologia
# Empty ledger.
app-credits-history-empty = Ancora nessun movimento.
# Ledger lines in plain words. $model: the creation's model, when known.
app-ledger-grant = Regalo di benvenuto
app-ledger-purchase = Acquistati con le Stars
app-ledger-reserve = Creazione con { $model }
app-ledger-release = Rimborso per { $model }
app-ledger-capture = Creazione con { $model } completata
app-ledger-adjust = Correzione del team
app-ledger-stars_refund = Stars rimborsate
app-ledger-transfer_out = Trasferiti a un team
app-ledger-transfer_in = Ricevuti da un team
# A ledger line of a kind the app does not know. $kind: its technical name.
app-ledger-other = { $kind }
# Shown instead of the model name when it is not known.
app-ledger-unknown-model = un modello

## Persona and mood page

# Section title: the persona in use.
app-persona-title = Chi sono con te
# Badge on the persona in use.
app-persona-current = Attuale
# Title of the custom persona form.
app-persona-custom = Descrivi il tuo personaggio
# Placeholder of the custom persona description.
app-persona-custom-placeholder = es.: un marinaio in pensione, tranquillo, di nome Ned, che adora il tè
# Button creating the custom persona.
app-persona-custom-create = Crea
# Section title: the mood.
app-mood-title = Il tuo umore di recente
# No mood readings yet.
app-mood-none = Non ho ancora notato molto: ci siamo appena conosciuti.
# Caption of the chart. $weeks: how many weeks it shows.
app-mood-chart = { $weeks ->
    [one] Giorno per giorno, questa settimana
   *[other] Giorno per giorno, nelle ultime { $weeks } settimane
}
# Chart axis labels: the top (good mood) and the bottom (low mood).
app-mood-good = 🙂 bene
app-mood-low = 🙁 giù

## Live page

# Page title.
app-live-title = Dal vivo
# No creation in progress.
app-live-empty = Al momento non si sta creando nulla. Inizia con /imagine o /video in chat.
# A creation waiting in the provider's queue. $position: its place, when known (0 if unknown).
app-live-queued = { $position ->
    [0] In coda…
   *[other] In coda: posizione { $position }.
}
# A creation being made.
app-live-running = Sto creando…
# A creation that finished.
app-live-done = Fatto ✓
# A creation that failed. $reason: the explanation.
app-live-failed = Non è riuscito: { $reason }
# Button cancelling a creation in progress.
app-live-cancel = Annulla
# Heading of an announcement from the team.
app-live-announcement = Annuncio

## Team and projects

# Tab bar label (one short word) of the Team page.
app-nav-team = Team
# Tab bar label (one short word) of the Projects page.
app-nav-projects = Progetti
# Team page title.
app-team-title = Il tuo team
# The user is in no team. /team new is a bot command: keep it as is.
app-team-none = Non sei ancora in un team. Creane uno nella nostra chat con /team new e un nome, poi invita qualcuno a condividere crediti e progetti con te.
# The user's role in the team shown. $role: the role's name (owner, admin, editor, viewer — already translated).
app-team-role = Qui sei { $role }
# The team's shared credit pool. $credits: how many credits it holds.
app-team-pool = { $credits ->
    [one] 💰 Fondo comune: 1 credito
   *[other] 💰 Fondo comune: { $credits } crediti
}
# The user's monthly spending limit from the pool. $spent: credits spent this month, $cap: the limit.
app-team-cap = Il tuo limite mensile: { $spent } su { $cap } usati
# The user has no monthly limit. $spent: credits spent from the pool this month.
app-team-no-cap = Nessun limite mensile per te · { $spent } usati questo mese
# Heading of the member list. $count: how many members.
app-team-members = { $count ->
    [one] 1 membro
   *[other] { $count } membri
}
# Heading of the team's audit log (who did what), shown to owners and admins.
app-team-log = Registro attività
# The audit log has no lines.
app-team-log-empty = Qui non è ancora successo niente.
# Footnote: the team is managed with the /team command in the chat. Keep /team as is.
app-team-hint = Invita persone, cambia ruoli e imposta limiti con /team nella nostra chat.
# Projects page title.
app-projects-title = Progetti
# The user has no projects. /project new is a bot command: keep it as is.
app-projects-empty = Ancora nessun progetto. Creane uno nella nostra chat con /project new e un nome, e raccoglici le tue creazioni.
# Shown instead of a team's name for a personal project.
app-projects-personal = Personale
# How many creations a project holds. $count: the number.
app-projects-items = { $count ->
    [one] 1 creazione
   *[other] { $count } creazioni
}
# An open project with no creations yet.
app-projects-nothing = Ancora vuoto — aggiungi creazioni dalla Galleria.
# Heading of the privacy switch of a project.
app-projects-privacy = Chi può vederlo
# Privacy: only the user (or, in a team, its owner, admins and the project's creator).
app-privacy-private = Privato
# Privacy: every member of the team.
app-privacy-team = Team
# Privacy: anyone with the link.
app-privacy-public = Pubblico
# Above the link of a project just made public.
app-projects-public-link = Chiunque abbia questo link può guardare (solo guardare):
# A public project whose link is no longer shown (it is shown only once, when made public).
app-projects-public-hidden = Questo progetto è pubblico. Il link si vede una volta sola, quando diventa pubblico: scegli di nuovo Pubblico per un link nuovo (quello vecchio smetterà di funzionare).
# Button taking a creation out of the project (the creation itself stays in the gallery).
app-projects-remove = Togli
# Button on a gallery card that opens the list of projects to add the creation to.
app-projects-add = Aggiungi a progetto
# Toast after a creation was added. $project: the project's name.
app-projects-added = Aggiunto a { $project } ✓
# Toast when the creation was in that project already. $project: the project's name.
app-projects-already = È già in { $project }
# The picker has no project the user may add to. /project new is a bot command: keep it as is.
app-projects-none-to-file = Ancora nessun progetto in cui puoi aggiungere: creane uno con /project new nella nostra chat.
# The user's role does not allow what they tried (e.g. a viewer changing privacy).
app-projects-forbidden = Il tuo ruolo in questo team non lo consente.
