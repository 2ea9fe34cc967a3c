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

## /mood

mood-unknown = Ainda não consegui sentir como anda o seu humor. Conversa um pouco comigo que eu vou perceber.

mood-overall-very-low = Ultimamente você tem parecido bem pra baixo.
mood-overall-low = Ultimamente você tem parecido um pouco pra baixo.
mood-overall-even = Ultimamente o seu humor tem parecido bem estável.
mood-overall-high = Ultimamente você tem parecido de bom humor.
mood-overall-very-high = Ultimamente você tem parecido de ótimo humor.

mood-streak =
    Já faz { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    } que está assim.

mood-energy-high = Também percebo bastante tensão em você.
mood-energy-low = Você também parece estar com pouca energia.

mood-salient-anger = Tem aparecido um pouco de frustração nas suas mensagens.
mood-salient-disgust = Parece que alguma coisa te incomodou de verdade.
mood-salient-fear = Percebi um pouco de preocupação nas suas palavras.
mood-salient-joy = Tem tido muita alegria nas suas mensagens.
mood-salient-sadness = Tem um pouco de tristeza no que você escreve.
mood-salient-surprise = Várias coisas te pegaram de surpresa.

mood-sure-high =
    Isso se baseia em { $samples ->
        [0] { $samples } mensagens
        [one] { $samples } mensagem
       *[other] { $samples } mensagens
    }, e tenho bastante certeza.
mood-sure-medium =
    Isso se baseia em { $samples ->
        [0] { $samples } mensagens
        [one] { $samples } mensagem
       *[other] { $samples } mensagens
    }, e acho que está bem perto da realidade.
mood-sure-low =
    Isso se baseia em { $samples ->
        [0] { $samples } mensagens
        [one] { $samples } mensagem
       *[other] { $samples } mensagens
    }, mas é só uma primeira impressão, então não tenho muita certeza.
mood-sure-lexicon =
    Isso se baseia em { $samples ->
        [0] { $samples } mensagens
        [one] { $samples } mensagem
       *[other] { $samples } mensagens
    }, mas eu só reconheço algumas poucas palavras de sentimento no seu idioma, então é um palpite por alto.

mood-stance-comforting = Vou te fazer companhia com carinho, e estou aqui pra você.
mood-stance-soothing = Vou deixar as coisas calmas e tranquilas entre a gente.
mood-stance-upbeat = Fico feliz de dividir esse bom humor com você!
mood-stance-playful = Eu também estou no clima de brincadeira.
mood-stance-steady = Vou manter a calma e simplesmente te ouvir.
mood-stance-reserved = Vou ficar um pouco mais na minha e deixar você conduzir.
