# The user's own data: /export, /deletedata, /token and /broadcast.

privacy-private-only = 🔒 Demi privasimu, ini hanya bisa dipakai di chat pribadi kita.

export-caption = 📦 Semua yang aku simpan tentangmu: profil, kondisi batin, kenangan (termasuk yang disematkan), suasana hati per hari, riwayat obrolan, catatan kredit, pembayaran, karya, tim dan proyek, pengingat, sapaan kabar dan buku harian, balasan suara, serta pengaturan.

delete-confirm =
    ⚠️ Hapus semua datamu? Profilmu, kenanganmu, kondisi batinku, riwayat obrolan kita, dan karyamu akan dihapus selamanya.

    Saldo kredit, catatan transaksinya, dan catatan pembayaran Telegram Stars tetap disimpan: itu catatan keuangan yang diperlukan untuk pengembalian dana dan sengketa pembayaran, dan tidak berisi pesan apa pun.

# Added below delete-confirm when the user owns teams that have other members.
# $count (number) — how many such teams.
delete-confirm-team-handover =
    { $count ->
        [1] 👥 Kamu pemilik sebuah tim yang punya anggota lain: kepemilikannya pindah ke admin paling lama (kalau tidak ada, ke editor paling lama, lalu ke penonton).
       *[other] 👥 Kamu pemilik { $count } tim yang punya anggota lain: kepemilikan masing-masing pindah ke admin paling lama (kalau tidak ada, ke editor paling lama, lalu ke penonton).
    }

# Added below delete-confirm when the user owns teams nobody else is in.
# $count (number) — how many such teams; $credits (number) — the credits left in their pools together.
delete-confirm-team-lone =
    { $count ->
        [1] 🗂 Di salah satu timmu tidak ada anggota lain: tim itu akan dihapus, dan kredit yang tersisa di kas bersamanya ({ $credits }) akan hilang.
       *[other] 🗂 Di { $count } timmu tidak ada anggota lain: tim-tim itu akan dihapus, dan kredit yang tersisa di kas bersamanya ({ $credits }) akan hilang.
    }

delete-button-confirm = Ya, hapus semuanya

delete-not-yours = Tombol ini bukan untukmu.

delete-busy-toast = Masih ada karya yang sedang diproses.
delete-busy = ⏳ Salah satu karyamu masih diproses. Coba /deletedata lagi setelah selesai.

delete-done-toast = Dihapus.
delete-done = 🗑 Beres. Datamu sudah dihapus. Kalau kamu menulis lagi ke aku, kita mulai dari awal sebagai orang asing.

delete-cancelled-toast = Tidak ada yang dihapus.
delete-cancelled = Oke, tidak ada yang dihapus.

token-private-only = Demi privasimu, minta /token padaku di chat pribadi.

token-issued =
    🔑 Token status langsungmu (berlaku { $minutes } menit, jangan dibagikan ke siapa pun):

    { $token }

    Hubungkan WebSocket ke { $wsUrl }?token=<token>
    atau buka halaman langsung: { $pageUrl }

broadcast-admins-only = Hanya admin yang bisa menyiarkan pengumuman.

broadcast-usage = Cara pakai: /broadcast <teks> — mengirim pengumuman ke semua klien status langsung.

broadcast-too-long = Pengumuman itu terlalu panjang (maksimal { $max } karakter).

broadcast-sent = 📣 Pengumuman terkirim ke semua klien status langsung.
