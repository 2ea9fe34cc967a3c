# General messages: greeting, help, reset, stopping a reply, fallbacks, errors, /language.
# Casual "aku" / "kamu"; currency word: kredit (no plural forms in Indonesian).

start-new-user =
    Hai { $name }! Aku Velro 👋 — teman AI yang siap mendengarkan, mengingat hal-hal yang penting buatmu, dan menemanimu.

    Ceritakan saja apa yang sedang kamu pikirkan. Ketik /help untuk melihat semua yang bisa aku lakukan.

start-returning-user = Selamat datang kembali, { $name }! Ayo lanjutkan obrolan kita, atau /reset untuk mulai dari awal.

help-intro = Aku Velro, teman AI-mu. Tulis saja pesan ke aku — di grup, sebut namaku atau balas pesanku.

help-command-line = /{ $command } — { $description }

help-mode-llm = 🧠 Balasan dari { $model }.

help-mode-offline = 🔌 Mode offline: balasanku berasal dari penjawab bawaan (tidak ada LLM yang dipasang).

reset-done = 🧹 Mulai dari awal! Obrolan kita sebelumnya sudah aku sisihkan — mau ngobrol tentang apa?

cancel-nothing = Tidak ada yang perlu dihentikan — aku sedang tidak menulis apa-apa. 🙂

stop-button = ✖ Stop

stop-toast-stopping = Menghentikan…

stop-toast-finished = Balasan itu sudah selesai.

chat-stopped-note = ⏹ Dihentikan.

chat-stopped-empty = ⏹ Dihentikan sebelum aku sempat menulis apa pun.

chat-error-timeout = ⏳ Maaf, aku kelamaan. Coba lagi sebentar lagi, ya.

chat-error-busy = Aku lagi menerima banyak sekali pesan — coba lagi semenit lagi, ya.

chat-error-unavailable = ⚠️ Aku tidak bisa menghubungi model bahasaku barusan. Coba lagi sebentar lagi, ya.

unknown-command = Aku tidak kenal perintah itu. Lihat /help untuk perintah yang aku tahu.

button-expired = Tombol ini sudah tidak aktif.

media-sticker = Stikernya lucu! 😄 Untuk sekarang aku baru bisa membaca teks — ceritakan dengan kata-kata, ya?
media-voice = Aku belum bisa mendengarkan pesan suara 🎧 — bisa diketik saja?
media-video-note = Aku belum bisa menonton pesan video — bisa diketik saja?
media-audio = Aku belum bisa mendengarkan audio — ceritakan lewat teks, ya?
media-photo = Aku belum bisa melihat foto di chat 📷 — coba ceritakan seperti apa fotonya?
media-video = Aku belum bisa menonton video — ceritakan isinya, ya?
media-animation = Haha! Aku tidak bisa menonton GIF, tapi aku bisa merasakan suasananya. 😄
media-document = Aku belum bisa membuka file — bisa tempelkan teks yang ingin kamu aku baca?
media-location = Makasih lokasinya! Tapi aku belum bisa memakai lokasi.
media-contact = Makasih! Tapi aku tidak bisa berbuat apa-apa dengan kontak.
media-poll = Aku tidak bisa ikut memilih di polling, tapi aku ingin sekali tahu polling-nya tentang apa.

rate-limited = Wah, banyak banget pesannya! 😅 Kasih aku { $seconds } detik untuk menyusul, lalu lanjutkan lagi.

dead-letter-notice = 😕 Maaf, ada yang salah di sisiku dan aku tidak bisa memproses pesan itu, bahkan setelah beberapa kali mencoba. Kirim lagi sebentar lagi, ya.

admin-only = Perintah ini khusus untuk admin.

admin-only-button = Ini khusus untuk admin.

button-cancel = Batal

language-self-name = Bahasa Indonesia

language-choose = 🌐 Saat ini aku bicara denganmu dalam { $language }. Mau pakai bahasa apa?

language-choose-group = 🌐 Di grup ini aku bicara dalam { $language }. Admin grup bisa memilih bahasa lain:

language-set = ✅ Beres! Mulai sekarang aku akan bicara denganmu dalam { $language }.

language-set-group = ✅ Beres! Mulai sekarang aku akan bicara dalam { $language } di grup ini.

language-admins-only = Hanya admin grup yang bisa mengganti bahasa grup. Kamu bisa memilih bahasamu sendiri di chat pribadi kita dengan /language.

language-unknown = Bahasa itu tidak tersedia.
