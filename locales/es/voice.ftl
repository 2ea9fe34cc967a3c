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
