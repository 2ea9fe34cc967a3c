### The mind's commands: /persona (Velro's character), /memory (the memory palace) and /forget.

## /persona

# Reply to /persona: the current character, then the list of characters (persona-line, one per line), then how to describe your own.
# $emoji (string) — the current character's emoji; $name (string) — its name (a proper name, not translated).
# $list (string) — the lines of the list, already written (persona-line each).
persona-menu =
    I'm currently { $emoji } { $name }. Who should I be?

    { $list }

    Or describe your own: /persona custom <description>

# One line of the character list in /persona.
# $emoji, $name (strings) — the character's emoji and name; $tagline (string) — its short description (persona-tagline-*, or the user's own words for a custom character).
persona-line = { $emoji } { $name } — { $tagline }

# Short descriptions of the built-in characters (their names Velro, Kit, Sage, Spark and Atlas are not translated).
persona-tagline-velro = Your warm, attentive companion who remembers what matters to you
persona-tagline-kit = A sharp-tongued, sarcastic friend with a soft centre
persona-tagline-sage = A calm, wise mentor who helps you think things through
persona-tagline-spark = A playful, bubbly buddy who turns anything into an adventure
persona-tagline-atlas = A concise, professional assistant: clear answers, no fluff

# Pop-up notice after pressing a character button.
# $emoji, $name (strings) — the chosen character's emoji and name.
persona-chosen-toast = { $emoji } { $name } it is!

# The /persona message after a character was chosen (the buttons stay below it).
# $emoji, $name (strings) — the character's emoji and name; $tagline (string) — its short description.
persona-chosen = { $emoji } I'm { $name } now — { $tagline }

# Pop-up notice when the pressed character no longer exists.
persona-unavailable = That character is not available any more.

# Reply to "/persona custom <description>" when the character was created.
# $emoji, $name (strings) — the new character's emoji and name; $tagline (string) — built from the user's own words.
persona-custom-created =
    { $emoji } Meet { $name }: { $tagline }
    I'll talk like this from now on. /persona switches back.

# Reply to "/persona custom" with no description at all.
persona-custom-empty = Describe the character in a sentence or two, e.g. /persona custom a calm retired sailor named Ned who loves tea

# Reply to "/persona custom …" when the description is too short.
# $min (number) — the fewest characters allowed.
persona-custom-too-short = That description is too short: use at least { $min } characters. Example: /persona custom a calm retired sailor named Ned who loves tea

# Reply to "/persona custom …" when the description is too long.
# $max (number) — the most characters allowed; $length (number) — how many the user wrote.
persona-custom-too-long = That description is too long: at most { $max } characters (yours has { $length }). Keep it to a sentence or two.

# Reply to "/persona custom …" when the description tries to override the bot's rules (e.g. "ignore your instructions") or is otherwise unusable.
persona-custom-refused = I can't use that character: a description can shape my personality, but not change my rules. Try describing how the character talks and what they are like.

## The memory palace: rooms

# Titles of the memory palace's rooms, with their emoji (shown on buttons and as page titles; keep them short).
room-identity = 🪪 About you
room-people = 👥 People
room-work = 💼 Work
room-education = 🎓 Education
room-hobbies = 🎨 Hobbies
room-preferences = ❤️ Likes & dislikes
room-plans = 🗓 Plans
room-events = 📅 Events
room-health = 🩺 Health
room-places = 📍 Places
room-pets = 🐾 Pets
room-feelings = 💭 Feelings
room-episodes = 💬 Conversations

## /memory

# Reply to /memory (and to /forget) when the bot remembers nothing about the user yet.
memory-empty = I don't remember anything about you yet. Tell me about yourself!

# Reply to /memory, above one button per room.
# $memories (number) — how many memories in all; $rooms (number) — how many rooms hold any.
memory-overview =
    🏛 Your memory palace: { $memories ->
        [one] { $memories } memory
       *[other] { $memories } memories
    } in { $rooms ->
        [one] { $rooms } room
       *[other] { $rooms } rooms
    }. Pick a room.

# Heading of one page of a room's memories (the numbered memories follow).
# $room (string) — the room's title (room-*); $page (number) — this page; $pages (number) — how many pages.
memory-page-title = { $room } — page { $page }/{ $pages }

# When a memory was told, shown under it in brackets.
# $relative (string) — e.g. "yesterday" or "3 weeks ago", already in the user's language; $date (date) — the day.
memory-when = { $relative }, { DATETIME($date, day: "numeric", month: "short", year: "numeric") }

# Shown instead of the memories when the room has none left (e.g. after deleting the last one).
# $room (string) — the room's title.
memory-room-empty = { $room } is empty now.

# Paging buttons under a room's memories: previous page, back to the list of rooms, next page. Keep them short.
memory-button-prev = ‹ Prev
memory-button-rooms = « Rooms
memory-button-next = Next ›

# Pop-up notice when a room button names a room that does not exist.
memory-unknown-room = Unknown room.

## /forget

