# Creating images and videos. Model names are never translated.
# Currency word: kredit; creations: karya.

gen-title-image = 🎨 Buat gambar
gen-title-video = 🎬 Buat video
gen-title-edit = 🪄 Edit fotomu

gen-picker-model = Model: { $model } — { $credits } kredit

gen-picker-aspect = Rasio aspek: { $aspect }

gen-picker-balance = Saldomu: { $balance } kredit

gen-button-create = ✅ Buat — { $credits } kredit

gen-expired = Permintaan ini sudah kedaluwarsa — kirim ulang, ya.

gen-cancelled = Oke, dibatalkan — tidak ada kredit yang terpotong.

gen-toast-on-it = Siap, langsung dikerjakan!

gen-preparing = ⏳ Menyiapkan { $model }…

gen-photo-download-failed = Aku tidak bisa mengunduh foto itu dari Telegram (terlalu besar atau sudah kedaluwarsa). Kirim lagi, ya.

gen-imagine-usage = Mau aku buatkan apa? Misalnya: /imagine rubah di tengah salju saat fajar
gen-video-usage = Videonya mau menampilkan apa? Misalnya: /video ombak pecah saat matahari terbenam
gen-edit-usage = Balas sebuah foto dengan /edit <apa yang mau diubah>, misalnya: /edit buat jadi bersalju.
gen-edit-prompt-missing = Bilang apa yang mau diubah, misalnya: /edit jadikan lukisan cat air.

gen-offer = Mau aku buatkan? Ketuk untuk memilih modelnya:

gen-models-title = Model yang bisa aku pakai:

gen-models-line = • { $model } — { $credits } kredit

gen-models-footer = Harga dalam kredit, dan yang gagal dikembalikan. /balance menunjukkan saldomu, /buy untuk isi ulang.

gen-balance = 💳 Kamu punya { $balance } kredit. /models menampilkan harga, /buy untuk isi ulang dengan Telegram Stars.

gen-history-empty = Kamu belum membuat apa pun. Coba /imagine mercusuar di tengah badai.

gen-history-title = Karya terbarumu:

gen-history-line =
    { $icon } { $model }: “{ $prompt }” ({ $cost } kredit{ $refunded ->
        [yes] , dikembalikan
       *[no] {""}
    })

gen-refused-prompt-empty = Bilang apa yang mau dibuat, misalnya: /imagine rubah di tengah salju.

gen-refused-prompt-too-long = Prompt itu { $length } karakter; batasnya { $limit }. Tolong dipersingkat, ya.

gen-refused-unknown-model = Model itu tidak tersedia untuk permintaan ini. Lihat daftarnya di /models.

gen-refused-photo-required = Balas sebuah foto dengan /edit <apa yang mau diubah>.

gen-refused-rate-limited = Kamu sudah meminta { $limit } karya dalam semenit terakhir — tunggu { $seconds } detik lagi, ya.

gen-refused-insufficient-credits = { $model } butuh { $cost } kredit, sedangkan kamu punya { $balance }. Isi ulang dengan /buy.

gen-refused-too-many-running = Kamu sudah punya { $max } karya yang sedang diproses. Tunggu salah satunya selesai dulu, ya.

gen-unavailable-not-configured = 🛠 Pembuatan gambar dan video belum disiapkan di bot ini. Tidak ada kredit yang terpotong.

gen-unavailable-down = 🛠 Pembuatan gambar dan video sedang tidak tersedia: penyedia kami tidak merespons. Tidak ada kredit yang terpotong — coba lagi beberapa menit lagi.

gen-refused-already-requested = Karya ini sudah diminta.

gen-button-cancel = ✖ Batal

gen-toast-cancelled = Dibatalkan — kredit dikembalikan.

gen-toast-already-finished = Sudah selesai.

gen-stage-submitted = ⏳ Dikirim ke studio…
gen-stage-queued = ⏳ Dalam antrean…
gen-stage-queued-position = ⏳ Dalam antrean — posisi { $position }
gen-stage-running = 🖌 Sedang dibuat…

gen-done = ✅ Selesai — { $cost } kredit terpakai.

