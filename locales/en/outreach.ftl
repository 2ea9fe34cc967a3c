### Reaching out, opt-in: check-ins (/checkins), reminders (/remind, /reminders), the nightly
### diary (/diary) and morning dreams (/dreams). Command names and the words after them
### (on, off, daily, few, weekly, illustrated) are typed by users and stay in English.

# Asked once, the first time a feature needs the user's time zone. The user answers by replying to this message.
outreach-zone-ask = To get the timing right I need your time zone 🌍 Which city are you in? You can also send your UTC offset, like UTC+3.
# Placeholder in the reply field under outreach-zone-ask (at most 64 characters).
outreach-zone-placeholder = A city, or UTC+3
# Reply when the answer names no city or offset the bot knows; the user can reply again.
outreach-zone-unknown = I don't know that place yet 🤔 Could you name a bigger city nearby, or send your UTC offset (for example UTC+2 or UTC-5)?
# Asked when the user taps the time-zone button of /checkins to change it.
outreach-zone-change = Where are you now? Reply with your city or your UTC offset (like UTC+3).
# Confirms the time zone. $zone: a city such as "Berlin" or an offset such as "UTC+03:00"; $time: the local time there now.
outreach-zone-set = Got it: { $zone } — it's { $time } there now.
# Shown in /checkins in place of the time zone before the user gave one.
outreach-zone-unset = not set yet
# Reply to /checkins, /diary or /dreams in a group.
outreach-private-only = Let's set that up in our private chat 🙂

# The /checkins menu. $cadence: one of the outreach-cadence-* words; $quiet: like "22:00–08:00" or outreach-quiet-none; $zone: a city or offset.
outreach-checkins-menu =
    💬 Check-ins: now and then I'll write first, to ask how things are going — about what you've told me.

    How often: { $cadence }
    Quiet hours: { $quiet }
    Time zone: { $zone }
# Cadence names, shown in the menu and on its buttons.
outreach-cadence-off = Off
outreach-cadence-daily = Daily
outreach-cadence-few = Every few days
outreach-cadence-weekly = Weekly
# Reply to /checkins with a word it does not know.
outreach-checkins-usage = Send /checkins to choose with buttons, or /checkins daily, /checkins few, /checkins weekly or /checkins off.
# Pop-up after choosing a cadence. $cadence: one of the outreach-cadence-* words.
outreach-checkins-set = Check-ins: { $cadence }
# Button of the /checkins menu that switches to the next quiet-hours preset. $quiet: like "22:00–08:00".
outreach-button-quiet = 🌙 Quiet hours: { $quiet }
# Button of the /checkins menu to change the time zone.
outreach-button-zone = 🌍 Change time zone
# Quiet hours turned off.
outreach-quiet-none = none

# One-tap stop buttons under proactive messages, one per kind.
outreach-button-stop-reminder = 🔕 Stop my reminders
outreach-button-stop-checkin = 🔕 Stop check-ins
outreach-button-stop-diary = 🔕 Stop the diary
outreach-button-stop-dream = 🔕 Stop dreams
# Pop-up after a stop button was pressed.
outreach-stopped-toast = Done 🔕
# Confirmations after a stop button. $count: how many planned messages were cancelled.
outreach-stopped-reminder = { $count ->
        [0] Okay. You have no other reminders waiting.
        [one] Okay — I cancelled your other reminder. /remind sets a new one.
       *[other] Okay — I cancelled your { $count } other reminders. /remind sets a new one.
    }
outreach-stopped-checkin = Okay, no more check-ins from me 🔕 /checkins turns them back on whenever you like.
outreach-stopped-diary = Okay, the diary is off. Entries already written stay in /diary.
outreach-stopped-dream = Okay, no more morning dreams. /dreams on brings them back.

# A check-in following up something the user said would happen. $name: the user's first name; $memory: what they said, in their own words.
outreach-checkin-followup = Hi { $name }! You told me: “{ $memory }” — how did it go?
# A check-in about something recent the user talked about. $name, $memory as above.
outreach-checkin-recent = Hi { $name }, I've been thinking about what you told me: “{ $memory }”. How is it going?
# A check-in when there is nothing specific to ask about. $name: the user's first name.
outreach-checkin-general = Hi { $name }! Just checking in — how are you today?

