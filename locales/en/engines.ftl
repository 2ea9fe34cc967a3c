### The synesthesia, dreams and second-sight engines: /synesthesia, /dream, /perspectives, the
### offline dream composer and the offline perspectives. Sentences of dreams are told to the user
### in the second person and the present tense ("You are…"), which keeps them free of gender.

## The memory palace

# Title of the memory palace's room of dreams Velro composed (buttons and page titles; keep it short).
room-dreams = 🌙 Dreams

## /synesthesia: the colours, texture and sound of a feeling

# Reply to /synesthesia with nothing after it.
syn-usage = Send me a few words and I'll show you their colours: /synesthesia the sea at night. With /synesthesia on I'll also put a 🎨 button under my replies.
# Caption of the palette card. $feeling: the feeling's name (syn-feeling-*); $textures and $sounds: lists of syn-texture-* and syn-sound-* joined by commas; $colours: the five colours as hex codes.
syn-caption = 🎨 Feeling: { $feeling }
    Texture: { $textures }
    Sound: { $sounds }
    { $colours }
# Names of the feelings in the caption (syn-caption).
syn-feeling-anger = anger
syn-feeling-disgust = disgust
syn-feeling-fear = fear
syn-feeling-joy = joy
syn-feeling-sadness = sadness
syn-feeling-surprise = surprise
syn-feeling-neutral = calm
# Textures a feeling has (lists in syn-caption; lower case, a few words each).
syn-texture-velvet = soft velvet
syn-texture-silk = flowing silk
syn-texture-wool = warm wool
syn-texture-linen = plain linen
syn-texture-paper = thin paper
syn-texture-glass = cool glass
syn-texture-sandpaper = rough sandpaper
syn-texture-static = crackling static
syn-texture-mist = damp mist
syn-texture-moss = soft moss
syn-texture-wet-stone = wet stone
syn-texture-embers = glowing embers
syn-texture-petals = crushed petals
syn-texture-sand = warm sand
syn-texture-snow = fresh snow
syn-texture-bubbles = fizzing bubbles
syn-texture-rust = flaking rust
syn-texture-feathers = drifting feathers
syn-texture-tar = sticky tar
# Sounds a feeling has (lists in syn-caption; lower case, a few words each).
syn-sound-bells = ringing bells
syn-sound-birdsong = birdsong
syn-sound-laughter = distant laughter
syn-sound-guitar = a strummed guitar
syn-sound-cello = a low cello
syn-sound-rain = rain on a window
syn-sound-piano = a slow piano
syn-sound-drums = pounding drums
syn-sound-thunder = rolling thunder
syn-sound-heartbeat = a racing heartbeat
syn-sound-wind = howling wind
syn-sound-creak = a creaking floor
syn-sound-chimes = wind chimes
syn-sound-pizzicato = plucked strings
syn-sound-buzz = a buzzing fly
syn-sound-drip = dripping water
syn-sound-hum = a quiet hum
syn-sound-clock = a ticking clock
syn-sound-waves = waves on the shore
syn-sound-crackle = a crackling fire
syn-sound-leaves = rustling leaves
syn-sound-crickets = crickets at night
syn-sound-hush = the hush of falling snow
# Sent instead of the card when drawing it failed; the caption (syn-caption) follows.
syn-card-failed = I couldn't draw the card just now, but here are its colours:
# Button under the palette card or a dream: paint it with an image model (it costs credits; the price is shown before anything is charged).
syn-paint-button = 🖼 Paint it
# Pop-up when a card's or dream's button is too old to use.
syn-expired = This one has faded — send the command again.
# Reply to /synesthesia on.
syn-button-on = 🎨 From now on there's a "see this feeling" button under my replies. /synesthesia off removes it.
# Reply to /synesthesia off.
syn-button-off = Okay, no more 🎨 button under my replies. /synesthesia on brings it back.
# The button under a reply (only for users who turned it on): shows the palette card of the message it answered.
syn-see-button = 🎨 See this feeling
# Pop-up when the message behind a 🎨 button is no longer stored (e.g. after /deletedata).
syn-see-missing = I can't find that message any more.

## /dream: a dream remixing what the user told Velro

# Heading and note around a dream. $title: the dream's title; $text: the dream itself.
dream-message = 🌙 { $title }

    { $text }

    — a dream I had about things you told me; it's a dream, not a memory of what happened.
# Added under a dream when the user has told Velro little so far.
dream-note-new = You haven't told me much yet, so I dreamt of us meeting somewhere new.
# Added under a dream asked "about" something no memory mentions. $topic: what the user asked about.
dream-topic-missing = I don't remember you telling me about “{ $topic }”, so I dreamt of other things.
# Reply to /dream in a group: dreams are made of the user's memories, so they are only told in private.
dream-private-only = My dreams are made of what you've told me, so I keep them between the two of us — ask me for one in a private chat 🌙
# Reply when composing a dream failed unexpectedly.
dream-failed = ⚠️ I couldn't dream just now. Please try again in a moment.
# Opening sentence of a dream without a place. $v: which wording (a, b or c).
dream-setting = { $v ->
        [a] You are somewhere between a station and a garden, and it is almost night.
        [b] You are in a house you have never seen, yet you know every door.
       *[c] You are walking down a street that keeps turning into a corridor.
    }
# Opening sentence of a dream in a place the user mentioned. $place: the place's name as the user wrote it; $v: which wording.
dream-setting-place = { $v ->
        [a] You are back in { $place }, though nothing is quite where it should be.
        [b] It is { $place }, or a dream's idea of it: the same sky, but different streets.
       *[c] You wake up — inside the dream — in { $place }, and the light is strange and soft.
    }
