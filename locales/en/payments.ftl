### Credits and Telegram Stars: /buy, invoices, receipts, /paysupport, /terms, and the admins'
### /grant, /refund and /stats. "Telegram Stars" is Telegram's own currency: use the name
### Telegram uses in your language.

## /buy and the invoice

# Reply to /buy, above one button per credit pack.
# $balance (number) — the user's credits now.
buy-choose =
    You have { $balance ->
        [one] { $balance } credit
       *[other] { $balance } credits
    }. Choose a pack (paid in Telegram Stars):

# A credit pack's name: on the /buy button, as the invoice's title and as its price line. At most 32 characters.
# $credits (number) — the credits in the pack.
pack-title =
    { $credits ->
        [one] { $credits } credit
       *[other] { $credits } credits
    }

# A /buy button.
# $title (string) — the pack's name (pack-title); $stars (number) — its price in Stars.
buy-pack-button = { $title } — { $stars } ⭐

# The invoice's description, under its title. At most 255 characters.
# $credits (number) — the credits in the pack.
invoice-description =
    { $credits ->
        [one] { $credits } Velro credit
       *[other] { $credits } Velro credits
    } for images and videos. Failed creations are refunded in credits.

# Shown by Telegram when a payment is refused before it is made; the user then sees this as an error.
checkout-offer-expired = This offer is no longer available. Please use /buy again.
checkout-not-yours = This invoice was made for someone else.
checkout-price-changed = The price has changed. Please use /buy again.

## After paying

# Receipt after a successful payment.
# $credits (number) — credits added; $balance (number) — credits now.
pay-thanks =
    ⭐ Thank you! { $credits ->
        [one] { $credits } credit
       *[other] { $credits } credits
    } added — you now have { $balance }.

# Reply to a payment the bot could not match to a pack (needs a human).
pay-unmatched = Thanks! I couldn't match this payment to a pack — please write /paysupport.

# Sent when Telegram refunded the user's Stars and the credits were taken back.
# $credits (number) — credits removed.
pay-refunded =
    Your Stars were refunded; { $credits ->
        [one] { $credits } credit was
       *[other] { $credits } credits were
    } removed.

## /paysupport and /terms

# Reply to /terms. Each line after the first starts with "• ".
terms =
    Terms in short:
    • Credits are bought with Telegram Stars and spent on image and video creations at the prices /models shows.
    • A creation that fails, is cancelled or is refused by a model's safety filter costs nothing: its credits are returned automatically.
    • Credits do not expire and cannot be exchanged for money. Unused purchases can be refunded through /paysupport.
    • Don't ask for content that is illegal or violates Telegram's or the models' policies.

## Admins only: /grant, /refund, /stats

# Reply to /grant with wrong arguments.
grant-usage = Usage: /grant <user id> <credits> (negative to deduct)

# Reply to /grant when done.
# $amount (string) — the change with its sign, e.g. "+50" or "-20"; $user (string) — the user's id; $balance (number) — their credits now.
grant-done = Done: { $amount } credits for { $user }; balance { $balance }.

# Reply to /refund with a wrong or unknown charge id.
refund-usage = Usage: /refund <telegram payment charge id> (no such payment found)

# Reply to /refund when done.
# $stars (number) — Stars returned; $user (string) — the user's id; $reversed (number) — credits taken back;
# $credits (number) — credits the payment had bought; $already (string) — "yes" when they had been taken back before, else "no".
refund-done =
    Refunded { $stars } ⭐ to { $user }; { $reversed } of { $credits } credits reversed{ $already ->
        [yes] {" "}(already reversed before)
       *[no] {""}
    }.

# /stats line: creations by status.
# $jobs (string) — e.g. "completed 12, failed 1" (status names stay in English).
stats-jobs = Jobs: { $jobs }
# /stats line when there are no creations.
stats-jobs-none = Jobs: none
# /stats line: payments.
# $payments (number) — how many; $stars (number) — Stars received; $refunded (number) — how many refunded.
stats-payments = Payments: { $payments } ({ $stars } ⭐), refunded { $refunded }
# /stats line: credit accounts.
# $accounts (number) — accounts; $outstanding (number) — credits held by all users.
stats-accounts = Credit accounts: { $accounts }, credits outstanding { $outstanding }
# /stats line: the ledger check found nothing wrong.
stats-ledger-ok = Ledger reconciliation: OK
# /stats line: the ledger check found mismatches.
# $count (number) — how many.
stats-ledger-mismatch = Ledger reconciliation: { $count } mismatches!
# /stats line: updates that failed every try and wait for an admin.
# $count (number) — how many.
stats-dead-letters =
    Dead letters: { $count }{ $count ->
        [0] {""}
       *[other] {" "}(see /deadletters)
    }

