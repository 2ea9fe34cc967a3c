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

# One line of /models.
# $model (string) — the model's name; $kind (string) — "image" or "video"; $edit (string) — "yes" when the model edits photos (used with /edit), else "no"; $credits (number) — its price.
gen-models-line =
    • { $model } — { $edit ->
        [yes] photo editing (/edit)
       *[no] { $kind ->
            [video] video
           *[image] image
        }
    }, { $credits ->
        [one] { $credits } credit
       *[other] { $credits } credits
    }

# Last line of /models.
gen-models-footer = /imagine, /video, or reply to a photo with /edit.

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
