### /deadletters (admins only), Persian.

dl-private-only = برای حفظ حریم خصوصی، /deadletters را در گفت‌وگوی خصوصی از من بخواه.

dl-empty = ✅ هیچ نامهٔ مرده‌ای نیست — همهٔ آپدیت‌ها پردازش شدند.

dl-head = <b>☠️ نامه‌های مرده: { $total }</b> · صفحهٔ { $page }/{ $pages }

dl-explain = آپدیت‌هایی که همهٔ تلاش‌ها برایشان ناموفق بود. ↻ یکی را دوباره به صف برمی‌گرداند، 🗑 آن را برای همیشه پاک می‌کند.

dl-button-replay = ↻ اجرای دوباره { $n }
dl-button-drop = 🗑 حذف { $n }

dl-gone = آپدیت { $id } دیگر نامهٔ مرده نیست — کس دیگری قبلاً به آن رسیدگی کرده است.
dl-replayed = ↻ آپدیت { $id } به صف برگشت و دوباره پردازش می‌شود.
dl-dropped = 🗑 آپدیت { $id } حذف شد.

## One dead letter in the list

dl-letter-head = <b>{ $n }.</b> آپدیت <code>{ $id }</code> · { $when }

dl-when = { $relative } ({ DATETIME($date, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit") } UTC)

dl-error-line = ⚠️ { $error } · { $tries } بار تلاش

dl-error-unknown = خطای ناشناخته

dl-sender = 👤 { $name }{ $handle } (<code>{ $id }</code>)
dl-sender-someone = یک نفر
dl-in-group = در 👥 { $title } (<code>{ $id }</code>)
dl-in-private = در گفت‌وگوی خصوصی
dl-lane = مسیر <code>{ $lane }</code>

dl-kind-payment = ⭐ پرداخت: { $amount }
dl-kind-refunded-payment = ↩️ پرداخت بازپرداخت‌شده: { $amount }
dl-kind-command = ⌨️ دستور: <code>{ $text }</code>
dl-kind-text = 💬 متن: «{ $text }»
dl-kind-media = 📎 { $media }{ $caption }
dl-kind-members = 👥 ورود یا خروج اعضا
dl-kind-message = ✉️ پیام
dl-kind-edited = ✏️ ویرایش‌شده · { $line }
dl-kind-button = 🔘 زدن دکمه: <code>{ $data }</code>
dl-kind-checkout = 🧾 بررسی پرداخت: { $amount }
dl-kind-membership = 👥 عضویت: { $from } → { $to }
dl-kind-unreadable = ❓ آپدیت ناخوانا
dl-kind-other = ❓ { $kind }