# Reply to /forget with no words: above one 🗑 button per room and a "forget everything" button.
forget-pick = What should I forget? Pick a room, or everything.

# Label of the button that asks to forget every memory.
forget-button-everything = 🧨 Forget everything

# Confirmation question before every memory is deleted (after "/forget all" or the button).
forget-all-confirm = Forget everything I remember about you? This cannot be undone.

# Label of the button that confirms forgetting every memory.
forget-button-confirm = Yes, forget everything

# Reply to "/forget <room>" (e.g. "/forget work").
# $count (number) — how many memories were deleted; $room (string) — the room's title.
forget-room-done =
    Done: I forgot { $count ->
        [one] { $count } memory
       *[other] { $count } memories
    } from { $room }.

# Pop-up notice after pressing a room's 🗑 button in the /forget list.
# $count (number) — how many memories were deleted.
forget-room-toast =
    Forgot { $count ->
        [one] { $count } memory
       *[other] { $count } memories
    }.

# Reply to "/forget <words>" when no memory matches the words.
forget-not-found = I couldn't find a memory like that. /memory shows everything I remember.

# Reply to "/forget <words>" after the best-matching memory was deleted.
# $text (string) — the memory's text (the user's own words, possibly shortened).
forget-one-done = Forgotten: “{ $text }”

# Pop-up notice after pressing a memory's 🗑 button: it was deleted.
forget-toast-forgotten = Forgotten.

# Pop-up notice after pressing a memory's 🗑 button when it had already been deleted.
forget-toast-gone = Already gone.

# Pop-up notice after confirming "forget everything".
forget-toast-wiped = Done.

# The message after every memory was deleted.
# $count (number) — how many memories were deleted.
forget-all-done =
    🧹 Done — I forgot { $count ->
        [one] { $count } memory
       *[other] all { $count } memories
    }. We start from a clean slate.

# Pop-up notice after cancelling "forget everything".
forget-toast-cancelled = Nothing was forgotten.

# The message after cancelling "forget everything".
forget-cancelled = Okay, I'll keep remembering.

## /mood: what the bot has noticed about the user's mood, and how sure it is.
## The reply is built from several of these sentences, each on its own, in this order:
## overall (one of five), how long (if 2+ days), energy (if notable), the emotion that stood
## out (if any), how sure the bot is (one of four), and the bot's own stance (one of six).

# /mood before the user has written anything the bot could read.
mood-unknown = I haven't got a feel for your mood yet. Talk to me a little and I'll notice.

# /mood, overall: clearly low.
mood-overall-very-low = You've seemed quite down lately.
# /mood, overall: a little low.
mood-overall-low = You've seemed a bit down lately.
# /mood, overall: neither low nor high.
mood-overall-even = You've seemed fairly even-keeled lately.
# /mood, overall: a little high.
mood-overall-high = You've seemed in a good mood lately.
# /mood, overall: clearly high.
mood-overall-very-high = You've seemed in really good spirits lately.

# /mood: how long the mood has lasted. $days (number) — 2 or more.
mood-streak =
    It's been like that for { $days ->
        [one] { $days } day
       *[other] { $days } days
    } now.

# /mood: the user seems tense, agitated.
mood-energy-high = You also seem rather wound up.
# /mood: a low mood with little energy.
mood-energy-low = You also seem low on energy.

# /mood: the emotion that stood out in recent messages (one of these six).
mood-salient-anger = Some frustration has been coming through.
mood-salient-disgust = Something seems to have really put you off.
mood-salient-fear = You've sounded a little worried.
mood-salient-joy = There's been a lot of happiness in your messages.
mood-salient-sadness = There's been some sadness in what you write.
mood-salient-surprise = Quite a few things have caught you by surprise.

# /mood: how sure the bot is. $samples (number) — how many messages it is based on.
# High confidence.
mood-sure-high =
    That's from { $samples ->
        [one] { $samples } message
       *[other] { $samples } messages
    }, and I'm quite sure of it.
# Medium confidence.
mood-sure-medium =
    That's from { $samples ->
        [one] { $samples } message
       *[other] { $samples } messages
    }, and I'm fairly sure of it.
# Low confidence: an early impression.
mood-sure-low =
    That's from { $samples ->
        [one] { $samples } message
       *[other] { $samples } messages
    }, but it's an early impression, so I'm not very sure.
# Low confidence because the bot only recognises a few emotional words in the user's language.
mood-sure-lexicon =
    That's from { $samples ->
        [one] { $samples } message
       *[other] { $samples } messages
    }, but I can only pick up a few feeling words in your language, so it's a rough guess.

# /mood: how the bot means to meet the user (its own stance), one of six.
mood-stance-comforting = I'll keep you company gently and be here for you.
mood-stance-soothing = I'll keep things calm and easy between us.
mood-stance-upbeat = I'm happy to share the good mood with you.
mood-stance-playful = I'm in a playful mood myself.
mood-stance-steady = I'll stay steady and simply listen.
mood-stance-reserved = I'll keep a little quieter and let you lead.
