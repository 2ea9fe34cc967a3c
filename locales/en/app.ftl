### The Mini App (opened from the chat's menu button, /start and /help) and its buttons in the chat.

## In the chat

# Inline button under /start and /help that opens the Mini App.
app-open-button = ✨ Open the Velro app
# The chat's menu button (beside the message field) that opens the Mini App. Keep it short.
app-menu-button = Velro app
# Plain-text page shown at /app when the service was started without building the app (an operator's mistake).
app-not-built = The Velro app is not available on this server yet. Please try again later.

## Everywhere in the app

# Shown while the app signs in and loads.
app-loading = Loading…
# The tab bar at the bottom; each label sits under an icon, so keep them to one short word.
app-nav-chat = Chat
app-nav-memories = Memory
app-nav-creations = Gallery
app-nav-credits = Credits
app-nav-persona = Persona
app-nav-live = Live
# Sign-in refused: the Telegram data was not signed for this bot (tampered with, or another bot's).
app-signin-forged = I couldn't confirm it's you: the sign-in data from Telegram doesn't match this bot. Please close the app and open it again from the chat.
# Sign-in refused: the Telegram data is more than a day old.
app-signin-stale = This session is too old. Please close the app and open it again from the chat.
# Sign-in refused for another reason (malformed data).
app-signin-invalid = Telegram didn't send the sign-in data I need. Please open the app from the chat's menu button.
# The page was opened in a normal browser, not inside Telegram.
app-signin-outside = Open this app from Velro's chat in Telegram — it signs you in there.
# The service could not be reached.
app-network-error = I can't reach the server right now. Check your connection and try again.
# Generic failure of an action.
app-error = Something went wrong. Please try again.
# Button that repeats what failed.
app-retry = Try again
# Shown while the live connection is being re-established.
app-reconnecting = Reconnecting…
# Confirmation buttons.
app-confirm = Yes
app-cancel = Cancel
app-save = Save
app-delete = Delete
app-edit = Edit

## Chat page

# Placeholder of the message field. $name: the persona's name (e.g. Velro).
app-chat-placeholder = Message { $name }…
# Send button (also its accessible label).
app-chat-send = Send
# Button that stops the reply being written.
app-chat-stop = Stop
# Shown in an empty conversation.
app-chat-empty = Say hello! This is the same conversation as our chat in Telegram — what you tell me here, I remember there too.
# Under a reply: how many memories it drew on; tapping opens them. $count: how many.
app-chat-memories-used = { $count ->
    [one] Drew on 1 memory
   *[other] Drew on { $count } memories
}
# Error under a message when the user sends too fast. $seconds: how long to wait.
app-chat-rate-limited = You're writing faster than I can read — try again in { $seconds } s.
# Error under a message when the reply failed or the connection dropped; the message can be sent again.
app-chat-failed = That message didn't get an answer. Tap to send it again.
# Shown while a reply is being written in the Telegram chat at the same moment.
app-chat-waiting = Still answering…

## Memory palace page

# Page title.
app-memories-title = Memory palace
# Search field placeholder.
app-memories-search = Search memories
# Filter chip showing every room.
app-memories-all = All
# Empty palace.
app-memories-empty = Nothing here yet. Tell me about yourself in the chat — or add a memory yourself.
# No search results.
app-memories-no-results = No memory matches that.
# Button and form title for adding a memory.
app-memories-add = Add a memory
# Placeholder of the new memory's text.
app-memories-add-placeholder = e.g. I'm allergic to peanuts
# Room picker option that lets Velro choose the room from the text.
app-memories-room-auto = Let Velro choose the room
# Button that pins a memory (always considered when Velro replies).
app-memories-pin = Pin
# Button that unpins a memory.
app-memories-unpin = Unpin
# Badge on a pinned memory.
app-memories-pinned = 📌 Always remembered
# Refusal when too many memories are pinned. $max: the limit.
app-memories-pin-limit = You can pin up to { $max } memories. Unpin one first.
# Asked before deleting a memory.
app-memories-delete-confirm = Forget this memory? I won't be able to bring it back.
# Section listing the memories Velro's last reply used.
app-memories-last-used = Used in my last reply
# How often a memory was said. $count: times.
app-memories-mentions = { $count ->
    [one] said once
   *[other] said { $count } times
}

## Gallery page

# Page title.
app-creations-title = Your creations
# Empty gallery.
app-creations-empty = Nothing created yet. Try /imagine in the chat — your images and videos will appear here.
# Creation is not set up on this bot.
app-creations-unavailable = Image and video creation isn't set up on this bot.
# A creation's cost. $cost: credits.
app-creations-cost = { $cost ->
    [one] 1 credit
   *[other] { $cost } credits
}
# Button that sends a creation to the Telegram chat again.
app-creations-send = Send to chat
# Toast after a creation was sent.
app-creations-sent = Sent to our chat ✓
# Asked before deleting a creation.
app-creations-delete-confirm = Delete this creation from your gallery?
# Button loading older creations.
app-creations-more = Show older

## Credits page

