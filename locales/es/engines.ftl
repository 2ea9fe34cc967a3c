### Los motores de sinestesia, sueños y segunda vista: /synesthesia, /dream, /perspectives.

room-dreams = 🌙 Sueños

syn-usage = Mándame unas palabras y te muestro sus colores: /synesthesia el mar de noche. Con /synesthesia on también pondré un botón 🎨 bajo mis respuestas.
syn-caption = 🎨 Sentimiento: { $feeling }
    Textura: { $textures }
    Sonido: { $sounds }
    { $colours }
syn-feeling-anger = enojo
syn-feeling-disgust = asco
syn-feeling-fear = miedo
syn-feeling-joy = alegría
syn-feeling-sadness = tristeza
syn-feeling-surprise = sorpresa
syn-feeling-neutral = calma
syn-texture-velvet = terciopelo suave
syn-texture-silk = seda que fluye
syn-texture-wool = lana cálida
syn-texture-linen = lino sencillo
syn-texture-paper = papel fino
syn-texture-glass = vidrio fresco
syn-texture-sandpaper = lija áspera
syn-texture-static = estática chisporroteante
syn-texture-mist = neblina húmeda
syn-texture-moss = musgo suave
syn-texture-wet-stone = piedra mojada
syn-texture-embers = brasas encendidas
syn-texture-petals = pétalos aplastados
syn-texture-sand = arena tibia
syn-texture-snow = nieve fresca
syn-texture-bubbles = burbujas efervescentes
syn-texture-rust = óxido descascarado
syn-texture-feathers = plumas a la deriva
syn-texture-tar = brea pegajosa
syn-sound-bells = campanas que repican
syn-sound-birdsong = canto de pájaros
syn-sound-laughter = risas lejanas
syn-sound-guitar = una guitarra rasgueada
syn-sound-cello = un violonchelo grave
syn-sound-rain = lluvia en la ventana
syn-sound-piano = un piano lento
syn-sound-drums = tambores retumbando
syn-sound-thunder = truenos que ruedan
syn-sound-heartbeat = un corazón acelerado
syn-sound-wind = viento aullando
syn-sound-creak = un suelo que cruje
syn-sound-chimes = campanillas de viento
syn-sound-pizzicato = cuerdas pulsadas
syn-sound-buzz = una mosca zumbando
syn-sound-drip = agua goteando
syn-sound-hum = un zumbido suave
syn-sound-clock = un reloj que hace tictac
syn-sound-waves = olas en la orilla
syn-sound-crackle = una fogata crepitando
syn-sound-leaves = hojas susurrando
syn-sound-crickets = grillos de noche
syn-sound-hush = el silencio de la nieve
syn-card-failed = No pude dibujar la tarjeta ahora, pero aquí tienes sus colores:
syn-paint-button = 🖼 Pintarlo
syn-expired = Esto ya se desvaneció — envía el comando otra vez.
syn-button-on = 🎨 Desde ahora habrá un botón «ver este sentimiento» bajo mis respuestas. /synesthesia off lo quita.
syn-button-off = Vale, ya no habrá botón 🎨 bajo mis respuestas. /synesthesia on lo trae de vuelta.
syn-see-button = 🎨 Ver este sentimiento
syn-see-missing = Ya no encuentro ese mensaje.

dream-message = 🌙 { $title }

    { $text }

    — un sueño que tuve sobre cosas que me contaste; es un sueño, no un recuerdo de lo que pasó.
dream-note-new = Todavía no me has contado mucho, así que soñé que nos encontrábamos en algún lugar nuevo.
dream-topic-missing = No recuerdo que me hayas hablado de «{ $topic }», así que soñé con otras cosas.
dream-private-only = Mis sueños están hechos de lo que me has contado, así que quedan entre nosotros — pídeme uno en un chat privado 🌙
dream-failed = ⚠️ Ahora mismo no consigo soñar. Inténtalo de nuevo en un momento.
dream-setting = { $v ->
        [a] Estás en algún lugar entre una estación y un jardín, y ya casi es de noche.
        [b] Estás en una casa que nunca has visto, pero conoces cada puerta.
       *[c] Caminas por una calle que no deja de convertirse en un pasillo.
    }
dream-setting-place = { $v ->
        [a] Vuelves a estar en { $place }, aunque nada está del todo en su sitio.
        [b] Es { $place }, o la idea que un sueño tiene de ella: el mismo cielo, otras calles.
       *[c] Despiertas — dentro del sueño — en { $place }, y la luz es extraña y suave.
    }
dream-title-place = Una noche en { $place }
dream-person = { $v ->
        [a] { $person } también está allí y te saluda como si llegaras tarde a algo.
        [b] { $person } camina a tu lado contando una historia que casi recuerdas.
       *[c] { $person } te da una llave y te dice que sabrás qué puerta abre.
    }
