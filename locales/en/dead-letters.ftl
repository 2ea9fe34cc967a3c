### /deadletters (admins only, private chat): updates that failed every try, a page at a time,
### with buttons to put one back in the queue (↻ Replay) or delete it (🗑 Drop).
### These messages are sent as Telegram HTML: keep tags such as <b> and <code> as they are.

# Reply to /deadletters in a group (the list quotes users' messages).
dl-private-only = For privacy, ask me for /deadletters in a private chat.

# The list when nothing failed.
dl-empty = ✅ No dead letters — every update was handled.

# Heading of the list (HTML).
# $total (number) — dead letters in all; $page (number) — this page; $pages (number) — how many pages.
dl-head = <b>☠️ Dead letters: { $total }</b> · page { $page }/{ $pages }

# Second line of the heading: what the buttons do.
dl-explain = Updates that failed every try. ↻ puts one back in the queue, 🗑 deletes it for good.

# Buttons under the list, one pair per dead letter.
# $n (number) — the dead letter's number in the list.
dl-button-replay = ↻ Replay { $n }
dl-button-drop = 🗑 Drop { $n }

# Pop-up notice and note above the list after pressing a button.
# $id (string) — the update's id.
dl-gone = Update { $id } is no longer a dead letter — someone already handled it.
dl-replayed = ↻ Update { $id } is back in the queue and will be handled again.
dl-dropped = 🗑 Update { $id } dropped.

## One dead letter in the list

# First line of a dead letter (HTML).
# $n (number) — its number in the list; $id (string) — the update's id; $when (string) — when it failed (dl-when).
dl-letter-head = <b>{ $n }.</b> update <code>{ $id }</code> · { $when }

# When it failed.
# $relative (string) — e.g. "3 minutes ago", already in the reader's language; $date (date) — the moment, shown in UTC.
dl-when = { $relative } ({ DATETIME($date, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit") } UTC)

# Last line of a dead letter: the error (in English, from the program) and how often it was tried.
# $error (string) — the error's first line; $tries (number) — how many times it was tried.
dl-error-line =
    ⚠️ { $error } · { $tries ->
        [one] { $tries } try
       *[other] { $tries } tries
    }

# Shown instead of the error when none was recorded.
dl-error-unknown = unknown error

# Who sent it (HTML). $name (string) — the sender's name; $handle (string) — " @username" or empty; $id (string) — their id.
dl-sender = 👤 { $name }{ $handle } (<code>{ $id }</code>)
# Used as the sender's name when Telegram gave none.
dl-sender-someone = someone
# Where it was sent: a group. $title (string) — the group's name; $id (string) — its id.
dl-in-group = in 👥 { $title } (<code>{ $id }</code>)
# Where it was sent: the private chat with the bot.
dl-in-private = in a private chat
# Shown when the stored update names neither sender nor chat. $lane (string) — an internal queue name.
dl-lane = lane <code>{ $lane }</code>

# What the update was (HTML). Quoted parts are the user's own text, already shortened.
# $amount (string) — e.g. "50 XTR".
dl-kind-payment = ⭐ payment: { $amount }
# $amount (string) — e.g. "50 XTR".
dl-kind-refunded-payment = ↩️ refunded payment: { $amount }
# $text (string) — the command as typed.
dl-kind-command = ⌨️ command: <code>{ $text }</code>
# $text (string) — the message's text.
dl-kind-text = 💬 text: “{ $text }”
# $media (string) — the kind of media in English ("photo", "voice", …); $caption (string) — its caption, or empty.
dl-kind-media = 📎 { $media }{ $caption }
# Someone joined or left a group.
dl-kind-members = 👥 members joined or left
# Any other message.
dl-kind-message = ✉️ message
# An edited message. $line (string) — what the message was (one of the dl-kind-* above).
dl-kind-edited = ✏️ edited · { $line }
# A button press. $data (string) — the button's internal data.
dl-kind-button = 🔘 button press: <code>{ $data }</code>
# A payment check. $amount (string) — e.g. "50 XTR".
dl-kind-checkout = 🧾 checkout: { $amount }
# A membership change. $from, $to (strings) — Telegram's status names in English (e.g. "member", "kicked").
dl-kind-membership = 👥 membership: { $from } → { $to }
# An update the bot could not read at all.
dl-kind-unreadable = ❓ unreadable update
# Any other kind of update. $kind (string) — Telegram's name for it, in English.
dl-kind-other = ❓ { $kind }
