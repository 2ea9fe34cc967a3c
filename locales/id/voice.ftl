### Pesan suara dan pesan video dari pengguna: ditranskripsi, lalu dijawab seperti teks yang diketik.

voice-not-set-up = Pesan suara belum diatur di bot ini 🎧 Bisa kamu ketik saja?
voice-too-long = Pesan itu berdurasi { $length }, sedangkan aku bisa mendengarkan pesan sampai { $max }. Bisa dipecah jadi beberapa bagian, atau ketik intinya?
voice-too-big = File itu terlalu besar untuk kuunduh (Telegram mengizinkan bot mengunduh sampai 20 MB). Bisa kirim pesan yang lebih pendek?
voice-empty = Aku sudah mendengarkan, tapi tidak bisa menangkap satu kata pun 🤔 Coba lagi sedikit lebih dekat ke mikrofon, atau ketik saja?
voice-failed = ⚠️ Aku belum bisa mendengarkan pesan itu sekarang. Coba lagi sebentar lagi, atau ketik saja.
voice-refunded = { $credits } kredit sudah dikembalikan ke saldomu.
voice-no-credits = Mendengarkan pesan suara butuh { $cost } kredit dan kamu punya { $balance }. Isi ulang lewat /buy — atau ketik saja pesanmu.
voice-transcripts-on = ✅ Transkrip aktif: aku akan mengutip apa yang kudengar di atas balasanku untuk pesan suaramu. /transcripts off untuk mematikannya.
voice-transcripts-off = Transkrip mati: aku tetap mendengarkan pesan suaramu, hanya tanpa mengutipnya. /transcripts on untuk menyalakannya lagi.
voice-transcripts-usage = Kirim /transcripts on untuk melihat apa yang kudengar di atas balasanku untuk pesan suaramu, atau /transcripts off untuk menyembunyikannya.

### Balasan suara (/voice): Velro membalas dengan pesan suara.

voice-reply-not-set-up = Balasan suara belum diatur di bot ini 🔇 — aku tetap membalas dengan teks, ya.
voice-reply-panel =
    🔊 Balasan suara: { $replies ->
        [on] aktif — setiap pesanmu kubalas dengan pesan suara.
       *[off] mati — aku membalas dengan teks.
    }
    🎙 Suara dibalas suara: { $auto ->
        [on] aktif — kalau kamu mengirim pesan suara, kubalas dengan pesan suara juga, meski balasan suara sedang mati.
       *[off] mati.
    }
    { $cost ->
        [0] Balasan suara gratis.
       *[other] Satu balasan suara seharga { $cost } kredit untuk setiap 500 karakter yang dimulai.
    } Teksnya selalu tinggal sekali ketuk: di bawah pesan suara, atau lewat tombol 📝.
voice-reply-button-replies-on = 🔊 Aktifkan balasan suara
voice-reply-button-replies-off = 🔇 Matikan balasan suara
voice-reply-button-auto-on = 🎙 Balas pesan suaraku dengan suara
voice-reply-button-auto-off = 🎙 Berhenti membalas pesan suara dengan suara
voice-reply-saved = Tersimpan ✓
voice-reply-usage = Kirim /voice untuk melihat pengaturan balasan suara, atau /voice on dan /voice off untuk menyalakan atau mematikannya.
voice-reply-show-text = 📝 Tampilkan teks
voice-reply-text-gone = Aku sudah tidak menyimpan teks pesan suara ini.
voice-reply-text-shown = Teksnya sudah ada tepat di bawah pesan suara.
voice-reply-too-long = 🔇 Jawabannya terlalu panjang untuk satu pesan suara, jadi ini versi teksnya.
voice-reply-no-credits = 🔇 Balasan suara ini seharga { $cost } kredit dan kamu punya { $balance }, jadi aku membalas dengan teks. Isi ulang lewat /buy, atau matikan balasan suara lewat /voice.
voice-reply-failed = ⚠️ Kali ini aku gagal merekam pesan suara, jadi jawabanku ada di atas dalam bentuk teks.
voice-reply-refunded = { $credits } kredit sudah dikembalikan ke saldomu.
voice-reply-forbidden = 🔇 Pengaturan privasi Telegram-mu tidak mengizinkanku mengirim pesan suara, jadi aku membalas dengan teks. Kamu bisa mengizinkannya di Pengaturan → Privasi dan Keamanan → Pesan Suara, atau mematikan balasan suara lewat /voice.
