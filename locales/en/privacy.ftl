### The user's own data: /export and /deletedata (private chats only), and the live-status
### token (/token) with the admins' /broadcast.

## /export and /deletedata

# Reply to /export or /deletedata in a group: they work only in the private chat with the bot.
privacy-private-only = 🔒 For your privacy, this works only in our private chat.

# Caption of the JSON file /export sends.
export-caption = 📦 Everything I store about you: profile, mind state, memories (pinned ones too), mood by day, conversation history, credits ledger, payments, creations, teams and projects, reminders, check-ins and diary, voice replies and settings.

# Reply to /deletedata, above the two buttons (delete-button-confirm and button-cancel).
delete-confirm =
    ⚠️ Delete all your data? Your profile, memories, mind state, conversation history and creations will be erased for good.

    Your credit balance, its ledger and Telegram Stars payment records are kept: they are financial records needed for refunds and payment disputes, and contain no messages.

# Added below delete-confirm when the user owns teams that have other members.
# $count (number) — how many such teams.
delete-confirm-team-handover =
    { $count ->
        [one] 👥 You own a team with other members in it: it passes to its longest-standing admin (or, if there is none, editor, then viewer).
       *[other] 👥 You own { $count } teams with other members in them: each passes to its longest-standing admin (or, if there is none, editor, then viewer).
    }

# Added below delete-confirm when the user owns teams nobody else is in.
# $count (number) — how many such teams; $credits (number) — the credits left in their pools together.
delete-confirm-team-lone =
    { $count ->
        [one] 🗂 You are the only member of a team you own: it will be deleted, and the credits left in its pool ({ $credits }) are lost.
       *[other] 🗂 You are the only member of { $count } teams you own: they will be deleted, and the credits left in their pools ({ $credits }) are lost.
    }

# The button that confirms deleting everything.
delete-button-confirm = Yes, delete everything

# Pop-up notice when someone else presses the delete button (e.g. on a forwarded copy).
delete-not-yours = This button is not yours.

# Pop-up notice and message when the data cannot be deleted because a creation is still running.
delete-busy-toast = A creation is still running.
delete-busy = ⏳ A creation of yours is still running. Try /deletedata again when it has finished.

# Pop-up notice and message after the data was deleted.
delete-done-toast = Deleted.
delete-done = 🗑 Done. Your data has been deleted. If you write to me again, we start as strangers.

# Pop-up notice and message after pressing Cancel.
delete-cancelled-toast = Nothing was deleted.
delete-cancelled = Okay, nothing was deleted.

## /token and /broadcast

# Reply to /token in a group: the token would be visible to everyone there.
token-private-only = For your privacy, ask me for /token in a private chat.

# Reply to /token. The token, the WebSocket address and the page link are on their own lines.
# $minutes (number) — how long the token is valid; $token (string) — the token itself;
# $wsUrl (string) — the WebSocket address; $pageUrl (string) — the live page's link. Never translate the last three.
token-issued =
    🔑 Your live-status token (valid for { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, keep it to yourself):

    { $token }

    Connect a WebSocket to { $wsUrl }?token=<token>
    or open the live page: { $pageUrl }

# Reply to /broadcast from someone who is not an admin.
broadcast-admins-only = Only admins can broadcast announcements.

# Reply to /broadcast without text.
broadcast-usage = Usage: /broadcast <text> — sends an announcement to every live-status client.

# Reply to /broadcast with too much text.
# $max (number) — the most characters allowed.
broadcast-too-long = That announcement is too long ({ $max } characters at most).

# Reply to /broadcast when sent.
broadcast-sent = 📣 Announcement sent to every live-status client.
