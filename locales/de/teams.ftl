### Teams (Mitglieder mit Rollen, die sich einen Credit-Topf teilen) und Projekte (Sammlungen von Kreationen).

## Rollen

team-role-owner = Inhaber
team-role-admin = Admin
team-role-editor = Editor
team-role-viewer = Zuschauer

## /team

team-help =
    👥 <b>Teams</b> teilen sich einen Credit-Topf und Projekte — für Familien, Freunde und kleine Studios.

    /team new &lt;Name&gt; — ein Team gründen (du bist dann Inhaber)
    /team invite [editor|viewer|admin] [Anzahl] — ein Link zum Beitreten
    /team — dein Team, seine Mitglieder und seine Credits
    /team topup &lt;Credits&gt; — eigene Credits in den Topf legen
    /team cap &lt;Mitglied&gt; &lt;Credits|off&gt; — das Monatslimit eines Mitglieds
    /team role &lt;Mitglied&gt; &lt;Rolle&gt;, /team remove &lt;Mitglied&gt;, /team leave
    /team transfer &lt;Mitglied&gt;, /team rename &lt;Name&gt;, /team delete
    /team use &lt;Name&gt; — wählen, für welches deiner Teams diese Befehle gelten
    /team link — in einer Gruppe: das Team bezahlt, was Mitglieder hier erschaffen
    /team revoke [Nummer|all], /team log
team-created = 🎉 Das Team <b>{ $team }</b> steht, und du bist sein Inhaber. Lade Leute mit /team invite ein und fülle den Topf mit /team topup oder /buy.
team-overview-title = 👥 <b>{ $team }</b> · du bist { $role }
team-overview-pool = 💰 Topf: { $credits ->
        [one] { $credits } Credit
       *[other] { $credits } Credits
    }
team-overview-no-cap = 🎚 Kein Monatslimit für dich · diesen Monat ausgegeben: { $spent }
team-overview-cap = 🎚 Dein Monatslimit: { $cap } · diesen Monat ausgegeben: { $spent }
team-overview-members = { $count ->
        [one] Ein Mitglied:
       *[other] { $count } Mitglieder:
    }
team-member-line = • { $name } — { $role }
team-member-line-cap = • { $name } — { $role } · Limit { $cap }/Monat
team-balance-line = 👥 { $team } (du bist { $role }): { $credits ->
        [one] { $credits } Credit
       *[other] { $credits } Credits
    } im Topf

## Einladungen

team-invite-usage = Lade jemanden als Editor, Zuschauer oder Admin ein: /team invite editor (mit einer Zahl können mehrere Leute denselben Link nutzen: /team invite viewer 5).
team-invite-created =
    🔗 Einladung zu <b>{ $team }</b> als { $role }:
    { $link }

    { $uses ->
        [one] Eine Person kann damit beitreten
       *[other] Bis zu { $uses } Personen können damit beitreten
    }, bis { DATETIME($expires, month: "short", day: "numeric", hour: "2-digit", minute: "2-digit") } (UTC). Teile ihn nur mit Leuten, denen du vertraust — /team revoke { $id } widerruft ihn.
team-invites-none = <b>{ $team }</b> hat keine offenen Einladungen.
team-invites-title = 🔗 Offene Einladungen von <b>{ $team }</b> (/team revoke &lt;Nummer&gt; oder /team revoke all):
team-invite-line = #{ $id } · { $role } · { $uses }/{ $max } genutzt · bis { DATETIME($expires, month: "short", day: "numeric") }
team-revoke-usage = Sende /team revoke mit der Nummer einer Einladung (siehe /team revoke) oder /team revoke all.
team-revoked = { $count ->
        [0] Es gab keine offene Einladung zu widerrufen.
        [one] Erledigt: Dieser Einladungslink funktioniert nicht mehr.
       *[other] Erledigt: { $count } Einladungslinks funktionieren nicht mehr.
    }
team-joined = 🎉 Willkommen bei <b>{ $team }</b>! Du bist als { $role } dabei. /team zeigt das Team; in seiner verknüpften Gruppe zahlt der gemeinsame Topf deine Kreationen.

## Mitglieder

