### Creating images and videos: /imagine, /video, /edit, /models, /balance, /history, the model
### picker, progress messages and results. "Credits" are the bot's own currency (bought with
### Telegram Stars). Model names (e.g. "FLUX1.1 [pro] ultra", "Veo 3") are never translated.

## The picker (model and aspect ratio buttons, then "Create")

# First line of the picker for /imagine.
gen-title-image = 🎨 Create an image
# First line of the picker for /video.
gen-title-video = 🎬 Create a video
# First line of the picker for /edit.
gen-title-edit = 🪄 Edit your photo

# Picker line: the chosen model and its price.
# $model (string) — the model's name; $credits (number) — its price in credits.
gen-picker-model =
    Model: { $model } — { $credits ->
        [one] { $credits } credit
       *[other] { $credits } credits
    }

# Picker line: the chosen aspect ratio.
# $aspect (string) — e.g. "16:9"; not translated.
gen-picker-aspect = Aspect ratio: { $aspect }

# Picker line: the user's balance.
# $balance (number) — credits the user has.
gen-picker-balance =
    Your balance: { $balance ->
        [one] { $balance } credit
       *[other] { $balance } credits
    }

# The picker's main button: reserves the credits and starts the creation. Keep it short.
# $credits (number) — the price in credits.
gen-button-create =
    ✅ Create — { $credits ->
        [one] { $credits } credit
       *[other] { $credits } credits
    }

# Pop-up notice when a picker (or its buttons) is older than 30 minutes or belongs to someone else.
gen-expired = This request has expired — send it again.

# The picker's message after its ✖ button was pressed.
gen-cancelled = Okay, cancelled — nothing was charged.

# Pop-up notice after pressing "Create".
gen-toast-on-it = On it!

# The picker's message right after "Create", until the job is sent to the model.
# $model (string) — the model's name.
gen-preparing = ⏳ Preparing { $model }…

# The picker's message when the photo to edit could not be fetched from Telegram.
gen-photo-download-failed = I couldn't download that photo from Telegram (too large or expired). Please send it again.

## Using the commands

# Reply to /imagine without a description.
gen-imagine-usage = What should I create? e.g. /imagine a fox in the snow at dawn
# Reply to /video without a description.
gen-video-usage = What should the video show? e.g. /video waves crashing at sunset
# Reply to /edit that is not a reply to a photo.
gen-edit-usage = Reply to a photo with /edit <what to change>, e.g. /edit make it snowy.
# Reply to /edit on a photo but without saying what to change.
gen-edit-prompt-missing = Tell me what to change, e.g. /edit make it a watercolor.

# Reply in a private chat to an ordinary message that asks for a picture or video ("draw me a fox"), above a one-tap button that opens the picker.
gen-offer = Want me to create that? Tap to choose the model:

## /models, /balance, /history

# First line of /models.
gen-models-title = Models I can use:

# One line of /models: a model and its price.
# $model (string) — the model's name; $credits (number) — its price.
gen-models-line =
    • { $model } — { $credits ->
        [one] { $credits } credit
       *[other] { $credits } credits
    }

# Last line of /models.
gen-models-footer = Prices are in credits, and anything that fails is refunded. /balance shows yours, /buy tops up.

# Reply to /balance.
# $balance (number) — the user's credits.
gen-balance =
    💳 You have { $balance ->
        [one] { $balance } credit
       *[other] { $balance } credits
    }. /models shows prices, /buy tops up with Telegram Stars.

# Reply to /history when the user has created nothing.
gen-history-empty = You haven't created anything yet. Try /imagine a lighthouse in a storm.

# First line of /history.
gen-history-title = Your recent creations:

# One creation in /history (a link to the result may follow on the next line).
# $icon (string) — a status emoji; $model (string) — the model's name; $prompt (string) — the user's description, maybe shortened;
# $cost (number) — its price in credits; $refunded (string) — "yes" when it failed and the credits were returned, else "no".
gen-history-line =
    { $icon } { $model }: “{ $prompt }” ({ $cost ->
        [one] { $cost } credit
       *[other] { $cost } credits
    }{ $refunded ->
        [yes] , refunded
       *[no] {""}
    })

