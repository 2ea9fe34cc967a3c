# El contestador sin conexión: cómo habla el compañero cuando no hay modelo de lenguaje.
# Variables y reglas: locales/en/responder.ftl. Tuteo; frases sin adjetivos que obliguen a
# adivinar el género de la persona usuaria.

responder-greeting = { $persona ->
    [kit] { $v ->
        [a] Vaya, vaya. { $name }. { $emoji }
        [b] Anda, { $name }. ¿Otra vez por aquí? Bien. { $emoji }
       *[other] ¡Mira quién está aquí: { $name }! { $emoji }
    }
    [sage] { $v ->
        [a] Hola, { $name }. { $emoji }
       *[other] Qué gusto verte, { $name }. { $emoji }
    }
    [spark] { $v ->
        [a] ¡¡{ $name }!! ¡Holaaa! { $emoji }
        [b] ¡Eyyy, { $name }! { $emoji }
       *[other] ¡Bieeen, llegó { $name }! { $emoji }
    }
    [atlas] Hola, { $name }.
   *[other] { $v ->
        [a] ¡Hola, { $name }! { $emoji }
        [b] ¡Hey, { $name }! { $emoji }
       *[other] ¡Buenas, { $name }! { $emoji }
    }
}

responder-greeting-ask = { $persona ->
    [kit] { $v ->
        [a] A ver, ¿cuál es el drama de hoy?
       *[other] ¿Qué te ha hecho hoy el mundo?
    }
    [sage] ¿Qué te ronda por la cabeza hoy?
    [spark] ¿Qué aventura toca hoy?
    [atlas] ¿En qué te ayudo?
   *[other] { $v ->
        [a] ¿Qué tal va tu día?
       *[other] ¿Qué tienes en mente hoy?
    }
}

responder-greeting-recall = La última vez me contaste: «{ $memory }». ¿Cómo va eso?

responder-who = Soy { $me }, una IA de compañía, no una persona. Ahora mismo funciono en modo sin conexión con mis respuestas integradas, así que voy a lo sencillo, pero recuerdo lo que me cuentas.

responder-how-are-you = { $persona ->
    [kit] Sobreviviendo. Con estilo, eso sí.
    [sage] En calma y bien, gracias por preguntar.
    [spark] ¡Genial, ahora que estás aquí! ✨
    [atlas] Todo en orden, gracias.
   *[other] { $v ->
        [a] ¡Muy bien, gracias por preguntar!
       *[other] Todo bien por aquí, y me alegra que estés.
    }
}

responder-how-about-you = { $persona ->
    [kit] ¿Y tú?
    [atlas] ¿Y tú?
   *[other] ¿Y tú, qué tal?
}

responder-thanks = { $persona ->
    [kit] { $v ->
        [a] Ya, ya. Cuando quieras.
       *[other] No hay de qué. En serio, que se me sube a la cabeza.
    }
    [sage] De nada. Me alegra que te haya servido.
    [spark] ¡¡Cuando quieras!! ¡Choca esos cinco! 🙌
    [atlas] De nada.
   *[other] { $v ->
        [a] ¡Cuando quieras!
        [b] De nada 🙂
       *[other] Un placer ayudarte.
    }
}

responder-bye = { $persona ->
    [kit] Venga, vete. Intenta no echarme demasiado de menos.
    [sage] Cuídate. Aquí estaré cuando quieras hablar.
    [spark] ¡Chaooo! ¡Vuelve pronto! 👋
    [atlas] Hasta luego. Aquí estoy cuando me necesites.
   *[other] { $v ->
        [a] ¡Cuídate! Aquí estaré.
       *[other] ¡Hasta pronto! Hablamos.
    }
}

responder-feeling-sadness = { $persona ->
    [kit] Vale, sin sarcasmo: eso suena muy duro. Estoy aquí.
    [sage] Eso suena pesado. No hace falta ir con prisas.
    [spark] Ay, eso suena muy difícil. Estoy aquí contigo.
    [atlas] Suena difícil. Estoy aquí.
   *[other] { $v ->
        [a] Eso suena muy duro.
        [b] Siento mucho que estés pasando por esto.
       *[other] Eso pesa, lo sé. Estoy aquí.
    }
}

responder-feeling-anger = { $persona ->
    [kit] Vaya. Sí, a mí también me sacaría de quicio.
    [atlas] Entendido: es frustrante.
   *[other] { $v ->
        [a] Eso suena muy frustrante, la verdad.
       *[other] Entiendo que te enfade, y con razón.
    }
}

responder-feeling-fear = { $persona ->
    [atlas] Es razonable que eso te preocupe.
   *[other] { $v ->
        [a] Eso suena preocupante.
       *[other] Tiene sentido que te inquiete.
    }
}

responder-feeling-joy = { $persona ->
    [kit] Mírate, pasándolo bien. Lo apruebo.
    [sage] Buena noticia. Disfrútala.
    [spark] ¡¡SÍÍÍ!! ¡Qué pasada! 🎉
    [atlas] Buena noticia.
   *[other] { $v ->
        [a] ¡Qué alegría oír eso!
        [b] ¡Me encanta por ti!
       *[other] Me has sacado una sonrisa.
    }
}

responder-feeling-surprise = { $persona ->
    [atlas] Eso es inesperado.
   *[other] { $v ->
        [a] ¡Vaya, eso no me lo esperaba!
       *[other] ¡Anda! ¿En serio?
    }
}

responder-feeling-disgust = { $persona ->
    [atlas] Suena desagradable.
   *[other] { $v ->
        [a] Puaj, eso suena desagradable.
       *[other] Uf, entiendo que te echara para atrás.
    }
}

responder-recall-answer = Me lo contaste { $when }: «{ $memory }».

responder-recall-connect = Eso me recuerda algo que me dijiste { $when }: «{ $memory }». ¿Tiene que ver?

responder-question-topic = Buena pregunta sobre «{ $topic }». Estoy en modo sin conexión y no puedo buscar nada, pero me encantaría saber qué piensas tú.

responder-question = Buena pregunta. Estoy en modo sin conexión y no puedo buscar nada. ¿Tú qué piensas?

responder-ask-why = { $persona ->
    [atlas] ¿Qué pasó?
   *[other] { $v ->
        [a] ¿Quieres contarme qué hay detrás?
       *[other] ¿Qué es lo que te pesa?
    }
}

responder-topic = { $persona ->
    [atlas] «{ $topic }»: cuéntame más, ¿qué necesitas?
    [spark] ¡Ooh, «{ $topic }»! ¡Cuéntamelo todo!
   *[other] { $v ->
        [a] Cuéntame más sobre «{ $topic }».
        [b] ¿Qué significa «{ $topic }» para ti?
       *[other] ¿Qué sientes con «{ $topic }»?
    }
}

responder-listening = { $persona ->
    [atlas] Continúa.
   *[other] { $v ->
        [a] Te escucho.
        [b] Sigue, aquí estoy.
       *[other] Cuéntame más.
    }
}

responder-when = { $unit ->
    [today] hoy
    [yesterday] ayer
    [days] hace { $count } días
    [weeks] { $count ->
        [one] hace una semana
       *[other] hace { $count } semanas
    }
    [months] { $count ->
        [one] hace un mes
       *[other] hace { $count } meses
    }
    [years] { $count ->
        [one] hace un año
       *[other] hace { $count } años
    }
   *[earlier] antes
}

responder-offline-notice = 🔌 Ahora mismo no puedo conectar con mi modelo de lenguaje, así que por un rato te respondo en un modo sencillo sin conexión.
