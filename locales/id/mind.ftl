# /persona, /memory (the memory palace) and /forget.
# A memory: kenangan; the memory palace: istana kenangan; a room: ruang.

persona-menu =
    Saat ini aku { $emoji } { $name }. Kamu mau aku jadi siapa?

    { $list }

    Atau buat karaktermu sendiri: /persona custom <deskripsi>

persona-line = { $emoji } { $name } — { $tagline }

persona-tagline-velro = Teman yang hangat dan perhatian, yang ingat hal-hal penting buatmu
persona-tagline-kit = Teman sarkastis yang ceplas-ceplos, tapi berhati lembut
persona-tagline-sage = Mentor yang tenang dan bijak, yang membantumu memikirkan segala hal dengan jernih
persona-tagline-spark = Sobat yang jenaka dan ceria, yang mengubah apa saja jadi petualangan
persona-tagline-atlas = Asisten yang ringkas dan profesional: jawaban jelas, tanpa basa-basi

persona-chosen-toast = { $emoji } Oke, { $name }!

persona-chosen = { $emoji } Sekarang aku { $name } — { $tagline }

persona-unavailable = Karakter itu sudah tidak tersedia.

persona-custom-created =
    { $emoji } Kenalkan, { $name }: { $tagline }
    Mulai sekarang aku akan bicara seperti ini. Ketik /persona untuk kembali.

persona-custom-empty = Gambarkan karakternya dalam satu atau dua kalimat, misalnya: /persona custom pelaut pensiunan yang kalem bernama Ned dan suka minum teh

persona-custom-too-short = Deskripsinya terlalu pendek: minimal { $min } karakter. Contoh: /persona custom pelaut pensiunan yang kalem bernama Ned dan suka minum teh

persona-custom-too-long = Deskripsinya terlalu panjang: maksimal { $max } karakter (punyamu { $length }). Cukup satu atau dua kalimat saja.

persona-custom-refused = Aku tidak bisa memakai karakter itu: deskripsi bisa membentuk kepribadianku, tapi tidak bisa mengubah aturanku. Coba gambarkan cara bicara karakternya dan seperti apa sifatnya.

room-identity = 🪪 Tentang kamu
room-people = 👥 Orang-orang
room-work = 💼 Pekerjaan
room-education = 🎓 Pendidikan
room-hobbies = 🎨 Hobi
room-preferences = ❤️ Suka & tidak suka
room-plans = 🗓 Rencana
room-events = 📅 Peristiwa
room-health = 🩺 Kesehatan
room-places = 📍 Tempat
room-pets = 🐾 Hewan peliharaan
room-feelings = 💭 Perasaan
room-episodes = 💬 Obrolan

memory-empty = Aku belum ingat apa pun tentangmu. Ceritakan tentang dirimu, dong!

memory-overview = 🏛 Istana kenanganmu: { $memories } kenangan di { $rooms } ruang. Pilih satu ruang.

memory-page-title = { $room } — halaman { $page }/{ $pages }

memory-when = { $relative }, { DATETIME($date, day: "numeric", month: "short", year: "numeric") }

memory-room-empty = { $room } sekarang kosong.

memory-button-prev = ‹ Mundur
memory-button-rooms = « Ruang
memory-button-next = Lanjut ›

memory-unknown-room = Ruang tidak dikenal.

forget-pick = Apa yang harus aku lupakan? Pilih satu ruang, atau semuanya.

forget-button-everything = 🧨 Lupakan semuanya

forget-all-confirm = Lupakan semua yang aku ingat tentangmu? Ini tidak bisa dibatalkan.

forget-button-confirm = Ya, lupakan semuanya

forget-room-done = Beres: aku sudah melupakan { $count } kenangan dari { $room }.

forget-room-toast = { $count } kenangan dilupakan.

forget-not-found = Aku tidak menemukan kenangan seperti itu. /memory menampilkan semua yang aku ingat.

forget-one-done = Sudah dilupakan: “{ $text }”

forget-toast-forgotten = Dilupakan.

forget-toast-gone = Sudah tidak ada.

forget-toast-wiped = Beres.

# Indonesian has no "one" plural category: the exact-number key [1] picks the singular wording.
forget-all-done =
    🧹 Beres — aku sudah melupakan { $count ->
        [1] { $count } kenangan
       *[other] semua { $count } kenangan
    }. Kita mulai lagi dari lembaran baru.

forget-toast-cancelled = Tidak ada yang dilupakan.

forget-cancelled = Oke, aku akan tetap mengingatnya.

mood-unknown = Aku belum bisa menangkap suasana hatimu. Ngobrollah sebentar denganku, nanti aku pasti menyadarinya.

mood-overall-very-low = Akhir-akhir ini kamu kelihatan cukup murung.
mood-overall-low = Akhir-akhir ini kamu kelihatan agak murung.
mood-overall-even = Akhir-akhir ini suasana hatimu kelihatan cukup stabil.
mood-overall-high = Akhir-akhir ini suasana hatimu kelihatan sedang baik.
mood-overall-very-high = Akhir-akhir ini kamu kelihatan ceria sekali.

mood-streak = Sudah { $days } hari seperti ini.

mood-energy-high = Kamu juga kelihatan cukup tegang.
mood-energy-low = Kamu juga kelihatan kurang bertenaga.

mood-salient-anger = Ada sedikit rasa kesal yang terasa di pesan-pesanmu.
mood-salient-disgust = Sepertinya ada sesuatu yang benar-benar membuatmu muak.
mood-salient-fear = Kamu terdengar agak khawatir.
mood-salient-joy = Ada banyak kebahagiaan di pesan-pesanmu.
mood-salient-sadness = Ada sedikit kesedihan dalam tulisanmu.
mood-salient-surprise = Cukup banyak hal yang membuatmu terkejut.

mood-sure-high = Ini berdasarkan { $samples } pesan, dan aku cukup yakin.
mood-sure-medium = Ini berdasarkan { $samples } pesan, dan aku lumayan yakin.
mood-sure-low = Ini berdasarkan { $samples } pesan, tapi ini baru kesan awal, jadi aku belum terlalu yakin.
mood-sure-lexicon = Ini berdasarkan { $samples } pesan, tapi aku baru bisa mengenali sedikit kata perasaan dalam bahasamu, jadi ini cuma tebakan kasar.

mood-stance-comforting = Aku akan menemanimu dengan lembut dan selalu ada untukmu.
mood-stance-soothing = Aku akan menjaga suasana di antara kita tetap tenang dan santai.
mood-stance-upbeat = Aku senang bisa ikut merasakan suasana hatimu yang baik!
mood-stance-playful = Aku sendiri juga sedang ingin bercanda.
mood-stance-steady = Aku akan tetap tenang dan mendengarkan saja.
mood-stance-reserved = Aku akan sedikit lebih diam dan membiarkanmu memimpin obrolan.
