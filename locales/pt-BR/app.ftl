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
