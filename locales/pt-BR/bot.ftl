# Brazilian Portuguese (pt-BR): "você"; Velro is "uma IA de companhia"; no "obrigado/obrigada"
# and no adjectives that guess anyone's gender. Plurals: CLDR puts 0 in "one" for pt, so
# selectors start with [0] to say "0 créditos".

## /start and /help

start-new-user =
    Oi, { $name }! Eu sou Velro 👋, uma IA de companhia que escuta você, lembra o que importa para você e está sempre por perto.

    É só me contar o que está passando pela sua cabeça. /help mostra tudo o que eu sei fazer.

start-returning-user = Que bom te ver de novo, { $name }! Vamos continuar de onde paramos, ou use /reset para começar do zero.

help-intro = Eu sou Velro, sua IA de companhia. É só me escrever — em grupos, me mencione ou responda a uma mensagem minha.

help-command-line = /{ $command } — { $description }

help-mode-llm = 🧠 Respostas geradas por { $model }.

help-mode-offline = 🔌 Modo offline: respondo com meu sistema de respostas embutido (nenhum LLM configurado).

## /reset

reset-done = 🧹 Vamos recomeçar! Deixei nossa conversa anterior de lado — sobre o que vamos falar?

## Stopping a reply

cancel-nothing = Não tem nada para parar agora — não estou escrevendo nada. 🙂

stop-button = ✖ Parar

stop-toast-stopping = Parando…

stop-toast-finished = Essa resposta já tinha terminado.

chat-stopped-note = ⏹ Resposta interrompida.

chat-stopped-empty = ⏹ Você parou antes que eu escrevesse qualquer coisa.

## Reply failures

chat-error-timeout = ⏳ Desculpe, demorei demais. Tente de novo daqui a pouco.

chat-error-busy = Estou recebendo muitas mensagens agora — tente de novo em um minuto.

chat-error-unavailable = ⚠️ Não consegui acessar meu modelo de linguagem agora. Tente de novo daqui a pouco.

## Fallbacks

unknown-command = Não conheço esse comando. /help mostra os que eu conheço.

button-expired = Este botão não está mais ativo.

media-sticker = Que figurinha legal! 😄 Por enquanto só consigo ler texto — me conta com palavras?
media-voice = Ainda não consigo ouvir mensagens de voz 🎧 — pode escrever para mim?
media-video-note = Ainda não consigo assistir a mensagens de vídeo — pode escrever para mim?
media-audio = Ainda não consigo ouvir áudios — me conta por escrito?
media-photo = Ainda não consigo ver fotos no chat 📷 — pode descrever para mim?
media-video = Ainda não consigo assistir a vídeos — me conta o que acontece nele?
media-animation = Haha! Não consigo ver GIFs, mas captei a vibe. 😄
media-document = Ainda não consigo abrir arquivos — cola aqui o texto que você quer que eu leia?
media-location = Valeu pela localização! Ainda não consigo usar localizações.
media-contact = Valeu! Mas não consigo fazer nada com contatos.
media-poll = Não consigo votar em enquetes, mas adoraria saber do que se trata.

## Limits and failures of the bot itself

rate-limited =
    Opa, quanta mensagem! 😅 Me dá { $seconds ->
        [0] { $seconds } segundos
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    } para eu colocar tudo em dia, e aí a gente continua.

dead-letter-notice = 😕 Desculpe, algo deu errado do meu lado e não consegui processar essa mensagem, mesmo depois de algumas tentativas. Envie de novo daqui a pouco, por favor.

admin-only = Este comando é só para administradores.

admin-only-button = Isto é só para administradores.

button-cancel = Cancelar

## /language

language-self-name = Português (Brasil)

language-choose = 🌐 Estou falando { $language } com você. Qual idioma você prefere?

language-choose-group = 🌐 Neste grupo eu falo { $language }. Os administradores do grupo podem escolher outro idioma:

language-set = ✅ Pronto! De agora em diante vou falar { $language } com você.

language-set-group = ✅ Pronto! De agora em diante vou falar { $language } neste grupo.

language-admins-only = Só os administradores podem mudar o idioma do grupo. Você pode escolher o seu no nosso chat privado com /language.

language-unknown = Esse idioma não está disponível.
