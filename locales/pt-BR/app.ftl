### The Mini App (opened from the chat's menu button, /start and /help) and its buttons in the chat.

## In the chat

# Inline button under /start and /help that opens the Mini App.
app-open-button = ✨ Abrir o app do Velro
# The chat's menu button (beside the message field) that opens the Mini App. Keep it short.
app-menu-button = App do Velro
# Plain-text page shown at /app when the service was started without building the app (an operator's mistake).
app-not-built = O app do Velro ainda não está disponível neste servidor. Tente de novo mais tarde.

## Everywhere in the app

# Shown while the app signs in and loads.
app-loading = Carregando…
# The tab bar at the bottom; each label sits under an icon, so keep them to one short word.
app-nav-chat = Chat
app-nav-memories = Memória
app-nav-creations = Galeria
app-nav-credits = Créditos
app-nav-persona = Persona
app-nav-live = Ao vivo
# Sign-in refused: the Telegram data was not signed for this bot (tampered with, or another bot's).
app-signin-forged = Não consegui confirmar que é você: os dados do Telegram não batem com este bot. Feche o app e abra de novo pelo chat.
# Sign-in refused: the Telegram data is more than a day old.
app-signin-stale = Esta sessão é antiga demais. Feche o app e abra de novo pelo chat.
# Sign-in refused for another reason (malformed data).
app-signin-invalid = O Telegram não enviou os dados de login. Abra o app pelo botão de menu do chat.
# The page was opened in a normal browser, not inside Telegram.
app-signin-outside = Abra este app pelo chat do Velro no Telegram — lá o login acontece sozinho.
# The service could not be reached.
app-network-error = Não consigo falar com o servidor agora. Verifique sua conexão e tente de novo.
# Generic failure of an action.
app-error = Algo deu errado. Tente de novo.
# Button that repeats what failed.
app-retry = Tentar de novo
# Shown while the live connection is being re-established.
app-reconnecting = Reconectando…
# Confirmation buttons.
app-confirm = Sim
app-cancel = Cancelar
app-save = Salvar
app-delete = Apagar
app-edit = Editar

## Chat page

# Placeholder of the message field. $name: the persona's name (e.g. Velro).
app-chat-placeholder = Mensagem para { $name }…
# Send button (also its accessible label).
app-chat-send = Enviar
# Button that stops the reply being written.
app-chat-stop = Parar
# Shown in an empty conversation.
app-chat-empty = Oi! Esta é a mesma conversa do nosso chat no Telegram: o que você me contar aqui, eu lembro lá também.
# Under a reply: how many memories it drew on; tapping opens them. $count: how many.
app-chat-memories-used = { $count ->
    [one] Usei { $count } lembrança
   *[other] Usei { $count } lembranças
}
# Error under a message when the user sends too fast. $seconds: how long to wait.
app-chat-rate-limited = Você está escrevendo mais rápido do que consigo ler — tente em { $seconds } s.
# Error under a message when the reply failed or the connection dropped; the message can be sent again.
app-chat-failed = Esta mensagem ficou sem resposta. Toque para enviar de novo.
# Shown while a reply is being written in the Telegram chat at the same moment.
app-chat-waiting = Ainda respondendo…

## Memory palace page

# Page title.
app-memories-title = Palácio da memória
# Search field placeholder.
app-memories-search = Buscar lembranças
# Filter chip showing every room.
app-memories-all = Tudo
# Empty palace.
app-memories-empty = Ainda não há nada aqui. Conte sobre você no chat — ou adicione uma lembrança você mesmo.
# No search results.
app-memories-no-results = Nenhuma lembrança corresponde.
# Button and form title for adding a memory.
app-memories-add = Adicionar lembrança
# Placeholder of the new memory's text.
app-memories-add-placeholder = ex.: tenho alergia a amendoim
# Room picker option that lets Velro choose the room from the text.
app-memories-room-auto = Deixe o Velro escolher a sala
# Button that pins a memory (always considered when Velro replies).
app-memories-pin = Fixar
# Button that unpins a memory.
app-memories-unpin = Desafixar
# Badge on a pinned memory.
app-memories-pinned = 📌 Sempre lembrado
# Refusal when too many memories are pinned. $max: the limit.
app-memories-pin-limit = Você pode fixar até { $max } lembranças. Desafixe uma primeiro.
# Asked before deleting a memory.
app-memories-delete-confirm = Esquecer esta lembrança? Não vou conseguir trazê-la de volta.
# Section listing the memories Velro's last reply used.
app-memories-last-used = Usadas na minha última resposta
# How often a memory was said. $count: times.
app-memories-mentions = { $count ->
    [one] dito uma vez
   *[other] dito { $count } vezes
}

