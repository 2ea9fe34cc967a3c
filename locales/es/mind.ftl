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

## /mood

mood-unknown = Todavía no sé bien cómo está tu ánimo. Háblame un poco y me daré cuenta.

mood-overall-very-low = Últimamente se te ve con el ánimo bastante bajo.
mood-overall-low = Últimamente se te ve con el ánimo un poco bajo.
mood-overall-even = Últimamente se te ve con el ánimo bastante estable.
mood-overall-high = Últimamente se te ve de buen humor.
mood-overall-very-high = Últimamente se te ve de un humor estupendo.

mood-streak =
    Ya llevas así { $days ->
        [one] { $days } día
       *[other] { $days } días
    }.

mood-energy-high = También noto bastante tensión en ti.
mood-energy-low = También se te nota con poca energía.

mood-salient-anger = Se nota algo de frustración en tus mensajes.
mood-salient-disgust = Parece que hay algo que de verdad te desagrada.
mood-salient-fear = He notado algo de preocupación en lo que dices.
mood-salient-joy = Ha habido mucha alegría en tus mensajes.
mood-salient-sadness = Hay algo de tristeza en lo que escribes.
mood-salient-surprise = Bastantes cosas te han tomado por sorpresa.

mood-sure-high =
    Me baso en { $samples ->
        [one] { $samples } mensaje
       *[other] { $samples } mensajes
    }, y tengo muy pocas dudas.
mood-sure-medium =
    Me baso en { $samples ->
        [one] { $samples } mensaje
       *[other] { $samples } mensajes
    }, y creo que es bastante acertado.
mood-sure-low =
    Me baso en { $samples ->
        [one] { $samples } mensaje
       *[other] { $samples } mensajes
    }, pero es solo una primera impresión, así que no lo tengo muy claro.
mood-sure-lexicon =
    Me baso en { $samples ->
        [one] { $samples } mensaje
       *[other] { $samples } mensajes
    }, pero en tu idioma solo reconozco unas pocas palabras de sentimientos, así que es una estimación a grandes rasgos.

mood-stance-comforting = Te haré compañía con cariño; aquí estoy para ti.
mood-stance-soothing = Mantendremos las cosas tranquilas y sencillas entre tú y yo.
mood-stance-upbeat = ¡Me alegra compartir el buen humor contigo!
mood-stance-playful = Yo también estoy de humor juguetón.
mood-stance-steady = Mantendré la calma y simplemente te escucharé.
mood-stance-reserved = Hablaré un poco menos y dejaré que tú lleves la conversación.
