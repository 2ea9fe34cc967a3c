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
