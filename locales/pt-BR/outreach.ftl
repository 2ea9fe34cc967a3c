### Lembretes, mensagens para saber como você está, diário e sonhos: o bot só escreve primeiro se a pessoa ativou.

outreach-zone-ask = Para acertar o horário, preciso do seu fuso 🌍 Em que cidade você está? Também pode mandar a diferença para o UTC, tipo UTC-3.
outreach-zone-placeholder = Uma cidade, ou UTC-3
outreach-zone-unknown = Ainda não conheço esse lugar 🤔 Pode me dizer uma cidade grande perto, ou a diferença para o UTC (por exemplo UTC-3 ou UTC+1)?
outreach-zone-change = Onde você está agora? Responda com sua cidade ou a diferença para o UTC (tipo UTC-3).
outreach-zone-set = Pronto: { $zone } — aí agora são { $time }.
outreach-zone-unset = ainda não definido
outreach-private-only = Vamos configurar isso no nosso chat privado 🙂

outreach-checkins-menu =
    💬 De vez em quando eu puxo conversa primeiro para saber como você está — sobre o que você me contou.

    Frequência: { $cadence }
    Horário de silêncio: { $quiet }
    Fuso horário: { $zone }
outreach-cadence-off = Desligado
outreach-cadence-daily = Todo dia
outreach-cadence-few = A cada poucos dias
outreach-cadence-weekly = Toda semana
outreach-checkins-usage = Mande /checkins para escolher pelos botões, ou /checkins daily, /checkins few, /checkins weekly ou /checkins off.
outreach-checkins-set = Frequência: { $cadence }
outreach-button-quiet = 🌙 Silêncio: { $quiet }
outreach-button-zone = 🌍 Mudar fuso horário
outreach-quiet-none = nenhum

outreach-button-stop-reminder = 🔕 Cancelar meus lembretes
outreach-button-stop-checkin = 🔕 Não perguntar mais
outreach-button-stop-diary = 🔕 Desligar o diário
outreach-button-stop-dream = 🔕 Chega de sonhos
outreach-stopped-toast = Feito 🔕
outreach-stopped-reminder = { $count ->
        [0] Tudo bem. Você não tem outros lembretes esperando.
        [one] Tudo bem — cancelei seu outro lembrete. /remind cria um novo.
       *[other] Tudo bem — cancelei seus outros { $count } lembretes. /remind cria um novo.
    }
outreach-stopped-checkin = Tudo bem, não vou mais puxar conversa 🔕 /checkins liga de novo quando você quiser.
outreach-stopped-diary = Tudo bem, o diário está desligado. O que já foi escrito continua em /diary.
outreach-stopped-dream = Tudo bem, sem mais sonhos de manhã. /dreams on traz eles de volta.

outreach-checkin-followup = Oi, { $name }! Você me contou: “{ $memory }” — e aí, como foi?
outreach-checkin-recent = Oi, { $name }, fiquei pensando no que você me contou: “{ $memory }”. Como está indo?
outreach-checkin-general = Oi, { $name }! Só passando para saber: como você está hoje?

outreach-reminder = ⏰ Lembrete: { $text }
outreach-reminder-late = ⏰ Lembrete (um pouco atrasado, desculpa): { $text }
outreach-remind-usage = Me diga quando e o quê, por exemplo: /remind amanhã às 9 ligar para a mãe
outreach-remind-no-time = Não entendi quando 🤔 Tente algo como “/remind amanhã às 9 ligar para a mãe” ou “/remind em 2 horas fazer uma pausa”.
outreach-remind-past = Esse horário já passou — pode escolher um que ainda esteja por vir?
outreach-remind-too-far = Consigo lembrar até um ano à frente. Pode escolher uma data antes?
outreach-remind-no-text = E do que eu te lembro? Por exemplo: /remind amanhã às 9 ligar para a mãe
outreach-remind-set = ⏰ Combinado! Vou te lembrar { $when }: “{ $text }”
outreach-reminders-empty = Você não tem lembretes esperando. /remind amanhã às 9 ligar para a mãe cria um.
outreach-reminders-list = { $count ->
        [one] ⏰ Seu lembrete (✖ cancela):
       *[other] ⏰ Seus { $count } lembretes (✖ cancela um):
    }
outreach-reminders-line = { $n }. { $when } — { $text }
outreach-reminder-cancelled = Lembrete cancelado
outreach-reminder-gone = Esse lembrete já foi enviado ou cancelado

outreach-diary-on = 📔 Diário ligado: toda noite vou anotar como foi o seu dia e do que a gente falou. /diary mostra.
outreach-diary-off = Diário desligado. O que já foi escrito fica; /diary mostra.
outreach-diary-usage = /diary mostra seu diário; /diary on liga e /diary off desliga.
outreach-diary-empty = { $on ->
        [yes] 📔 Seu diário ainda está vazio — a primeira página é escrita hoje à noite.
       *[no] 📔 Seu diário está vazio. /diary on liga: toda noite vou anotar como foi o seu dia e do que a gente falou.
    }
outreach-diary-entry =
    📔 { $date }

    { $mood }

    Do que a gente falou:
    { $summary }

    ({ $page }/{ $pages })
outreach-diary-mood-low = O dia pesou.
outreach-diary-mood-even = O dia foi calmo e tranquilo.
outreach-diary-mood-high = O dia foi luminoso.
outreach-diary-mood-unknown = Não deu para sentir o clima do dia.

outreach-dreams-on = 🌙 Sonhos ligados: toda manhã vou te contar um sonho curtinho, tecido com o que você dividiu comigo. /dreams off desliga.
outreach-dreams-on-illustrated = 🌙 Sonhos ligados, com uma imagem quando houver algo para pintar (cobrado como /imagine). /dreams on deixa só em texto, /dreams off desliga.
outreach-dreams-off = Sonhos desligados. Bons sonhos mesmo assim 🌙
outreach-dreams-usage = { $state ->
        [on] 🌙 Os sonhos da manhã estão ligados.
        [illustrated] 🌙 Os sonhos da manhã estão ligados, com imagens.
       *[off] 🌙 Os sonhos da manhã estão desligados.
    } /dreams on, /dreams illustrated ou /dreams off.
outreach-dream-message =
    🌙 Sonhei com você esta noite…

    { $dream }
