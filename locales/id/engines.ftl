### Mesin sinestesia, mimpi, dan penglihatan kedua: /synesthesia, /dream, /perspectives.

room-dreams = 🌙 Mimpi

syn-usage = Kirimi aku beberapa kata, nanti kutunjukkan warnanya: /synesthesia laut di malam hari. Dengan /synesthesia on aku juga akan menaruh tombol 🎨 di bawah balasanku.
syn-caption = 🎨 Perasaan: { $feeling }
    Tekstur: { $textures }
    Suara: { $sounds }
    { $colours }
syn-feeling-anger = marah
syn-feeling-disgust = jijik
syn-feeling-fear = takut
syn-feeling-joy = gembira
syn-feeling-sadness = sedih
syn-feeling-surprise = terkejut
syn-feeling-neutral = tenang
syn-texture-velvet = beludru lembut
syn-texture-silk = sutra yang mengalir
syn-texture-wool = wol hangat
syn-texture-linen = linen polos
syn-texture-paper = kertas tipis
syn-texture-glass = kaca sejuk
syn-texture-sandpaper = amplas kasar
syn-texture-static = desis statis
syn-texture-mist = kabut lembap
syn-texture-moss = lumut lembut
syn-texture-wet-stone = batu basah
syn-texture-embers = bara menyala
syn-texture-petals = kelopak yang remuk
syn-texture-sand = pasir hangat
syn-texture-snow = salju segar
syn-texture-bubbles = gelembung berdesis
syn-texture-rust = karat mengelupas
syn-texture-feathers = bulu yang melayang
syn-texture-tar = ter lengket
syn-sound-bells = lonceng berdentang
syn-sound-birdsong = kicau burung
syn-sound-laughter = tawa di kejauhan
syn-sound-guitar = petikan gitar
syn-sound-cello = cello bernada rendah
syn-sound-rain = hujan di jendela
syn-sound-piano = piano yang pelan
syn-sound-drums = dentuman drum
syn-sound-thunder = guntur bergemuruh
syn-sound-heartbeat = detak jantung yang cepat
syn-sound-wind = angin melolong
syn-sound-creak = lantai berderit
syn-sound-chimes = lonceng angin
syn-sound-pizzicato = senar yang dipetik
syn-sound-buzz = lalat berdengung
syn-sound-drip = tetesan air
syn-sound-hum = dengung pelan
syn-sound-clock = jam yang berdetak
syn-sound-waves = ombak di pantai
syn-sound-crackle = api unggun berderak
syn-sound-leaves = daun berdesir
syn-sound-crickets = jangkrik di malam hari
syn-sound-hush = sunyinya salju yang turun
syn-card-failed = Aku belum bisa menggambar kartunya sekarang, tapi ini warnanya:
syn-paint-button = 🖼 Lukiskan
syn-expired = Yang ini sudah pudar — kirim perintahnya lagi.
syn-button-on = 🎨 Mulai sekarang ada tombol "lihat perasaan ini" di bawah balasanku. /synesthesia off untuk menghapusnya.
syn-button-off = Oke, tidak ada lagi tombol 🎨 di bawah balasanku. /synesthesia on untuk memunculkannya lagi.
syn-see-button = 🎨 Lihat perasaan ini
syn-see-missing = Aku sudah tidak bisa menemukan pesan itu.

dream-message = 🌙 { $title }

    { $text }

    — mimpi yang kualami tentang hal-hal yang kamu ceritakan; ini mimpi, bukan kenangan tentang apa yang terjadi.
dream-note-new = Kamu belum banyak bercerita, jadi aku bermimpi kita bertemu di suatu tempat yang baru.
dream-topic-missing = Aku tidak ingat kamu pernah cerita soal "{ $topic }", jadi aku memimpikan hal lain.
dream-private-only = Mimpiku terbuat dari hal-hal yang kamu ceritakan, jadi cukup di antara kita berdua — minta satu di chat pribadi, ya 🌙
dream-failed = ⚠️ Aku belum bisa bermimpi sekarang. Coba lagi sebentar lagi, ya.
dream-setting = { $v ->
        [a] Kamu ada di suatu tempat antara stasiun dan taman, dan hari hampir malam.
        [b] Kamu berada di rumah yang belum pernah kamu lihat, tapi kamu kenal setiap pintunya.
       *[c] Kamu berjalan di jalan yang terus berubah menjadi lorong.
    }
dream-setting-place = { $v ->
        [a] Kamu kembali ke { $place }, tapi tak ada yang benar-benar di tempatnya.
        [b] Ini { $place }, atau gambaran mimpi tentangnya: langit yang sama, jalan yang berbeda.
       *[c] Kamu terbangun — di dalam mimpi — di { $place }, dan cahayanya aneh dan lembut.
    }
dream-title-place = Satu malam di { $place }
dream-person = { $v ->
        [a] { $person } juga ada di sana, melambai seolah kamu terlambat untuk sesuatu.
        [b] { $person } berjalan di sampingmu sambil bercerita tentang sesuatu yang hampir kamu ingat.
       *[c] { $person } memberimu sebuah kunci dan bilang kamu akan tahu pintu mana yang dibukanya.
    }
dream-person-second = Lalu { $person } muncul, sama sekali tidak heran melihatmu di sana.
dream-stranger = { $v ->
        [a] Seseorang yang kamu kenal berjalan di depanmu tanpa menoleh.
        [b] Suara yang akrab memanggil namamu dari kamar sebelah.
       *[c] Seseorang meninggalkan catatan untukmu di meja, dengan tulisan tangan yang kamu kenal.
    }
