# The command menu and the bot's profile. Command names are never translated.
# Descriptions: 1-256 characters; bot-name <= 64, bot-description <= 512, bot-short-description <= 120.

cmd-start = Kenalan dengan Velro dan mendaftar
cmd-help = Apa saja yang bisa aku lakukan dan semua perintah
cmd-reset = Mulai obrolan baru
cmd-cancel = Hentikan balasan yang sedang aku tulis
cmd-persona = Pilih karakterku, atau /persona custom <deskripsi>
cmd-mood = Yang aku perhatikan tentang suasana hatimu
cmd-memory = Yang aku ingat tentangmu, ruang demi ruang
cmd-forget = Lupakan satu kenangan, satu ruang, atau semuanya
cmd-imagine = Buat gambar: /imagine <apa yang mau digambar>
cmd-video = Buat video: /video <apa yang terjadi>
cmd-edit = Balas foto dengan /edit <apa yang mau diubah>
cmd-models = Model gambar dan video beserta harganya
cmd-balance = Kreditmu
cmd-history = Karya terbarumu
cmd-projects = Proyekmu dan proyek timmu
cmd-project = Buat proyek, tambahkan karya, atur privasinya
cmd-transfer = Balas sebuah karya untuk memberikannya ke rekan tim
cmd-team = Timmu: anggota, kredit bersama, undangan
cmd-buy = Beli kredit dengan Telegram Stars
cmd-paysupport = Bantuan soal pembayaran
cmd-terms = Ketentuan kredit dan karya
cmd-token = Token untuk halaman status langsung dan WebSocket
cmd-export = Unduh semua yang aku simpan tentangmu (JSON)
cmd-deletedata = Hapus datamu (dengan konfirmasi)
cmd-language = Pilih bahasa yang aku pakai

bot-name = Velro
bot-description =
    Velro adalah teman AI yang siap mendengarkan, mengingat hal-hal yang penting buatmu, dan menemanimu — di chat pribadi maupun di grup.

    Ceritakan harimu, pilihkan karakter untukku dengan /persona, buat gambar dan video dengan /imagine dan /video, dan pilih bahasaku dengan /language.
bot-short-description = Teman AI yang hangat: diajak ngobrol, ingat hal penting buatmu, dan bisa membuat gambar serta video.

cmd-transcripts = Kutip yang kudengar dari pesan suaramu (on/off)
cmd-voice = Balas aku dengan pesan suara (nyala/mati, suara dibalas suara)

cmd-animate = Hidupkan foto: balas fotonya dengan /animate

# Reaching out: check-ins, reminders, diary, dreams.
cmd-checkins = Biar aku menyapa duluan sesekali (seberapa sering, jam tenang)
cmd-remind = Pengingat: /remind besok jam 9 telepon ibu
cmd-reminders = Pengingatmu, dengan tombol batal
cmd-diary = Buku harianmu: suasana hati dan obrolan kita (on/off)
cmd-dreams = Mimpi setiap pagi, dirajut dari kenanganmu (on/off)
cmd-dream = Mimpi yang dirajut dari ceritamu; /dream about <topik>
cmd-synesthesia = Warna, tekstur, dan suara kata-katamu
cmd-perspectives = Beberapa cara melihat pilihan atau perasaan yang kusut