team-role-usage = Nenne ein Mitglied und eine Rolle: /team role @name editor (oder antworte auf eine Nachricht mit /team role viewer). Rollen: admin, editor, viewer.
team-role-changed = ✅ { $name } ist jetzt { $role }.
team-removed = ✅ { $name } ist nicht mehr bei <b>{ $team }</b>.
team-left = 👋 Du hast <b>{ $team }</b> verlassen.
team-owner-changed = 🔑 <b>{ $team }</b> gehört jetzt { $name }; du bleibst als Admin dabei.
team-renamed = ✏️ <b>{ $from }</b> heißt jetzt <b>{ $team }</b>.
team-in-use = 👥 Deine /team- und /project-Befehle gelten jetzt für <b>{ $team }</b>.

## Credits

team-topped-up = 💰 { $credits } sind in den Topf von <b>{ $team }</b> gewandert — er hat jetzt { $pool }. Dein eigenes Guthaben: { $balance }.
team-cap-usage = Nenne ein Mitglied und ein Monatslimit in Credits: /team cap @name 300 — oder /team cap @name off, um es aufzuheben.
team-cap-set = 🎚 { $name } darf jetzt bis zu { $cap } Credits pro Monat aus dem Topf ausgeben.
team-cap-off = 🎚 { $name } hat jetzt kein Monatslimit mehr.

## Gruppen

team-link-group-admins = Nur die Admins der Gruppe können sie mit einem Team verknüpfen: Das entscheidet, wer für die Kreationen aller hier zahlt.
team-linked = 🔗 Diese Gruppe ist jetzt mit <b>{ $team }</b> verknüpft. /imagine, /video und /edit der Mitglieder hier zahlt der Team-Topf (im Rahmen ihrer Monatslimits), abgelegt im Projekt <b>{ $project }</b>. /team link off macht es rückgängig.
team-unlinked = Diese Gruppe ist nicht mehr mit <b>{ $team }</b> verknüpft: Hier zahlt wieder jeder mit den eigenen Credits.

## Löschen

team-delete-confirm = ⚠️ <b>{ $team }</b> löschen? Mitglieder, Einladungen und Gruppenverknüpfungen verschwinden; die Credits im Topf gehen an dich zurück. Das lässt sich nicht rückgängig machen.
team-delete-confirm-button = 🗑 Team löschen
team-delete-cancel-button = Behalten
team-deleted = 🗑 <b>{ $team }</b> ist gelöscht. { $credits ->
        [0] Der Topf war leer.
        [one] { $credits } Credit ist auf dein Guthaben zurückgeflossen.
       *[other] { $credits } Credits sind auf dein Guthaben zurückgeflossen.
    }
team-delete-kept = Nichts wurde gelöscht.
team-delete-stale = Dieser Knopf gehört zu einem anderen Team. Sende /team delete noch einmal.

## Protokoll (/team log)

team-log-empty = In diesem Team ist noch nichts passiert.
team-log-title = 📜 <b>{ $team }</b> — Neuestes zuerst:
team-log-line = { DATETIME($date, month: "short", day: "numeric", hour: "2-digit", minute: "2-digit") } · { $event }
team-log-team-created = { $actor } hat das Team gegründet
team-log-invite-created = { $actor } hat Einladung { $invite } erstellt ({ $role }, { $uses ->
        [one] { $uses } Nutzung
       *[other] { $uses } Nutzungen
    })
team-log-invite-revoked = { $actor } hat Einladung { $invite } widerrufen
team-log-invites-revoked-all = { $actor } hat alle offenen Einladungen widerrufen
team-log-joined = { $actor } ist als { $role } beigetreten (Einladung { $invite })
team-log-role-changed = { $actor } hat { $target } zu { $to } gemacht (vorher { $from })
team-log-member-removed = { $actor } hat { $target } entfernt
team-log-member-left = { $actor } ist ausgetreten
team-log-ownership-transferred = { $actor } hat den Besitz an { $target } übergeben
team-log-renamed = { $actor } hat das Team von { $from } in { $to } umbenannt
team-log-deleted = { $actor } hat das Team gelöscht ({ $returned } zurückgegeben)
team-log-topup = { $actor } hat { $credits } eigene Credits eingelegt
team-log-purchase = { $actor } hat { $credits } Credits mit Stars gekauft
team-log-spent = { $actor } hat { $credits } für eine Kreation ausgegeben
team-log-cap-set = { $cap ->
        [none] { $actor } hat das Monatslimit von { $target } aufgehoben
       *[other] { $actor } hat das Monatslimit von { $target } auf { $cap } gesetzt
    }
