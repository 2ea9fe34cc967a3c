### Equipos (miembros con roles que comparten un fondo de créditos) y proyectos (colecciones de creaciones).

## Roles

team-role-owner = propietario
team-role-admin = admin
team-role-editor = editor
team-role-viewer = espectador

## /team

team-help =
    👥 Los <b>equipos</b> comparten un fondo de créditos y proyectos — para familias, amigos y pequeños estudios.

    /team new &lt;nombre&gt; — crea un equipo (serás su propietario)
    /team invite [editor|viewer|admin] [usos] — un enlace para unirse
    /team — tu equipo, sus miembros y sus créditos
    /team topup &lt;créditos&gt; — pasa créditos tuyos al fondo
    /team cap &lt;miembro&gt; &lt;créditos|off&gt; — el límite mensual de un miembro
    /team role &lt;miembro&gt; &lt;rol&gt;, /team remove &lt;miembro&gt;, /team leave
    /team transfer &lt;miembro&gt;, /team rename &lt;nombre&gt;, /team delete
    /team use &lt;nombre&gt; — elige sobre cuál de tus equipos actúan estos comandos
    /team link — en un grupo: el equipo paga lo que creen aquí sus miembros
    /team revoke [número|all], /team log
team-created = 🎉 El equipo <b>{ $team }</b> está listo y tú eres su propietario. Invita gente con /team invite y llena su fondo con /team topup o /buy.
team-overview-title = 👥 <b>{ $team }</b> · eres { $role }
team-overview-pool = 💰 Fondo: { $credits ->
        [one] { $credits } crédito
       *[other] { $credits } créditos
    }
team-overview-no-cap = 🎚 No tienes límite mensual · gastado este mes: { $spent }
team-overview-cap = 🎚 Tu límite mensual: { $cap } · gastado este mes: { $spent }
team-overview-members = { $count ->
        [one] Un miembro:
       *[other] { $count } miembros:
    }
team-member-line = • { $name } — { $role }
team-member-line-cap = • { $name } — { $role } · límite { $cap }/mes
team-balance-line = 👥 { $team } (eres { $role }): { $credits ->
        [one] { $credits } crédito
       *[other] { $credits } créditos
    } en el fondo

## Invitaciones

team-invite-usage = Invita a alguien como editor, espectador o admin: /team invite editor (añade un número para que varias personas usen el mismo enlace: /team invite viewer 5).
team-invite-created =
    🔗 Invitación a <b>{ $team }</b> como { $role }:
    { $link }

    { $uses ->
        [one] Puede usarla una persona
       *[other] Pueden usarla hasta { $uses } personas
    } hasta el { DATETIME($expires, month: "short", day: "numeric", hour: "2-digit", minute: "2-digit") } (UTC). Compártela solo con gente de confianza — /team revoke { $id } la anula.
team-invites-none = <b>{ $team }</b> no tiene invitaciones abiertas.
team-invites-title = 🔗 Invitaciones abiertas de <b>{ $team }</b> (/team revoke &lt;número&gt; o /team revoke all):
team-invite-line = #{ $id } · { $role } · { $uses }/{ $max } usadas · hasta el { DATETIME($expires, month: "short", day: "numeric") }
team-revoke-usage = Envía /team revoke con el número de una invitación (míralos con /team revoke) o /team revoke all.
team-revoked = { $count ->
        [0] No había ninguna invitación abierta que anular.
        [one] Listo: ese enlace de invitación ya no funciona.
       *[other] Listo: { $count } enlaces de invitación ya no funcionan.
    }
team-joined = 🎉 ¡Bienvenido a <b>{ $team }</b>! Te uniste como { $role }. /team muestra el equipo; en su grupo vinculado, tus creaciones se pagan con el fondo común.

## Miembros