# A title for a dream set in a place. $place: the place's name.
dream-title-place = A night in { $place }
# Someone the user mentioned appears. $person: their name as the user wrote it; $v: which wording.
dream-person = { $v ->
        [a] { $person } is there too, waving as if you were late for something.
        [b] { $person } walks beside you, telling a story you almost remember.
       *[c] { $person } hands you a key and says you'll know which door it opens.
    }
# A second person the user mentioned appears. $person: their name.
dream-person-second = Then { $person } appears, completely unsurprised to see you there.
# Nobody named appears. $v: which wording.
dream-stranger = { $v ->
        [a] Someone you know walks ahead of you without turning round.
        [b] A familiar voice calls your name from the next room.
       *[c] Someone leaves a note for you on the table, in handwriting you know.
    }
# Words the user once said echo in the dream. $fragment: a short quotation of the user; $v: which wording.
dream-echo = { $v ->
        [a] Somewhere a voice repeats “{ $fragment }”, a little differently every time.
        [b] The words “{ $fragment }” are written on a wall, and they make perfect sense.
       *[c] A radio keeps playing “{ $fragment }” as if it were a song.
    }
# The dream's feeling. $feeling: one of dream-feeling-*.
dream-feeling = All the while there is a feeling of { $feeling }, soft and far away.
# Feelings of a dream (in dream-feeling).
dream-feeling-anger = a storm that never quite breaks
dream-feeling-disgust = wanting to leave something behind
dream-feeling-fear = holding your breath
dream-feeling-joy = quiet joy
dream-feeling-sadness = gentle melancholy
dream-feeling-surprise = wonder
dream-feeling-neutral = calm curiosity
# Last sentence of a dream. $v: which wording.
dream-ending = { $v ->
        [a] Then the light changes, and you wake up.
        [b] You try to remember it all, and the dream folds itself away.
       *[c] Just before you wake, everything turns golden and very still.
    }
# Dream images (one sentence each) and their titles.
dream-motif-late-train = A night train pulls away just as you reach the platform, its windows full of warm light.
dream-motif-late-train-title = The last train
dream-motif-rain-house = Inside the house it is raining, gently, and nobody minds.
dream-motif-rain-house-title = Rain indoors
dream-motif-fog-bridge = A long bridge stretches into fog, and you cannot see the other side.
dream-motif-fog-bridge-title = The bridge in the fog
dream-motif-extra-rooms = The house has rooms that were never there before, each one lit and waiting.
dream-motif-extra-rooms-title = The extra rooms
dream-motif-library-sea = The shelves of a library open onto the sea, and the books smell of salt.
dream-motif-library-sea-title = The library by the sea
dream-motif-slow-clocks = Every clock in the street runs slowly backwards.
dream-motif-slow-clocks-title = The backwards clocks
dream-motif-flying = You are flying low over the rooftops, and it is the easiest thing in the world.
dream-motif-flying-title = Flying
dream-motif-lanterns = Paper lanterns rise over the water, hundreds of them.
dream-motif-lanterns-title = The lantern night
dream-motif-sky-garden = A staircase grows out of the ground and climbs into a garden in the sky.
dream-motif-sky-garden-title = The garden in the sky

## /perspectives and the offline replies to decisions and torn feelings

# Reply to /perspectives with nothing after it.
persp-usage = Tell me what you're weighing and I'll show you a few ways to look at it: /perspectives should I take the job in Berlin?
# A clarifying question when the user asks about a choice without saying what it is. $v: which wording.
sight-clarify-decision = { $v ->
        [a] Before I weigh in — what's the choice you're facing?
        [b] Tell me a little more: what exactly are you deciding about?
       *[c] I'd like to help you think it through. What are the options?
    }
# A clarifying question when the message is unclear. $v: which wording.
sight-clarify-unclear = { $v ->
        [a] I'm here. What's weighing on you most right now?
        [b] Can you tell me a bit more about what's going on?
       *[c] What part of it feels the most tangled?
    }
# Offline reply to mixed feelings the emotion engine noticed (not said in words). $v: which wording.
sight-acknowledge = { $v ->
        [a] It sounds like you feel two things at once — and both of them make sense.
        [b] Both feelings can be true at the same time.
       *[c] That's a lot pulling in two directions. Both sides of it are real.
    }
# Introduces perspectives on a decision.
sight-intro-decision = A few ways to look at it:
# Introduces perspectives on feelings pulling two ways.
sight-intro-torn = Both feelings can be true. A few ways to look at it:
# Introduces perspectives on a choice between two options. $a, $b: the options in the user's words.
sight-intro-options = Between “{ $a }” and “{ $b }”, a few ways to look at it:
# Closes the perspectives.
sight-outro = Which of these rings truest for you?
# Each persona's view of a decision (after its emoji and name).
sight-view-sage-decision = What will matter to you in five years? Choose the option that fits who you're becoming, not only who you are today.
sight-view-spark-decision = Imagine it going gloriously right — which option made your heart jump just then? That's worth listening to!
sight-view-atlas-decision = List what each option costs and what it gives. Find the one fact you're missing, and get it this week.
# Each persona's view of feelings pulling two ways.
sight-view-velro-torn = It makes sense to feel both. Neither feeling cancels the other; each one is telling you something you care about.
sight-view-sage-torn = Mixed feelings often mean something matters a lot. Which feeling would you like to be louder a month from now?
sight-view-kit-torn = Ah, the classic "happy and terrified" combo. Congratulations, you're a human. Be kind to both halves.

## Terminal chat (npm run chat)

# After /synesthesia in the terminal: the card was written to a file. $path: the file.
terminal-syn-saved = Palette card saved to { $path }
