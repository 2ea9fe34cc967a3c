### Credits and Telegram Stars (Persian). "اعتبار" = credits; "ستاره‌های تلگرام" = Telegram Stars.

## /buy and the invoice

buy-choose = { $balance } اعتبار داری. یک بسته انتخاب کن (پرداخت با ستاره‌های تلگرام):

pack-title = { $credits } اعتبار

buy-pack-button = { $title } — { $stars } ⭐

invoice-description = { $credits } اعتبار Velro برای ساخت تصویر و ویدیو. هزینهٔ ساخت‌های ناموفق به صورت اعتبار برگردانده می‌شود.

checkout-offer-expired = این پیشنهاد دیگر در دسترس نیست. لطفاً دوباره از /buy استفاده کن.
checkout-not-yours = این صورت‌حساب برای کس دیگری صادر شده است.
checkout-price-changed = قیمت تغییر کرده است. لطفاً دوباره از /buy استفاده کن.

## After paying

pay-thanks = ⭐ ممنونم! { $credits } اعتبار اضافه شد — حالا { $balance } اعتبار داری.

pay-unmatched = ممنون! نتوانستم این پرداخت را با هیچ بسته‌ای تطبیق بدهم — لطفاً /paysupport را بفرست.

pay-refunded = ستاره‌هایت بازگردانده شد و { $credits } اعتبار از حسابت کم شد.

## /paysupport and /terms

terms =
    خلاصهٔ شرایط:
    • اعتبار با ستاره‌های تلگرام خریده می‌شود و برای ساخت تصویر و ویدیو، با قیمت‌هایی که /models نشان می‌دهد، خرج می‌شود.
    • ساختی که ناموفق شود، لغو شود یا فیلتر ایمنی مدل آن را رد کند، هزینه‌ای ندارد: اعتبارش خودکار برمی‌گردد.
    • اعتبار منقضی نمی‌شود و به پول تبدیل نمی‌شود. خریدهای استفاده‌نشده را می‌توان از طریق /paysupport پس گرفت.
    • محتوایی را که غیرقانونی است یا با قوانین تلگرام یا سیاست‌های مدل‌ها مغایرت دارد درخواست نکن.

## Admins only: /grant, /refund, /stats

grant-usage = روش استفاده: /grant <شناسهٔ کاربر> <اعتبار> (عدد منفی برای کسر)

grant-done = انجام شد: { $amount } اعتبار برای { $user }؛ موجودی { $balance }.

refund-usage = روش استفاده: /refund <شناسهٔ تراکنش پرداخت تلگرام> (چنین پرداختی پیدا نشد)

refund-done =
    { $stars } ⭐ به { $user } بازپرداخت شد؛ { $reversed } از { $credits } اعتبار پس گرفته شد{ $already ->
        [yes] {" "}(پیش‌تر پس گرفته شده بود)
       *[no] {""}
    }.

stats-jobs = کارها: { $jobs }
stats-jobs-none = کارها: هیچ
stats-payments = پرداخت‌ها: { $payments } ({ $stars } ⭐)، بازپرداخت‌شده: { $refunded }
stats-accounts = حساب‌های اعتبار: { $accounts }، اعتبار در گردش: { $outstanding }
stats-ledger-ok = تطبیق دفتر حساب: بدون مشکل
stats-ledger-mismatch = تطبیق دفتر حساب: { $count } مغایرت!
stats-dead-letters =
    نامه‌های مرده: { $count }{ $count ->
        [0] {""}
       *[other] {" "}(جزئیات در /deadletters)
    }

## Payment support

support-ask =
    🛟 راهنمای پرداخت: در پیام بعدی‌ات بگو چه مشکلی پیش آمده — چه چیزی خریدی، کی، و چه اتفاقی افتاد. اسکرین‌شات هم کمک می‌کند (یک توضیح کنارش بنویس).
    پیامت مستقیم به یکی از اعضای تیم ما می‌رسد، نه به هوش مصنوعی. هزینهٔ ساخت‌های ناموفق خودکار به صورت اعتبار برمی‌گردد، پس لازم نیست دربارهٔ آن‌ها بپرسی.
support-in-private = موضوعات پرداخت خصوصی‌اند: لطفاً /paysupport را در گفت‌وگوی خصوصی‌مان برایم بفرست.
support-unavailable = متأسفم — هنوز کسی مسئول پشتیبانی پرداخت این ربات نیست، برای همین نمی‌توانم پیامت را برسانم. لطفاً بعداً دوباره امتحان کن.
support-cancel-button = ✖ لغو
support-cancelled = باشه، لغو شد — چیزی فرستاده نشد.
support-unsupported = می‌توانم متن، عکس و سند را برسانم. لطفاً موضوع را در یک پیام توضیح بده — اسکرین‌شات با توضیح هم خوب است.
support-received = ✅ ممنون — درخواست شمارهٔ { $ticket } حالا دست تیم ماست. یک نفر همین‌جا، در همین گفت‌وگو، جوابت را می‌دهد.
support-added = ✅ به درخواست شمارهٔ { $ticket } اضافه شد. همین‌جا جوابت را می‌دهیم.

## What the admins see

support-ticket-card =
    🛟 درخواست پشتیبانی پرداخت شمارهٔ { $ticket }
    از: { $name } · شناسه <code>{ $id }</code> · زبان: { $language }
    پرداخت‌های اخیر با ستاره:
support-ticket-payment =
    • <code>{ $charge }</code> — { $stars } ⭐ · اعتبار: { $credits } · { DATETIME($date, year: "numeric", month: "2-digit", day: "2-digit") }{ $refunded ->
        [yes] {" "}· بازپرداخت‌شده
       *[no] {""}
    }
support-ticket-no-payments = • هنوز هیچ
support-ticket-hint = برای پاسخ، «پاسخ» را بزن یا به همین پیام ریپلای کن. /refund شناسهٔ پرداخت را می‌گیرد.
support-ticket-followup = 💬 درخواست شمارهٔ { $ticket } — { $name } (شناسه <code>{ $id }</code>) می‌نویسد:
support-reply-button = ✍️ پاسخ
support-close-button = ✅ بستن
support-reply-ask = ✍️ پاسخت به درخواست شمارهٔ { $ticket } را در پیام بعدی بنویس. همان‌طور که می‌نویسی به کاربر می‌رسد (عکس یا سند هم می‌شود).
support-reply-sent = ✅ به کاربر رسید (درخواست شمارهٔ { $ticket }).
support-reply-blocked = ⚠️ نرسید: کاربر ربات را مسدود کرده است (درخواست شمارهٔ { $ticket }).
support-closed-toast = درخواست شمارهٔ { $ticket } بسته شد.

## What the user sees of the answers

support-answer-head = 💬 تیم پشتیبانی ما پاسخ داد (درخواست شمارهٔ { $ticket }):
support-answer-button = ✍️ جواب دادن
support-answer-ask = ✍️ جوابت را در پیام بعدی بنویس — همراه درخواست شمارهٔ { $ticket } به تیم ما می‌رسد.
support-closed-user = ✅ درخواست پرداخت شمارهٔ { $ticket } بسته شد. اگر باز هم چیزی پیش آمد، کافی است /paysupport را بفرستی — ما کنارت هستیم.
support-receipt-charge = شناسهٔ پرداخت (برای بازپرداخت و /paysupport): <code>{ $charge }</code>