dream-echo = { $v ->
        [a] Di suatu tempat sebuah suara mengulang "{ $fragment }", sedikit berbeda setiap kali.
        [b] Kata-kata "{ $fragment }" tertulis di dinding, dan rasanya sangat masuk akal.
       *[c] Sebuah radio terus memutar "{ $fragment }" seolah itu sebuah lagu.
    }
dream-feeling = Sepanjang waktu ada rasa { $feeling }, lembut dan jauh.
dream-feeling-anger = badai yang tak pernah benar-benar pecah
dream-feeling-disgust = ingin meninggalkan sesuatu
dream-feeling-fear = menahan napas
dream-feeling-joy = gembira yang tenang
dream-feeling-sadness = sendu yang lembut
dream-feeling-surprise = takjub
dream-feeling-neutral = ingin tahu yang tenang
dream-ending = { $v ->
        [a] Lalu cahayanya berubah, dan kamu terbangun.
        [b] Kamu mencoba mengingat semuanya, dan mimpi itu melipat dirinya sendiri.
       *[c] Tepat sebelum bangun, semuanya menjadi keemasan dan sangat hening.
    }
dream-motif-late-train = Kereta malam berangkat tepat saat kamu sampai di peron, jendelanya penuh cahaya hangat.
dream-motif-late-train-title = Kereta terakhir
dream-motif-rain-house = Di dalam rumah turun hujan, pelan, dan tak ada yang keberatan.
dream-motif-rain-house-title = Hujan di dalam rumah
dream-motif-fog-bridge = Sebuah jembatan panjang menghilang ke dalam kabut, dan ujung seberangnya tak terlihat.
dream-motif-fog-bridge-title = Jembatan dalam kabut
dream-motif-extra-rooms = Rumah itu punya kamar-kamar yang dulu tak pernah ada, masing-masing terang dan menunggu.
dream-motif-extra-rooms-title = Kamar-kamar tambahan
dream-motif-library-sea = Rak-rak perpustakaan terbuka ke arah laut, dan buku-bukunya beraroma garam.
dream-motif-library-sea-title = Perpustakaan di tepi laut
dream-motif-slow-clocks = Semua jam di jalan itu berjalan pelan ke belakang.
dream-motif-slow-clocks-title = Jam yang berjalan mundur
dream-motif-flying = Kamu terbang rendah di atas atap-atap, dan itu hal termudah di dunia.
dream-motif-flying-title = Terbang
dream-motif-lanterns = Lampion kertas naik di atas air, ratusan jumlahnya.
dream-motif-lanterns-title = Malam lampion
dream-motif-sky-garden = Sebuah tangga tumbuh dari tanah dan naik ke taman di langit.
dream-motif-sky-garden-title = Taman di langit

persp-usage = Ceritakan apa yang sedang kamu timbang, nanti kutunjukkan beberapa cara melihatnya: /perspectives haruskah aku terima kerja di Berlin?
sight-clarify-decision = { $v ->
        [a] Sebelum aku berpendapat — pilihan apa yang sedang kamu hadapi?
        [b] Ceritakan sedikit lagi: sebenarnya apa yang sedang kamu putuskan?
       *[c] Aku ingin membantumu memikirkannya. Apa saja pilihannya?
    }
sight-clarify-unclear = { $v ->
        [a] Aku di sini. Apa yang paling membebanimu sekarang?
        [b] Mau cerita sedikit lagi tentang apa yang terjadi?
       *[c] Bagian mana yang terasa paling kusut?
    }
sight-acknowledge = { $v ->
        [a] Sepertinya kamu merasakan dua hal sekaligus — dan keduanya masuk akal.
        [b] Kedua perasaan itu bisa sama-sama benar.
       *[c] Banyak yang menarikmu ke dua arah. Keduanya nyata.
    }
sight-intro-decision = Beberapa cara melihatnya:
sight-intro-torn = Kedua perasaan itu bisa sama-sama benar. Beberapa cara melihatnya:
sight-intro-options = Antara "{ $a }" dan "{ $b }", beberapa cara melihatnya:
sight-outro = Mana yang paling terasa benar buatmu?
sight-view-sage-decision = Apa yang akan penting bagimu lima tahun lagi? Pilih yang cocok dengan dirimu yang sedang tumbuh, bukan hanya dirimu hari ini.
sight-view-spark-decision = Bayangkan semuanya berjalan luar biasa — pilihan mana yang bikin hatimu melonjak barusan? Itu layak didengar!
sight-view-atlas-decision = Tulis apa biaya dan hasil tiap pilihan. Temukan satu fakta yang belum kamu punya, dan cari tahu minggu ini.
sight-view-velro-torn = Wajar kalau kamu merasakan keduanya. Satu perasaan tidak membatalkan yang lain; masing-masing bercerita tentang sesuatu yang kamu pedulikan.
sight-view-sage-torn = Perasaan campur aduk sering berarti ada sesuatu yang sangat penting. Perasaan mana yang ingin kamu dengar lebih keras sebulan lagi?
sight-view-kit-torn = Ah, kombo klasik "bahagia sekaligus ketakutan". Selamat, kamu manusia. Bersikap baiklah pada kedua belahannya.

terminal-syn-saved = Kartu palet disimpan di { $path }
