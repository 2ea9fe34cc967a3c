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

# Reply to /paysupport.
paysupport = Payment help: describe the problem and include the date of the purchase. Failed creations are refunded in credits automatically; for a Stars refund of unused credits, an admin reviews your request. Reply here and we'll get back to you.

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
