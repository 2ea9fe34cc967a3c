### Fotos y documentos que envía el usuario: las fotos las mira un modelo que ve; los documentos se leen y se guardan en la memoria.

photo-not-set-up = En este bot todavía no puedo ver fotos 📷 — ¿me cuentas con palabras qué hay en ella?
photo-too-big = Esa imagen es demasiado grande para abrirla (acepto archivos de hasta { $max } MB). ¿Me la mandas como foto normal?
photo-no-credits = Mirar una foto cuesta { $cost } créditos y tienes { $balance }. Con /buy recargas, o descríbeme la foto con palabras.
photo-refused = Lo siento, no puedo mirar esta imagen: el modelo con el que veo la rechazó. No se te cobró nada. ¿Me la cuentas con palabras?
photo-failed = ⚠️ No pude mirar esa foto ahora mismo. Inténtalo de nuevo en un momento.
media-refunded = { $credits ->
        [one] Se devolvió { $credits } crédito
       *[other] Se devolvieron { $credits } créditos
    } a tu saldo.
doc-unsupported = { $extension ->
        [none] No puedo abrir «{ $name }»: leo archivos de texto, Markdown y PDF. ¿Me lo mandas en uno de esos formatos?
       *[other] No puedo abrir archivos .{ $extension } como «{ $name }»: leo archivos de texto, Markdown y PDF. ¿Me lo mandas en uno de esos formatos?
    }
doc-too-big = «{ $name }» es demasiado grande para mí: leo archivos de hasta { $max } MB. ¿Me mandas una parte más pequeña?
doc-too-many-pages = «{ $name }» tiene { $pages } páginas y yo leo hasta { $max }. ¿Me mandas la parte que quieres que mire?
doc-no-credits = Leer un documento cuesta { $cost } créditos y tienes { $balance }. Con /buy recargas, o pega como texto la parte que necesitas.
doc-corrupt = No pude abrir «{ $name }»: parece que el archivo está dañado o que en realidad no es texto ni PDF. ¿Lo exportas de nuevo y me lo vuelves a mandar?
doc-protected = «{ $name }» está protegido con contraseña, así que no puedo leerlo. ¿Me mandas una copia sin contraseña?
doc-scanned = «{ $name }» parece un PDF escaneado: sus páginas son imágenes, sin texto que yo pueda leer. Si me mandas las páginas como fotos, puedo mirarlas; o pega el texto.
doc-empty = «{ $name }» está vacío: no encontré texto en él.
doc-failed = ⚠️ No pude leer «{ $name }» ahora mismo. Intenta enviarlo otra vez en un momento.
doc-truncated = 📄 «{ $name }» es largo: leí y guardé su comienzo, unas setenta páginas.
doc-kept = 📄 Recibí «{ $name }»{ $pages ->
        [0] {""}
        [one] {" "}({ $pages } página)
       *[other] {" "}({ $pages } páginas)
    }: lo leí y lo guardo en mi memoria. Con /forget lo borras cuando quieras.
room-documents = 📄 Documentos
