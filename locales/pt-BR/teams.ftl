### Equipes (membros com papéis que dividem um fundo de créditos) e projetos (coleções de criações).

## Papéis

team-role-owner = dono
team-role-admin = admin
team-role-editor = editor
team-role-viewer = espectador

## /team

team-help =
    👥 <b>Equipes</b> dividem um fundo de créditos e projetos — para famílias, amigos e pequenos estúdios.

    /team new &lt;nome&gt; — crie uma equipe (você será o dono)
    /team invite [editor|viewer|admin] [usos] — um link para entrar
    /team — sua equipe, os membros e os créditos
    /team topup &lt;créditos&gt; — passe créditos seus para o fundo
    /team cap &lt;membro&gt; &lt;créditos|off&gt; — o limite mensal de um membro
    /team role &lt;membro&gt; &lt;papel&gt;, /team remove &lt;membro&gt;, /team leave
    /team transfer &lt;membro&gt;, /team rename &lt;nome&gt;, /team delete
    /team use &lt;nome&gt; — escolha em qual das suas equipes esses comandos agem
    /team link — num grupo: a equipe paga o que os membros criarem aqui
    /team revoke [número|all], /team log
team-created = 🎉 A equipe <b>{ $team }</b> está pronta e você é o dono. Convide pessoas com /team invite e encha o fundo com /team topup ou /buy.
team-overview-title = 👥 <b>{ $team }</b> · você é { $role }
team-overview-pool = 💰 Fundo: { $credits ->
        [one] { $credits } crédito
       *[other] { $credits } créditos
    }
team-overview-no-cap = 🎚 Você não tem limite mensal · gasto neste mês: { $spent }
team-overview-cap = 🎚 Seu limite mensal: { $cap } · gasto neste mês: { $spent }
team-overview-members = { $count ->
        [one] Um membro:
       *[other] { $count } membros:
    }
team-member-line = • { $name } — { $role }
team-member-line-cap = • { $name } — { $role } · limite { $cap }/mês
team-balance-line = 👥 { $team } (você é { $role }): { $credits ->
        [one] { $credits } crédito
       *[other] { $credits } créditos
    } no fundo

## Convites

team-invite-usage = Convide alguém como editor, espectador ou admin: /team invite editor (acrescente um número para várias pessoas usarem o mesmo link: /team invite viewer 5).
team-invite-created =
    🔗 Convite para <b>{ $team }</b> como { $role }:
    { $link }

    { $uses ->
        [one] Uma pessoa pode entrar com ele
       *[other] Até { $uses } pessoas podem entrar com ele
    } até { DATETIME($expires, month: "short", day: "numeric", hour: "2-digit", minute: "2-digit") } (UTC). Compartilhe só com quem você confia — /team revoke { $id } cancela o convite.
team-invites-none = <b>{ $team }</b> não tem convites abertos.
team-invites-title = 🔗 Convites abertos de <b>{ $team }</b> (/team revoke &lt;número&gt; ou /team revoke all):
team-invite-line = #{ $id } · { $role } · { $uses }/{ $max } usados · até { DATETIME($expires, month: "short", day: "numeric") }
team-revoke-usage = Envie /team revoke com o número de um convite (veja em /team revoke) ou /team revoke all.
team-revoked = { $count ->
        [0] Não havia convite aberto para cancelar.
        [one] Pronto: esse link de convite não funciona mais.
       *[other] Pronto: { $count } links de convite não funcionam mais.
    }
team-joined = 🎉 Boas-vindas à <b>{ $team }</b>! Você entrou como { $role }. /team mostra a equipe; no grupo vinculado a ela, suas criações são pagas pelo fundo comum.

## Membros

team-role-usage = Diga o membro e o papel: /team role @nome editor (ou responda a uma mensagem da pessoa com /team role viewer). Papéis: admin, editor, viewer.
team-role-changed = ✅ { $name } agora é { $role }.
team-removed = ✅ { $name } não está mais em <b>{ $team }</b>.
team-left = 👋 Você saiu de <b>{ $team }</b>.
team-owner-changed = 🔑 { $name } agora é dono de <b>{ $team }</b>; você continua como admin.
team-renamed = ✏️ <b>{ $from }</b> agora se chama <b>{ $team }</b>.
team-in-use = 👥 Seus comandos /team e /project agora agem em <b>{ $team }</b>.

## Créditos

team-topped-up = 💰 { $credits } foram para o fundo de <b>{ $team }</b>, que agora tem { $pool }. Seu saldo próprio: { $balance }.
team-cap-usage = Diga o membro e um limite mensal em créditos: /team cap @nome 300 — ou /team cap @nome off para tirar o limite.
team-cap-set = 🎚 { $name } agora pode gastar até { $cap } créditos do fundo por mês.
team-cap-off = 🎚 { $name } não tem mais limite mensal.

## Grupos