## Gallery page

# Page title.
app-creations-title = Suas criações
# Empty gallery.
app-creations-empty = Nada criado ainda. Experimente /imagine no chat — suas imagens e vídeos aparecem aqui.
# Creation is not set up on this bot.
app-creations-unavailable = A criação de imagens e vídeos não está configurada neste bot.
# A creation's cost. $cost: credits.
app-creations-cost = { $cost ->
    [one] { $cost } crédito
   *[other] { $cost } créditos
}
# Button that sends a creation to the Telegram chat again.
app-creations-send = Enviar ao chat
# Toast after a creation was sent.
app-creations-sent = Enviado para o nosso chat ✓
# Asked before deleting a creation.
app-creations-delete-confirm = Apagar esta criação da sua galeria?
# Button loading older creations.
app-creations-more = Ver anteriores

## Credits page

# Page title.
app-credits-title = Créditos
# The balance. $balance: credits.
app-credits-balance = { $balance ->
    [one] { $balance } crédito
   *[other] { $balance } créditos
}
# Section title over the packs.
app-credits-buy = Recarregar com Telegram Stars
# A pack's button. $credits: credits in it, $stars: its price in Stars.
app-credits-pack = { $credits } créditos · { $stars } ⭐
# After the payment sheet closed: paid (the credits arrive a moment later).
app-credits-paid = Obrigado! Seus créditos estão a caminho.
# After the payment sheet closed without paying.
app-credits-cancelled = Pagamento cancelado — nada foi cobrado.
# After a failed payment.
app-credits-failed = O pagamento não foi concluído. Nada foi cobrado.
# While Telegram is still processing the payment.
app-credits-pending = Seu pagamento está sendo processado…
# Section title over the ledger.
app-credits-history = Histórico
# Empty ledger.
app-credits-history-empty = Nenhuma movimentação ainda.
# Ledger lines in plain words. $model: the creation's model, when known.
app-ledger-grant = Presente de boas-vindas
app-ledger-purchase = Comprado com Stars
app-ledger-reserve = Criação com { $model }
app-ledger-release = Reembolso de { $model }
app-ledger-capture = Criação com { $model } concluída
app-ledger-adjust = Ajuste da equipe
app-ledger-stars_refund = Stars devolvidas
app-ledger-transfer_out = Enviado para uma equipe
app-ledger-transfer_in = Recebido de uma equipe
# A ledger line of a kind the app does not know. $kind: its technical name.
app-ledger-other = { $kind }
# Shown instead of the model name when it is not known.
app-ledger-unknown-model = um modelo

## Persona and mood page

# Section title: the persona in use.
app-persona-title = Quem eu sou com você
# Badge on the persona in use.
app-persona-current = Atual
# Title of the custom persona form.
app-persona-custom = Descreva seu próprio personagem
# Placeholder of the custom persona description.
app-persona-custom-placeholder = ex.: um marinheiro aposentado e tranquilo chamado Ned que adora chá
# Button creating the custom persona.
app-persona-custom-create = Criar
# Section title: the mood.
app-mood-title = Seu humor ultimamente
# No mood readings yet.
app-mood-none = Ainda não percebi muita coisa — acabamos de nos conhecer.
# Caption of the chart. $weeks: how many weeks it shows.
app-mood-chart = { $weeks ->
    [one] Dia a dia, esta semana
   *[other] Dia a dia, nas últimas { $weeks } semanas
}
# Chart axis labels: the top (good mood) and the bottom (low mood).
app-mood-good = 🙂 bem
app-mood-low = 🙁 pra baixo

## Live page