team-role-usage = Indica un miembro y un rol: /team role @nombre editor (o responde a un mensaje suyo con /team role viewer). Roles: admin, editor, viewer.
team-role-changed = ✅ { $name } ahora es { $role }.
team-removed = ✅ { $name } ya no está en <b>{ $team }</b>.
team-left = 👋 Saliste de <b>{ $team }</b>.
team-owner-changed = 🔑 { $name } es ahora propietario de <b>{ $team }</b>; tú sigues como admin.
team-renamed = ✏️ <b>{ $from }</b> ahora se llama <b>{ $team }</b>.
team-in-use = 👥 Tus comandos /team y /project ahora actúan sobre <b>{ $team }</b>.

## Créditos

team-topped-up = 💰 { $credits } pasaron al fondo de <b>{ $team }</b>, que ahora tiene { $pool }. Tu saldo propio: { $balance }.
team-cap-usage = Indica un miembro y un límite mensual en créditos: /team cap @nombre 300 — o /team cap @nombre off para quitarlo.
team-cap-set = 🎚 { $name } puede gastar ahora hasta { $cap } créditos del fondo al mes.
team-cap-off = 🎚 { $name } ya no tiene límite mensual.

## Grupos

team-link-group-admins = Solo los admins del grupo pueden vincularlo a un equipo: eso decide quién paga lo que crea todo el mundo aquí.
team-linked = 🔗 Este grupo quedó vinculado a <b>{ $team }</b>. Los /imagine, /video y /edit de sus miembros aquí se pagan con el fondo del equipo (dentro de sus límites mensuales) y se guardan en el proyecto <b>{ $project }</b>. /team link off lo deshace.
team-unlinked = Este grupo ya no está vinculado a <b>{ $team }</b>: aquí cada uno vuelve a pagar con sus propios créditos.

## Eliminar

team-delete-confirm = ⚠️ ¿Eliminar <b>{ $team }</b>? Se van los miembros, las invitaciones y los grupos vinculados; los créditos del fondo vuelven a ti. No se puede deshacer.
team-delete-confirm-button = 🗑 Eliminar el equipo
team-delete-cancel-button = Conservarlo
team-deleted = 🗑 <b>{ $team }</b> fue eliminado. { $credits ->
        [0] Su fondo estaba vacío.
        [one] { $credits } crédito volvió a tu saldo.
       *[other] { $credits } créditos volvieron a tu saldo.
    }
team-delete-kept = No se eliminó nada.
team-delete-stale = Ese botón es de otro equipo. Envía /team delete otra vez.

## Registro (/team log)

team-log-empty = Aún no ha pasado nada en este equipo.
team-log-title = 📜 <b>{ $team }</b> — lo más reciente primero:
team-log-line = { DATETIME($date, month: "short", day: "numeric", hour: "2-digit", minute: "2-digit") } · { $event }
team-log-team-created = { $actor } creó el equipo
team-log-invite-created = { $actor } creó la invitación { $invite } ({ $role }, { $uses ->
        [one] { $uses } uso
       *[other] { $uses } usos
    })
team-log-invite-revoked = { $actor } anuló la invitación { $invite }
team-log-invites-revoked-all = { $actor } anuló todas las invitaciones abiertas
team-log-joined = { $actor } se unió como { $role } (invitación { $invite })
team-log-role-changed = { $actor } hizo { $to } a { $target } (era { $from })
team-log-member-removed = { $actor } quitó a { $target }
team-log-member-left = { $actor } salió del equipo
team-log-ownership-transferred = { $actor } cedió la propiedad a { $target }
team-log-renamed = { $actor } renombró el equipo de { $from } a { $to }
team-log-deleted = { $actor } eliminó el equipo ({ $returned } devueltos)
team-log-topup = { $actor } añadió { $credits } créditos propios
team-log-purchase = { $actor } compró { $credits } créditos con Estrellas
team-log-spent = { $actor } gastó { $credits } en una creación
team-log-cap-set = { $cap ->
        [none] { $actor } quitó el límite mensual de { $target }
       *[other] { $actor } fijó el límite mensual de { $target } en { $cap }
    }
