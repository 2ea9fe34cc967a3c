### The Mini App (opened from the chat's menu button, /start and /help) and its buttons in the chat.

## In the chat

# Inline button under /start and /help that opens the Mini App.
app-open-button = ✨ Abrir la app de Velro
# The chat's menu button (beside the message field) that opens the Mini App. Keep it short.
app-menu-button = App de Velro
# Plain-text page shown at /app when the service was started without building the app (an operator's mistake).
app-not-built = La app de Velro aún no está disponible en este servidor. Vuelve a intentarlo más tarde.

## Everywhere in the app

# Shown while the app signs in and loads.
app-loading = Cargando…
# The tab bar at the bottom; each label sits under an icon, so keep them to one short word.
app-nav-chat = Chat
app-nav-memories = Memoria
app-nav-creations = Galería
app-nav-credits = Créditos
app-nav-persona = Persona
app-nav-live = En vivo
# Sign-in refused: the Telegram data was not signed for this bot (tampered with, or another bot's).
app-signin-forged = No pude confirmar que eres tú: los datos de Telegram no coinciden con este bot. Cierra la app y ábrela de nuevo desde el chat.
# Sign-in refused: the Telegram data is more than a day old.
app-signin-stale = Esta sesión es demasiado antigua. Cierra la app y ábrela otra vez desde el chat.
# Sign-in refused for another reason (malformed data).
app-signin-invalid = Telegram no envió los datos de inicio de sesión. Abre la app con el botón de menú del chat.
# The page was opened in a normal browser, not inside Telegram.
app-signin-outside = Abre esta app desde el chat de Velro en Telegram: allí se inicia sesión sola.
# The service could not be reached.
app-network-error = Ahora mismo no llego al servidor. Revisa tu conexión e inténtalo de nuevo.
# Generic failure of an action.
app-error = Algo salió mal. Inténtalo de nuevo.
# Button that repeats what failed.
app-retry = Reintentar
# Shown while the live connection is being re-established.
app-reconnecting = Reconectando…
# Confirmation buttons.
app-confirm = Sí
app-cancel = Cancelar
app-save = Guardar
app-delete = Eliminar
app-edit = Editar

## Chat page

# Placeholder of the message field. $name: the persona's name (e.g. Velro).
app-chat-placeholder = Escribe a { $name }…
# Send button (also its accessible label).
app-chat-send = Enviar
# Button that stops the reply being written.
app-chat-stop = Parar
# Shown in an empty conversation.
app-chat-empty = ¡Hola! Esta es la misma conversación que nuestro chat de Telegram: lo que me cuentes aquí, lo recordaré allí también.
# Under a reply: how many memories it drew on; tapping opens them. $count: how many.
app-chat-memories-used = { $count ->
    [one] Usé { $count } recuerdo
   *[other] Usé { $count } recuerdos
}
# Error under a message when the user sends too fast. $seconds: how long to wait.
app-chat-rate-limited = Escribes más rápido de lo que puedo leer: inténtalo en { $seconds } s.
# Error under a message when the reply failed or the connection dropped; the message can be sent again.
app-chat-failed = Este mensaje no recibió respuesta. Toca para enviarlo otra vez.
# Shown while a reply is being written in the Telegram chat at the same moment.
app-chat-waiting = Sigo respondiendo…

## Memory palace page

# Page title.
app-memories-title = Palacio de la memoria
# Search field placeholder.
app-memories-search = Buscar recuerdos
# Filter chip showing every room.
app-memories-all = Todo
# Empty palace.
app-memories-empty = Aún no hay nada. Háblame de ti en el chat, o añade un recuerdo tú mismo.
# No search results.
app-memories-no-results = Ningún recuerdo coincide.
# Button and form title for adding a memory.
app-memories-add = Añadir un recuerdo
# Placeholder of the new memory's text.
app-memories-add-placeholder = p. ej.: soy alérgico a los cacahuetes
# Room picker option that lets Velro choose the room from the text.
app-memories-room-auto = Que Velro elija la sala
# Button that pins a memory (always considered when Velro replies).
app-memories-pin = Fijar
# Button that unpins a memory.
app-memories-unpin = Quitar
# Badge on a pinned memory.
app-memories-pinned = 📌 Siempre presente
# Refusal when too many memories are pinned. $max: the limit.
app-memories-pin-limit = Puedes fijar hasta { $max } recuerdos. Quita uno primero.
# Asked before deleting a memory.
app-memories-delete-confirm = ¿Olvido este recuerdo? No podré recuperarlo.
# Section listing the memories Velro's last reply used.
app-memories-last-used = Usados en mi última respuesta
# How often a memory was said. $count: times.
app-memories-mentions = { $count ->
    [one] dicho una vez
   *[other] dicho { $count } veces
}

