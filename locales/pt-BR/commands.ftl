# Brazilian Portuguese (pt-BR): command menu and the bot's profile.

cmd-start = Conheça Velro e faça seu cadastro
cmd-help = O que eu sei fazer e todos os comandos
cmd-reset = Comece uma nova conversa
cmd-cancel = Pare a resposta que estou escrevendo
cmd-persona = Escolha meu personagem, ou /persona custom <descrição>
cmd-mood = O que percebi sobre o seu humor
cmd-memory = O que eu lembro sobre você, sala por sala
cmd-forget = Me faça esquecer uma lembrança, uma sala ou tudo
cmd-imagine = Crie uma imagem: /imagine <o que desenhar>
cmd-video = Crie um vídeo: /video <o que acontece>
cmd-edit = Responda a uma foto com /edit <o que mudar>
cmd-models = Modelos de imagem e vídeo e seus preços
cmd-balance = Seus créditos
cmd-history = Suas criações recentes
cmd-projects = Seus projetos e os da sua equipe
cmd-project = Crie um projeto, adicione uma criação, defina a privacidade
cmd-transfer = Responda a uma criação para passá-la a alguém da equipe
cmd-team = Sua equipe: membros, créditos compartilhados, convites
cmd-buy = Compre créditos com Estrelas do Telegram
cmd-paysupport = Ajuda com um pagamento
cmd-terms = Termos dos créditos e das criações
cmd-token = Um token para a página de status ao vivo e o WebSocket
cmd-export = Baixe tudo o que eu guardo sobre você (JSON)
cmd-deletedata = Apague seus dados (eu pergunto antes)
cmd-language = Escolha o idioma em que eu falo

## The bot's profile

bot-name = Velro
bot-description =
    Velro é uma IA de companhia que escuta você, lembra o que importa para você e está sempre por perto — em chats privados e em grupos.

    Conte como foi seu dia, escolha um personagem para mim com /persona, crie imagens e vídeos com /imagine e /video, e escolha meu idioma com /language.
bot-short-description = Sua IA de companhia: conversa, lembra o que importa para você e cria imagens e vídeos.

cmd-transcripts = Citar o que ouvi nas suas mensagens de voz (on/off)
cmd-voice = Me responda com mensagens de voz (liga/desliga, voz com voz)

cmd-animate = Dê vida a uma foto: responda a ela com /animate

# Reaching out: check-ins, reminders, diary, dreams.
cmd-checkins = Deixa eu puxar conversa de vez em quando (frequência, horário de silêncio)
cmd-remind = Um lembrete: /remind amanhã às 9 ligar para a mãe
cmd-reminders = Seus lembretes, com botões para cancelar
cmd-diary = Seu diário: o humor do dia e do que falamos (on/off)
cmd-dreams = Um sonho toda manhã, tecido das suas lembranças (on/off)
cmd-dream = Um sonho tecido com o que você me contou; /dream about <tema>
cmd-synesthesia = As cores, a textura e o som das suas palavras
cmd-perspectives = Algumas formas de ver uma escolha ou um sentimento embolado
