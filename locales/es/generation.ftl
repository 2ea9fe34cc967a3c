# Spanish (es): creating images and videos. Model names are never translated.

## The picker

gen-title-image = 🎨 Crear una imagen
gen-title-video = 🎬 Crear un video
gen-title-edit = 🪄 Editar tu foto

gen-picker-model =
    Modelo: { $model } — { $credits ->
        [one] { $credits } crédito
       *[other] { $credits } créditos
    }

gen-picker-aspect = Formato: { $aspect }

gen-picker-balance =
    Tu saldo: { $balance ->
        [one] { $balance } crédito
       *[other] { $balance } créditos
    }

gen-button-create =
    ✅ Crear — { $credits ->
        [one] { $credits } crédito
       *[other] { $credits } créditos
    }

gen-expired = Esta solicitud caducó: vuelve a enviarla.

gen-cancelled = Listo, cancelado: no se te cobró nada.

gen-toast-on-it = ¡Manos a la obra!

gen-preparing = ⏳ Preparando { $model }…

gen-photo-download-failed = No pude descargar esa foto de Telegram (es demasiado grande o caducó). Vuelve a enviarla, por favor.

## Using the commands

gen-imagine-usage = ¿Qué creo? Por ejemplo: /imagine un zorro en la nieve al amanecer
gen-video-usage = ¿Qué debe mostrar el video? Por ejemplo: /video olas rompiendo al atardecer
gen-edit-usage = Responde a una foto con /edit <qué cambiar>, por ejemplo: /edit ponle nieve.
gen-edit-prompt-missing = Dime qué cambiar, por ejemplo: /edit conviértela en una acuarela.

gen-offer = ¿Quieres que lo cree? Toca para elegir el modelo:

## /models, /balance, /history

gen-models-title = Modelos que puedo usar:

gen-models-line =
    • { $model } — { $credits ->
        [one] { $credits } crédito
       *[other] { $credits } créditos
    }

gen-models-footer = Los precios están en créditos, y lo que falle se reembolsa. /balance muestra tu saldo, /buy lo recarga.

gen-balance =
    💳 Tienes { $balance ->
        [one] { $balance } crédito
       *[other] { $balance } créditos
    }. /models muestra los precios y con /buy recargas con Estrellas de Telegram.

gen-history-empty = Todavía no has creado nada. Prueba con /imagine un faro en medio de una tormenta.

gen-history-title = Tus creaciones recientes:

gen-history-line =
    { $icon } { $model }: «{ $prompt }» ({ $cost ->
        [one] { $cost } crédito
       *[other] { $cost } créditos
    }{ $refunded ->
        [yes] { $cost ->
            [one] , reembolsado
           *[other] , reembolsados
        }
       *[no] {""}
    })

## Refusals: nothing was charged

gen-refused-prompt-empty = Dime qué crear, por ejemplo: /imagine un zorro en la nieve.

gen-refused-prompt-too-long = Esa descripción tiene { $length } caracteres y el límite es { $limit }. Acórtala, por favor.

gen-refused-unknown-model = Ese modelo no está disponible para esta solicitud. /models muestra la lista.

gen-refused-photo-required = Responde a una foto con /edit <qué cambiar>.

gen-refused-rate-limited =
    Pediste { $limit ->
        [one] { $limit } creación
       *[other] { $limit } creaciones
    } en el último minuto: espera { $seconds ->
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }, por favor.

gen-refused-insufficient-credits =
    { $model } cuesta { $cost ->
        [one] { $cost } crédito
       *[other] { $cost } créditos
    } y tienes { $balance }. Recarga con /buy.

gen-refused-too-many-running =
    Ya tienes { $max ->
        [one] { $max } creación
       *[other] { $max } creaciones
    } en curso. Espera a que termine alguna, por favor.

gen-unavailable-not-configured = 🛠 La creación de imágenes y videos todavía no está configurada en este bot. No se te cobró nada.

gen-unavailable-down = 🛠 La creación de imágenes y videos no está disponible ahora mismo: nuestro proveedor no responde. No se te cobró nada; vuelve a intentarlo en unos minutos.

gen-refused-already-requested = Esta creación ya se había solicitado.

## Progress of a creation

gen-button-cancel = ✖ Cancelar

gen-toast-cancelled = Cancelado: créditos devueltos.

gen-toast-already-finished = Ya había terminado.