## Gallery page

# Page title.
app-creations-title = Tus creaciones
# Empty gallery.
app-creations-empty = Aún no has creado nada. Prueba /imagine en el chat: tus imágenes y vídeos aparecerán aquí.
# Creation is not set up on this bot.
app-creations-unavailable = La creación de imágenes y vídeos no está configurada en este bot.
# A creation's cost. $cost: credits.
app-creations-cost = { $cost ->
    [one] { $cost } crédito
   *[other] { $cost } créditos
}
# Button that sends a creation to the Telegram chat again.
app-creations-send = Enviar al chat
# Toast after a creation was sent.
app-creations-sent = Enviado a nuestro chat ✓
# Asked before deleting a creation.
app-creations-delete-confirm = ¿Eliminar esta creación de tu galería?
# Button loading older creations.
app-creations-more = Ver anteriores

## Credits page

# Page title.
app-credits-title = Créditos
# The balance. $balance: credits.
app-credits-balance = { $balance ->
    [one] { $balance } crédito
   *[other] { $balance } créditos
}
# Section title over the packs.
app-credits-buy = Recarga con Telegram Stars
# A pack's button. $credits: credits in it, $stars: its price in Stars.
app-credits-pack = { $credits } créditos · { $stars } ⭐
# After the payment sheet closed: paid (the credits arrive a moment later).
app-credits-paid = ¡Gracias! Tus créditos están en camino.
# After the payment sheet closed without paying.
app-credits-cancelled = Pago cancelado: no se cobró nada.
# After a failed payment.
app-credits-failed = El pago no se completó. No se cobró nada.
# While Telegram is still processing the payment.
app-credits-pending = Tu pago se está procesando…
# Section title over the ledger.
app-credits-history = Historial
# Empty ledger.
app-credits-history-empty = Todavía no hay movimientos.
# Ledger lines in plain words. $model: the creation's model, when known.
app-ledger-grant = Regalo de bienvenida
app-ledger-purchase = Comprados con Stars
app-ledger-reserve = Creación con { $model }
app-ledger-release = Reembolso por { $model }
app-ledger-capture = Creación con { $model } terminada
app-ledger-adjust = Ajuste del equipo
app-ledger-stars_refund = Stars reembolsadas
app-ledger-transfer_out = Enviados a un equipo
app-ledger-transfer_in = Recibidos de un equipo
# A ledger line of a kind the app does not know. $kind: its technical name.
app-ledger-other = { $kind }
# Shown instead of the model name when it is not known.
app-ledger-unknown-model = un modelo

## Persona and mood page

# Section title: the persona in use.
app-persona-title = Quién soy contigo
# Badge on the persona in use.
app-persona-current = Actual
# Title of the custom persona form.
app-persona-custom = Describe tu propio personaje
# Placeholder of the custom persona description.
app-persona-custom-placeholder = p. ej.: un marinero jubilado y tranquilo llamado Ned al que le encanta el té
# Button creating the custom persona.
app-persona-custom-create = Crear
# Section title: the mood.
app-mood-title = Tu ánimo últimamente
# No mood readings yet.
app-mood-none = Todavía no he notado mucho: acabamos de conocernos.
# Caption of the chart. $weeks: how many weeks it shows.
app-mood-chart = { $weeks ->
    [one] Día a día, esta semana
   *[other] Día a día, las últimas { $weeks } semanas
}
# Chart axis labels: the top (good mood) and the bottom (low mood).
app-mood-good = 🙂 bien
app-mood-low = 🙁 bajo

## Live page

