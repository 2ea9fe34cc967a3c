# Brazilian Portuguese (pt-BR): credits and Telegram Stars ("Estrelas do Telegram").

## /buy and the invoice

buy-choose =
    Você tem { $balance ->
        [0] { $balance } créditos
        [one] { $balance } crédito
       *[other] { $balance } créditos
    }. Escolha um pacote (pago com Estrelas do Telegram):

pack-title =
    { $credits ->
        [0] { $credits } créditos
        [one] { $credits } crédito
       *[other] { $credits } créditos
    }

buy-pack-button = { $title } — { $stars } ⭐

invoice-description =
    { $credits ->
        [0] { $credits } créditos do Velro
        [one] { $credits } crédito do Velro
       *[other] { $credits } créditos do Velro
    } para imagens e vídeos. Criações que falham são reembolsadas em créditos.

checkout-offer-expired = Esta oferta não está mais disponível. Use /buy de novo, por favor.
checkout-not-yours = Esta cobrança foi criada para outra pessoa.
checkout-price-changed = O preço mudou. Use /buy de novo, por favor.

## After paying

pay-thanks =
    ⭐ Valeu! { $credits ->
        [0] { $credits } créditos adicionados
        [one] { $credits } crédito adicionado
       *[other] { $credits } créditos adicionados
    } — agora você tem { $balance }.

pay-unmatched = Valeu! Não consegui associar este pagamento a um pacote — escreva /paysupport, por favor.

pay-refunded =
    Suas Estrelas foram reembolsadas; { $credits ->
        [0] { $credits } créditos foram removidos
        [one] { $credits } crédito foi removido
       *[other] { $credits } créditos foram removidos
    }.

## /paysupport and /terms

terms =
    Termos em resumo:
    • Os créditos são comprados com Estrelas do Telegram e usados em criações de imagens e vídeos, pelos preços que /models mostra.
    • Uma criação que falha, é cancelada ou é recusada pelo filtro de segurança de um modelo não custa nada: os créditos voltam automaticamente.
    • Os créditos não expiram e não podem ser trocados por dinheiro. Compras não usadas podem ser reembolsadas pelo /paysupport.
    • Não peça conteúdo ilegal ou que viole as políticas do Telegram ou dos modelos.

## Admins only: /grant, /refund, /stats

grant-usage = Uso: /grant <id do usuário> <créditos> (negativo para descontar)

grant-done = Pronto: { $amount } créditos para { $user }; saldo { $balance }.

refund-usage = Uso: /refund <id da cobrança do pagamento no Telegram> (pagamento não encontrado)

refund-done =
    { $stars } ⭐ reembolsadas para { $user }; { $reversed } de { $credits } créditos estornados{ $already ->
        [yes] {" "}(já tinham sido estornados antes)
       *[no] {""}
    }.

stats-jobs = Tarefas: { $jobs }
stats-jobs-none = Tarefas: nenhuma
stats-payments = Pagamentos: { $payments } ({ $stars } ⭐), reembolsados: { $refunded }
stats-accounts = Contas de crédito: { $accounts }; créditos em circulação: { $outstanding }
stats-ledger-ok = Conciliação do livro-razão: OK
stats-ledger-mismatch =
    Conciliação do livro-razão: { $count ->
        [0] { $count } divergências!
        [one] { $count } divergência!
       *[other] { $count } divergências!
    }
stats-dead-letters =
    Atualizações com falha: { $count }{ $count ->
        [0] {""}
       *[other] {" "}(veja /deadletters)
    }

## Payment support

support-ask =
    🛟 Ajuda com pagamentos: me conte na sua próxima mensagem o que deu errado — o que você comprou, quando e o que aconteceu. Uma captura de tela também ajuda (coloque uma legenda).
    Ela vai direto para uma pessoa da nossa equipe, não para a IA. Criações que falham são reembolsadas em créditos automaticamente, então não precisa perguntar sobre elas.
support-in-private = Assuntos de pagamento são privados: mande /paysupport para mim no nosso chat privado, por favor.
support-unavailable = Desculpe — ainda não tem ninguém cuidando dos pagamentos deste bot, então não consigo repassar sua mensagem. Tente de novo mais tarde, por favor.
support-cancel-button = ✖ Cancelar
support-cancelled = Tudo bem, cancelado — nada foi enviado.
support-unsupported = Consigo repassar textos, fotos e documentos. Descreva em uma mensagem, por favor — uma captura de tela com legenda também serve.
support-received = ✅ Obrigado — a solicitação #{ $ticket } já está com a nossa equipe. Uma pessoa vai responder você aqui mesmo, neste chat.
support-added = ✅ Adicionado à sua solicitação #{ $ticket }. A gente responde aqui.

## What the admins see

support-ticket-card =
    🛟 Solicitação de ajuda com pagamento #{ $ticket }
    De: { $name } · id <code>{ $id }</code> · idioma: { $language }
    Pagamentos recentes em Estrelas:
support-ticket-payment =
    • <code>{ $charge }</code> — { $stars } ⭐ · créditos: { $credits } · { DATETIME($date, year: "numeric", month: "2-digit", day: "2-digit") }{ $refunded ->
        [yes] {" "}· reembolsado
       *[no] {""}
    }
support-ticket-no-payments = • nenhum ainda
support-ticket-hint = Toque em Responder, ou responda a esta mensagem, para atender. /refund usa o id do pagamento.
support-ticket-followup = 💬 Solicitação #{ $ticket } — { $name } (id <code>{ $id }</code>) escreve:
support-reply-button = ✍️ Responder
support-close-button = ✅ Encerrar
support-reply-ask = ✍️ Escreva sua resposta à solicitação #{ $ticket } na próxima mensagem. Ela chega ao usuário do jeito que você escrever (foto ou documento também valem).
support-reply-sent = ✅ Entregue ao usuário (solicitação #{ $ticket }).
support-reply-blocked = ⚠️ Não entregue: o usuário bloqueou o bot (solicitação #{ $ticket }).
support-closed-toast = A solicitação #{ $ticket } foi encerrada.

## What the user sees of the answers

support-answer-head = 💬 Nossa equipe de suporte respondeu (solicitação #{ $ticket }):
support-answer-button = ✍️ Responder
support-answer-ask = ✍️ Escreva sua resposta na próxima mensagem — ela vai para a nossa equipe junto com a solicitação #{ $ticket }.
support-closed-user = ✅ Sua solicitação de pagamento #{ $ticket } foi encerrada. Se aparecer mais alguma coisa, é só mandar /paysupport — estamos aqui.
support-receipt-charge = Id do pagamento (para reembolsos e /paysupport): <code>{ $charge }</code>