team-link-group-admins = Só os admins do grupo podem vinculá-lo a uma equipe: isso decide quem paga o que todo mundo cria aqui.
team-linked = 🔗 Este grupo agora está vinculado à <b>{ $team }</b>. Os /imagine, /video e /edit dos membros aqui são pagos pelo fundo da equipe (dentro dos limites mensais) e guardados no projeto <b>{ $project }</b>. /team link off desfaz.
team-unlinked = Este grupo não está mais vinculado à <b>{ $team }</b>: aqui cada um volta a pagar com os próprios créditos.

## Excluir

team-delete-confirm = ⚠️ Excluir <b>{ $team }</b>? Membros, convites e grupos vinculados somem; os créditos do fundo voltam para você. Não dá para desfazer.
team-delete-confirm-button = 🗑 Excluir a equipe
team-delete-cancel-button = Manter
team-deleted = 🗑 <b>{ $team }</b> foi excluída. { $credits ->
        [0] O fundo estava vazio.
        [one] { $credits } crédito voltou para o seu saldo.
       *[other] { $credits } créditos voltaram para o seu saldo.
    }
team-delete-kept = Nada foi excluído.
team-delete-stale = Esse botão é de outra equipe. Envie /team delete de novo.

## Registro (/team log)

team-log-empty = Nada aconteceu nesta equipe ainda.
team-log-title = 📜 <b>{ $team }</b> — mais recentes primeiro:
team-log-line = { DATETIME($date, month: "short", day: "numeric", hour: "2-digit", minute: "2-digit") } · { $event }
team-log-team-created = { $actor } criou a equipe
team-log-invite-created = { $actor } criou o convite { $invite } ({ $role }, { $uses ->
        [one] { $uses } uso
       *[other] { $uses } usos
    })
team-log-invite-revoked = { $actor } cancelou o convite { $invite }
team-log-invites-revoked-all = { $actor } cancelou todos os convites abertos
team-log-joined = { $actor } entrou como { $role } (convite { $invite })
team-log-role-changed = { $actor } tornou { $target } { $to } (era { $from })
team-log-member-removed = { $actor } removeu { $target }
team-log-member-left = { $actor } saiu
team-log-ownership-transferred = { $actor } passou a posse para { $target }
team-log-renamed = { $actor } renomeou a equipe de { $from } para { $to }
team-log-deleted = { $actor } excluiu a equipe ({ $returned } devolvidos)
team-log-topup = { $actor } colocou { $credits } créditos próprios
team-log-purchase = { $actor } comprou { $credits } créditos com Estrelas
team-log-spent = { $actor } gastou { $credits } numa criação
team-log-cap-set = { $cap ->
        [none] { $actor } tirou o limite mensal de { $target }
       *[other] { $actor } definiu o limite mensal de { $target } em { $cap }
    }
team-log-group-linked = { $actor } vinculou um grupo (guardado em { $project })
team-log-group-unlinked = { $actor } desvinculou um grupo
team-log-creation-transferred = { $actor } deu uma criação para { $target }
team-log-project-created = { $actor } criou o projeto { $project }
team-log-privacy-changed = { $actor } deixou { $project } { $privacy }

## Comprar para a equipe

team-buy-button = 👥 Para a equipe: { $team }
team-buy-choose = Qual pacote para o fundo de <b>{ $team }</b>?
team-buy-not-allowed = Só o dono e os admins da equipe podem recarregar o fundo.
team-invoice-title = { $credits } créditos da equipe
team-invoice-description = { $credits } créditos para o fundo comum de { $team }, para as criações dos membros.
team-pay-thanks = ⭐ Obrigado! { $credits } créditos foram para o fundo de <b>{ $team }</b>, que agora tem { $pool }.
stats-team-pools = Fundos de equipe: { $pools }, com { $credits } créditos

## Criar num grupo vinculado

gen-refused-team-not-member = As criações deste grupo são pagas pela equipe { $team }, e você não é membro. Peça um convite a um dos admins.
gen-refused-team-viewer = Você é espectador em { $team }: espectadores não podem gastar os créditos da equipe. Um admin pode tornar você editor.
gen-refused-team-cap = Isso custa { $cost } créditos e restam { $left } do seu limite mensal de { $cap } em { $team }. O dono pode aumentá-lo com /team cap.
gen-refused-team-pool-empty = { $model } custa { $cost } créditos e o fundo de { $team } tem { $balance }. Um dono ou admin pode recarregá-lo com /buy ou /team topup.

## Recusas

team-error-no-team = Você ainda não está numa equipe. Crie uma com /team new &lt;nome&gt; ou abra um link de convite.
team-error-forbidden = Seu papel em <b>{ $team }</b> não permite isso. /team mostra quem pode fazer o quê.
team-error-name-invalid = Use um nome de 1 a 64 caracteres.
team-error-name-taken = Você já tem um chamado <b>{ $name }</b>. Escolha outro nome.
team-error-member-unknown = Não encontrei esse membro. Use o @usuário dele ou responda a uma mensagem dele.
team-error-role-invalid = Os papéis são admin, editor e viewer.
team-error-self = Você não pode fazer isso consigo mesmo.
team-error-owner-cannot-leave = Você é dono de <b>{ $team }</b>: passe a posse antes com /team transfer &lt;membro&gt; ou exclua com /team delete.
team-error-jobs-running = { $count ->
        [one] Uma criação paga pelo fundo ainda está em andamento.
       *[other] { $count } criações pagas pelo fundo ainda estão em andamento.
    } Tente de novo quando terminarem.
