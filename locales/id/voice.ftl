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
