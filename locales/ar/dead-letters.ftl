### /deadletters (admins only), Arabic.

dl-private-only = حفاظًا على الخصوصية، يُرجى طلب /deadletters مني في محادثة خاصة.

dl-empty = ✅ لا توجد رسائل ميتة — تمت معالجة كل التحديثات.

dl-head = <b>☠️ الرسائل الميتة: { $total }</b> · الصفحة { $page }/{ $pages }

dl-explain = تحديثات فشلت كل محاولات معالجتها. ↻ يعيد أحدها إلى قائمة الانتظار، و🗑 يحذفه نهائيًا.

dl-button-replay = ↻ إعادة { $n }
dl-button-drop = 🗑 حذف { $n }

dl-gone = التحديث { $id } لم يعد رسالة ميتة — سبق أن عالجه أحدهم.
dl-replayed = ↻ عاد التحديث { $id } إلى قائمة الانتظار وستُعاد معالجته.
dl-dropped = 🗑 حُذف التحديث { $id }.

## One dead letter in the list

dl-letter-head = <b>{ $n }.</b> التحديث <code>{ $id }</code> · { $when }

dl-when = { $relative } ({ DATETIME($date, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit") } UTC)

dl-error-line =
    ⚠️ { $error } · { $tries ->
        [zero] { $tries } محاولة
        [one] محاولة واحدة
        [two] محاولتان
        [few] { $tries } محاولات
        [many] { $tries } محاولة
       *[other] { $tries } محاولة
    }

dl-error-unknown = خطأ غير معروف

dl-sender = 👤 { $name }{ $handle } (<code>{ $id }</code>)
dl-sender-someone = شخص ما
dl-in-group = في 👥 { $title } (<code>{ $id }</code>)
dl-in-private = في محادثة خاصة
dl-lane = المسار <code>{ $lane }</code>

dl-kind-payment = ⭐ دفعة: { $amount }
dl-kind-refunded-payment = ↩️ دفعة مستردّة: { $amount }
dl-kind-command = ⌨️ أمر: <code>{ $text }</code>
dl-kind-text = 💬 نص: «{ $text }»
dl-kind-media = 📎 { $media }{ $caption }
dl-kind-members = 👥 انضمام أعضاء أو مغادرتهم
dl-kind-message = ✉️ رسالة
dl-kind-edited = ✏️ تعديل · { $line }
dl-kind-button = 🔘 ضغطة زر: <code>{ $data }</code>
dl-kind-checkout = 🧾 التحقق قبل الدفع: { $amount }
dl-kind-membership = 👥 العضوية: { $from } → { $to }
dl-kind-unreadable = ❓ تحديث غير مقروء
dl-kind-other = ❓ { $kind }