dream-person-second = Luego aparece { $person }, sin sorprenderse nada de verte allí.
dream-stranger = { $v ->
        [a] Alguien que conoces camina delante de ti sin darse la vuelta.
        [b] Una voz conocida te llama por tu nombre desde la habitación de al lado.
       *[c] Alguien te deja una nota en la mesa, con una letra que conoces.
    }
dream-echo = { $v ->
        [a] En algún lugar una voz repite «{ $fragment }», un poco distinto cada vez.
        [b] Las palabras «{ $fragment }» están escritas en una pared y tienen todo el sentido.
       *[c] Una radio pone «{ $fragment }» una y otra vez, como si fuera una canción.
    }
dream-feeling = Todo el tiempo hay una sensación de { $feeling }, suave y lejana.
dream-feeling-anger = una tormenta que nunca llega a estallar
dream-feeling-disgust = querer dejar algo atrás
dream-feeling-fear = contener la respiración
dream-feeling-joy = alegría tranquila
dream-feeling-sadness = dulce melancolía
dream-feeling-surprise = asombro
dream-feeling-neutral = curiosidad tranquila
dream-ending = { $v ->
        [a] Entonces la luz cambia y te despiertas.
        [b] Intentas recordarlo todo, y el sueño se pliega solo.
       *[c] Justo antes de despertar, todo se vuelve dorado y muy quieto.
    }
dream-motif-late-train = Un tren nocturno arranca justo cuando llegas al andén, con las ventanas llenas de luz cálida.
dream-motif-late-train-title = El último tren
dream-motif-rain-house = Dentro de la casa llueve, suavemente, y a nadie le importa.
dream-motif-rain-house-title = Lluvia en casa
dream-motif-fog-bridge = Un puente largo se pierde en la niebla, y no se ve el otro lado.
dream-motif-fog-bridge-title = El puente en la niebla
dream-motif-extra-rooms = La casa tiene habitaciones que nunca estuvieron allí, cada una iluminada y esperando.
dream-motif-extra-rooms-title = Las habitaciones de más
dream-motif-library-sea = Las estanterías de una biblioteca se abren al mar, y los libros huelen a sal.
dream-motif-library-sea-title = La biblioteca junto al mar
dream-motif-slow-clocks = Todos los relojes de la calle van lentamente hacia atrás.
dream-motif-slow-clocks-title = Los relojes al revés
dream-motif-flying = Vuelas bajo sobre los tejados, y es lo más fácil del mundo.
dream-motif-flying-title = Volar
dream-motif-lanterns = Farolillos de papel suben sobre el agua, cientos de ellos.
dream-motif-lanterns-title = La noche de los farolillos
dream-motif-sky-garden = Una escalera brota del suelo y sube hasta un jardín en el cielo.
dream-motif-sky-garden-title = El jardín en el cielo

persp-usage = Cuéntame qué estás sopesando y te mostraré varias maneras de verlo: /perspectives ¿debería aceptar el trabajo en Berlín?
sight-clarify-decision = { $v ->
        [a] Antes de opinar — ¿qué decisión tienes delante?
        [b] Cuéntame un poco más: ¿qué es exactamente lo que estás decidiendo?
       *[c] Me gustaría ayudarte a pensarlo. ¿Cuáles son las opciones?
    }
sight-clarify-unclear = { $v ->
        [a] Aquí estoy. ¿Qué es lo que más te pesa ahora mismo?
        [b] ¿Me cuentas un poco más de lo que está pasando?
       *[c] ¿Qué parte de todo esto se siente más enredada?
    }
sight-acknowledge = { $v ->
        [a] Parece que sientes dos cosas a la vez, y las dos tienen sentido.
        [b] Los dos sentimientos pueden ser verdad al mismo tiempo.
       *[c] Es mucho tirando en dos direcciones. Las dos partes son reales.
    }
sight-intro-decision = Algunas maneras de verlo:
sight-intro-torn = Los dos sentimientos pueden ser verdad. Algunas maneras de verlo:
sight-intro-options = Entre «{ $a }» y «{ $b }», algunas maneras de verlo:
sight-outro = ¿Cuál de estas te suena más cierta?
sight-view-sage-decision = ¿Qué te importará dentro de cinco años? Elige lo que encaje con quien te estás convirtiendo, no solo con quien eres hoy.
sight-view-spark-decision = Imagina que sale de maravilla — ¿con qué opción te dio un salto el corazón? ¡Eso vale la pena escucharlo!
sight-view-atlas-decision = Anota lo que cuesta y lo que da cada opción. Encuentra el dato que te falta y consíguelo esta semana.
sight-view-velro-torn = Tiene sentido sentir las dos cosas. Ningún sentimiento anula al otro; cada uno te habla de algo que te importa.
sight-view-sage-torn = Los sentimientos encontrados suelen significar que algo importa mucho. ¿Cuál te gustaría oír más fuerte dentro de un mes?
sight-view-kit-torn = Ah, el clásico combo «feliz y aterrado». Enhorabuena, eres humano. Trata bien a las dos mitades.

terminal-syn-saved = Tarjeta de la paleta guardada en { $path }