# Page title.
app-live-title = En vivo
# No creation in progress.
app-live-empty = Ahora no se está creando nada. Empieza con /imagine o /video en el chat.
# A creation waiting in the provider's queue. $position: its place, when known (0 if unknown).
app-live-queued = { $position ->
    [0] En cola…
   *[other] En cola: puesto { $position }.
}
# A creation being made.
app-live-running = Creando…
# A creation that finished.
app-live-done = Listo ✓
# A creation that failed. $reason: the explanation.
app-live-failed = No funcionó: { $reason }
# Button cancelling a creation in progress.
app-live-cancel = Cancelar
# Heading of an announcement from the team.
app-live-announcement = Aviso

## Team and projects

# Tab bar label (one short word) of the Team page.
app-nav-team = Equipo
# Tab bar label (one short word) of the Projects page.
app-nav-projects = Proyectos
# Team page title.
app-team-title = Tu equipo
# The user is in no team. /team new is a bot command: keep it as is.
app-team-none = Todavía no estás en ningún equipo. Crea uno en nuestro chat con /team new y un nombre, y luego invita a gente para compartir créditos y proyectos.
# The user's role in the team shown. $role: the role's name (owner, admin, editor, viewer — already translated).
app-team-role = Aquí eres { $role }
# The team's shared credit pool. $credits: how many credits it holds.
app-team-pool = { $credits ->
    [one] 💰 Fondo común: 1 crédito
   *[other] 💰 Fondo común: { $credits } créditos
}
# The user's monthly spending limit from the pool. $spent: credits spent this month, $cap: the limit.
app-team-cap = Tu límite mensual: { $spent } de { $cap } usados
# The user has no monthly limit. $spent: credits spent from the pool this month.
app-team-no-cap = No tienes límite mensual · { $spent } usados este mes
# Heading of the member list. $count: how many members.
app-team-members = { $count ->
    [one] 1 miembro
   *[other] { $count } miembros
}
# Heading of the team's audit log (who did what), shown to owners and admins.
app-team-log = Registro de actividad
# The audit log has no lines.
app-team-log-empty = Aquí todavía no ha pasado nada.
# Footnote: the team is managed with the /team command in the chat. Keep /team as is.
app-team-hint = Invita a gente, cambia roles y pon límites con /team en nuestro chat.
# Projects page title.
app-projects-title = Proyectos
# The user has no projects. /project new is a bot command: keep it as is.
app-projects-empty = Aún no hay proyectos. Crea uno en nuestro chat con /project new y un nombre, y reúne ahí tus creaciones.
# Shown instead of a team's name for a personal project.
app-projects-personal = Personal
# How many creations a project holds. $count: the number.
app-projects-items = { $count ->
    [one] 1 creación
   *[other] { $count } creaciones
}
# An open project with no creations yet.
app-projects-nothing = Aún no hay nada — añade creaciones desde la Galería.
# Heading of the privacy switch of a project.
app-projects-privacy = Quién puede verlo
# Privacy: only the user (or, in a team, its owner, admins and the project's creator).
app-privacy-private = Privado
# Privacy: every member of the team.
app-privacy-team = Equipo
# Privacy: anyone with the link.
app-privacy-public = Público
# Above the link of a project just made public.
app-projects-public-link = Cualquiera con este enlace puede verlo (solo verlo):
# A public project whose link is no longer shown (it is shown only once, when made public).
app-projects-public-hidden = Este proyecto es público. Su enlace se muestra una sola vez, al hacerlo público: elige Público de nuevo para obtener uno nuevo (el anterior dejará de funcionar).
# Button taking a creation out of the project (the creation itself stays in the gallery).
app-projects-remove = Quitar
# Button on a gallery card that opens the list of projects to add the creation to.
app-projects-add = Añadir a proyecto
# Toast after a creation was added. $project: the project's name.
app-projects-added = Añadido a { $project } ✓
# Toast when the creation was in that project already. $project: the project's name.
app-projects-already = Ya está en { $project }
# The picker has no project the user may add to. /project new is a bot command: keep it as is.
app-projects-none-to-file = Aún no hay ningún proyecto donde puedas añadir: crea uno con /project new en nuestro chat.
# The user's role does not allow what they tried (e.g. a viewer changing privacy).
app-projects-forbidden = Tu rol en este equipo no lo permite.
