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

paysupport = Bantuan pembayaran: jelaskan masalahnya dan sertakan tanggal pembelian. Karya yang gagal otomatis dikembalikan dalam bentuk kredit; untuk pengembalian Stars atas kredit yang belum terpakai, admin akan meninjau permintaanmu. Balas di sini dan kami akan menghubungimu.

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