gen-result-too-large =
    { $kind ->
        [video] Videomu
       *[image] Gambarmu
    } terlalu besar untuk Telegram — ini tautannya: { $url }

gen-result-link =
    { $kind ->
        [video] Videomu
       *[image] Gambarmu
    } sudah jadi: { $url }

gen-failed-content-policy = Filter keamanan model menolak permintaan ini. Coba ubah kata-kata prompt-mu — kreditmu sudah dikembalikan.

gen-failed-validation = Model tidak bisa menerima permintaan ini. Coba prompt lain — kreditmu sudah dikembalikan.

gen-failed-validation-detail = Model tidak bisa menerima permintaan ini ({ $detail }). Coba prompt lain — kreditmu sudah dikembalikan.

gen-failed-timeout = Model terlalu lama dan akhirnya menyerah. Kreditmu sudah dikembalikan — coba lagi, ya.

gen-failed-service = Layanan gambar/video sedang bermasalah di pihak mereka. Kreditmu sudah dikembalikan — coba lagi sebentar lagi.

gen-failed-cancelled = Dibatalkan — kreditmu sudah dikembalikan.

gen-failed-interrupted = Karyamu terhenti sebelum sempat dimulai. Kreditmu sudah dikembalikan — coba lagi, ya.

gen-failed-unconfirmed = Layanan gambar/video tidak mengonfirmasi bahwa permintaanmu sudah diterima, jadi kreditmu sudah dikembalikan. Kalau ternyata tetap selesai, aku akan mengirimkannya gratis untukmu.

gen-late-result-free = 🎁 Ternyata karyamu selesai juga — dan ini gratis, kreditmu tetap dikembalikan.

## Bringing a photo to life: /animate and the 🎬 button

gen-title-animate = 🎬 Menghidupkan fotomu

gen-animate-natural-motion = Gerakan: alami dan lembut — modelnya yang memilih

gen-animate-hint = Mau sesuatu yang spesifik? Balas foto itu dengan /animate <apa yang bergerak>, misalnya: /animate ombak bergulung ke pantai.

gen-animate-usage = Balas sebuah foto dengan /animate, nanti aku hidupkan jadi video pendek. Kalau mau, sebutkan apa yang bergerak: /animate rambutnya tertiup angin. Bisa juga kirim foto dengan keterangan /animate.

gen-animate-photo-gone = Aku sudah tidak bisa menjangkau foto itu — balas fotonya dengan /animate, ya.

gen-button-animate = 🎬 Hidupkan

gen-photo-too-big = Gambar itu terlalu besar untukku: Telegram hanya mengizinkan aku mengunduh sampai 20 MB. Kirim sebagai foto, bukan file, atau pilih yang lebih kecil. Tidak ada kredit yang terpotong.

gen-photo-not-image = File itu bukan gambar yang bisa kupakai — kirim foto (JPEG, PNG, atau WebP), ya. Tidak ada kredit yang terpotong.

## /models: sections, and what chatting costs

gen-models-section-image = 🎨 Gambar dari kata-kata — /imagine

gen-models-section-edit = 🪄 Edit foto — balas foto dengan /edit

gen-models-section-video = 🎬 Video dari kata-kata — /video

gen-models-section-animate = ✨ Foto yang dihidupkan — balas foto dengan /animate

gen-models-section-services = 💬 Dalam obrolan kita

gen-service-stt =
    • Mendengarkan pesan suara atau video — { $credits ->
        [0] gratis
       *[other] { $credits } kredit per pesan
    }

gen-service-tts =
    • Membalas dengan pesan suara (/voice) — { $credits ->
        [0] gratis
       *[other] { $credits } kredit per 500 karakter yang dimulai
    }

gen-service-vision =
    • Melihat foto yang kamu kirim — { $credits ->
        [0] gratis
       *[other] { $credits } kredit per foto atau album
    }

gen-service-documents =
    • Membaca dokumen yang kamu kirim (teks, Markdown, PDF) — { $credits ->
        [0] gratis
       *[other] { $credits } kredit per dokumen
    }
