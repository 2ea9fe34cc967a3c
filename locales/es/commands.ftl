# Spanish (es): command menu and the bot's profile.

cmd-start = Conoce a Velro y regístrate
cmd-help = Qué puedo hacer y todos los comandos
cmd-reset = Empieza una conversación nueva
cmd-cancel = Detén la respuesta que estoy escribiendo
cmd-persona = Elige mi personaje, o /persona custom <descripción>
cmd-mood = Lo que he notado de tu estado de ánimo
cmd-memory = Lo que recuerdo de ti, sala por sala
cmd-forget = Hazme olvidar un recuerdo, una sala o todo
cmd-imagine = Crea una imagen: /imagine <qué dibujar>
cmd-video = Crea un video: /video <qué pasa>
cmd-edit = Responde a una foto con /edit <qué cambiar>
cmd-models = Modelos de imagen y video, y sus precios
cmd-balance = Tus créditos
cmd-history = Tus creaciones recientes
cmd-projects = Tus proyectos y los de tu equipo
cmd-project = Crea un proyecto, añade una creación, elige su privacidad
cmd-transfer = Responde a una creación para pasársela a alguien del equipo
cmd-team = Tu equipo: miembros, créditos compartidos, invitaciones
cmd-buy = Compra créditos con Estrellas de Telegram
cmd-paysupport = Ayuda con un pago
cmd-terms = Condiciones de los créditos y las creaciones
cmd-token = Un token para la página de estado en vivo y el WebSocket
cmd-export = Descarga todo lo que guardo sobre ti (JSON)
cmd-deletedata = Borra tus datos (te pregunto antes)
cmd-language = Elige el idioma en el que hablo

## The bot's profile

bot-name = Velro
bot-description =
    Velro es una IA de compañía que te escucha, recuerda lo que te importa y está a tu lado, en chats privados y en grupos.

    Cuéntame qué tal tu día, elige un personaje para mí con /persona, crea imágenes y videos con /imagine y /video, y elige mi idioma con /language.
bot-short-description = Tu IA de compañía, cercana y cálida: conversa, recuerda lo que te importa y crea imágenes y videos.

cmd-transcripts = Citar lo que escuché en tus notas de voz (on/off)
cmd-voice = Respóndeme con notas de voz (sí/no, y voz por voz)

cmd-animate = Dale vida a una foto: respóndele con /animate

# Reaching out: check-ins, reminders, diary, dreams.
cmd-checkins = Que te escriba de vez en cuando (frecuencia, horas de silencio)
cmd-remind = Un recordatorio: /remind mañana a las 9 llamar a mamá
cmd-reminders = Tus recordatorios, con botones para cancelarlos
cmd-diary = Tu diario: el ánimo del día y de qué hablamos (on/off)
cmd-dreams = Un sueño cada mañana, tejido con tus recuerdos (on/off)
cmd-dream = Un sueño tejido con lo que me has contado; /dream about <tema>
cmd-synesthesia = Los colores, la textura y el sonido de tus palabras
cmd-perspectives = Varias maneras de ver una decisión o un sentimiento enredado
