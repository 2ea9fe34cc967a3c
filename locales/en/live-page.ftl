### The live-status web page (opened from the /token link): shows creations, credits,
### replies and announcements as they happen. Words in { } placeholders are filled in by the page.

# The page's title and heading. "Velro" is a name.
live-title = Velro · live status
# Placeholder inside the token field.
live-token-placeholder = Paste the token from /token
# The button that connects.
live-connect = Connect
# Status line before connecting.
live-not-connected = Not connected. Send /token to the bot to get a token.
# Section headings.
live-balance = Balance
live-generations = Generations
live-conversation = Conversation
live-events = Events
# The word after the balance number, e.g. "250 credits" (the number changes live, so no plural forms here).
live-credits-unit = credits
# Column headings of the creations table.
live-col-job = job
live-col-model = model
live-col-status = status
live-col-progress = progress
live-col-result = result
# Link to a finished creation in the table.
live-open = open
# Shown in the status column of a failed creation when no reason is known.
live-failed = failed
# Status line while connecting.
live-connecting = Connecting…
# Status line when connected.
# $user (string) — the Telegram user id.
live-connected = Connected as { $user }
# Same, for an admin.
# $user (string) — the Telegram user id.
live-connected-admin = Connected as { $user } (admin)
# Event list note after reconnecting when some events were too old to be replayed.
live-missed = some older events were missed while offline
# Event list line for an error from the server.
# $message (string) — the server's error message (English).
live-error = error: { $message }
# Status line when the token is no longer accepted.
# $reason (string) — the server's reason (English) or a code.
live-disconnected-fatal = Disconnected: { $reason }. Get a new token with /token.
# Status line while waiting to reconnect.
# $reason (string) — the server's reason (English) or a code; $seconds (string) — seconds until the next try.
live-reconnecting = Disconnected ({ $reason }); reconnecting in { $seconds } s…
