# /deadletters (admins only). Sent as Telegram HTML: tags kept as in English.

dl-private-only = Demi privasi, minta /deadletters padaku di chat pribadi.

dl-empty = ✅ Tidak ada dead letter — semua update sudah ditangani.

dl-head = <b>☠️ Dead letter: { $total }</b> · halaman { $page }/{ $pages }

dl-explain = Update yang gagal di setiap percobaan. ↻ mengembalikannya ke antrean, 🗑 menghapusnya untuk selamanya.

dl-button-replay = ↻ Ulangi { $n }
dl-button-drop = 🗑 Hapus { $n }

dl-gone = Update { $id } sudah bukan dead letter lagi — seseorang sudah menanganinya.
dl-replayed = ↻ Update { $id } sudah kembali ke antrean dan akan diproses lagi.
dl-dropped = 🗑 Update { $id } dihapus.

dl-letter-head = <b>{ $n }.</b> update <code>{ $id }</code> · { $when }

dl-when = { $relative } ({ DATETIME($date, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit") } UTC)

dl-error-line = ⚠️ { $error } · { $tries } kali dicoba

dl-error-unknown = error tidak diketahui

dl-sender = 👤 { $name }{ $handle } (<code>{ $id }</code>)
dl-sender-someone = seseorang
dl-in-group = di 👥 { $title } (<code>{ $id }</code>)
dl-in-private = di chat pribadi
dl-lane = jalur <code>{ $lane }</code>

dl-kind-payment = ⭐ pembayaran: { $amount }
dl-kind-refunded-payment = ↩️ pembayaran yang dikembalikan: { $amount }
dl-kind-command = ⌨️ perintah: <code>{ $text }</code>
dl-kind-text = 💬 teks: “{ $text }”
dl-kind-media = 📎 { $media }{ $caption }
dl-kind-members = 👥 anggota bergabung atau keluar
dl-kind-message = ✉️ pesan
dl-kind-edited = ✏️ diedit · { $line }
dl-kind-button = 🔘 tombol ditekan: <code>{ $data }</code>
dl-kind-checkout = 🧾 checkout: { $amount }
dl-kind-membership = 👥 keanggotaan: { $from } → { $to }
dl-kind-unreadable = ❓ update tidak terbaca
dl-kind-other = ❓ { $kind }