# Page title.
app-credits-title = Credits
# The balance. $balance: credits.
app-credits-balance = { $balance ->
    [one] 1 credit
   *[other] { $balance } credits
}
# Section title over the packs.
app-credits-buy = Top up with Telegram Stars
# A pack's button. $credits: credits in it, $stars: its price in Stars.
app-credits-pack = { $credits } credits · { $stars } ⭐
# After the payment sheet closed: paid (the credits arrive a moment later).
app-credits-paid = Thank you! Your credits are on their way.
# After the payment sheet closed without paying.
app-credits-cancelled = Payment cancelled — nothing was charged.
# After a failed payment.
app-credits-failed = The payment didn't go through. Nothing was charged.
# While Telegram is still processing the payment.
app-credits-pending = Your payment is being processed…
# Section title over the ledger.
app-credits-history = History
# Empty ledger.
app-credits-history-empty = No movements yet.
# Ledger lines in plain words. $model: the creation's model, when known.
app-ledger-grant = Welcome gift
app-ledger-purchase = Bought with Stars
app-ledger-reserve = Creation with { $model }
app-ledger-release = Refund for { $model }
app-ledger-capture = Creation with { $model } finished
app-ledger-adjust = Adjusted by the team
app-ledger-stars_refund = Stars refunded
app-ledger-transfer_out = Moved to a team
app-ledger-transfer_in = Received from a team
# A ledger line of a kind the app does not know. $kind: its technical name.
app-ledger-other = { $kind }
# Shown instead of the model name when it is not known.
app-ledger-unknown-model = a model

## Persona and mood page

# Section title: the persona in use.
app-persona-title = Who I am with you
# Badge on the persona in use.
app-persona-current = Current
# Title of the custom persona form.
app-persona-custom = Describe your own character
# Placeholder of the custom persona description.
app-persona-custom-placeholder = e.g. a calm retired sailor named Ned who loves tea
# Button creating the custom persona.
app-persona-custom-create = Create
# Section title: the mood.
app-mood-title = Your mood lately
# No mood readings yet.
app-mood-none = I haven't noticed much yet — we've only just met.
# Caption of the chart. $weeks: how many weeks it shows.
app-mood-chart = { $weeks ->
    [one] Day by day, this week
   *[other] Day by day, the last { $weeks } weeks
}
# Chart axis labels: the top (good mood) and the bottom (low mood).
app-mood-good = 🙂 good
app-mood-low = 🙁 low

## Live page

# Page title.
app-live-title = Live
# No creation in progress.
app-live-empty = Nothing is being created right now. Start one with /imagine or /video in the chat.
# A creation waiting in the provider's queue. $position: its place, when known (0 if unknown).
app-live-queued = { $position ->
    [0] Waiting in line…
   *[other] Waiting in line: { $position }.
}
# A creation being made.
app-live-running = Creating…
# A creation that finished.
app-live-done = Done ✓
# A creation that failed. $reason: the explanation.
app-live-failed = Didn't work: { $reason }
# Button cancelling a creation in progress.
app-live-cancel = Cancel
# Heading of an announcement from the team.
app-live-announcement = Announcement

## Team and projects

# Tab bar label (one short word) of the Team page.
app-nav-team = Team
# Tab bar label (one short word) of the Projects page.
app-nav-projects = Projects
# Team page title.
app-team-title = Your team
# The user is in no team. /team new is a bot command: keep it as is.
app-team-none = You're not in a team yet. Start one in our chat with /team new and a name — then invite people to share credits and projects with you.
# The user's role in the team shown. $role: the role's name (owner, admin, editor, viewer — already translated).
app-team-role = You're { $role } here
# The team's shared credit pool. $credits: how many credits it holds.
app-team-pool = { $credits ->
    [one] 💰 Shared pool: 1 credit
   *[other] 💰 Shared pool: { $credits } credits
}
# The user's monthly spending limit from the pool. $spent: credits spent this month, $cap: the limit.
app-team-cap = Your monthly limit: { $spent } of { $cap } used
# The user has no monthly limit. $spent: credits spent from the pool this month.
app-team-no-cap = No monthly limit for you · { $spent } used this month
# Heading of the member list. $count: how many members.
app-team-members = { $count ->
    [one] 1 member
   *[other] { $count } members
}
# Heading of the team's audit log (who did what), shown to owners and admins.
app-team-log = Audit log
# The audit log has no lines.
app-team-log-empty = Nothing has happened here yet.
# Footnote: the team is managed with the /team command in the chat. Keep /team as is.
app-team-hint = Invite people, change roles and set limits with /team in our chat.
# Projects page title.
app-projects-title = Projects
# The user has no projects. /project new is a bot command: keep it as is.
app-projects-empty = No projects yet. Start one in our chat with /project new and a name, then gather your creations in it.
# Shown instead of a team's name for a personal project.
app-projects-personal = Personal
# How many creations a project holds. $count: the number.
app-projects-items = { $count ->
    [one] 1 creation
   *[other] { $count } creations
}
# An open project with no creations yet.
app-projects-nothing = Nothing here yet — add creations from the Gallery.
# Heading of the privacy switch of a project.
app-projects-privacy = Who can see it
# Privacy: only the user (or, in a team, its owner, admins and the project's creator).
app-privacy-private = Private
# Privacy: every member of the team.
app-privacy-team = Team
# Privacy: anyone with the link.
app-privacy-public = Public
# Above the link of a project just made public.
app-projects-public-link = Anyone with this link can look (and only look):
# A public project whose link is no longer shown (it is shown only once, when made public).
app-projects-public-hidden = This project is public. Its link is shown once, when it's made public — choose Public again for a fresh link (the old one will stop working).
# Button taking a creation out of the project (the creation itself stays in the gallery).
app-projects-remove = Take out
# Button on a gallery card that opens the list of projects to add the creation to.
app-projects-add = Add to project
# Toast after a creation was added. $project: the project's name.
app-projects-added = Added to { $project } ✓
# Toast when the creation was in that project already. $project: the project's name.
app-projects-already = It's already in { $project }
# The picker has no project the user may add to. /project new is a bot command: keep it as is.
app-projects-none-to-file = No project you can add to yet — start one with /project new in our chat.
# The user's role does not allow what they tried (e.g. a viewer changing privacy).
app-projects-forbidden = Your role in this team doesn't allow that.
