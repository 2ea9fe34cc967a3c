### Mensagens de voz e de vídeo do usuário: transcritas e respondidas como texto digitado.

voice-not-set-up = As mensagens de voz ainda não estão configuradas neste bot 🎧 Pode me escrever?
voice-too-long = Essa mensagem tem { $length } e eu consigo ouvir mensagens de até { $max }. Pode dividir em partes ou escrever o principal?
voice-too-big = Esse arquivo é grande demais para eu baixar (o Telegram permite aos bots até 20 MB). Pode mandar uma mensagem mais curta?
voice-empty = Eu ouvi, mas não consegui entender nenhuma palavra 🤔 Pode tentar de novo, um pouco mais perto do microfone, ou escrever?
voice-failed = ⚠️ Não consegui ouvir essa mensagem agora. Tente de novo daqui a pouco ou me escreva.
voice-refunded = { $credits ->
        [one] { $credits } crédito voltou
       *[other] { $credits } créditos voltaram
    } para o seu saldo.
voice-no-credits = Ouvir uma mensagem de voz custa { $cost } créditos e você tem { $balance }. Recarregue com /buy — ou simplesmente escreva.
voice-transcripts-on = ✅ Transcrições ativadas: vou citar o que ouvi acima das minhas respostas às suas mensagens de voz. /transcripts off desativa.
voice-transcripts-off = Transcrições desativadas: continuo ouvindo suas mensagens de voz, só que sem citá-las. /transcripts on traz de volta.
voice-transcripts-usage = Envie /transcripts on para ver o que ouvi acima das minhas respostas às suas mensagens de voz, ou /transcripts off para esconder.

### Respostas por voz (/voice): Velro responde com mensagens de voz.

voice-reply-not-set-up = As respostas por voz ainda não foram configuradas neste bot 🔇 — vou continuar respondendo por texto.
voice-reply-panel =
    🔊 Respostas por voz: { $replies ->
        [on] ativadas — respondo cada mensagem com uma mensagem de voz.
       *[off] desativadas — respondo por texto.
    }
    🎙 Voz com voz: { $auto ->
        [on] ativado — quando você me manda uma mensagem de voz, respondo com outra, mesmo com as respostas por voz desativadas.
       *[off] desativado.
    }
    { $cost ->
        [0] As respostas por voz são grátis.
        [one] Uma resposta por voz custa { $cost } crédito a cada 500 caracteres começados.
       *[other] Uma resposta por voz custa { $cost } créditos a cada 500 caracteres começados.
    } O texto fica sempre a um toque: embaixo da mensagem de voz ou no botão 📝.
voice-reply-button-replies-on = 🔊 Ativar respostas por voz
voice-reply-button-replies-off = 🔇 Desativar respostas por voz
voice-reply-button-auto-on = 🎙 Responder minhas mensagens de voz com voz
voice-reply-button-auto-off = 🎙 Parar de responder mensagens de voz com voz
voice-reply-saved = Salvo ✓
voice-reply-usage = Envie /voice para ver suas configurações de respostas por voz, ou /voice on e /voice off para ativá-las ou desativá-las.
voice-reply-show-text = 📝 Mostrar texto
voice-reply-text-gone = Não tenho mais o texto desta mensagem de voz.
voice-reply-text-shown = O texto já está logo abaixo da mensagem de voz.
voice-reply-too-long = 🔇 A resposta ficou longa demais para uma só mensagem de voz, então aqui está ela em texto.
voice-reply-no-credits = 🔇 Esta resposta por voz custaria { $cost } { $cost ->
        [one] crédito
       *[other] créditos
    } e você tem { $balance }, então respondi por texto. Recarregue com /buy, ou desative as respostas por voz com /voice.
voice-reply-failed = ⚠️ Desta vez não consegui gravar a mensagem de voz, então minha resposta está acima, em texto.
voice-reply-refunded = { $credits ->
        [one] { $credits } crédito voltou
       *[other] { $credits } créditos voltaram
    } para o seu saldo.
voice-reply-forbidden = 🔇 Suas configurações de privacidade do Telegram não me deixam enviar mensagens de voz para você, então respondi por texto. Você pode permiti-las em Configurações → Privacidade e Segurança → Mensagens de voz, ou desativar as respostas por voz com /voice.
