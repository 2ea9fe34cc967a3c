# Brazilian Portuguese (pt-BR): /export, /deletedata, /token and /broadcast.

## /export and /deletedata

privacy-private-only = 🔒 Pela sua privacidade, isso só funciona no nosso chat privado.

export-caption = 📦 Tudo o que eu guardo sobre você: perfil, estado interno, lembranças (as fixadas também), humor por dia, histórico de conversas, extrato de créditos, pagamentos, criações, equipes e projetos, lembretes, mensagens para saber como você está e diário, respostas em voz e configurações.

delete-confirm =
    ⚠️ Apagar todos os seus dados? Seu perfil, suas lembranças, meu estado interno, o histórico de conversas e suas criações serão apagados para sempre.

    Seu saldo de créditos, o extrato dele e os registros de pagamentos com Estrelas do Telegram são mantidos: são registros financeiros necessários para reembolsos e contestações de pagamento, e não contêm mensagens.

# Added below delete-confirm when the user owns teams that have other members.
# $count (number) — how many such teams.
delete-confirm-team-handover =
    { $count ->
        [one] 👥 Você é dono de uma equipe com outros membros: ela passa para o administrador mais antigo (se não houver, para o editor mais antigo e depois para o leitor).
       *[other] 👥 Você é dono de { $count } equipes com outros membros: cada uma passa para o administrador mais antigo (se não houver, para o editor mais antigo e depois para o leitor).
    }

# Added below delete-confirm when the user owns teams nobody else is in.
# $count (number) — how many such teams; $credits (number) — the credits left in their pools together.
delete-confirm-team-lone =
    { $count ->
        [one] 🗂 Em uma equipe sua não há mais ninguém: ela será apagada, e os créditos que restam no saldo dela ({ $credits }) serão perdidos.
       *[other] 🗂 Em { $count } equipes suas não há mais ninguém: elas serão apagadas, e os créditos que restam nos saldos delas ({ $credits }) serão perdidos.
    }

delete-button-confirm = Sim, apagar tudo

delete-not-yours = Este botão não é seu.

delete-busy-toast = Uma criação ainda está em andamento.
delete-busy = ⏳ Uma criação sua ainda está em andamento. Tente /deletedata de novo quando ela terminar.

delete-done-toast = Apagado.
delete-done = 🗑 Pronto. Seus dados foram apagados. Se você me escrever de novo, a gente começa do zero, como se não se conhecesse.

delete-cancelled-toast = Nada foi apagado.
delete-cancelled = Ok, nada foi apagado.

## /token and /broadcast

token-private-only = Pela sua privacidade, peça /token em um chat privado comigo.

token-issued =
    🔑 Seu token de status ao vivo (válido por { $minutes ->
        [0] { $minutes } minutos
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }; não compartilhe com ninguém):

    { $token }

    Conecte um WebSocket a { $wsUrl }?token=<token>
    ou abra a página ao vivo: { $pageUrl }

broadcast-admins-only = Só administradores podem enviar comunicados.

broadcast-usage = Uso: /broadcast <texto> — envia um comunicado para todos os clientes de status ao vivo.

broadcast-too-long = Esse comunicado é longo demais (no máximo { $max } caracteres).

broadcast-sent = 📣 Comunicado enviado para todos os clientes de status ao vivo.