# The reminder itself. $text: what the user asked to be reminded of, in their words.
outreach-reminder = ⏰ Reminder: { $text }
# The reminder when it arrives late (the service was down at its time). $text as above.
outreach-reminder-late = ⏰ Reminder (a little late, sorry): { $text }
# Reply to /remind without anything after it.
outreach-remind-usage = Tell me when and what, for example: /remind tomorrow at 9 call mum
# Reply when no time could be read from the request.
outreach-remind-no-time = I couldn't tell when 🤔 Try something like “/remind tomorrow at 9 call mum” or “/remind in 2 hours take a break”.
# Reply when the time asked for has already passed.
outreach-remind-past = That time has already passed — could you pick one still ahead?
# Reply when the time asked for is more than a year ahead.
outreach-remind-too-far = I can remind you up to a year ahead. Could you pick an earlier time?
# Reply when the request has a time but nothing to be reminded of.
outreach-remind-no-text = And what should I remind you of? For example: /remind tomorrow at 9 call mum
# Confirms a reminder. $when: date and time in the user's time zone; $text: what to remind.
outreach-remind-set = ⏰ Got it! I'll remind you { $when }: “{ $text }”
# Reply to /reminders when none are waiting.
outreach-reminders-empty = You have no reminders waiting. /remind tomorrow at 9 call mum sets one.
# Heading of /reminders. $count: how many are waiting.
outreach-reminders-list = { $count ->
        [one] ⏰ Your reminder (✖ cancels it):
       *[other] ⏰ Your { $count } reminders (✖ cancels one):
    }
# One line of /reminders. $n: its number; $when: date and time in the user's zone; $text: what.
outreach-reminders-line = { $n }. { $when } — { $text }
# Pop-up after ✖ cancelled a reminder.
outreach-reminder-cancelled = Reminder cancelled
# Pop-up when the reminder had already gone out or was cancelled.
outreach-reminder-gone = That reminder already went out or was cancelled

# Reply to /diary on.
outreach-diary-on = 📔 Diary on: each night I'll write down how your day felt and what we talked about. /diary shows it.
# Reply to /diary off.
outreach-diary-off = Diary off. The entries already written stay; /diary shows them.
# Reply to /diary with a word it does not know.
outreach-diary-usage = /diary shows your diary; /diary on starts it and /diary off stops it.
# Reply to /diary with no entries yet. $on: "yes" when the diary is on.
outreach-diary-empty = { $on ->
        [yes] 📔 Your diary is still empty — the first entry is written tonight.
       *[no] 📔 Your diary is empty. /diary on starts it: each night I'll write down how your day felt and what we talked about.
    }
# One diary entry. $date: the day, written out; $mood: an outreach-diary-mood-* sentence; $summary: what was talked about; $page / $pages: its position, newest first.
outreach-diary-entry =
    📔 { $date }

    { $mood }

    What we talked about:
    { $summary }

    ({ $page }/{ $pages })
# The day's mood in a diary entry.
outreach-diary-mood-low = The day felt heavy.
outreach-diary-mood-even = The day felt calm and even.
outreach-diary-mood-high = The day felt bright.
outreach-diary-mood-unknown = There wasn't enough to read the day's mood from.

# Reply to /dreams on.
outreach-dreams-on = 🌙 Dreams on: each morning I'll tell you a short dream woven from what you've shared with me. /dreams off stops them.
# Reply to /dreams illustrated.
outreach-dreams-on-illustrated = 🌙 Dreams on, with a picture when there is one to paint (charged like /imagine). /dreams on keeps them text-only, /dreams off stops them.
# Reply to /dreams off.
outreach-dreams-off = Dreams off. Sweet dreams anyway 🌙
# Reply to /dreams alone. $state: "on", "illustrated" or "off".
outreach-dreams-usage = { $state ->
        [on] 🌙 Morning dreams are on.
        [illustrated] 🌙 Morning dreams are on, with pictures.
       *[off] 🌙 Morning dreams are off.
    } /dreams on, /dreams illustrated or /dreams off.
# The morning dream. $dream: the dream's text (an invention, never a fact about the user).
outreach-dream-message =
    🌙 I had a dream about you last night…

    { $dream }