## Refusals: the request was not started and nothing was charged

# The description is empty.
gen-refused-prompt-empty = Tell me what to create, e.g. /imagine a fox in the snow.

# The description is too long.
# $length (number) — its length in characters; $limit (number) — the most allowed.
gen-refused-prompt-too-long = That prompt is { $length } characters; the limit is { $limit }. Please shorten it.

# The chosen model does not fit the request (e.g. a video model for an image).
gen-refused-unknown-model = That model isn't available for this request. /models lists them.

# An edit was requested without a photo.
gen-refused-photo-required = Reply to a photo with /edit <what to change>.

# Too many creations requested in the last minute.
# $limit (number) — creations allowed per minute; $seconds (number) — seconds to wait.
gen-refused-rate-limited =
    You've asked for { $limit } creations in the last minute — please wait { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    }.

# The user's credits are not enough for this model.
# $model (string) — the model's name; $cost (number) — its price; $balance (number) — the user's credits.
gen-refused-insufficient-credits =
    { $model } costs { $cost ->
        [one] { $cost } credit
       *[other] { $cost } credits
    } and you have { $balance }. Top up with /buy.

# The user already has the most creations allowed running at once.
# $max (number) — how many may run at once.
gen-refused-too-many-running =
    You already have { $max ->
        [one] { $max } creation
       *[other] { $max } creations
    } in progress. Please wait for one to finish.

# Image and video creation is not configured on this bot at all.
gen-unavailable-not-configured = 🛠 Image and video creation isn't set up on this bot yet. Nothing was charged.

# The image/video provider is down at the moment.
gen-unavailable-down = 🛠 Image and video creation is unavailable right now: our provider is not responding. Nothing was charged — please try again in a few minutes.

# The same request was made twice at once (a double tap); only the first counts.
gen-refused-already-requested = This creation was already requested.

## Progress of a creation (one status message, edited as it goes)

# Label of the button that cancels a running creation. Keep it short.
gen-button-cancel = ✖ Cancel

# Pop-up notice after cancelling a running creation.
gen-toast-cancelled = Cancelled — credits returned.

# Pop-up notice when the creation to cancel had already finished.
gen-toast-already-finished = Already finished.

# Status: sent to the model's provider.
gen-stage-submitted = ⏳ Sent to the studio…
# Status: waiting in the provider's queue, position unknown.
gen-stage-queued = ⏳ In the queue…
# Status: waiting in the provider's queue.
# $position (number) — the place in the queue, starting at 1.
gen-stage-queued-position = ⏳ In the queue — position { $position }
# Status: the model is working on it.
gen-stage-running = 🖌 Creating it now…

# Status: finished; the picture or video follows as its own message.
# $cost (number) — the credits it cost.
gen-done =
    ✅ Done — { $cost ->
        [one] { $cost } credit
       *[other] { $cost } credits
    } used.

# Sent when the finished file is too big to send through Telegram.
# $kind (string) — "image" or "video"; $url (string) — a link to the file.
gen-result-too-large =
    Your { $kind ->
        [video] video
       *[image] image
    } is too large for Telegram — here it is: { $url }

# Sent when the finished file could not be delivered as a photo/video, so only its link is sent.
# $kind (string) — "image" or "video"; $url (string) — a link to the file.
gen-result-link =
    Your { $kind ->
        [video] video
       *[image] image
    } is ready: { $url }

## Failures: the creation did not finish; its credits were returned

# The model's safety filter refused the request.
gen-failed-content-policy = The model's safety filter refused this request. Please rephrase your prompt — your credits were returned.

# The model rejected the request's parameters.
gen-failed-validation = The model could not accept this request. Try a different prompt — your credits were returned.

# The model rejected the request's parameters and said why.
# $detail (string) — the model's own explanation, in English (from the provider; not translated).
gen-failed-validation-detail = The model could not accept this request ({ $detail }). Try a different prompt — your credits were returned.

# The model took too long.
gen-failed-timeout = The model took too long and gave up. Your credits were returned — please try again.

# The provider had an error on its side.
gen-failed-service = The image/video service had a problem on its side. Your credits were returned — please try again in a moment.