gen-stage-submitted = ⏳ Enviado al estudio…
gen-stage-queued = ⏳ En la cola…
gen-stage-queued-position = ⏳ En la cola: posición { $position }
gen-stage-running = 🖌 Creándolo ahora…

gen-done =
    ✅ Listo: { $cost ->
        [one] se usó { $cost } crédito
       *[other] se usaron { $cost } créditos
    }.

gen-result-too-large =
    { $kind ->
        [video] Tu video es demasiado grande para Telegram; aquí lo tienes: { $url }
       *[image] Tu imagen es demasiado grande para Telegram; aquí la tienes: { $url }
    }

gen-result-link =
    { $kind ->
        [video] Tu video está listo: { $url }
       *[image] Tu imagen está lista: { $url }
    }

## Failures: the credits were returned

gen-failed-content-policy = El filtro de seguridad del modelo rechazó esta solicitud. Reformula tu descripción; ya te devolvimos los créditos.

gen-failed-validation = El modelo no pudo aceptar esta solicitud. Prueba con otra descripción; ya te devolvimos los créditos.

gen-failed-validation-detail = El modelo no pudo aceptar esta solicitud ({ $detail }). Prueba con otra descripción; ya te devolvimos los créditos.

gen-failed-timeout = El modelo tardó demasiado y se rindió. Ya te devolvimos los créditos; vuelve a intentarlo.

gen-failed-service = El servicio de imágenes y videos tuvo un problema por su parte. Ya te devolvimos los créditos; vuelve a intentarlo en un momento.

gen-failed-cancelled = Cancelado: ya te devolvimos los créditos.

gen-failed-interrupted = Tu creación se interrumpió antes de empezar. Ya te devolvimos los créditos; vuelve a intentarlo.

gen-failed-unconfirmed = El servicio de imágenes y videos no confirmó que recibió tu solicitud, así que te devolvimos los créditos. Si al final termina, te enviaré el resultado gratis.

gen-late-result-free = 🎁 Al final sí se terminó, ¡y es cortesía de la casa! No se te cobra nada: conservas tus créditos.

## Bringing a photo to life: /animate and the 🎬 button

gen-title-animate = 🎬 Demos vida a tu foto

gen-animate-natural-motion = Movimiento: natural y suave, a elección del modelo

gen-animate-hint = ¿Quieres algo concreto? Responde a la foto con /animate <qué se mueve>, por ejemplo: /animate las olas llegan a la orilla.

gen-animate-usage = Responde a una foto con /animate y le daré vida en un video corto. Si quieres, dime qué debe moverse: /animate su pelo se agita con el viento. También puedes enviar una foto con /animate como pie de foto.

gen-animate-photo-gone = Ya no puedo acceder a esa foto: respóndele con /animate.

gen-button-animate = 🎬 Animar

gen-photo-too-big = Esa imagen es demasiado grande para mí: Telegram me deja descargar hasta 20 MB. Envíala como foto y no como archivo, o elige una más pequeña. No se cobró nada.

gen-photo-not-image = Ese archivo no es una imagen que pueda usar: envíame una foto (JPEG, PNG o WebP). No se cobró nada.

## /models: sections, and what chatting costs

gen-models-section-image = 🎨 Imágenes a partir de palabras — /imagine

gen-models-section-edit = 🪄 Edición de fotos — responde a una foto con /edit

gen-models-section-video = 🎬 Videos a partir de palabras — /video

gen-models-section-animate = ✨ Fotos que cobran vida — responde a una foto con /animate

gen-models-section-services = 💬 En nuestras conversaciones

gen-service-stt =
    • Escuchar una nota de voz o de video — { $credits ->
        [0] gratis
        [one] { $credits } crédito por nota
       *[other] { $credits } créditos por nota
    }

gen-service-tts =
    • Responder con una nota de voz (/voice) — { $credits ->
        [0] gratis
        [one] { $credits } crédito por cada 500 caracteres empezados
       *[other] { $credits } créditos por cada 500 caracteres empezados
    }

gen-service-vision =
    • Mirar una foto que me envías — { $credits ->
        [0] gratis
        [one] { $credits } crédito por foto o álbum
       *[other] { $credits } créditos por foto o álbum
    }

gen-service-documents =
    • Leer un documento que me envías (texto, Markdown, PDF) — { $credits ->
        [0] gratis
        [one] { $credits } crédito por documento
       *[other] { $credits } créditos por documento
    }
