# Spanish (es): tuteo, neutral between Latin America and Spain; Velro is "una IA de compañía"
# (no gendered adjectives for the user).

## /start and /help

start-new-user =
    ¡Hola, { $name }! Soy Velro 👋, una IA de compañía que te escucha, recuerda lo que te importa y está a tu lado.

    Cuéntame lo que tengas en mente. Con /help ves todo lo que puedo hacer.

start-returning-user = ¡Qué bueno verte de nuevo, { $name }! Seguimos donde lo dejamos, o usa /reset para empezar de cero.

help-intro = Soy Velro, tu IA de compañía. Escríbeme sin más; en los grupos, mencióname o responde a uno de mis mensajes.

help-command-line = /{ $command } — { $description }

help-mode-llm = 🧠 Respondo con { $model }.

help-mode-offline = 🔌 Modo sin conexión: respondo con mis respuestas integradas (no hay ningún LLM configurado).

## /reset

reset-done = 🧹 ¡Borrón y cuenta nueva! Dejé a un lado nuestra conversación anterior. ¿De qué hablamos?

## Stopping a reply

cancel-nothing = Ahora mismo no hay nada que detener: no estoy escribiendo nada. 🙂

stop-button = ✖ Detener

stop-toast-stopping = Deteniendo…

stop-toast-finished = Esa respuesta ya había terminado.

chat-stopped-note = ⏹ Respuesta detenida.

chat-stopped-empty = ⏹ Lo detuviste antes de que escribiera nada.

## Reply failures

chat-error-timeout = ⏳ Perdona, tardé demasiado. Vuelve a intentarlo en un momento.

chat-error-busy = Estoy recibiendo muchísimos mensajes ahora mismo; inténtalo de nuevo en un minuto.

chat-error-unavailable = ⚠️ No pude conectar con mi modelo de lenguaje. Vuelve a intentarlo en un rato.

## Fallbacks

unknown-command = No conozco ese comando. Con /help ves los que sí conozco.

button-expired = Este botón ya no está activo.

media-sticker = ¡Qué buen sticker! 😄 Por ahora solo puedo leer texto, ¿me lo cuentas con palabras?
media-voice = Todavía no puedo escuchar mensajes de voz 🎧, ¿me lo escribes?
media-video-note = Todavía no puedo ver videomensajes, ¿me lo escribes?
media-audio = Todavía no puedo escuchar audios, ¿me lo cuentas por escrito?
media-photo = Todavía no puedo ver fotos en el chat 📷, ¿me la describes?
media-video = Todavía no puedo ver videos, ¿me cuentas qué sale?
media-animation = ¡Ja! No puedo ver GIFs, pero me hago una idea. 😄
media-document = Todavía no puedo abrir archivos, ¿me pegas aquí el texto que quieres que lea?
media-location = ¡Gracias por la ubicación! Todavía no puedo usar ubicaciones.
media-contact = ¡Gracias! Aunque no puedo hacer nada con los contactos.
media-poll = No puedo votar en encuestas, pero me encantaría saber de qué trata.

## Limits and failures of the bot itself

rate-limited =
    ¡Uf, cuántos mensajes! 😅 Dame { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    } para ponerme al día y seguimos.

dead-letter-notice = 😕 Lo siento, algo falló por mi parte y no pude procesar ese mensaje, ni siquiera tras varios intentos. Vuelve a enviarlo en un momento.

admin-only = Este comando es solo para administradores.

admin-only-button = Esto es solo para administradores.

button-cancel = Cancelar

## /language

language-self-name = Español

language-choose = 🌐 Ahora hablamos en { $language }. ¿Qué idioma prefieres?

language-choose-group = 🌐 En este grupo hablo en { $language }. Los administradores del grupo pueden elegir otro idioma:

language-set = ✅ ¡Listo! A partir de ahora te hablaré en { $language }.

language-set-group = ✅ ¡Listo! A partir de ahora hablaré en { $language } en este grupo.

language-admins-only = Solo los administradores del grupo pueden cambiar su idioma. Puedes elegir el tuyo en nuestro chat privado con /language.

language-unknown = Ese idioma no está disponible.
