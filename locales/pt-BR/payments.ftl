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

paysupport = Ajuda com pagamentos: descreva o problema e informe a data da compra. Criações que falham são reembolsadas em créditos automaticamente; para reembolso em Estrelas de créditos não usados, um administrador analisa o seu pedido. Responda aqui e a gente retorna.

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
