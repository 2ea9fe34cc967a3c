### Team (membri con ruoli che condividono una cassa di crediti) e progetti (raccolte di creazioni).

## Ruoli

team-role-owner = proprietario
team-role-admin = admin
team-role-editor = editor
team-role-viewer = spettatore

## /team

team-help =
    👥 I <b>team</b> condividono una cassa di crediti e dei progetti — per famiglie, amici e piccoli studi.

    /team new &lt;nome&gt; — crea un team (ne diventi il proprietario)
    /team invite [editor|viewer|admin] [usi] — un link per entrare
    /team — il tuo team, i membri e i crediti
    /team topup &lt;crediti&gt; — sposta i tuoi crediti nella cassa
    /team cap &lt;membro&gt; &lt;crediti|off&gt; — il limite mensile di un membro
    /team role &lt;membro&gt; &lt;ruolo&gt;, /team remove &lt;membro&gt;, /team leave
    /team transfer &lt;membro&gt;, /team rename &lt;nome&gt;, /team delete
    /team use &lt;nome&gt; — scegli su quale dei tuoi team agiscono questi comandi
    /team link — in un gruppo: il team paga ciò che i membri creano qui
    /team revoke [numero|all], /team log
team-created = 🎉 Il team <b>{ $team }</b> è pronto e tu ne sei il proprietario. Invita persone con /team invite e riempi la cassa con /team topup o /buy.
team-overview-title = 👥 <b>{ $team }</b> · sei { $role }
team-overview-pool = 💰 Cassa: { $credits ->
        [one] { $credits } credito
       *[other] { $credits } crediti
    }
team-overview-no-cap = 🎚 Nessun limite mensile per te · speso questo mese: { $spent }
team-overview-cap = 🎚 Il tuo limite mensile: { $cap } · speso questo mese: { $spent }
team-overview-members = { $count ->
        [one] Un membro:
       *[other] { $count } membri:
    }
team-member-line = • { $name } — { $role }
team-member-line-cap = • { $name } — { $role } · limite { $cap }/mese
team-balance-line = 👥 { $team } (sei { $role }): { $credits ->
        [one] { $credits } credito
       *[other] { $credits } crediti
    } nella cassa

## Inviti

team-invite-usage = Invita qualcuno come editor, spettatore o admin: /team invite editor (aggiungi un numero perché più persone usino lo stesso link: /team invite viewer 5).
team-invite-created =
    🔗 Invito a <b>{ $team }</b> come { $role }:
    { $link }

    { $uses ->
        [one] Può usarlo una persona
       *[other] Possono usarlo fino a { $uses } persone
    } fino al { DATETIME($expires, month: "short", day: "numeric", hour: "2-digit", minute: "2-digit") } (UTC). Condividilo solo con persone di fiducia — /team revoke { $id } lo annulla.
team-invites-none = <b>{ $team }</b> non ha inviti aperti.
team-invites-title = 🔗 Inviti aperti di <b>{ $team }</b> (/team revoke &lt;numero&gt; o /team revoke all):
team-invite-line = #{ $id } · { $role } · { $uses }/{ $max } usati · fino al { DATETIME($expires, month: "short", day: "numeric") }
team-revoke-usage = Invia /team revoke con il numero di un invito (li trovi con /team revoke), oppure /team revoke all.
team-revoked = { $count ->
        [0] Non c'era nessun invito aperto da annullare.
        [one] Fatto: quel link d'invito non funziona più.
       *[other] Fatto: { $count } link d'invito non funzionano più.
    }
team-joined = 🎉 Benvenuto in <b>{ $team }</b>! Sei entrato come { $role }. /team mostra il team; nel suo gruppo collegato le tue creazioni le paga la cassa comune.

## Membri

