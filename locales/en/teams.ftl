### Teams (members with roles sharing a pool of credits) and projects (collections of creations).
### Messages marked HTML are sent with Telegram's HTML parse mode: keep their tags, and write
### a literal < or > as &lt; &gt;. Command words (/team, new, invite, editor, public, …) are typed
### by users and stay in English.

## Roles

# A team member's role: the owner (created the team or was handed it).
team-role-owner = owner
# A team member's role: may invite, manage editors and viewers, top up the pool.
team-role-admin = admin
# A team member's role: may create with the team's credits.
team-role-editor = editor
# A team member's role: sees the team and its projects, cannot spend.
team-role-viewer = viewer

## /team

# HTML. Reply to /team when the user has no team, and to an unknown subcommand: how teams work.
team-help =
    👥 <b>Teams</b> share a pool of credits and projects — for families, friends and small studios.

    /team new &lt;name&gt; — start a team (you're its owner)
    /team invite [editor|viewer|admin] [uses] — a link to join
    /team — your team, its members and its credits
    /team topup &lt;credits&gt; — move your own credits into the pool
    /team cap &lt;member&gt; &lt;credits|off&gt; — a member's monthly limit
    /team role &lt;member&gt; &lt;role&gt;, /team remove &lt;member&gt;, /team leave
    /team transfer &lt;member&gt;, /team rename &lt;name&gt;, /team delete
    /team use &lt;name&gt; — pick which of your teams these commands act on
    /team link — in a group: members' creations here are paid by the team
    /team revoke [number|all], /team log

# HTML. /team new succeeded. $team — the team's name.
team-created = 🎉 Team <b>{ $team }</b> is ready and you're its owner. Invite people with /team invite, and fill its pool with /team topup or /buy.
# HTML. First line of /team. $team — name, $role — the caller's role (a team-role-* message).
team-overview-title = 👥 <b>{ $team }</b> · you're { $role }
# HTML. /team: the shared pool. $credits — its balance.
team-overview-pool = 💰 Pool: { $credits ->
        [one] { $credits } credit
       *[other] { $credits } credits
    }
# HTML. /team: the caller may spend without a monthly limit. $spent — spent from the pool this month.
team-overview-no-cap = 🎚 No monthly limit for you · spent this month: { $spent }
# HTML. /team: the caller's monthly limit. $cap — the limit, $spent — spent this month.
team-overview-cap = 🎚 Your monthly limit: { $cap } · spent this month: { $spent }
# HTML. /team: heading of the member list. $count — how many members.
team-overview-members = { $count ->
        [one] One member:
       *[other] { $count } members:
    }
# HTML. /team: one member. $name — their name, $role — their role.
team-member-line = • { $name } — { $role }
# HTML. /team: one member who has a monthly limit. $cap — the limit in credits.
team-member-line-cap = • { $name } — { $role } · limit { $cap }/month
# /balance: one line per team the user belongs to. $team — name, $credits — pool, $role — the user's role.
team-balance-line = 👥 { $team } (you're { $role }): { $credits ->
        [one] { $credits } credit
       *[other] { $credits } credits
    } in the pool

## Invitations

# Reply to /team invite with a role that cannot be invited.
team-invite-usage = Invite someone as an editor, a viewer or an admin: /team invite editor (add a number to let several people join with one link: /team invite viewer 5).
# HTML. The invitation link. $team, $role, $link — the link to share, $uses — how many people may join with it, $expires — when it stops working (a date), $id — its number for /team revoke.
team-invite-created =
    🔗 Invitation to <b>{ $team }</b> as { $role }:
    { $link }

    { $uses ->
        [one] One person can join with it
       *[other] Up to { $uses } people can join with it
    } until { DATETIME($expires, month: "short", day: "numeric", hour: "2-digit", minute: "2-digit") } (UTC). Share it only with people you trust — /team revoke { $id } cancels it.
# HTML. /team revoke with no argument and no working invitations. $team — name.
team-invites-none = No open invitations for <b>{ $team }</b>.
# HTML. Heading of the open invitations list. $team — name.
team-invites-title = 🔗 Open invitations for <b>{ $team }</b> (/team revoke &lt;number&gt; or /team revoke all):
# HTML. One open invitation. $id — its number, $role, $uses — people who joined with it, $max — its limit, $expires — a date.
team-invite-line = #{ $id } · { $role } · { $uses }/{ $max } used · until { DATETIME($expires, month: "short", day: "numeric") }
# Reply to /team revoke with something other than a number or "all".
team-revoke-usage = Send /team revoke with an invitation's number (see /team revoke), or /team revoke all.
# Reply after revoking. $count — how many invitations were revoked.
team-revoked = { $count ->
        [0] There was no open invitation to revoke.
        [one] Done: that invitation link no longer works.
       *[other] Done: { $count } invitation links no longer work.
    }
# HTML. Reply to an invitation link that worked. $team — name, $role — the role joined with.
team-joined = 🎉 Welcome to <b>{ $team }</b>! You joined as { $role }. /team shows the team; in its linked group your creations are paid from the shared pool.

## Members

# Reply to /team role without a member and a role.
team-role-usage = Name a member and a role: /team role @name editor (or reply to their message with /team role viewer). Roles: admin, editor, viewer.
# HTML. /team role succeeded. $name — the member, $role — the new role.
team-role-changed = ✅ { $name } is now { $role }.
# HTML. /team remove succeeded. $name — the member, $team — the team.
team-removed = ✅ { $name } is no longer in <b>{ $team }</b>.
# HTML. /team leave succeeded. $team — the team.
team-left = 👋 You left <b>{ $team }</b>.
# HTML. /team transfer succeeded. $name — the new owner, $team — the team.
team-owner-changed = 🔑 { $name } now owns <b>{ $team }</b>; you stay on as an admin.
# HTML. /team rename succeeded. $from — the old name, $team — the new one.
team-renamed = ✏️ <b>{ $from }</b> is now called <b>{ $team }</b>.
# HTML. /team use succeeded. $team — the team now in use.
team-in-use = 👥 Your /team and /project commands now act on <b>{ $team }</b>.

## Credits

# HTML. /team topup succeeded. $credits — moved, $team, $pool — the pool now, $balance — the user's own credits now.
team-topped-up = 💰 { $credits } moved into <b>{ $team }</b>'s pool — it now holds { $pool }. Your own balance: { $balance }.
# Reply to /team cap without a member and an amount.
team-cap-usage = Name a member and a monthly limit in credits: /team cap @name 300 — or /team cap @name off to lift it.
# HTML. /team cap set a limit. $name — the member, $cap — credits per month.
team-cap-set = 🎚 { $name } can now spend up to { $cap } credits of the pool per month.
# HTML. /team cap … off. $name — the member.
team-cap-off = 🎚 { $name } has no monthly limit now.

## Groups

# Reply to /team link from someone who is not an admin of the group.
team-link-group-admins = Only the group's admins can link it to a team: linking decides who pays for everyone's creations here.
# HTML. /team link succeeded. $team — the team, $project — the team project creations are filed in.
team-linked = 🔗 This group is now linked to <b>{ $team }</b>. Members' /imagine, /video and /edit here are paid from the team's pool (within their monthly limits) and filed in the project <b>{ $project }</b>. /team link off undoes it.
# HTML. /team link off succeeded. $team — the team.
team-unlinked = This group is no longer linked to <b>{ $team }</b>: everyone here pays with their own credits again.

## Deleting

# HTML. /team delete asks first. $team — the team.
team-delete-confirm = ⚠️ Delete <b>{ $team }</b>? Members, invitations and group links go; the pool's credits come back to you. This can't be undone.
# Button under team-delete-confirm.
team-delete-confirm-button = 🗑 Delete the team
# Button under team-delete-confirm.
team-delete-cancel-button = Keep it
# HTML. The team was deleted. $team — name, $credits — the pool's credits returned to the owner.
team-deleted = 🗑 <b>{ $team }</b> is deleted. { $credits ->
        [0] Its pool was empty.
        [one] { $credits } credit came back to your balance.
       *[other] { $credits } credits came back to your balance.
    }
# The owner pressed "Keep it".
team-delete-kept = Nothing was deleted.
# Pop-up when the delete button belongs to a team that is no longer the one in use.
team-delete-stale = That button is for another team. Send /team delete again.

## Audit log (/team log)

# Reply to /team log when nothing was recorded yet.
team-log-empty = Nothing has happened in this team yet.
# HTML. Heading of /team log. $team — the team.
team-log-title = 📜 <b>{ $team }</b> — latest first:
# HTML. One log line. $date — when, $event — one of the team-log-* messages below.
team-log-line = { DATETIME($date, month: "short", day: "numeric", hour: "2-digit", minute: "2-digit") } · { $event }
# HTML. Log event. $actor — who.
team-log-team-created = { $actor } created the team
# HTML. Log event. $actor, $role — the invitation's role, $uses — its limit, $invite — its number.
team-log-invite-created = { $actor } made invitation { $invite } ({ $role }, { $uses } { $uses ->
        [one] use
       *[other] uses
    })
# HTML. Log event. $actor, $invite — the invitation's number.
team-log-invite-revoked = { $actor } revoked invitation { $invite }
# HTML. Log event: every open invitation was revoked at once. $actor.
team-log-invites-revoked-all = { $actor } revoked all open invitations
# HTML. Log event. $actor — who joined, $role, $invite — the invitation used.
team-log-joined = { $actor } joined as { $role } (invitation { $invite })
# HTML. Log event. $actor, $target — the member, $from / $to — old and new role.
team-log-role-changed = { $actor } made { $target } { $to } (was { $from })
# HTML. Log event. $actor, $target.
team-log-member-removed = { $actor } removed { $target }
# HTML. Log event. $actor.
team-log-member-left = { $actor } left
# HTML. Log event. $actor — the old owner, $target — the new one.
team-log-ownership-transferred = { $actor } handed ownership to { $target }
# HTML. Log event. $actor, $from / $to — old and new name.
team-log-renamed = { $actor } renamed the team from { $from } to { $to }
# HTML. Log event. $actor, $returned — credits returned to the owner.
team-log-deleted = { $actor } deleted the team ({ $returned } returned)
# HTML. Log event. $actor, $credits.
team-log-topup = { $actor } added { $credits } of their own credits
# HTML. Log event. $actor, $credits — bought with Telegram Stars.
team-log-purchase = { $actor } bought { $credits } credits with Stars
# HTML. Log event. $actor, $credits — spent on a creation.
team-log-spent = { $actor } spent { $credits } on a creation
# HTML. Log event. $actor, $target, $cap — credits per month, or "none" when lifted.
team-log-cap-set = { $cap ->
        [none] { $actor } lifted { $target }'s monthly limit
       *[other] { $actor } set { $target }'s monthly limit to { $cap }
    }
# HTML. Log event. $actor, $project — where the group's creations are filed.
team-log-group-linked = { $actor } linked a group (filed in { $project })
# HTML. Log event. $actor.
team-log-group-unlinked = { $actor } unlinked a group
# HTML. Log event. $actor, $target — who received a creation.
team-log-creation-transferred = { $actor } gave a creation to { $target }
# HTML. Log event. $actor, $project.
team-log-project-created = { $actor } created the project { $project }
# HTML. Log event. $actor, $project, $privacy — the new privacy (a project-privacy-* message).
team-log-privacy-changed = { $actor } made { $project } { $privacy }

## Buying for the team

# Button under /buy's packs, one per team the user may top up. $team — its name.
team-buy-button = 👥 For the team: { $team }
# HTML. The packs for a team's pool. $team — the team.
team-buy-choose = Which pack for <b>{ $team }</b>'s pool?
# When the user may no longer top up that team (not an owner or admin, or the team is gone).
team-buy-not-allowed = Only the team's owner and admins can top up its pool.
# The invoice's title for a team pack. At most 32 characters. $credits — the pack's credits.
team-invoice-title = { $credits } team credits
# The invoice's description. At most 255 characters. $credits, $team.
team-invoice-description = { $credits } credits for the shared pool of { $team }, for its members' creations.
# HTML. Receipt after paying for a team. $credits, $team, $pool — the pool now.
team-pay-thanks = ⭐ Thank you! { $credits } credits went into <b>{ $team }</b>'s pool — it now holds { $pool }.
# /stats line (admins): team pools in the ledger. $pools — how many, $credits — what they hold.
stats-team-pools = Team pools: { $pools }, holding { $credits } credits

## Creating in a linked group (why the team does not pay)

# The requester is not in the team the group is linked to. $team — its name.
gen-refused-team-not-member = This group's creations are paid by the team { $team }, and you're not a member. Ask one of its admins for an invitation.
# The requester is a viewer. $team.
gen-refused-team-viewer = You're a viewer in { $team }: viewers can't spend the team's credits. An admin can make you an editor.
# The requester reached their monthly limit. $team, $cap — the limit, $left — what is left, $cost — the price.
gen-refused-team-cap = That costs { $cost } credits and you have { $left } left of your { $cap }-credit monthly limit in { $team }. The owner can raise it with /team cap.
# The pool is short. $team, $model, $cost, $balance — the pool's credits.
gen-refused-team-pool-empty = { $model } costs { $cost } credits and { $team }'s pool has { $balance }. An owner or admin can top it up with /buy or /team topup.

## Refusals

# HTML. The user is in no team.
team-error-no-team = You're not in a team yet. Start one with /team new &lt;name&gt;, or open an invitation link.
# HTML. The user's role does not allow this. $team — the team.
team-error-forbidden = Your role in <b>{ $team }</b> doesn't allow that. /team shows who can do what.
# HTML. A name that is empty or too long.
team-error-name-invalid = Please give a name of 1 to 64 characters.
# HTML. The name is used already. $name.
team-error-name-taken = You already have one called <b>{ $name }</b>. Pick another name.
# HTML. No such member.
team-error-member-unknown = I couldn't find that member. Use their @username or reply to one of their messages.
# HTML. Not a role.
team-error-role-invalid = Roles are admin, editor and viewer.
# HTML. Acting on oneself.
team-error-self = You can't do that to yourself.
# HTML. The owner tried to leave. $team.
team-error-owner-cannot-leave = You own <b>{ $team }</b>: hand it over first with /team transfer &lt;member&gt;, or delete it with /team delete.
# HTML. Deleting while the pool pays for running creations. $count — how many.
team-error-jobs-running = { $count ->
        [one] A creation paid by the pool is still running.
       *[other] { $count } creations paid by the pool are still running.
    } Try again once they finish.
# HTML. Not enough of one's own credits. $balance — what the user has.
team-error-insufficient = You have { $balance } credits of your own — not enough for that.
# HTML. A bad number.
team-error-amount-invalid = Please give a whole number (credits, or people for an invitation: 1 to 100).
# HTML. An invitation link that does not work (unknown, expired, used up or revoked: deliberately the same answer).
team-error-invite-invalid = This invitation link doesn't work any more — it may have expired, been used up or been cancelled. Ask for a new one.
# HTML. Joining a team one is in already. $team.
team-error-already-member = You're already in <b>{ $team }</b>.
# HTML. A group-only command in a private chat.
team-error-group-only = That works in a group: add me to the group and send /team link there.
# HTML. /team use with an unknown team. $name — what was typed.
team-error-team-unknown = You're not in a team called <b>{ $name }</b>.
# HTML. An unknown project. $name — what was typed.
team-error-project-unknown = I don't see a project called <b>{ $name }</b>. /projects lists yours.
# HTML. "team" privacy on a personal project.
team-error-team-privacy-personal = Personal projects are private or public; "team" is for team projects.
# HTML. A creation that does not exist or that the user may not see.
team-error-creation-unknown = I can't find that creation.
# HTML. A creation the user does not own.
team-error-creation-not-yours = That creation isn't yours to file or hand over.

## Projects

# Privacy of a project: only its owner (team projects: the owner, admins and its creator).
project-privacy-private = private
# Privacy of a team project: every member.
project-privacy-team = team
# Privacy of a project: has a public read-only page.
project-privacy-public = public
# Button under every creation.
project-button-add = 📁 Add to project
# Button under every creation.
project-button-details = ℹ️ Details
# Button under every creation: the same prompt again.
project-button-remix = 🔁 Remix
# HTML. Reply to /project with no or an unknown subcommand.
project-help =
    📁 <b>Projects</b> keep creations together.

    /project new &lt;name&gt; — a personal project (/project new team &lt;name&gt; — for your team)
    /project add [name] — reply to a creation to file it (or use its 📁 button)
    /project privacy &lt;name&gt; private|team|public — public gives a read-only page
    /projects [name] — your projects, or what's in one
    /transfer @name — reply to a creation to give it to a teammate
# HTML. /project new (personal). $project.
project-created = 📁 Project <b>{ $project }</b> created (private). File creations with their 📁 button.
# HTML. /project new team. $project, $team.
project-created-team = 📁 Team project <b>{ $project }</b> created in <b>{ $team }</b>; every member can see it.
# /project add without replying to a creation.
project-add-usage = Reply to one of my creations with /project add (or /project add <project>), or tap its 📁 button.
# Shown above the project buttons.
project-choose = Which project?
# When the user has no project to file in.
project-none-to-add = You have no project to add it to yet — create one with /project new <name>.
# HTML. Filed. $project.
project-added = ✅ Added to <b>{ $project }</b>.
# HTML. Already filed there. $project.
project-already-there = It's already in <b>{ $project }</b>.
# Pop-up after filing.
project-added-toast = Added!
# Pop-up when it was there already.
project-already-there-toast = Already there
# /project privacy with missing words.
project-privacy-usage = Send /project privacy <name> private, team or public.
# HTML. Privacy changed. $project, $privacy (a project-privacy-* message).
project-privacy-set = 🔒 <b>{ $project }</b> is now { $privacy }. Any public link it had no longer works.
# HTML. Made public. $project, $privacy, $link — the read-only page.
project-public = 🌐 <b>{ $project }</b> is now public. Anyone with this link sees its images and videos (nothing else):
    { $link }
    Setting the privacy again makes a new link and retires this one.
# HTML. /projects when there are none.
projects-none = No projects yet. Start one with /project new &lt;name&gt;.
# HTML. Heading of /projects.
projects-title = 📁 <b>Your projects</b>
# HTML. One personal project. $id — its number, $project — name, $count — creations in it, $privacy (a project-privacy-* message).
projects-line = #{ $id } <b>{ $project }</b> · { $count ->
        [one] one creation
       *[other] { $count } creations
    } · { $privacy }
