### Voice and video notes the user sends: transcribed, then answered like typed text.

# Reply to a voice or video note when neither FAL nor an OpenAI-compatible transcription model is configured.
voice-not-set-up = Voice isn't set up on this bot yet 🎧 — could you type it for me?
# Reply to a note longer than the limit. $length: its length, $max: the limit (both like 6:30).
voice-too-long = That note is { $length } long — I can listen to notes of up to { $max }. Could you split it, or type the main point?
# Reply to a note Telegram won't let bots download (over 20 MB).
voice-too-big = That file is too large for me to download (Telegram lets bots fetch up to 20 MB). Could you send a shorter note?
# Reply when the transcription heard no words.
voice-empty = I listened, but couldn't make out any words 🤔 Could you try again, a little closer to the microphone, or type it?
# Reply when the speech-to-text service failed.
voice-failed = ⚠️ I couldn't listen to that note just now. Please try again in a moment, or type it.
# Added under voice-empty or voice-failed when transcription had a price. $credits: the credits given back.
voice-refunded = { $credits } { $credits ->
        [one] credit was
       *[other] credits were
    } returned to your balance.
# Reply when transcription has a price the user can't pay. $cost: credits per note, $balance: the user's credits.
voice-no-credits = Listening to a voice note costs { $cost } credits and you have { $balance }. /buy tops up — or just type your message.
# Reply to /transcripts (or /transcripts on) when quoting is now on.
voice-transcripts-on = ✅ Transcripts on: I'll quote what I heard above my replies to your voice notes. /transcripts off turns it off.
# Reply to /transcripts (or /transcripts off) when quoting is now off.
voice-transcripts-off = Transcripts off: I'll still listen to your voice notes, just without quoting them. /transcripts on brings them back.
# Reply to /transcripts with something other than on or off.
voice-transcripts-usage = Send /transcripts on to see what I heard above my replies to your voice notes, or /transcripts off to hide it.

### Voice replies (/voice): Velro answers with voice notes.

# Reply to /voice, and a note under a text reply, when no text-to-speech provider is configured.
voice-reply-not-set-up = Voice replies aren't set up on this bot yet 🔇 — I'll keep answering in text.
# The /voice panel. $replies: "on" or "off" (every reply as a voice note); $auto: "on" or "off"
# (voice notes answered with voice notes); $cost: credits per started 500 characters of a reply (0 = free).
voice-reply-panel =
    🔊 Voice replies: { $replies ->
        [on] on — I answer every message with a voice note.
       *[off] off — I answer in text.
    }
    🎙 Voice for voice: { $auto ->
        [on] on — when you send me a voice note, I answer with one, even while voice replies are off.
       *[off] off.
    }
    { $cost ->
        [0] Voice replies are free.
        [one] A voice reply costs { $cost } credit for every 500 characters started.
       *[other] A voice reply costs { $cost } credits for every 500 characters started.
    } The words are always a tap away: under the voice note, or behind its 📝 button.
# /voice panel button that turns voice replies on.
voice-reply-button-replies-on = 🔊 Turn voice replies on
# /voice panel button that turns voice replies off.
voice-reply-button-replies-off = 🔇 Turn voice replies off
# /voice panel button: answer the user's voice notes with voice notes.
voice-reply-button-auto-on = 🎙 Answer my voice notes with voice
# /voice panel button: stop answering the user's voice notes with voice notes.
voice-reply-button-auto-off = 🎙 Stop answering voice notes with voice
# Pop-up after a /voice panel button was pressed and the choice saved.
voice-reply-saved = Saved ✓
# Reply to /voice with something other than on or off.
voice-reply-usage = Send /voice to see your voice reply settings, or /voice on and /voice off to switch voice replies.
# Button under a voice reply whose words are too long for its caption; pressing it sends the text.
voice-reply-show-text = 📝 Show text
# Pop-up when the "show text" button is pressed but the words are no longer stored (history deleted).
voice-reply-text-gone = I don't have the words of this voice note anymore.
# Pop-up when the "show text" button is pressed again after the text was already sent.
voice-reply-text-shown = The text is already right under the voice note.
# Note under a text reply that was too long to say in one voice note.
voice-reply-too-long = 🔇 That answer was too long for one voice note, so here it is as text.
# Note under a text reply when the user can't pay for the voice. $cost: the voice reply's price, $balance: the user's credits.
voice-reply-no-credits = 🔇 This voice reply would cost { $cost } { $cost ->
        [one] credit
       *[other] credits
    } and you have { $balance }, so I answered in text. /buy tops up, or /voice turns voice replies off.
# Note under a text reply when the voice note could not be made or sent.
voice-reply-failed = ⚠️ I couldn't record a voice note this time, so my answer is above as text.
# Added to voice-reply-failed when the voice reply had been charged. $credits: the credits given back.
voice-reply-refunded = { $credits } { $credits ->
        [one] credit was
       *[other] credits were
    } returned to your balance.
# Note under a text reply when the user's Telegram privacy settings refuse voice messages from the bot.
voice-reply-forbidden = 🔇 Your Telegram privacy settings don't let me send you voice messages, so I answered in text. You can allow them in Settings → Privacy and Security → Voice Messages, or switch voice replies off with /voice.