team-role-usage = Indica un membro e un ruolo: /team role @nome editor (oppure rispondi a un suo messaggio con /team role viewer). Ruoli: admin, editor, viewer.
team-role-changed = ✅ { $name } ora è { $role }.
team-removed = ✅ { $name } non fa più parte di <b>{ $team }</b>.
team-left = 👋 Hai lasciato <b>{ $team }</b>.
team-owner-changed = 🔑 Ora <b>{ $team }</b> è di { $name }; tu resti come admin.
team-renamed = ✏️ <b>{ $from }</b> ora si chiama <b>{ $team }</b>.
team-in-use = 👥 I tuoi comandi /team e /project ora agiscono su <b>{ $team }</b>.

## Crediti

team-topped-up = 💰 { $credits } spostati nella cassa di <b>{ $team }</b>, che ora ne ha { $pool }. Il tuo saldo personale: { $balance }.
team-cap-usage = Indica un membro e un limite mensile in crediti: /team cap @nome 300 — oppure /team cap @nome off per toglierlo.
team-cap-set = 🎚 Ora { $name } può spendere fino a { $cap } crediti della cassa al mese.
team-cap-off = 🎚 { $name } non ha più un limite mensile.

## Gruppi

team-link-group-admins = Solo gli admin del gruppo possono collegarlo a un team: decide chi paga le creazioni di tutti qui.
team-linked = 🔗 Questo gruppo ora è collegato a <b>{ $team }</b>. I /imagine, /video e /edit dei membri qui li paga la cassa del team (entro i loro limiti mensili) e finiscono nel progetto <b>{ $project }</b>. /team link off lo annulla.
team-unlinked = Questo gruppo non è più collegato a <b>{ $team }</b>: qui ognuno torna a pagare con i propri crediti.

## Eliminare

team-delete-confirm = ⚠️ Eliminare <b>{ $team }</b>? Membri, inviti e gruppi collegati spariscono; i crediti della cassa tornano a te. Non si può annullare.
team-delete-confirm-button = 🗑 Elimina il team
team-delete-cancel-button = Tienilo
team-deleted = 🗑 <b>{ $team }</b> è stato eliminato. { $credits ->
        [0] La sua cassa era vuota.
        [one] { $credits } credito è tornato sul tuo saldo.
       *[other] { $credits } crediti sono tornati sul tuo saldo.
    }
team-delete-kept = Non è stato eliminato nulla.
team-delete-stale = Quel pulsante è di un altro team. Invia di nuovo /team delete.

## Registro (/team log)

team-log-empty = In questo team non è ancora successo nulla.
team-log-title = 📜 <b>{ $team }</b> — dal più recente:
team-log-line = { DATETIME($date, month: "short", day: "numeric", hour: "2-digit", minute: "2-digit") } · { $event }
team-log-team-created = { $actor } ha creato il team
team-log-invite-created = { $actor } ha creato l'invito { $invite } ({ $role }, { $uses ->
        [one] { $uses } uso
       *[other] { $uses } usi
    })
team-log-invite-revoked = { $actor } ha annullato l'invito { $invite }
team-log-invites-revoked-all = { $actor } ha annullato tutti gli inviti aperti
team-log-joined = { $actor } è entrato come { $role } (invito { $invite })
team-log-role-changed = { $actor } ha reso { $target } { $to } (era { $from })
team-log-member-removed = { $actor } ha rimosso { $target }
team-log-member-left = { $actor } è uscito
team-log-ownership-transferred = { $actor } ha ceduto la proprietà a { $target }
team-log-renamed = { $actor } ha rinominato il team da { $from } a { $to }
team-log-deleted = { $actor } ha eliminato il team ({ $returned } restituiti)
team-log-topup = { $actor } ha aggiunto { $credits } crediti propri
team-log-purchase = { $actor } ha comprato { $credits } crediti con le Stelle
team-log-spent = { $actor } ha speso { $credits } per una creazione
team-log-cap-set = { $cap ->
        [none] { $actor } ha tolto il limite mensile di { $target }
       *[other] { $actor } ha fissato il limite mensile di { $target } a { $cap }
    }
