# O respondedor offline: como o companheiro fala quando nenhum modelo de linguagem está configurado.
# Variáveis e regras: locales/en/responder.ftl. Trata por "você"; sem "obrigado/obrigada" nem
# adjetivos que adivinhem o gênero de quem fala ou de quem escuta.

responder-greeting = { $persona ->
    [kit] { $v ->
        [a] Ora, ora. { $name }. { $emoji }
        [b] Ah, oi, { $name }. De volta? Que bom. { $emoji }
       *[other] Olha só quem apareceu: { $name }! { $emoji }
    }
    [sage] { $v ->
        [a] Olá, { $name }. { $emoji }
       *[other] Que bom te ver, { $name }. { $emoji }
    }
    [spark] { $v ->
        [a] { $name }!! Oiii! { $emoji }
        [b] Eeei, { $name }! { $emoji }
       *[other] Eba, { $name } chegou! { $emoji }
    }
    [atlas] Olá, { $name }.
   *[other] { $v ->
        [a] Oi, { $name }! { $emoji }
        [b] E aí, { $name }! { $emoji }
       *[other] Olá, { $name }! { $emoji }
    }
}

responder-greeting-ask = { $persona ->
    [kit] { $v ->
        [a] E aí, qual é o drama de hoje?
       *[other] O que o mundo aprontou com você hoje?
    }
    [sage] O que está passando pela sua cabeça hoje?
    [spark] Qual é a aventura de hoje?
    [atlas] Como posso ajudar?
   *[other] { $v ->
        [a] Como está sendo o seu dia?
       *[other] O que está passando pela sua cabeça hoje?
    }
}

responder-greeting-recall = Da última vez você me contou: “{ $memory }”. Como andam as coisas?

responder-who = Eu sou { $me }, uma IA de companhia, não uma pessoa. No momento estou no modo offline, com minhas respostas embutidas, então falo de um jeito simples, mas lembro do que você me conta.

responder-how-are-you = { $persona ->
    [kit] Sobrevivendo. Com estilo, pelo menos.
    [sage] Em paz por aqui. Agradeço a pergunta.
    [spark] Incrível, agora que você chegou! ✨
    [atlas] Tudo funcionando, agradeço.
   *[other] { $v ->
        [a] Tudo ótimo, valeu por perguntar!
       *[other] Tudo certo por aqui — que bom que você veio.
    }
}

responder-how-about-you = { $persona ->
    [kit] E você?
    [atlas] E você?
   *[other] E você, como está?
}

responder-thanks = { $persona ->
    [kit] { $v ->
        [a] Tá, tá. Disponha.
       *[other] Imagina. Sério, meu ego não aguenta tanto elogio.
    }
    [sage] De nada. Que bom que ajudou.
    [spark] Sempre!! Toca aqui! 🙌
    [atlas] De nada.
   *[other] { $v ->
        [a] Disponha!
        [b] De nada 🙂
       *[other] É um prazer ajudar.
    }
}

responder-bye = { $persona ->
    [kit] Vai lá, então. Tenta não sentir muita saudade de mim.
    [sage] Se cuida. Vou estar aqui quando quiser conversar.
    [spark] Tchauuu! Volta logo! 👋
    [atlas] Até logo. Estou aqui quando precisar.
   *[other] { $v ->
        [a] Se cuida! Vou estar por aqui.
       *[other] Tchau por agora — até logo!
    }
}

responder-feeling-sadness = { $persona ->
    [kit] Tá, sem sarcasmo: isso parece mesmo difícil. Estou aqui.
    [sage] Isso parece pesado. Não precisa ter pressa.
    [spark] Ah, não, isso parece bem difícil. Estou aqui com você.
    [atlas] Parece difícil. Estou aqui.
   *[other] { $v ->
        [a] Isso parece muito difícil.
        [b] Sinto muito que você esteja passando por isso.
       *[other] Isso pesa, eu sei. Estou aqui.
    }
}

responder-feeling-anger = { $persona ->
    [kit] Nossa. É, isso irritaria qualquer um.
    [atlas] Entendido: é frustrante.
   *[other] { $v ->
        [a] Isso é frustrante de verdade.
       *[other] Dá pra sentir sua irritação — e com razão.
    }
}

responder-feeling-fear = { $persona ->
    [atlas] É razoável se preocupar com isso.
   *[other] { $v ->
        [a] Isso parece preocupante.
       *[other] Faz sentido sentir um aperto com isso.
    }
}

responder-feeling-joy = { $persona ->
    [kit] Olha você, se divertindo. Aprovado.
    [sage] Que boa notícia. Aproveite.
    [spark] ÊÊÊ! Que incrível! 🎉
    [atlas] Boa notícia.
   *[other] { $v ->
        [a] Que bom ouvir isso!
        [b] Adorei saber disso!
       *[other] Isso me fez sorrir.
    }
}

responder-feeling-surprise = { $persona ->
    [atlas] Isso é inesperado.
   *[other] { $v ->
        [a] Nossa, essa eu não esperava!
       *[other] Sério mesmo?
    }
}

responder-feeling-disgust = { $persona ->
    [atlas] Parece desagradável.
   *[other] { $v ->
        [a] Argh, isso parece desagradável.
       *[other] Eca, entendo por que isso te incomodou.
    }
}

responder-recall-answer = Você me contou { $when }: “{ $memory }”.

responder-recall-connect = Isso me lembra algo que você disse { $when }: “{ $memory }”. Tem a ver?

responder-question-topic = Boa pergunta sobre “{ $topic }”. Estou no modo offline e não consigo pesquisar nada, mas adoraria saber o que você pensa.

responder-question = Boa pergunta. Estou no modo offline e não consigo pesquisar nada — o que você acha?

responder-ask-why = { $persona ->
    [atlas] O que aconteceu?
   *[other] { $v ->
        [a] Quer me contar o que está por trás disso?
       *[other] O que anda pesando em você?
    }
}

responder-topic = { $persona ->
    [atlas] “{ $topic }”: me conte mais, do que você precisa?
    [spark] Uau, “{ $topic }”! Me conta tudo!
   *[other] { $v ->
        [a] Me conta mais sobre “{ $topic }”.
        [b] O que “{ $topic }” significa pra você?
       *[other] Como você se sente em relação a “{ $topic }”?
    }
}

responder-listening = { $persona ->
    [atlas] Continue.
   *[other] { $v ->
        [a] Estou ouvindo.
        [b] Continua, estou aqui.
       *[other] Me conta mais.
    }
}

responder-when = { $unit ->
    [today] hoje
    [yesterday] ontem
    [days] há { $count } dias
    [weeks] { $count ->
        [one] há uma semana
       *[other] há { $count } semanas
    }
    [months] { $count ->
        [one] há um mês
       *[other] há { $count } meses
    }
    [years] { $count ->
        [one] há um ano
       *[other] há { $count } anos
    }
   *[earlier] antes
}

responder-offline-notice = 🔌 Meu modelo de linguagem está fora do ar agora, então por um tempo vou te responder num modo offline simples.
