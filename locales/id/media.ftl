### Foto dan dokumen yang dikirim pengguna: foto dilihat oleh model yang bisa melihat, dokumen dibaca dan disimpan di ingatan.

photo-not-set-up = Di bot ini aku belum bisa melihat foto 📷 Bisa ceritakan dengan kata-kata apa isinya?
photo-too-big = Gambar itu terlalu besar untuk kubuka (aku menerima file sampai { $max } MB). Bisa kirim sebagai foto biasa?
photo-no-credits = Melihat foto butuh { $cost } kredit dan kamu punya { $balance }. Isi ulang lewat /buy — atau ceritakan fotonya dengan kata-kata.
photo-refused = Maaf, aku tidak bisa melihat gambar ini — model yang kupakai untuk melihat menolaknya. Tidak ada yang ditagih. Mau ceritakan dengan kata-kata?
photo-failed = ⚠️ Aku belum bisa melihat foto itu sekarang. Coba lagi sebentar lagi, ya.
media-refunded = { $credits } kredit sudah dikembalikan ke saldomu.
doc-unsupported = { $extension ->
        [none] Aku tidak bisa membuka “{ $name }” — aku membaca file teks, Markdown, dan PDF. Bisa kirim dalam salah satu format itu?
       *[other] Aku tidak bisa membuka file .{ $extension } seperti “{ $name }” — aku membaca file teks, Markdown, dan PDF. Bisa kirim dalam salah satu format itu?
    }
doc-too-big = “{ $name }” terlalu besar untukku — aku membaca file sampai { $max } MB. Bisa kirim bagian yang lebih kecil?
doc-too-many-pages = “{ $name }” punya { $pages } halaman, dan aku membaca sampai { $max }. Bisa kirim bagian yang ingin kulihat?
doc-no-credits = Membaca dokumen butuh { $cost } kredit dan kamu punya { $balance }. Isi ulang lewat /buy — atau tempel bagian yang kamu perlukan sebagai teks.
doc-corrupt = Aku tidak bisa membuka “{ $name }” — sepertinya filenya rusak, atau sebenarnya bukan teks atau PDF. Bisa ekspor ulang lalu kirim lagi?
doc-protected = “{ $name }” dilindungi kata sandi, jadi aku tidak bisa membacanya. Bisa kirim salinan tanpa kata sandi?
doc-scanned = “{ $name }” sepertinya PDF hasil pindaian — halamannya berupa gambar, tanpa teks yang bisa kubaca. Kalau kamu kirim halamannya sebagai foto, aku bisa melihatnya; atau tempel teksnya.
doc-empty = “{ $name }” kosong — aku tidak menemukan teks di dalamnya.
doc-failed = ⚠️ Aku belum bisa membaca “{ $name }” sekarang. Coba kirim lagi sebentar lagi, ya.
doc-truncated = 📄 “{ $name }” panjang — aku sudah membaca dan menyimpan bagian awalnya, sekitar tujuh puluh halaman.
doc-kept = 📄 “{ $name }” sudah kuterima{ $pages ->
        [0] {""}
       *[other] {" "}({ $pages } halaman)
    } — sudah kubaca dan kusimpan di ingatanku. Hapus kapan saja lewat /forget.
room-documents = 📄 Dokumen