# The user cancelled the creation.
gen-failed-cancelled = Cancelled — your credits were returned.

# The bot restarted before the creation was sent to the model.
gen-failed-interrupted = Your creation was interrupted before it started. Your credits were returned — please try again.

# The request reached the provider but it never confirmed it (its gateway failed or timed out), so
# the bot cannot know whether the creation runs. The credits were returned; should the creation
# finish after all, the result is sent without charge.
gen-failed-unconfirmed = The image/video service didn't confirm it received your request, so your credits were returned. If it finishes after all, I'll send it to you free of charge.

# A creation whose credits were returned (because the provider never confirmed it) finished after all.
gen-late-result-free = 🎁 It finished after all — and it's on the house, your credits stay returned.

## Bringing a photo to life: /animate and the 🎬 button

# First line of the picker for /animate (a photo becomes a short video).
gen-title-animate = 🎬 Bring your photo to life

# Picker line for /animate when the user did not say what should move: the model chooses a natural motion.
gen-animate-natural-motion = Motion: natural and gentle — the model decides

# Picker line under the one above: how to say what should move. "/animate" is typed as is.
gen-animate-hint = Want something specific? Reply to the photo with /animate <what moves>, e.g. /animate the waves roll in.

# Reply to /animate when there is no photo to animate (not a reply to a photo, no photo attached).
gen-animate-usage = Reply to a photo with /animate and I'll bring it to life as a short video. Add what should move if you like: /animate her hair blows in the wind. A photo sent with /animate as its caption works too.

# Pop-up notice (short) when an "Animate" button is pressed but its photo can no longer be reached (the message is too old).
gen-animate-photo-gone = I can't reach that photo any more — reply to it with /animate instead.

# Button under image creations and photos: turns the photo into a short video. Keep it very short.
gen-button-animate = 🎬 Animate

# The image file is bigger than the 20 MB Telegram lets bots download; nothing was charged.
gen-photo-too-big = That image is too big for me to fetch (Telegram lets me download up to 20 MB). Send it as a photo rather than a file, or a smaller one. Nothing was charged.

# The file is not a picture (a PDF, a GIF, …) or not a format the models take; nothing was charged.
gen-photo-not-image = That file isn't a picture I can use — please send a photo (JPEG, PNG or WebP). Nothing was charged.

## /models: sections, and what chatting costs

# /models section heading: models that make images from a description.
gen-models-section-image = 🎨 Images from words — /imagine

# /models section heading: models that edit a photo.
gen-models-section-edit = 🪄 Photo editing — reply to a photo with /edit

# /models section heading: models that make videos from a description.
gen-models-section-video = 🎬 Videos from words — /video

# /models section heading: models that turn a photo into a short video.
gen-models-section-animate = ✨ Photos brought to life — reply to a photo with /animate

# /models section heading: what else costs credits while chatting (voice, photos).
gen-models-section-services = 💬 In our conversations

# /models line: the price of turning one voice or video note into text.
# $credits (number) — credits per note; 0 means free.
gen-service-stt =
    • Listening to a voice or video note — { $credits ->
        [0] free
        [one] { $credits } credit per note
       *[other] { $credits } credits per note
    }

# /models line: the price of a reply spoken as a voice note, per started 500 characters of the reply.
# $credits (number) — credits per started 500 characters; 0 means free.
gen-service-tts =
    • Answering with a voice note (/voice) — { $credits ->
        [0] free
        [one] { $credits } credit for every 500 characters started
       *[other] { $credits } credits for every 500 characters started
    }

# /models line: the price of looking at (understanding) one photo, or one album sent together.
# $credits (number) — credits per photo or album; 0 means free.
gen-service-vision =
    • Looking at a photo you send — { $credits ->
        [0] free
        [one] { $credits } credit per photo or album
       *[other] { $credits } credits per photo or album
    }

# /models line: the price of reading one document the user sends (its text is then remembered).
# $credits (number) — credits per document; 0 means free.
gen-service-documents =
    • Reading a document you send (text, Markdown, PDF) — { $credits ->
        [0] free
        [one] { $credits } credit per document
       *[other] { $credits } credits per document
    }
