# Brazilian Portuguese (pt-BR): creating images and videos. Model names are never translated.

## The picker

gen-title-image = 🎨 Criar uma imagem
gen-title-video = 🎬 Criar um vídeo
gen-title-edit = 🪄 Editar sua foto

gen-picker-model =
    Modelo: { $model } — { $credits ->
        [0] { $credits } créditos
        [one] { $credits } crédito
       *[other] { $credits } créditos
    }

gen-picker-aspect = Proporção: { $aspect }

gen-picker-balance =
    Seu saldo: { $balance ->
        [0] { $balance } créditos
        [one] { $balance } crédito
       *[other] { $balance } créditos
    }

gen-button-create =
    ✅ Criar — { $credits ->
        [0] { $credits } créditos
        [one] { $credits } crédito
       *[other] { $credits } créditos
    }

gen-expired = Este pedido expirou — envie de novo.

gen-cancelled = Ok, cancelado — nada foi cobrado.

gen-toast-on-it = Mãos à obra!

gen-preparing = ⏳ Preparando { $model }…

gen-photo-download-failed = Não consegui baixar essa foto do Telegram (grande demais ou expirada). Envie de novo, por favor.

## Using the commands

gen-imagine-usage = O que eu devo criar? Ex.: /imagine uma raposa na neve ao amanhecer
gen-video-usage = O que o vídeo deve mostrar? Ex.: /video ondas quebrando ao pôr do sol
gen-edit-usage = Responda a uma foto com /edit <o que mudar>, ex.: /edit coloque neve.
gen-edit-prompt-missing = Me diga o que mudar, ex.: /edit transforme em aquarela.

gen-offer = Quer que eu crie isso? Toque para escolher o modelo:

## /models, /balance, /history

gen-models-title = Modelos que posso usar:

gen-models-line =
    • { $model } — { $credits ->
        [one] { $credits } crédito
       *[other] { $credits } créditos
    }

gen-models-footer = Os preços estão em créditos, e o que falhar é reembolsado. /balance mostra seu saldo, /buy recarrega.

gen-balance =
    💳 Você tem { $balance ->
        [0] { $balance } créditos
        [one] { $balance } crédito
       *[other] { $balance } créditos
    }. /models mostra os preços e /buy recarrega com Estrelas do Telegram.

gen-history-empty = Você ainda não criou nada. Experimente /imagine um farol no meio de uma tempestade.

gen-history-title = Suas criações recentes:

gen-history-line =
    { $icon } { $model }: “{ $prompt }” ({ $cost ->
        [0] { $cost } créditos
        [one] { $cost } crédito
       *[other] { $cost } créditos
    }{ $refunded ->
        [yes] { $cost ->
            [0] , reembolsados
            [one] , reembolsado
           *[other] , reembolsados
        }
       *[no] {""}
    })

## Refusals: nothing was charged

gen-refused-prompt-empty = Me diga o que criar, ex.: /imagine uma raposa na neve.

gen-refused-prompt-too-long = Essa descrição tem { $length } caracteres; o limite é { $limit }. Encurte um pouco, por favor.

gen-refused-unknown-model = Esse modelo não está disponível para este pedido. /models mostra a lista.

gen-refused-photo-required = Responda a uma foto com /edit <o que mudar>.

gen-refused-rate-limited =
    Você pediu { $limit ->
        [0] { $limit } criações
        [one] { $limit } criação
       *[other] { $limit } criações
    } no último minuto — espere { $seconds ->
        [0] { $seconds } segundos
        [one] { $seconds } segundo
       *[other] { $seconds } segundos
    }, por favor.

gen-refused-insufficient-credits =
    { $model } custa { $cost ->
        [0] { $cost } créditos
        [one] { $cost } crédito
       *[other] { $cost } créditos
    } e você tem { $balance }. Recarregue com /buy.

gen-refused-too-many-running =
    Você já tem { $max ->
        [0] { $max } criações
        [one] { $max } criação
       *[other] { $max } criações
    } em andamento. Espere uma terminar, por favor.

gen-unavailable-not-configured = 🛠 A criação de imagens e vídeos ainda não foi configurada neste bot. Nada foi cobrado.

gen-unavailable-down = 🛠 A criação de imagens e vídeos está indisponível agora: nosso provedor não está respondendo. Nada foi cobrado — tente de novo em alguns minutos.

gen-refused-already-requested = Esta criação já foi pedida.

## Progress of a creation

gen-button-cancel = ✖ Cancelar

gen-toast-cancelled = Cancelado — créditos devolvidos.