team-log-group-linked = { $actor } ha collegato un gruppo (archiviato in { $project })
team-log-group-unlinked = { $actor } ha scollegato un gruppo
team-log-creation-transferred = { $actor } ha dato una creazione a { $target }
team-log-project-created = { $actor } ha creato il progetto { $project }
team-log-privacy-changed = { $actor } ha reso { $project } { $privacy }

## Comprare per il team

team-buy-button = 👥 Per il team: { $team }
team-buy-choose = Quale pacchetto per la cassa di <b>{ $team }</b>?
team-buy-not-allowed = Solo il proprietario e gli admin del team possono ricaricare la cassa.
team-invoice-title = { $credits } crediti del team
team-invoice-description = { $credits } crediti per la cassa comune di { $team }, per le creazioni dei suoi membri.
team-pay-thanks = ⭐ Grazie! { $credits } crediti sono entrati nella cassa di <b>{ $team }</b>, che ora ne ha { $pool }.
stats-team-pools = Casse dei team: { $pools }, con { $credits } crediti

## Creare in un gruppo collegato

gen-refused-team-not-member = Le creazioni di questo gruppo le paga il team { $team }, e tu non ne fai parte. Chiedi un invito a uno dei suoi admin.
gen-refused-team-viewer = In { $team } sei spettatore: gli spettatori non possono spendere i crediti del team. Un admin può renderti editor.
gen-refused-team-cap = Costa { $cost } crediti e del tuo limite mensile di { $cap } in { $team } ne restano { $left }. Il proprietario può alzarlo con /team cap.
gen-refused-team-pool-empty = { $model } costa { $cost } crediti e la cassa di { $team } ne ha { $balance }. Un proprietario o un admin può ricaricarla con /buy o /team topup.

## Rifiuti

team-error-no-team = Non fai ancora parte di un team. Creane uno con /team new &lt;nome&gt; o apri un link d'invito.
team-error-forbidden = Il tuo ruolo in <b>{ $team }</b> non lo consente. /team mostra chi può fare cosa.
team-error-name-invalid = Serve un nome da 1 a 64 caratteri.
team-error-name-taken = Ne hai già uno che si chiama <b>{ $name }</b>. Scegli un altro nome.
team-error-member-unknown = Non ho trovato quel membro. Usa il suo @username o rispondi a un suo messaggio.
team-error-role-invalid = I ruoli sono admin, editor e viewer.
team-error-self = Non puoi farlo a te stesso.
team-error-owner-cannot-leave = Sei il proprietario di <b>{ $team }</b>: prima cedilo con /team transfer &lt;membro&gt; o eliminalo con /team delete.
team-error-jobs-running = { $count ->
        [one] Una creazione pagata dalla cassa è ancora in corso.
       *[other] { $count } creazioni pagate dalla cassa sono ancora in corso.
    } Riprova quando avranno finito.
team-error-insufficient = Hai { $balance } crediti tuoi: non bastano.
team-error-amount-invalid = Serve un numero intero (crediti, o persone per un invito: da 1 a 100).
team-error-invite-invalid = Questo link d'invito non funziona più: forse è scaduto, esaurito o annullato. Chiedine uno nuovo.
team-error-already-member = Fai già parte di <b>{ $team }</b>.
team-error-group-only = Funziona in un gruppo: aggiungimi al gruppo e invia lì /team link.
team-error-team-unknown = Non fai parte di nessun team chiamato <b>{ $name }</b>.
team-error-project-unknown = Non vedo nessun progetto chiamato <b>{ $name }</b>. /projects elenca i tuoi.
team-error-team-privacy-personal = I progetti personali sono privati o pubblici; «team» è per i progetti del team.
team-error-creation-unknown = Non trovo quella creazione.
team-error-creation-not-yours = Quella creazione non è tua: non puoi archiviarla né cederla.