team-log-group-linked = { $actor } vinculó un grupo (se guarda en { $project })
team-log-group-unlinked = { $actor } desvinculó un grupo
team-log-creation-transferred = { $actor } le dio una creación a { $target }
team-log-project-created = { $actor } creó el proyecto { $project }
team-log-privacy-changed = { $actor } hizo { $privacy } el proyecto { $project }

## Comprar para el equipo

team-buy-button = 👥 Para el equipo: { $team }
team-buy-choose = ¿Qué paquete para el fondo de <b>{ $team }</b>?
team-buy-not-allowed = Solo el propietario y los admins del equipo pueden recargar su fondo.
team-invoice-title = { $credits } créditos de equipo
team-invoice-description = { $credits } créditos para el fondo común de { $team }, para las creaciones de sus miembros.
team-pay-thanks = ⭐ ¡Gracias! { $credits } créditos entraron en el fondo de <b>{ $team }</b>, que ahora tiene { $pool }.
stats-team-pools = Fondos de equipo: { $pools }, con { $credits } créditos

## Crear en un grupo vinculado

gen-refused-team-not-member = Lo que se crea en este grupo lo paga el equipo { $team }, y no eres miembro. Pide una invitación a uno de sus admins.
gen-refused-team-viewer = En { $team } eres espectador: los espectadores no pueden gastar los créditos del equipo. Un admin puede hacerte editor.
gen-refused-team-cap = Cuesta { $cost } créditos y te quedan { $left } de tu límite mensual de { $cap } en { $team }. El propietario puede subirlo con /team cap.
gen-refused-team-pool-empty = { $model } cuesta { $cost } créditos y el fondo de { $team } tiene { $balance }. Un propietario o admin puede recargarlo con /buy o /team topup.

## Rechazos

team-error-no-team = Todavía no estás en ningún equipo. Crea uno con /team new &lt;nombre&gt; o abre un enlace de invitación.
team-error-forbidden = Tu rol en <b>{ $team }</b> no lo permite. /team muestra quién puede hacer qué.
team-error-name-invalid = Ponle un nombre de 1 a 64 caracteres.
team-error-name-taken = Ya tienes uno llamado <b>{ $name }</b>. Elige otro nombre.
team-error-member-unknown = No encontré a ese miembro. Usa su @usuario o responde a uno de sus mensajes.
team-error-role-invalid = Los roles son admin, editor y viewer.
team-error-self = No puedes hacerte eso a ti mismo.
team-error-owner-cannot-leave = Eres el propietario de <b>{ $team }</b>: primero cédelo con /team transfer &lt;miembro&gt; o elimínalo con /team delete.
team-error-jobs-running = { $count ->
        [one] Todavía se está creando algo pagado con el fondo.
       *[other] Todavía se están creando { $count } cosas pagadas con el fondo.
    } Inténtalo cuando terminen.
team-error-insufficient = Tienes { $balance } créditos propios: no alcanza.
team-error-amount-invalid = Indica un número entero (créditos, o personas para una invitación: de 1 a 100).
team-error-invite-invalid = Este enlace de invitación ya no funciona: puede que haya caducado, se haya agotado o lo hayan anulado. Pide uno nuevo.
team-error-already-member = Ya estás en <b>{ $team }</b>.
team-error-group-only = Eso funciona en un grupo: añádeme al grupo y envía /team link allí.
team-error-team-unknown = No estás en ningún equipo llamado <b>{ $name }</b>.
team-error-project-unknown = No veo ningún proyecto llamado <b>{ $name }</b>. /projects muestra los tuyos.
team-error-team-privacy-personal = Los proyectos personales son privados o públicos; «team» es para proyectos de equipo.
team-error-creation-unknown = No encuentro esa creación.
team-error-creation-not-yours = Esa creación no es tuya: no puedes guardarla ni cederla.