gen-toast-already-finished = Já terminou.

gen-stage-submitted = ⏳ Enviado para o estúdio…
gen-stage-queued = ⏳ Na fila…
gen-stage-queued-position = ⏳ Na fila — posição { $position }
gen-stage-running = 🖌 Criando agora…

gen-done =
    ✅ Pronto — { $cost ->
        [0] { $cost } créditos usados
        [one] { $cost } crédito usado
       *[other] { $cost } créditos usados
    }.

gen-result-too-large =
    { $kind ->
        [video] Seu vídeo é grande demais para o Telegram — aqui está: { $url }
       *[image] Sua imagem é grande demais para o Telegram — aqui está: { $url }
    }

gen-result-link =
    { $kind ->
        [video] Seu vídeo está pronto: { $url }
       *[image] Sua imagem está pronta: { $url }
    }

## Failures: the credits were returned

gen-failed-content-policy = O filtro de segurança do modelo recusou este pedido. Reformule sua descrição — seus créditos foram devolvidos.

gen-failed-validation = O modelo não conseguiu aceitar este pedido. Tente outra descrição — seus créditos foram devolvidos.

gen-failed-validation-detail = O modelo não conseguiu aceitar este pedido ({ $detail }). Tente outra descrição — seus créditos foram devolvidos.

gen-failed-timeout = O modelo demorou demais e desistiu. Seus créditos foram devolvidos — tente de novo.

gen-failed-service = O serviço de imagens e vídeos teve um problema do lado dele. Seus créditos foram devolvidos — tente de novo daqui a pouco.

gen-failed-cancelled = Cancelado — seus créditos foram devolvidos.

gen-failed-interrupted = Sua criação foi interrompida antes de começar. Seus créditos foram devolvidos — tente de novo.

gen-failed-unconfirmed = O serviço de imagens e vídeos não confirmou que recebeu seu pedido, então seus créditos foram devolvidos. Se ficar pronto mesmo assim, eu envio para você de graça.

gen-late-result-free = 🎁 No fim das contas ficou pronto — e é por conta da casa: seus créditos continuam devolvidos.

## Bringing a photo to life: /animate and the 🎬 button

gen-title-animate = 🎬 Dando vida à sua foto

gen-animate-natural-motion = Movimento: natural e suave, o modelo escolhe

gen-animate-hint = Quer algo específico? Responda à foto com /animate <o que se move>, por exemplo: /animate as ondas chegam à praia.

gen-animate-usage = Responda a uma foto com /animate e eu dou vida a ela em um vídeo curto. Se quiser, diga o que deve se mexer: /animate o cabelo dela balança ao vento. Também dá para mandar uma foto com /animate na legenda.

gen-animate-photo-gone = Não consigo mais acessar essa foto — responda a ela com /animate.

gen-button-animate = 🎬 Animar

gen-photo-too-big = Essa imagem é grande demais para mim: o Telegram me deixa baixar até 20 MB. Envie como foto, não como arquivo, ou escolha uma menor. Nada foi cobrado.

gen-photo-not-image = Esse arquivo não é uma imagem que eu consiga usar — mande uma foto (JPEG, PNG ou WebP). Nada foi cobrado.

## /models: sections, and what chatting costs

gen-models-section-image = 🎨 Imagens a partir de palavras — /imagine

gen-models-section-edit = 🪄 Edição de fotos — responda a uma foto com /edit

gen-models-section-video = 🎬 Vídeos a partir de palavras — /video

gen-models-section-animate = ✨ Fotos que ganham vida — responda a uma foto com /animate

gen-models-section-services = 💬 Nas nossas conversas

gen-service-stt =
    • Ouvir uma mensagem de voz ou de vídeo — { $credits ->
        [0] grátis
        [one] { $credits } crédito por mensagem
       *[other] { $credits } créditos por mensagem
    }

gen-service-tts =
    • Responder com uma mensagem de voz (/voice) — { $credits ->
        [0] grátis
        [one] { $credits } crédito a cada 500 caracteres iniciados
       *[other] { $credits } créditos a cada 500 caracteres iniciados
    }

gen-service-vision =
    • Olhar uma foto que você me envia — { $credits ->
        [0] grátis
        [one] { $credits } crédito por foto ou álbum
       *[other] { $credits } créditos por foto ou álbum
    }

gen-service-documents =
    • Ler um documento que você me envia (texto, Markdown, PDF) — { $credits ->
        [0] grátis
        [one] { $credits } crédito por documento
       *[other] { $credits } créditos por documento
    }
