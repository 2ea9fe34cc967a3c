# Spanish (es): /export, /deletedata, /token and /broadcast.

## /export and /deletedata

privacy-private-only = 🔒 Por tu privacidad, esto solo funciona en nuestro chat privado.

export-caption = 📦 Todo lo que guardo sobre ti: perfil, estado interno, recuerdos (también los fijados), ánimo por día, historial de conversaciones, registro de créditos, pagos, creaciones, equipos y proyectos, recordatorios, mensajes para saber cómo estás y diario, respuestas de voz y ajustes.

delete-confirm =
    ⚠️ ¿Borrar todos tus datos? Tu perfil, tus recuerdos, mi estado interno, el historial de conversaciones y tus creaciones se eliminarán para siempre.

    Se conservan tu saldo de créditos, su registro y los comprobantes de los pagos con Estrellas de Telegram: son registros financieros necesarios para reembolsos y reclamaciones de pago, y no contienen mensajes.

# Added below delete-confirm when the user owns teams that have other members.
# $count (number) — how many such teams.
delete-confirm-team-handover =
    { $count ->
        [one] 👥 Eres dueño de un equipo con más miembros: pasará a su administrador más antiguo (si no hay, al editor más antiguo y luego al lector).
       *[other] 👥 Eres dueño de { $count } equipos con más miembros: cada uno pasará a su administrador más antiguo (si no hay, al editor más antiguo y luego al lector).
    }

# Added below delete-confirm when the user owns teams nobody else is in.
# $count (number) — how many such teams; $credits (number) — the credits left in their pools together.
delete-confirm-team-lone =
    { $count ->
        [one] 🗂 En un equipo tuyo no hay nadie más: se eliminará y se perderán los créditos que quedan en su fondo común ({ $credits }).
       *[other] 🗂 En { $count } equipos tuyos no hay nadie más: se eliminarán y se perderán los créditos que quedan en sus fondos comunes ({ $credits }).
    }

delete-button-confirm = Sí, borrar todo

delete-not-yours = Este botón no es tuyo.

delete-busy-toast = Todavía hay una creación en curso.
delete-busy = ⏳ Todavía tienes una creación en curso. Vuelve a usar /deletedata cuando termine.

delete-done-toast = Borrado.
delete-done = 🗑 Listo. Tus datos se borraron. Si vuelves a escribirme, empezaremos de cero, como si no nos conociéramos.

delete-cancelled-toast = No se borró nada.
delete-cancelled = De acuerdo, no se borró nada.

## /token and /broadcast

token-private-only = Por tu privacidad, pídeme /token en un chat privado.

token-issued =
    🔑 Tu token de estado en vivo (válido durante { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }; no lo compartas con nadie):

    { $token }

    Conecta un WebSocket a { $wsUrl }?token=<token>
    o abre la página en vivo: { $pageUrl }

broadcast-admins-only = Solo los administradores pueden enviar anuncios.

broadcast-usage = Uso: /broadcast <texto>: envía un anuncio a todos los clientes de estado en vivo.

broadcast-too-long = Ese anuncio es demasiado largo (máximo { $max } caracteres).

broadcast-sent = 📣 Anuncio enviado a todos los clientes de estado en vivo.