## Progetti

project-privacy-private = privato
project-privacy-team = del team
project-privacy-public = pubblico
project-button-add = 📁 Nel progetto
project-button-details = ℹ️ Dettagli
project-button-remix = 🔁 Remix
project-help =
    📁 I <b>progetti</b> tengono insieme le creazioni.

    /project new &lt;nome&gt; — un progetto personale (/project new team &lt;nome&gt; — per il tuo team)
    /project add [nome] — rispondi a una creazione per archiviarla (o usa il suo pulsante 📁)
    /project privacy &lt;nome&gt; private|team|public — public crea una pagina di sola lettura
    /projects [nome] — i tuoi progetti, o cosa c'è in uno
    /transfer @nome — rispondi a una creazione per darla a qualcuno del team
project-created = 📁 Progetto <b>{ $project }</b> creato (privato). Archivia le creazioni con il loro pulsante 📁.
project-created-team = 📁 Progetto del team <b>{ $project }</b> creato in <b>{ $team }</b>; lo vedono tutti i membri.
project-add-usage = Rispondi a una delle mie creazioni con /project add (o /project add <progetto>), oppure tocca il suo pulsante 📁.
project-choose = In quale progetto?
project-none-to-add = Non hai ancora un progetto dove metterla: creane uno con /project new <nome>.
project-added = ✅ Aggiunta a <b>{ $project }</b>.
project-already-there = È già in <b>{ $project }</b>.
project-added-toast = Aggiunta!
project-already-there-toast = Già presente
project-privacy-usage = Invia /project privacy <nome> private, team o public.
project-privacy-set = 🔒 <b>{ $project }</b> ora è { $privacy }. Se aveva un link pubblico, non funziona più.
project-public = 🌐 <b>{ $project }</b> ora è pubblico. Chi ha questo link vede le sue immagini e i suoi video (nient'altro):
    { $link }
    Cambiando di nuovo la privacy si crea un nuovo link e questo smette di funzionare.
projects-none = Ancora nessun progetto. Inizia con /project new &lt;nome&gt;.
projects-title = 📁 <b>I tuoi progetti</b>
projects-line = #{ $id } <b>{ $project }</b> · { $count ->
        [one] una creazione
       *[other] { $count } creazioni
    } · { $privacy }
projects-line-team = #{ $id } <b>{ $project }</b> · { $count ->
        [one] una creazione
       *[other] { $count } creazioni
    } · { $privacy } · 👥 { $team }
projects-footer = /projects &lt;nome&gt; mostra cosa c'è dentro.
project-show-title = 📁 <b>{ $project }</b> · { $count ->
        [one] una creazione
       *[other] { $count } creazioni
    }
project-item-line = • { $model }, di { $maker }: «{ $prompt }»
project-empty = Qui non c'è ancora niente.

## Cedere creazioni e la loro origine

transfer-usage = Rispondi a una tua creazione con /transfer @nome per darla a qualcuno del tuo team.
transfer-done = 🎁 Ora è di { $name }: è passata nella sua /history.
creation-not-visible = Questa creazione non è visibile per te.
creation-made-by = ℹ️ { $model } · fatta da { $maker } il { DATETIME($date, month: "short", day: "numeric", year: "numeric") }
creation-from = ↳ fatta da una creazione { $model } di { $maker }
creation-original = ↳ un originale, fatto da una descrizione
creation-owner = 🎁 ora è di { $owner }
creation-paid-by-team = 👥 pagata da { $team }

## La pagina pubblica di un progetto

project-page-title = Creazioni condivise
project-page-count = { $count ->
        [0] Qui non c'è ancora niente.
        [one] Una creazione
       *[other] { $count } creazioni
    }
project-page-image = Una creazione
project-page-video = Una creazione video
project-page-missing-title = Non trovata
project-page-missing = Questa pagina non esiste, oppure il suo link è stato ritirato.
