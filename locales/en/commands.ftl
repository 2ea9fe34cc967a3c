### The command menu and the bot's profile in Telegram.
### Command descriptions appear in Telegram's "/" menu and in /help: at most 256 characters,
### shorter is better (one line on a phone). The command names themselves are never translated.

# Menu description of /start.
cmd-start = Meet Velro and register
# Menu description of /help.
cmd-help = What I can do and every command
# Menu description of /reset.
cmd-reset = Start a fresh conversation
# Menu description of /cancel.
cmd-cancel = Stop the reply I'm writing
# Menu description of /persona; "custom" and "<description>" show how to use it ("custom" stays in English, it is typed by the user).
cmd-persona = Choose my character, or /persona custom <description>
# Menu description of /mood.
cmd-mood = What I've noticed about your mood
# Menu description of /memory.
cmd-memory = What I remember about you, room by room
# Menu description of /forget.
cmd-forget = Forget a memory, a room, or everything
# Menu description of /imagine.
cmd-imagine = Create an image: /imagine <what to draw>
# Menu description of /video.
cmd-video = Create a video: /video <what happens>
# Menu description of /edit.
cmd-edit = Reply to a photo with /edit <what to change>
# Menu description of /models.
cmd-models = Image and video models and their prices
# Menu description of /balance.
cmd-balance = Your credits
# Menu description of /history.
cmd-history = Your recent creations
# Menu description of /projects (lists personal and team projects).
cmd-projects = Your projects and your team's
# Menu description of /project (subcommands new, add, privacy).
cmd-project = Make a project, add a creation, set its privacy
# Menu description of /transfer: sent as a reply to a creation, it gives it to a team member.
cmd-transfer = Reply to a creation to hand it to a teammate
# Menu description of /team (a team shares a pool of credits; members are invited by link).
cmd-team = Your team: members, shared credits, invitations
# Menu description of /buy.
cmd-buy = Buy credits with Telegram Stars
# Menu description of /paysupport.
cmd-paysupport = Help with a payment
# Menu description of /terms.
cmd-terms = Terms of the credits and creations
# Menu description of /token.
cmd-token = A token for the live-status page and WebSocket
# Menu description of /export.
cmd-export = Download everything I store about you (JSON)
# Menu description of /deletedata.
cmd-deletedata = Delete your data (asks first)
# Menu description of /language.
cmd-language = Choose the language I speak

## The bot's profile (set at start-up for each language)

# The bot's display name. At most 64 characters. "Velro" is a name: keep it.
bot-name = Velro
# The text in an empty chat before the user presses Start ("What can this bot do?"). At most 512 characters.
bot-description =
    Velro is an AI companion who listens, remembers what matters to you and keeps you company — in private chats and in groups.

    Talk about your day, pick a character for me with /persona, create images and videos with /imagine and /video, and choose my language with /language.
# The short text on the bot's profile page and in shared links. At most 120 characters.
bot-short-description = Your warm AI companion: talks, remembers what matters to you, and creates images and videos.

# Menu description of /transcripts (voice notes).
cmd-transcripts = Quote what I heard above replies to your voice notes (on/off)
# Menu description of /voice (voice replies).
cmd-voice = Answer me with voice notes (on/off, and voice for voice)

# Menu description of /animate.
cmd-animate = Bring a photo to life: reply to it with /animate

# Menu description of /checkins (proactive check-ins).
cmd-checkins = Let me check in on you now and then (how often, quiet hours)
# Menu description of /remind; keep the example command in English, translate its words.
cmd-remind = Set a reminder: /remind tomorrow at 9 call mum
# Menu description of /reminders.
cmd-reminders = Your reminders, with cancel buttons
# Menu description of /diary (on/off stay in English).
cmd-diary = Your daily diary: mood and what we talked about (on/off)
# Menu description of /dreams (on/off stay in English).
cmd-dreams = A dream each morning, woven from your memories (on/off)
# Menu description of /dream ("about" stays in English; translate <topic>).
cmd-dream = A dream woven from what you've told me; /dream about <topic>
# Menu description of /synesthesia.
cmd-synesthesia = The colours, texture and sound of your words
# Menu description of /perspectives.
cmd-perspectives = A few ways to look at a choice or a tangled feeling