team-error-insufficient = Você tem { $balance } créditos próprios — não dá.
team-error-amount-invalid = Use um número inteiro (créditos, ou pessoas num convite: de 1 a 100).
team-error-invite-invalid = Este link de convite não funciona mais — pode ter expirado, esgotado ou sido cancelado. Peça um novo.
team-error-already-member = Você já está em <b>{ $team }</b>.
team-error-group-only = Isso funciona num grupo: me adicione ao grupo e envie /team link lá.
team-error-team-unknown = Você não está numa equipe chamada <b>{ $name }</b>.
team-error-project-unknown = Não vejo nenhum projeto chamado <b>{ $name }</b>. /projects lista os seus.
team-error-team-privacy-personal = Projetos pessoais são privados ou públicos; "team" é para projetos de equipe.
team-error-creation-unknown = Não encontrei essa criação.
team-error-creation-not-yours = Essa criação não é sua para guardar ou passar adiante.

## Projetos

project-privacy-private = privado
project-privacy-team = da equipe
project-privacy-public = público
project-button-add = 📁 No projeto
project-button-details = ℹ️ Detalhes
project-button-remix = 🔁 Remix
project-help =
    📁 <b>Projetos</b> juntam criações.

    /project new &lt;nome&gt; — um projeto pessoal (/project new team &lt;nome&gt; — para a sua equipe)
    /project add [nome] — responda a uma criação para guardá-la (ou use o botão 📁)
    /project privacy &lt;nome&gt; private|team|public — public gera uma página só de leitura
    /projects [nome] — seus projetos, ou o que há em um
    /transfer @nome — responda a uma criação para dá-la a alguém da equipe
project-created = 📁 Projeto <b>{ $project }</b> criado (privado). Guarde criações pelo botão 📁 delas.
project-created-team = 📁 Projeto de equipe <b>{ $project }</b> criado em <b>{ $team }</b>; todos os membros veem.
project-add-usage = Responda a uma das minhas criações com /project add (ou /project add <projeto>), ou toque no botão 📁 dela.
project-choose = Em qual projeto?
project-none-to-add = Você ainda não tem projeto para guardar isso — crie um com /project new <nome>.
project-added = ✅ Guardado em <b>{ $project }</b>.
project-already-there = Já está em <b>{ $project }</b>.
project-added-toast = Guardado!
project-already-there-toast = Já estava lá
project-privacy-usage = Envie /project privacy <nome> private, team ou public.
project-privacy-set = 🔒 <b>{ $project }</b> agora é { $privacy }. Se tinha um link público, ele não funciona mais.
project-public = 🌐 <b>{ $project }</b> agora é público. Quem tiver este link vê as imagens e vídeos dele (nada mais):
    { $link }
    Mudar a privacidade de novo cria um link novo e aposenta este.
projects-none = Nenhum projeto ainda. Comece um com /project new &lt;nome&gt;.
projects-title = 📁 <b>Seus projetos</b>
projects-line = #{ $id } <b>{ $project }</b> · { $count ->
        [one] uma criação
       *[other] { $count } criações
    } · { $privacy }
projects-line-team = #{ $id } <b>{ $project }</b> · { $count ->
        [one] uma criação
       *[other] { $count } criações
    } · { $privacy } · 👥 { $team }
projects-footer = /projects &lt;nome&gt; mostra o que tem dentro.
project-show-title = 📁 <b>{ $project }</b> · { $count ->
        [one] uma criação
       *[other] { $count } criações
    }
project-item-line = • { $model }, de { $maker }: “{ $prompt }”
project-empty = Nada aqui ainda.

## Passar criações adiante e sua origem

transfer-usage = Responda a uma criação sua com /transfer @nome para dá-la a alguém da sua equipe.
transfer-done = 🎁 Agora é de { $name } — foi para o /history dessa pessoa.
creation-not-visible = Você não pode ver esta criação.
creation-made-by = ℹ️ { $model } · feita por { $maker } em { DATETIME($date, month: "short", day: "numeric", year: "numeric") }
creation-from = ↳ feita a partir de uma criação de { $model } de { $maker }
creation-original = ↳ original, feita a partir de um texto
creation-owner = 🎁 agora é de { $owner }
creation-paid-by-team = 👥 paga por { $team }

## A página pública de um projeto

project-page-title = Criações compartilhadas
project-page-count = { $count ->
        [0] Nada aqui ainda.
        [one] Uma criação
       *[other] { $count } criações
    }
project-page-image = Uma criação
project-page-video = Uma criação em vídeo
project-page-missing-title = Não encontrada
project-page-missing = Esta página não existe, ou o link dela foi aposentado.