## Payment support: /paysupport opens a request that a person on the team answers

# Reply to /paysupport in a private chat, above a Cancel button. The user's next message goes to a person (an admin), not to the AI.
support-ask =
    🛟 Payment help: tell me in your next message what went wrong — what you bought, when, and what happened. A screenshot is welcome too (add a caption).
    It goes straight to a person on our team, not to the AI. Failed creations are refunded in credits automatically, so you don't need to ask about those.

# Reply to /paysupport in a group: payment questions belong in the private chat.
support-in-private = Payment questions are private: please send /paysupport to me in our private chat.

# Reply to /paysupport when the bot has no admins to receive requests.
support-unavailable = Sorry — nobody is on payment support for this bot yet, so I can't pass your message on. Please try again later.

# Button under support-ask, support-reply-ask and support-answer-ask: stop without sending anything.
support-cancel-button = ✖ Cancel

# Replaces the prompt after Cancel was pressed.
support-cancelled = Okay, cancelled — nothing was sent.

# Reply to a sticker, voice note, video or the like sent while writing to support (only words, photos and documents are passed on).
support-unsupported = I can pass on words, photos and documents. Please describe it in a message — a screenshot with a caption works too.

# To the user after their message opened a request.
# $ticket (number) — the request's number.
support-received = ✅ Thank you — request #{ $ticket } is with our team now. A person will answer you right here in this chat.

# To the user after a further message of theirs was added to a request.
# $ticket (number) — the request's number.
support-added = ✅ Added to your request #{ $ticket }. We'll answer you here.

## What the admins see. Telegram HTML: keep the <code> tags.

# First lines of a new request, sent to each admin; one support-ticket-payment line per recent payment and support-ticket-hint follow, then the user's message.
# $ticket (number) — the request's number; $name (string) — the user's name and @username; $id (string) — their Telegram id; $language (string) — their language code.
support-ticket-card =
    🛟 Payment support request #{ $ticket }
    From: { $name } · id <code>{ $id }</code> · language: { $language }
    Recent Stars payments:

# One of the user's recent Stars payments in a request.
# $charge (string) — the Telegram charge id; $stars (number) — Stars paid; $credits (number) — credits bought; $date (date) — when; $refunded (string) — "yes" or "no".
support-ticket-payment =
    • <code>{ $charge }</code> — { $stars } ⭐ · credits: { $credits } · { DATETIME($date, year: "numeric", month: "2-digit", day: "2-digit") }{ $refunded ->
        [yes] {" "}· refunded
       *[no] {""}
    }

# In a request, when the user has made no Stars payments.
support-ticket-no-payments = • none yet

# Last line of a new request, above the user's message.
support-ticket-hint = Press Reply, or reply to this message, to answer. /refund takes a charge id.

# Head of a further message from the user on an open request, sent to each admin above it.
# $ticket (number) — the request's number; $name (string) — the user's name and @username; $id (string) — their Telegram id.
support-ticket-followup = 💬 Request #{ $ticket } — { $name } (id <code>{ $id }</code>) writes:

# Buttons under a request: answer it, close it.
support-reply-button = ✍️ Reply
support-close-button = ✅ Close

# To an admin after pressing Reply, above a Cancel button.
# $ticket (number) — the request's number.
support-reply-ask = ✍️ Write your answer to request #{ $ticket } in your next message. It goes to the user as you write it (a photo or document works too).

# To an admin after their answer reached the user.
# $ticket (number) — the request's number.
support-reply-sent = ✅ Delivered to the user (request #{ $ticket }).

# To an admin when the answer could not be delivered.
# $ticket (number) — the request's number.
support-reply-blocked = ⚠️ Not delivered: the user has blocked the bot (request #{ $ticket }).

# Pop-up after an admin pressed Close.
# $ticket (number) — the request's number.
support-closed-toast = Request #{ $ticket } is closed.

## What the user sees of the answers

# Head of an admin's answer as the user receives it, above the answer itself and an Answer button.
# $ticket (number) — the request's number.
support-answer-head = 💬 Our support team replied (request #{ $ticket }):

# Button under an answer: write back.
support-answer-button = ✍️ Answer

# To the user after pressing Answer, above a Cancel button.
# $ticket (number) — the request's number.
support-answer-ask = ✍️ Write your answer in your next message — it goes to our team with request #{ $ticket }.

# To the user when an admin closed their request.
# $ticket (number) — the request's number.
support-closed-user = ✅ Your payment request #{ $ticket } is closed. If anything else comes up, just send /paysupport — we're here for you.

# Last line of every payment receipt (Telegram HTML: keep the <code> tags, a tap copies the id).
# $charge (string) — the Telegram charge id.
support-receipt-charge = Payment id (for refunds and /paysupport): <code>{ $charge }</code>
