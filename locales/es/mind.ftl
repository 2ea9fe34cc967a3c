# Spanish (es): /persona, /memory and /forget. Persona names are not translated.

## /persona

persona-menu =
    Ahora mismo soy { $emoji } { $name }. ¿Quién quieres que sea?

    { $list }

    O describe tu propio personaje: /persona custom <descripción>

persona-line = { $emoji } { $name } — { $tagline }

persona-tagline-velro = Tu IA de compañía, cálida y atenta, que recuerda lo que te importa
persona-tagline-kit = Lengua afilada, mucho sarcasmo y un corazón tierno
persona-tagline-sage = Una voz serena y sabia que te ayuda a pensar las cosas con calma
persona-tagline-spark = Pura chispa y buen humor: convierte cualquier cosa en una aventura
persona-tagline-atlas = Estilo conciso y profesional: respuestas claras, sin relleno

persona-chosen-toast = ¡Hecho: { $emoji } { $name }!

persona-chosen = { $emoji } Ahora soy { $name }: { $tagline }

persona-unavailable = Ese personaje ya no está disponible.

persona-custom-created =
    { $emoji } Te presento a { $name }: { $tagline }
    A partir de ahora hablaré así. Con /persona puedes volver a cambiar.

persona-custom-empty = Describe el personaje en una o dos frases, por ejemplo: /persona custom un marinero jubilado y tranquilo llamado Ned al que le encanta el té

persona-custom-too-short = Esa descripción es demasiado corta: usa al menos { $min } caracteres. Ejemplo: /persona custom un marinero jubilado y tranquilo llamado Ned al que le encanta el té

persona-custom-too-long = Esa descripción es demasiado larga: máximo { $max } caracteres (la tuya tiene { $length }). Basta con una o dos frases.

persona-custom-refused = No puedo usar ese personaje: una descripción puede moldear mi personalidad, pero no cambiar mis reglas. Prueba a describir cómo habla el personaje y cómo es.

## The memory palace: rooms

room-identity = 🪪 Sobre ti
room-people = 👥 Personas
room-work = 💼 Trabajo
room-education = 🎓 Estudios
room-hobbies = 🎨 Aficiones
room-preferences = ❤️ Gustos
room-plans = 🗓 Planes
room-events = 📅 Eventos
room-health = 🩺 Salud
room-places = 📍 Lugares
room-pets = 🐾 Mascotas
room-feelings = 💭 Sentimientos
room-episodes = 💬 Conversaciones

## /memory

memory-empty = Todavía no recuerdo nada de ti. ¡Háblame de ti!

memory-overview =
    🏛 Tu palacio de la memoria: { $memories ->
        [one] { $memories } recuerdo
       *[other] { $memories } recuerdos
    } en { $rooms ->
        [one] { $rooms } sala
       *[other] { $rooms } salas
    }. Elige una sala.

memory-page-title = { $room } — página { $page }/{ $pages }

memory-when = { $relative }, { DATETIME($date, day: "numeric", month: "short", year: "numeric") }

memory-room-empty = La sala { $room } ya está vacía.

memory-button-prev = ‹ Anterior
memory-button-rooms = « Salas
memory-button-next = Siguiente ›

memory-unknown-room = Sala desconocida.

## /forget

forget-pick = ¿Qué olvido? Elige una sala, o todo.

forget-button-everything = 🧨 Olvidarlo todo

forget-all-confirm = ¿Olvido todo lo que recuerdo de ti? No se puede deshacer.

forget-button-confirm = Sí, olvídalo todo

forget-room-done =
    Listo: olvidé { $count ->
        [one] { $count } recuerdo
       *[other] { $count } recuerdos
    } de { $room }.

forget-room-toast =
    Olvidé { $count ->
        [one] { $count } recuerdo
       *[other] { $count } recuerdos
    }.

forget-not-found = No encontré ningún recuerdo así. /memory muestra todo lo que recuerdo.

forget-one-done = Olvidado: «{ $text }»

forget-toast-forgotten = Olvidado.

forget-toast-gone = Ya no estaba.

forget-toast-wiped = Hecho.

forget-all-done =
    🧹 Listo: olvidé { $count ->
        [one] { $count } recuerdo
       *[other] los { $count } recuerdos
    }. Empezamos de cero.

forget-toast-cancelled = No se olvidó nada.

forget-cancelled = De acuerdo, lo seguiré recordando todo.
