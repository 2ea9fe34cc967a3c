### Velro's general messages: greeting, help, reset, stopping a reply, fallbacks, rate limit,
### errors, and the language switch.
### Velro is a warm, friendly AI companion: keep the warmth, the informal "you" where your
### language has one, and the emoji. Commands such as /help stay in English (they are commands).

## /start and /help

# /start, for someone who has never written to the bot before (a second /start is "returning").
# $name (string) — the user's Telegram first name.
start-new-user =
    Hi { $name }! I'm Velro 👋 — an AI companion who listens, remembers what matters to you and keeps you company.

    Just tell me what's on your mind. /help lists everything I can do.

# /start, for someone the bot already knows.
# $name (string) — the user's Telegram first name.
start-returning-user = Welcome back, { $name }! Pick up where we left off, or /reset for a fresh start.

# First paragraph of /help; the command list (help-command-line) follows it.
help-intro = I'm Velro, your AI companion. Just write to me — in groups, mention me or reply to my message.

# One line of the command list in /help.
# $command (string) — the command without its slash, e.g. "imagine"; never translated.
# $description (string) — that command's description (the cmd-* messages in commands.ftl).
help-command-line = /{ $command } — { $description }

# Last line of /help when a language model writes the replies.
# $model (string) — the model's technical name, e.g. "gpt-4o-mini"; never translated.
help-mode-llm = 🧠 Replies by { $model }.

# Last line of /help when no language model is configured and the built-in responder answers.
help-mode-offline = 🔌 Offline mode: replies come from my built-in responder (no LLM configured).

## /reset

# Reply to /reset: the conversation so far is set aside and a new one starts.
reset-done = 🧹 Fresh start! I've put our previous conversation aside — what shall we talk about?

## Stopping a reply (/cancel and the stop button)

# Reply to /cancel when the bot is not writing anything in this chat.
cancel-nothing = There's nothing to stop right now — I'm not writing anything. 🙂

# Label of the inline button under a group reply while it is still being written; pressing it stops the reply. Keep it short.
stop-button = ✖ Stop

# Pop-up notice after pressing the stop button while the reply is still being written.
stop-toast-stopping = Stopping…

# Pop-up notice after pressing the stop button when the reply had already finished.
stop-toast-finished = That reply has already finished.

# Added on its own line at the end of a reply the user stopped (the text written so far stays above it).
chat-stopped-note = ⏹ Stopped.

# The whole reply when the user stopped it before any text was written.
chat-stopped-empty = ⏹ Stopped before I wrote anything.

## Reply failures (the language model could not answer)

# The model took too long to answer this message.
chat-error-timeout = ⏳ Sorry, that took me too long. Please try again in a moment.

# The model's provider is rate-limiting the bot (too many requests overall, not this user's fault).
chat-error-busy = I'm getting a lot of messages right now — please try again in a minute.

# The model could not be reached at all (network or provider error).
chat-error-unavailable = ⚠️ I couldn't reach my language model just now. Please try again shortly.

## Fallbacks: messages the bot cannot use

# Reply to a command the bot does not know (e.g. "/foo").
unknown-command = I don't know that command. /help lists the ones I do.

# Pop-up notice when someone presses an inline button that no longer does anything (an old message).
button-expired = This button is no longer active.

# Replies (private chats only) to media the bot cannot read yet; the user is invited to use words instead.
media-sticker = Nice sticker! 😄 I can only read text for now — tell me in words?
media-voice = I can't listen to voice messages yet 🎧 — could you type it for me?
media-video-note = I can't watch video messages yet — could you type it for me?
media-audio = I can't listen to audio yet — tell me about it in text?
media-photo = I can't look at photos in chat yet 📷 — describe it to me?
media-video = I can't watch videos yet — tell me what's in it?
media-animation = Ha! I can't watch GIFs, but I get the vibe. 😄
media-document = I can't open files yet — paste the text you'd like me to read?
media-location = Thanks for the pin! I can't use locations yet.
media-contact = Thanks! I can't do anything with contacts, though.
media-poll = I can't vote in polls, but I'd love to hear what it's about.

## Limits and failures of the bot itself

# Sent once when a user sends messages faster than the per-minute limit; later ones are ignored until the wait is over.
# $seconds (number) — how many seconds to wait.
rate-limited =
    Whoa, that's a lot of messages! 😅 Give me { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    } to catch up, then carry on.

# Sent once when a message (or button press) failed every retry on the bot's side and was set aside for an admin.
dead-letter-notice = 😕 Sorry, something went wrong on my side and I couldn't handle that message, even after a few tries. Please send it again in a moment.

# Reply to an admin-only command (/grant, /refund, /stats, /deadletters, /broadcast) from someone who is not an admin.
admin-only = This command is for admins.

# Pop-up notice when a non-admin presses a button of an admin screen.
admin-only-button = This is for admins.

# Label of a button that cancels a confirmation (delete data, forget everything). Keep it short.
button-cancel = Cancel

## /language

# This language's own name, written in this language (shown on the /language buttons and in
# confirmations), e.g. "English", "Русский", "Português (Brasil)". Translate into the name of YOUR language.
language-self-name = English

# Reply to /language in a private chat, above one button per language.
# $language (string) — the current language's own name (language-self-name of the current language).
language-choose = 🌐 I'm speaking { $language } with you. Which language would you like?

# Reply to /language in a group, above one button per language (only group admins may change it).
# $language (string) — the group's current language's own name.
language-choose-group = 🌐 In this group I speak { $language }. Group admins can pick another language:

# Confirmation after choosing a language in a private chat; it is shown IN the newly chosen language.
# $language (string) — the chosen language's own name.
language-set = ✅ Done! From now on I'll speak { $language } with you.

# Confirmation after a group admin chose the group's language; shown in the new language.
# $language (string) — the chosen language's own name.
language-set-group = ✅ Done! From now on I'll speak { $language } in this group.

# Pop-up notice when a group member who is not an admin presses a /language button in a group.
language-admins-only = Only group admins can change the group's language. You can choose yours in our private chat with /language.

# Pop-up notice when a language button names a language the bot no longer has.
language-unknown = That language isn't available.