# Page title.
app-live-title = Ao vivo
# No creation in progress.
app-live-empty = Nada está sendo criado agora. Comece com /imagine ou /video no chat.
# A creation waiting in the provider's queue. $position: its place, when known (0 if unknown).
app-live-queued = { $position ->
    [0] Na fila…
   *[other] Na fila: posição { $position }.
}
# A creation being made.
app-live-running = Criando…
# A creation that finished.
app-live-done = Pronto ✓
# A creation that failed. $reason: the explanation.
app-live-failed = Não deu certo: { $reason }
# Button cancelling a creation in progress.
app-live-cancel = Cancelar
# Heading of an announcement from the team.
app-live-announcement = Aviso

## Team and projects

# Tab bar label (one short word) of the Team page.
app-nav-team = Equipe
# Tab bar label (one short word) of the Projects page.
app-nav-projects = Projetos
# Team page title.
app-team-title = Sua equipe
# The user is in no team. /team new is a bot command: keep it as is.
app-team-none = Você ainda não está em uma equipe. Crie uma no nosso chat com /team new e um nome — depois convide pessoas para dividir créditos e projetos.
# The user's role in the team shown. $role: the role's name (owner, admin, editor, viewer — already translated).
app-team-role = Aqui você é { $role }
# The team's shared credit pool. $credits: how many credits it holds.
app-team-pool = { $credits ->
    [one] 💰 Saldo compartilhado: 1 crédito
   *[other] 💰 Saldo compartilhado: { $credits } créditos
}
# The user's monthly spending limit from the pool. $spent: credits spent this month, $cap: the limit.
app-team-cap = Seu limite do mês: { $spent } de { $cap } usados
# The user has no monthly limit. $spent: credits spent from the pool this month.
app-team-no-cap = Você não tem limite mensal · { $spent } usados este mês
# Heading of the member list. $count: how many members.
app-team-members = { $count ->
    [one] 1 membro
   *[other] { $count } membros
}
# Heading of the team's audit log (who did what), shown to owners and admins.
app-team-log = Registro de atividades
# The audit log has no lines.
app-team-log-empty = Nada aconteceu por aqui ainda.
# Footnote: the team is managed with the /team command in the chat. Keep /team as is.
app-team-hint = Convide pessoas, mude funções e defina limites com /team no nosso chat.
# Projects page title.
app-projects-title = Projetos
# The user has no projects. /project new is a bot command: keep it as is.
app-projects-empty = Ainda não há projetos. Crie um no nosso chat com /project new e um nome, e junte suas criações nele.
# Shown instead of a team's name for a personal project.
app-projects-personal = Pessoal
# How many creations a project holds. $count: the number.
app-projects-items = { $count ->
    [one] 1 criação
   *[other] { $count } criações
}
# An open project with no creations yet.
app-projects-nothing = Nada aqui ainda — adicione criações pela Galeria.
# Heading of the privacy switch of a project.
app-projects-privacy = Quem pode ver
# Privacy: only the user (or, in a team, its owner, admins and the project's creator).
app-privacy-private = Privado
# Privacy: every member of the team.
app-privacy-team = Equipe
# Privacy: anyone with the link.
app-privacy-public = Público
# Above the link of a project just made public.
app-projects-public-link = Qualquer pessoa com este link pode ver (só ver):
# A public project whose link is no longer shown (it is shown only once, when made public).
app-projects-public-hidden = Este projeto é público. O link aparece uma única vez, quando ele fica público — escolha Público de novo para um link novo (o antigo deixa de funcionar).
# Button taking a creation out of the project (the creation itself stays in the gallery).
app-projects-remove = Tirar
# Button on a gallery card that opens the list of projects to add the creation to.
app-projects-add = Adicionar ao projeto
# Toast after a creation was added. $project: the project's name.
app-projects-added = Adicionado a { $project } ✓
# Toast when the creation was in that project already. $project: the project's name.
app-projects-already = Já está em { $project }
# The picker has no project the user may add to. /project new is a bot command: keep it as is.
app-projects-none-to-file = Ainda não há projeto onde você possa adicionar — crie um com /project new no nosso chat.
# The user's role does not allow what they tried (e.g. a viewer changing privacy).
app-projects-forbidden = Sua função nesta equipe não permite isso.
