# Brazilian Portuguese (pt-BR): /persona, /memory and /forget. Persona names are not translated.

## /persona

persona-menu =
    No momento eu sou { $emoji } { $name }. Quem você quer que eu seja?

    { $list }

    Ou descreva seu próprio personagem: /persona custom <descrição>

persona-line = { $emoji } { $name } — { $tagline }

persona-tagline-velro = Sua IA de companhia, calorosa e atenciosa, que lembra o que importa para você
persona-tagline-kit = Língua afiada, muito sarcasmo e um coração mole
persona-tagline-sage = Uma voz calma e sábia que ajuda você a pensar com clareza
persona-tagline-spark = Pura energia e alegria: transforma qualquer coisa numa aventura
persona-tagline-atlas = Estilo direto e profissional: respostas claras, sem enrolação

persona-chosen-toast = Pronto: { $emoji } { $name }!

persona-chosen = { $emoji } Agora eu sou { $name } — { $tagline }

persona-unavailable = Esse personagem não está mais disponível.

persona-custom-created =
    { $emoji } Conheça { $name }: { $tagline }
    De agora em diante vou falar assim. Com /persona você troca de volta.

persona-custom-empty = Descreva o personagem em uma ou duas frases, ex.: /persona custom um marinheiro aposentado e tranquilo chamado Ned que adora chá

persona-custom-too-short = Essa descrição é curta demais: use pelo menos { $min } caracteres. Exemplo: /persona custom um marinheiro aposentado e tranquilo chamado Ned que adora chá

persona-custom-too-long = Essa descrição é longa demais: no máximo { $max } caracteres (a sua tem { $length }). Uma ou duas frases bastam.

persona-custom-refused = Não posso usar esse personagem: uma descrição pode moldar minha personalidade, mas não mudar minhas regras. Tente descrever como o personagem fala e como ele é.

## The memory palace: rooms

room-identity = 🪪 Sobre você
room-people = 👥 Pessoas
room-work = 💼 Trabalho
room-education = 🎓 Estudos
room-hobbies = 🎨 Hobbies
room-preferences = ❤️ Gostos
room-plans = 🗓 Planos
room-events = 📅 Eventos
room-health = 🩺 Saúde
room-places = 📍 Lugares
room-pets = 🐾 Pets
room-feelings = 💭 Sentimentos
room-episodes = 💬 Conversas

## /memory

memory-empty = Ainda não me lembro de nada sobre você. Me conta um pouco de você!

memory-overview =
    🏛 Seu palácio da memória: { $memories ->
        [0] { $memories } lembranças
        [one] { $memories } lembrança
       *[other] { $memories } lembranças
    } em { $rooms ->
        [0] { $rooms } salas
        [one] { $rooms } sala
       *[other] { $rooms } salas
    }. Escolha uma sala.

memory-page-title = { $room } — página { $page }/{ $pages }

memory-when = { $relative }, { DATETIME($date, day: "numeric", month: "short", year: "numeric") }

memory-room-empty = A sala { $room } está vazia agora.

memory-button-prev = ‹ Anterior
memory-button-rooms = « Salas
memory-button-next = Próxima ›

memory-unknown-room = Sala desconhecida.

## /forget

forget-pick = O que devo esquecer? Escolha uma sala, ou tudo.

forget-button-everything = 🧨 Esquecer tudo

forget-all-confirm = Esquecer tudo o que eu lembro sobre você? Isso não pode ser desfeito.

forget-button-confirm = Sim, esquecer tudo

forget-room-done =
    Pronto: esqueci { $count ->
        [0] { $count } lembranças
        [one] { $count } lembrança
       *[other] { $count } lembranças
    } de { $room }.

forget-room-toast =
    Esqueci { $count ->
        [0] { $count } lembranças
        [one] { $count } lembrança
       *[other] { $count } lembranças
    }.

forget-not-found = Não encontrei nenhuma lembrança assim. /memory mostra tudo o que eu lembro.

forget-one-done = Esquecido: “{ $text }”

forget-toast-forgotten = Esquecido.

forget-toast-gone = Isso já tinha sido apagado.

forget-toast-wiped = Pronto.

forget-all-done =
    🧹 Pronto — esqueci { $count ->
        [0] { $count } lembranças
        [one] { $count } lembrança
       *[other] todas as { $count } lembranças
    }. Vamos começar do zero.

forget-toast-cancelled = Nada foi esquecido.

forget-cancelled = Ok, vou continuar lembrando.