# HTML. One team project: as projects-line, and $team — the team's name.
projects-line-team = #{ $id } <b>{ $project }</b> · { $count ->
        [one] one creation
       *[other] { $count } creations
    } · { $privacy } · 👥 { $team }
# HTML. Under /projects.
projects-footer = /projects &lt;name&gt; shows what's in one.
# HTML. Heading of /projects <name>. $project, $count.
project-show-title = 📁 <b>{ $project }</b> · { $count ->
        [one] one creation
       *[other] { $count } creations
    }
# HTML. One creation in a project. $model, $maker — who made it, $prompt.
project-item-line = • { $model } by { $maker }: “{ $prompt }”
# HTML. A project without finished creations.
project-empty = Nothing here yet.

## Moving and tracing creations

# /transfer without replying to a creation, or without a name.
transfer-usage = Reply to one of your creations with /transfer @name to give it to someone in your team.
# HTML. Handed over. $name — the new owner.
transfer-done = 🎁 It's { $name }'s now — it moved to their /history.
# Pop-up: the creation is not visible to this user (or no longer exists).
creation-not-visible = This creation isn't visible to you.
# HTML. Details: first line. $model, $maker, $date — when it was made.
creation-made-by = ℹ️ { $model } · made by { $maker } on { DATETIME($date, month: "short", day: "numeric", year: "numeric") }
# HTML. Details: what it was made from. $model, $maker — of the earlier creation.
creation-from = ↳ made from a { $model } creation by { $maker }
# HTML. Details: made from a prompt alone.
creation-original = ↳ an original, made from a prompt
# HTML. Details: owned now by someone else than its maker. $owner.
creation-owner = 🎁 now owned by { $owner }
# HTML. Details: paid by a team's pool. $team.
creation-paid-by-team = 👥 paid by { $team }

## The public project page (a web page, plain text: no HTML here)

# Page title and heading.
project-page-title = Shared creations
# Under the heading. $count — images and videos shown.
project-page-count = { $count ->
        [0] Nothing here yet.
        [one] One creation
       *[other] { $count } creations
    }
# Accessible description of an image.
project-page-image = A creation
# Accessible description of a video.
project-page-video = A video creation
# Title of the page for a link that does not work.
project-page-missing-title = Not found
# Text of that page.
project-page-missing = This page doesn't exist, or its link was retired.