## Proyectos

project-privacy-private = privado
project-privacy-team = de equipo
project-privacy-public = público
project-button-add = 📁 Al proyecto
project-button-details = ℹ️ Detalles
project-button-remix = 🔁 Remix
project-help =
    📁 Los <b>proyectos</b> reúnen creaciones.

    /project new &lt;nombre&gt; — un proyecto personal (/project new team &lt;nombre&gt; — para tu equipo)
    /project add [nombre] — responde a una creación para guardarla (o usa su botón 📁)
    /project privacy &lt;nombre&gt; private|team|public — public da una página de solo lectura
    /projects [nombre] — tus proyectos, o lo que hay en uno
    /transfer @nombre — responde a una creación para dársela a alguien del equipo
project-created = 📁 Proyecto <b>{ $project }</b> creado (privado). Guarda creaciones con su botón 📁.
project-created-team = 📁 Proyecto de equipo <b>{ $project }</b> creado en <b>{ $team }</b>; todos los miembros lo ven.
project-add-usage = Responde a una de mis creaciones con /project add (o /project add <proyecto>), o toca su botón 📁.
project-choose = ¿En qué proyecto?
project-none-to-add = Aún no tienes un proyecto donde guardarlo: crea uno con /project new <nombre>.
project-added = ✅ Guardado en <b>{ $project }</b>.
project-already-there = Ya está en <b>{ $project }</b>.
project-added-toast = ¡Guardado!
project-already-there-toast = Ya estaba
project-privacy-usage = Envía /project privacy <nombre> private, team o public.
project-privacy-set = 🔒 <b>{ $project }</b> ahora es { $privacy }. Si tenía un enlace público, ya no funciona.
project-public = 🌐 <b>{ $project }</b> ahora es público. Quien tenga este enlace ve sus imágenes y vídeos (nada más):
    { $link }
    Si vuelves a cambiar la privacidad, se crea un enlace nuevo y este deja de funcionar.
projects-none = Aún no hay proyectos. Empieza uno con /project new &lt;nombre&gt;.
projects-title = 📁 <b>Tus proyectos</b>
projects-line = #{ $id } <b>{ $project }</b> · { $count ->
        [one] una creación
       *[other] { $count } creaciones
    } · { $privacy }
projects-line-team = #{ $id } <b>{ $project }</b> · { $count ->
        [one] una creación
       *[other] { $count } creaciones
    } · { $privacy } · 👥 { $team }
projects-footer = /projects &lt;nombre&gt; muestra lo que hay dentro.
project-show-title = 📁 <b>{ $project }</b> · { $count ->
        [one] una creación
       *[other] { $count } creaciones
    }
project-item-line = • { $model }, de { $maker }: «{ $prompt }»
project-empty = Aquí no hay nada todavía.

## Ceder creaciones y su origen

transfer-usage = Responde a una creación tuya con /transfer @nombre para dársela a alguien de tu equipo.
transfer-done = 🎁 Ahora es de { $name }: pasó a su /history.
creation-not-visible = No puedes ver esta creación.
creation-made-by = ℹ️ { $model } · hecha por { $maker } el { DATETIME($date, month: "short", day: "numeric", year: "numeric") }
creation-from = ↳ hecha a partir de una creación de { $model } de { $maker }
creation-original = ↳ original, hecha a partir de un texto
creation-owner = 🎁 ahora es de { $owner }
creation-paid-by-team = 👥 pagada por { $team }

## La página pública de un proyecto

project-page-title = Creaciones compartidas
project-page-count = { $count ->
        [0] Aquí no hay nada todavía.
        [one] Una creación
       *[other] { $count } creaciones
    }
project-page-image = Una creación
project-page-video = Una creación en vídeo
project-page-missing-title = No encontrada
project-page-missing = Esta página no existe o su enlace ya no funciona.
