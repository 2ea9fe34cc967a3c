# /deadletters (yalnızca yöneticiler). HTML etiketleri İngilizcedeki gibi korunur.

dl-private-only = Gizlilik için /deadletters komutunu özel sohbette kullan.

dl-empty = ✅ Ölü mektup yok — tüm güncellemeler işlendi.

dl-head = <b>☠️ Ölü mektuplar: { $total }</b> · sayfa { $page }/{ $pages }

dl-explain = Hiçbir denemede işlenemeyen güncellemeler. ↻ birini kuyruğa geri koyar, 🗑 kalıcı olarak siler.

dl-button-replay = ↻ Tekrarla { $n }
dl-button-drop = 🗑 Sil { $n }

dl-gone = Güncelleme { $id } artık ölü mektup değil — biri zaten ilgilenmiş.
dl-replayed = ↻ Güncelleme { $id } kuyruğa geri döndü, yeniden işlenecek.
dl-dropped = 🗑 Güncelleme { $id } silindi.

## One dead letter in the list

dl-letter-head = <b>{ $n }.</b> güncelleme <code>{ $id }</code> · { $when }

dl-when = { $relative } ({ DATETIME($date, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit") } UTC)

dl-error-line = ⚠️ { $error } · { $tries } deneme

dl-error-unknown = bilinmeyen hata

dl-sender = 👤 { $name }{ $handle } (<code>{ $id }</code>)
dl-sender-someone = biri
dl-in-group = grup: 👥 { $title } (<code>{ $id }</code>)
dl-in-private = özel sohbette
dl-lane = kuyruk <code>{ $lane }</code>

dl-kind-payment = ⭐ ödeme: { $amount }
dl-kind-refunded-payment = ↩️ iade edilen ödeme: { $amount }
dl-kind-command = ⌨️ komut: <code>{ $text }</code>
dl-kind-text = 💬 metin: “{ $text }”
dl-kind-media = 📎 { $media }{ $caption }
dl-kind-members = 👥 üyeler katıldı ya da ayrıldı
dl-kind-message = ✉️ mesaj
dl-kind-edited = ✏️ düzenlendi · { $line }
dl-kind-button = 🔘 düğmeye basıldı: <code>{ $data }</code>
dl-kind-checkout = 🧾 ödeme kontrolü: { $amount }
dl-kind-membership = 👥 üyelik: { $from } → { $to }
dl-kind-unreadable = ❓ okunamayan güncelleme
dl-kind-other = ❓ { $kind }
