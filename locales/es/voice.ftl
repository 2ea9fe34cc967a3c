### Notas de voz y videomensajes del usuario: se transcriben y se responden como texto escrito.

voice-not-set-up = Las notas de voz aún no están configuradas en este bot 🎧 ¿Me lo escribes?
voice-too-long = Esa nota dura { $length } y puedo escuchar notas de hasta { $max }. ¿La divides en partes o me escribes lo principal?
voice-too-big = Ese archivo es demasiado grande para descargarlo (Telegram permite a los bots hasta 20 MB). ¿Me mandas una nota más corta?
voice-empty = Te escuché, pero no logré distinguir ninguna palabra 🤔 ¿Lo intentas de nuevo, un poco más cerca del micrófono, o me lo escribes?
voice-failed = ⚠️ No pude escuchar esa nota ahora mismo. Inténtalo de nuevo en un momento o escríbemelo.
voice-refunded = { $credits ->
        [one] Se devolvió { $credits } crédito
       *[other] Se devolvieron { $credits } créditos
    } a tu saldo.
voice-no-credits = Escuchar una nota de voz cuesta { $cost } créditos y tienes { $balance }. Con /buy recargas, o simplemente escríbeme.
voice-transcripts-on = ✅ Transcripciones activadas: citaré lo que escuché encima de mis respuestas a tus notas de voz. /transcripts off las desactiva.
voice-transcripts-off = Transcripciones desactivadas: sigo escuchando tus notas de voz, solo que sin citarlas. /transcripts on las vuelve a activar.
voice-transcripts-usage = Envía /transcripts on para ver lo que escuché encima de mis respuestas a tus notas de voz, o /transcripts off para ocultarlo.

### Respuestas de voz (/voice): Velro responde con notas de voz.

voice-reply-not-set-up = Las respuestas de voz todavía no están configuradas en este bot 🔇 — seguiré respondiéndote por escrito.
voice-reply-panel =
    🔊 Respuestas de voz: { $replies ->
        [on] activadas — respondo a cada mensaje con una nota de voz.
       *[off] desactivadas — respondo por escrito.
    }
    🎙 Voz por voz: { $auto ->
        [on] activado — si me mandas una nota de voz, te respondo con otra, aunque las respuestas de voz estén desactivadas.
       *[off] desactivado.
    }
    { $cost ->
        [0] Las respuestas de voz son gratis.
        [one] Una respuesta de voz cuesta { $cost } crédito por cada 500 caracteres empezados.
       *[other] Una respuesta de voz cuesta { $cost } créditos por cada 500 caracteres empezados.
    } El texto siempre está a un toque: debajo de la nota de voz o en su botón 📝.
voice-reply-button-replies-on = 🔊 Activar respuestas de voz
voice-reply-button-replies-off = 🔇 Desactivar respuestas de voz
voice-reply-button-auto-on = 🎙 Responder con voz a mis notas de voz
voice-reply-button-auto-off = 🎙 Dejar de responder con voz a mis notas de voz
voice-reply-saved = Guardado ✓
voice-reply-usage = Envía /voice para ver tus ajustes de respuestas de voz, o /voice on y /voice off para activarlas o desactivarlas.
voice-reply-show-text = 📝 Ver texto
voice-reply-text-gone = Ya no tengo el texto de esta nota de voz.
voice-reply-text-shown = El texto ya está justo debajo de la nota de voz.
voice-reply-too-long = 🔇 La respuesta era demasiado larga para una sola nota de voz, así que aquí la tienes por escrito.
voice-reply-no-credits = 🔇 Esta respuesta de voz costaría { $cost } { $cost ->
        [one] crédito
       *[other] créditos
    } y tienes { $balance }, así que te respondí por escrito. Con /buy recargas, o con /voice desactivas las respuestas de voz.
voice-reply-failed = ⚠️ Esta vez no pude grabar la nota de voz, así que mi respuesta está arriba por escrito.
voice-reply-refunded = { $credits ->
        [one] Se devolvió { $credits } crédito
       *[other] Se devolvieron { $credits } créditos
    } a tu saldo.
voice-reply-forbidden = 🔇 Tu configuración de privacidad de Telegram no me deja enviarte mensajes de voz, así que te respondí por escrito. Puedes permitirlos en Ajustes → Privacidad y seguridad → Mensajes de voz, o desactivar las respuestas de voz con /voice.
