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