team-log-group-linked = { $actor } hat eine Gruppe verknüpft (abgelegt in { $project })
team-log-group-unlinked = { $actor } hat eine Gruppe getrennt
team-log-creation-transferred = { $actor } hat { $target } eine Kreation übergeben
team-log-project-created = { $actor } hat das Projekt { $project } angelegt
team-log-privacy-changed = { $actor } hat { $project } auf { $privacy } gestellt

## Für das Team kaufen

team-buy-button = 👥 Fürs Team: { $team }
team-buy-choose = Welches Paket für den Topf von <b>{ $team }</b>?
team-buy-not-allowed = Nur Inhaber und Admins des Teams können seinen Topf aufladen.
team-invoice-title = { $credits } Team-Credits
team-invoice-description = { $credits } Credits für den gemeinsamen Topf von { $team }, für die Kreationen seiner Mitglieder.
team-pay-thanks = ⭐ Danke! { $credits } Credits sind in den Topf von <b>{ $team }</b> gegangen — er hat jetzt { $pool }.
stats-team-pools = Team-Töpfe: { $pools }, mit { $credits } Credits

## Erschaffen in einer verknüpften Gruppe

gen-refused-team-not-member = Kreationen in dieser Gruppe bezahlt das Team { $team }, und du bist kein Mitglied. Bitte einen seiner Admins um eine Einladung.
gen-refused-team-viewer = Du bist Zuschauer in { $team }: Zuschauer können die Credits des Teams nicht ausgeben. Ein Admin kann dich zum Editor machen.
gen-refused-team-cap = Das kostet { $cost } Credits, und von deinem Monatslimit von { $cap } in { $team } sind noch { $left } übrig. Der Inhaber kann es mit /team cap erhöhen.
gen-refused-team-pool-empty = { $model } kostet { $cost } Credits, und der Topf von { $team } hat { $balance }. Ein Inhaber oder Admin kann ihn mit /buy oder /team topup aufladen.

## Ablehnungen

team-error-no-team = Du bist noch in keinem Team. Gründe eins mit /team new &lt;Name&gt; oder öffne einen Einladungslink.
team-error-forbidden = Deine Rolle in <b>{ $team }</b> erlaubt das nicht. /team zeigt, wer was darf.
team-error-name-invalid = Bitte einen Namen mit 1 bis 64 Zeichen.
team-error-name-taken = Du hast schon eins namens <b>{ $name }</b>. Wähl einen anderen Namen.
team-error-member-unknown = Dieses Mitglied habe ich nicht gefunden. Nimm den @Benutzernamen oder antworte auf eine seiner Nachrichten.
team-error-role-invalid = Die Rollen sind admin, editor und viewer.
team-error-self = Das kannst du nicht mit dir selbst machen.
team-error-owner-cannot-leave = Dir gehört <b>{ $team }</b>: Übergib es zuerst mit /team transfer &lt;Mitglied&gt; oder lösche es mit /team delete.
team-error-jobs-running = { $count ->
        [one] Eine Kreation, die der Topf bezahlt, läuft noch.
       *[other] { $count } Kreationen, die der Topf bezahlt, laufen noch.
    } Versuch es, wenn sie fertig sind.
team-error-insufficient = Du hast { $balance } eigene Credits — das reicht nicht.
team-error-amount-invalid = Bitte eine ganze Zahl (Credits, oder Personen für eine Einladung: 1 bis 100).
team-error-invite-invalid = Dieser Einladungslink funktioniert nicht mehr — vielleicht ist er abgelaufen, aufgebraucht oder widerrufen. Bitte um einen neuen.
team-error-already-member = Du bist schon bei <b>{ $team }</b>.
team-error-group-only = Das geht in einer Gruppe: Füge mich der Gruppe hinzu und sende dort /team link.
team-error-team-unknown = Du bist in keinem Team namens <b>{ $name }</b>.
team-error-project-unknown = Ich sehe kein Projekt namens <b>{ $name }</b>. /projects zeigt deine.
team-error-team-privacy-personal = Persönliche Projekte sind privat oder öffentlich; „team“ gibt es nur für Team-Projekte.
team-error-creation-unknown = Diese Kreation finde ich nicht.
team-error-creation-not-yours = Diese Kreation gehört nicht dir — du kannst sie nicht ablegen oder weitergeben.

