# Credits and Telegram Stars: /buy, invoices, receipts, /paysupport, /terms, admin commands.
# pack-title: at most 32 characters; invoice-description: at most 255.

buy-choose = Kamu punya { $balance } kredit. Pilih paket (dibayar dengan Telegram Stars):

pack-title = { $credits } kredit

buy-pack-button = { $title } — { $stars } ⭐

invoice-description = { $credits } kredit Velro untuk gambar dan video. Karya yang gagal dikembalikan dalam bentuk kredit.

checkout-offer-expired = Penawaran ini sudah tidak tersedia. Silakan pakai /buy lagi.
checkout-not-yours = Tagihan ini dibuat untuk orang lain.
checkout-price-changed = Harganya sudah berubah. Silakan pakai /buy lagi.

pay-thanks = ⭐ Terima kasih! { $credits } kredit sudah ditambahkan — sekarang kamu punya { $balance }.

pay-unmatched = Terima kasih! Aku tidak bisa mencocokkan pembayaran ini dengan paket mana pun — silakan tulis /paysupport.

pay-refunded = Stars-mu sudah dikembalikan; { $credits } kredit telah ditarik kembali.

terms =
    Ketentuan singkat:
    • Kredit dibeli dengan Telegram Stars dan dipakai untuk membuat gambar dan video dengan harga yang ditampilkan /models.
    • Karya yang gagal, dibatalkan, atau ditolak filter keamanan model tidak dikenai biaya: kreditnya otomatis dikembalikan.
    • Kredit tidak kedaluwarsa dan tidak bisa ditukar dengan uang. Pembelian yang belum terpakai bisa dikembalikan lewat /paysupport.
    • Jangan meminta konten yang ilegal atau melanggar kebijakan Telegram maupun kebijakan model.

grant-usage = Cara pakai: /grant <id pengguna> <kredit> (negatif untuk mengurangi)

grant-done = Beres: { $amount } kredit untuk { $user }; saldo { $balance }.

refund-usage = Cara pakai: /refund <telegram payment charge id> (pembayaran tidak ditemukan)

refund-done =
    { $stars } ⭐ dikembalikan ke { $user }; { $reversed } dari { $credits } kredit ditarik kembali{ $already ->
        [yes] {" "}(sudah ditarik sebelumnya)
       *[no] {""}
    }.

stats-jobs = Tugas: { $jobs }
stats-jobs-none = Tugas: tidak ada
stats-payments = Pembayaran: { $payments } ({ $stars } ⭐), dikembalikan { $refunded }
stats-accounts = Akun kredit: { $accounts }, kredit beredar { $outstanding }
stats-ledger-ok = Rekonsiliasi buku besar: OK
stats-ledger-mismatch = Rekonsiliasi buku besar: { $count } ketidakcocokan!
stats-dead-letters =
    Dead letter: { $count }{ $count ->
        [0] {""}
       *[other] {" "}(lihat /deadletters)
    }

## Payment support

support-ask =
    🛟 Bantuan pembayaran: ceritakan di pesan berikutnya apa yang salah — apa yang kamu beli, kapan, dan apa yang terjadi. Tangkapan layar juga membantu (tambahkan keterangan).
    Pesanmu langsung sampai ke orang di tim kami, bukan ke AI. Karya yang gagal otomatis dikembalikan dalam bentuk kredit, jadi kamu tidak perlu menanyakannya.
support-in-private = Urusan pembayaran itu pribadi: kirim /paysupport ke aku lewat chat pribadi kita, ya.
support-unavailable = Maaf — bot ini belum punya petugas dukungan pembayaran, jadi aku tidak bisa meneruskan pesanmu. Coba lagi nanti, ya.
support-cancel-button = ✖ Batal
support-cancelled = Oke, dibatalkan — tidak ada yang terkirim.
support-unsupported = Aku bisa meneruskan teks, foto, dan dokumen. Tolong jelaskan lewat pesan — tangkapan layar dengan keterangan juga boleh.
support-received = ✅ Terima kasih — permintaan #{ $ticket } sudah diterima tim kami. Seseorang akan membalasmu langsung di sini, di chat ini.
support-added = ✅ Ditambahkan ke permintaanmu #{ $ticket }. Kami akan membalas di sini.

## What the admins see

support-ticket-card =
    🛟 Permintaan bantuan pembayaran #{ $ticket }
    Dari: { $name } · id <code>{ $id }</code> · bahasa: { $language }
    Pembayaran Stars terakhir:
support-ticket-payment =
    • <code>{ $charge }</code> — { $stars } ⭐ · kredit: { $credits } · { DATETIME($date, year: "numeric", month: "2-digit", day: "2-digit") }{ $refunded ->
        [yes] {" "}· dikembalikan
       *[no] {""}
    }
support-ticket-no-payments = • belum ada
support-ticket-hint = Tekan Balas, atau balas pesan ini, untuk menjawab. /refund memerlukan id pembayaran.
support-ticket-followup = 💬 Permintaan #{ $ticket } — { $name } (id <code>{ $id }</code>) menulis:
support-reply-button = ✍️ Balas
support-close-button = ✅ Tutup
support-reply-ask = ✍️ Tulis jawabanmu untuk permintaan #{ $ticket } di pesan berikutnya. Jawaban dikirim ke pengguna persis seperti yang kamu tulis (foto atau dokumen juga bisa).
support-reply-sent = ✅ Terkirim ke pengguna (permintaan #{ $ticket }).
support-reply-blocked = ⚠️ Tidak terkirim: pengguna telah memblokir bot (permintaan #{ $ticket }).
support-closed-toast = Permintaan #{ $ticket } sudah ditutup.

## What the user sees of the answers

support-answer-head = 💬 Tim dukungan kami membalas (permintaan #{ $ticket }):
support-answer-button = ✍️ Jawab
support-answer-ask = ✍️ Tulis jawabanmu di pesan berikutnya — jawaban itu akan sampai ke tim kami bersama permintaan #{ $ticket }.
support-closed-user = ✅ Permintaan pembayaranmu #{ $ticket } sudah ditutup. Kalau ada hal lain, kirim saja /paysupport — kami siap membantu.
support-receipt-charge = Id pembayaran (untuk pengembalian dana dan /paysupport): <code>{ $charge }</code>