## Projekte

project-privacy-private = privat
project-privacy-team = fürs Team
project-privacy-public = öffentlich
project-button-add = 📁 Ins Projekt
project-button-details = ℹ️ Details
project-button-remix = 🔁 Remix
project-help =
    📁 <b>Projekte</b> halten Kreationen zusammen.

    /project new &lt;Name&gt; — ein persönliches Projekt (/project new team &lt;Name&gt; — fürs Team)
    /project add [Name] — auf eine Kreation antworten, um sie abzulegen (oder ihren 📁-Knopf nutzen)
    /project privacy &lt;Name&gt; private|team|public — public ergibt eine Seite nur zum Ansehen
    /projects [Name] — deine Projekte, oder was in einem liegt
    /transfer @name — auf eine Kreation antworten, um sie jemandem im Team zu geben
project-created = 📁 Projekt <b>{ $project }</b> angelegt (privat). Leg Kreationen mit ihrem 📁-Knopf ab.
project-created-team = 📁 Team-Projekt <b>{ $project }</b> in <b>{ $team }</b> angelegt; alle Mitglieder sehen es.
project-add-usage = Antworte auf eine meiner Kreationen mit /project add (oder /project add <Projekt>) oder tippe auf ihren 📁-Knopf.
project-choose = In welches Projekt?
project-none-to-add = Du hast noch kein Projekt dafür — leg eins an mit /project new <Name>.
project-added = ✅ In <b>{ $project }</b> abgelegt.
project-already-there = Liegt schon in <b>{ $project }</b>.
project-added-toast = Abgelegt!
project-already-there-toast = Schon drin
project-privacy-usage = Sende /project privacy <Name> private, team oder public.
project-privacy-set = 🔒 <b>{ $project }</b> ist jetzt { $privacy }. Ein öffentlicher Link, falls es einen gab, funktioniert nicht mehr.
project-public = 🌐 <b>{ $project }</b> ist jetzt öffentlich. Wer diesen Link hat, sieht seine Bilder und Videos (sonst nichts):
    { $link }
    Stellst du die Sichtbarkeit erneut ein, entsteht ein neuer Link und dieser hier wird ungültig.
projects-none = Noch keine Projekte. Leg eins an mit /project new &lt;Name&gt;.
projects-title = 📁 <b>Deine Projekte</b>
projects-line = #{ $id } <b>{ $project }</b> · { $count ->
        [one] eine Kreation
       *[other] { $count } Kreationen
    } · { $privacy }
projects-line-team = #{ $id } <b>{ $project }</b> · { $count ->
        [one] eine Kreation
       *[other] { $count } Kreationen
    } · { $privacy } · 👥 { $team }
projects-footer = /projects &lt;Name&gt; zeigt, was darin liegt.
project-show-title = 📁 <b>{ $project }</b> · { $count ->
        [one] eine Kreation
       *[other] { $count } Kreationen
    }
project-item-line = • { $model } von { $maker }: „{ $prompt }“
project-empty = Hier ist noch nichts.

## Kreationen weitergeben und ihre Herkunft

transfer-usage = Antworte auf eine deiner Kreationen mit /transfer @name, um sie jemandem aus deinem Team zu geben.
transfer-done = 🎁 Sie gehört jetzt { $name } — sie ist in deren /history umgezogen.
creation-not-visible = Diese Kreation ist für dich nicht sichtbar.
creation-made-by = ℹ️ { $model } · gemacht von { $maker } am { DATETIME($date, month: "short", day: "numeric", year: "numeric") }
creation-from = ↳ entstanden aus einer { $model }-Kreation von { $maker }
creation-original = ↳ ein Original, aus einer Beschreibung entstanden
creation-owner = 🎁 gehört jetzt { $owner }
creation-paid-by-team = 👥 bezahlt von { $team }

## Die öffentliche Projektseite

project-page-title = Geteilte Kreationen
project-page-count = { $count ->
        [0] Hier ist noch nichts.
        [one] Eine Kreation
       *[other] { $count } Kreationen
    }
project-page-image = Eine Kreation
project-page-video = Eine Video-Kreation
project-page-missing-title = Nicht gefunden
project-page-missing = Diese Seite gibt es nicht, oder ihr Link wurde stillgelegt.
