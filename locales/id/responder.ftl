# Penjawab offline: cara teman bicara saat tidak ada model bahasa yang dipasang.
# Variabel dan aturan: locales/en/responder.ftl. Menyapa dengan "kamu" dan "aku" yang santai;
# Atlas memakai "saya" karena gayanya lebih formal.

responder-greeting = { $persona ->
    [kit] { $v ->
        [a] Wah, wah. { $name }. { $emoji }
        [b] Oh, hai { $name }. Balik lagi? Bagus. { $emoji }
       *[other] Lihat siapa yang datang: { $name }! { $emoji }
    }
    [sage] { $v ->
        [a] Halo, { $name }. { $emoji }
       *[other] Senang bertemu denganmu, { $name }. { $emoji }
    }
    [spark] { $v ->
        [a] { $name }!! Haiii! { $emoji }
        [b] Heyyy, { $name }! { $emoji }
       *[other] Asyik, ada { $name }! { $emoji }
    }
    [atlas] Halo, { $name }.
   *[other] { $v ->
        [a] Hai { $name }! { $emoji }
        [b] Halo { $name }! { $emoji }
       *[other] Hai, { $name }! Senang kamu datang. { $emoji }
    }
}

responder-greeting-ask = { $persona ->
    [kit] { $v ->
        [a] Jadi, drama apa hari ini?
       *[other] Dunia ngapain lagi ke kamu hari ini?
    }
    [sage] Apa yang sedang kamu pikirkan hari ini?
    [spark] Hari ini kita mau petualangan apa?
    [atlas] Ada yang bisa saya bantu?
   *[other] { $v ->
        [a] Gimana harimu?
       *[other] Lagi mikirin apa hari ini?
    }
}

responder-greeting-recall = Terakhir kali kamu cerita: “{ $memory }”. Gimana kabarnya sekarang?

responder-who = Aku { $me }, teman AI — bukan manusia. Sekarang aku berjalan dalam mode offline dengan jawaban bawaan, jadi aku bicara sederhana saja, tapi aku ingat apa yang kamu ceritakan.

responder-how-are-you = { $persona ->
    [kit] Masih hidup. Pas-pasan, tapi tetap bergaya.
    [sage] Tenang dan baik, terima kasih sudah bertanya.
    [spark] Luar biasa, apalagi sekarang ada kamu! ✨
    [atlas] Semua berjalan baik, terima kasih.
   *[other] { $v ->
        [a] Aku baik-baik saja, makasih sudah tanya!
       *[other] Semua baik di sini — senang kamu datang.
    }
}

responder-how-about-you = { $persona ->
    [kit] Kamu?
    [atlas] Bagaimana denganmu?
   *[other] Kalau kamu gimana?
}

responder-thanks = { $persona ->
    [kit] { $v ->
        [a] Iya, iya. Sama-sama.
       *[other] Santai. Serius, nanti aku jadi besar kepala.
    }
    [sage] Sama-sama. Senang kalau itu membantu.
    [spark] Kapan pun!! Tos dulu! 🙌
    [atlas] Sama-sama.
   *[other] { $v ->
        [a] Kapan saja!
        [b] Sama-sama 🙂
       *[other] Senang bisa membantu.
    }
}

responder-bye = { $persona ->
    [kit] Ya sudah, sana. Jangan terlalu kangen aku, ya.
    [sage] Jaga dirimu. Aku ada di sini kalau kamu ingin bicara.
    [spark] Dadaaah! Cepat balik lagi, ya! 👋
    [atlas] Sampai jumpa. Saya siap kalau dibutuhkan.
   *[other] { $v ->
        [a] Jaga diri, ya! Aku ada di sini.
       *[other] Sampai nanti — ngobrol lagi, ya!
    }
}

responder-feeling-sadness = { $persona ->
    [kit] Oke, tanpa sarkasme: itu kedengarannya berat banget. Aku di sini.
    [sage] Itu terdengar berat. Tidak perlu terburu-buru.
    [spark] Aduh, itu pasti berat sekali. Aku di sini bersamamu.
    [atlas] Kedengarannya sulit. Saya di sini.
   *[other] { $v ->
        [a] Kedengarannya berat sekali.
        [b] Aku ikut sedih kamu harus mengalami ini.
       *[other] Itu berat, ya — aku di sini.
    }
}

responder-feeling-anger = { $persona ->
    [kit] Wah. Iya, aku juga bakal kesal.
    [atlas] Dipahami: itu menjengkelkan.
   *[other] { $v ->
        [a] Itu benar-benar bikin frustrasi.
       *[other] Aku bisa merasakan kesalmu, dan itu wajar kok.
    }
}

responder-feeling-fear = { $persona ->
    [atlas] Wajar kalau itu membuatmu khawatir.
   *[other] { $v ->
        [a] Kedengarannya mengkhawatirkan.
       *[other] Wajar kalau kamu merasa cemas soal itu.
    }
}

responder-feeling-joy = { $persona ->
    [kit] Lihat kamu, lagi senang-senang. Aku setuju.
    [sage] Itu kabar baik. Nikmatilah.
    [spark] YEEESS! Keren banget! 🎉
    [atlas] Kabar baik.
   *[other] { $v ->
        [a] Senang sekali mendengarnya!
        [b] Aku ikut senang untukmu!
       *[other] Itu bikin aku tersenyum.
    }
}

responder-feeling-surprise = { $persona ->
    [atlas] Itu tidak terduga.
   *[other] { $v ->
        [a] Wah, aku nggak nyangka!
       *[other] Wow, serius?
    }
}

responder-feeling-disgust = { $persona ->
    [atlas] Kedengarannya tidak menyenangkan.
   *[other] { $v ->
        [a] Iih, kedengarannya nggak enak.
       *[other] Duh, aku paham kenapa kamu jadi ilfil.
    }
}

responder-recall-answer = Kamu cerita ke aku { $when }: “{ $memory }”.

responder-recall-connect = Itu mengingatkanku — { $when } kamu bilang: “{ $memory }”. Apa ini berhubungan?

responder-question-topic = Pertanyaan bagus soal “{ $topic }”. Aku sedang dalam mode offline jadi nggak bisa mencari apa-apa, tapi aku ingin tahu pendapatmu.

responder-question = Pertanyaan bagus. Aku sedang dalam mode offline jadi nggak bisa mencari apa-apa — menurutmu bagaimana?

responder-ask-why = { $persona ->
    [atlas] Apa yang terjadi?
   *[other] { $v ->
        [a] Mau cerita apa yang ada di baliknya?
       *[other] Apa yang sedang membebanimu?
    }
}

responder-topic = { $persona ->
    [atlas] “{ $topic }”: ceritakan lebih lanjut, apa yang kamu butuhkan?
    [spark] Ooh, “{ $topic }”! Ceritain semuanya!
   *[other] { $v ->
        [a] Ceritakan lebih banyak soal “{ $topic }”.
        [b] Apa arti “{ $topic }” buatmu?
       *[other] Bagaimana perasaanmu soal “{ $topic }”?
    }
}

responder-listening = { $persona ->
    [atlas] Silakan lanjutkan.
   *[other] { $v ->
        [a] Aku mendengarkan.
        [b] Lanjut, aku di sini.
       *[other] Cerita lagi, dong.
    }
}

# Indonesian has no plural forms; a count of one gets its own word ("seminggu").
responder-when = { $unit ->
    [today] hari ini
    [yesterday] kemarin
    [days] { $count } hari yang lalu
    [weeks] { $count ->
        [1] seminggu yang lalu
       *[other] { $count } minggu yang lalu
    }
    [months] { $count ->
        [1] sebulan yang lalu
       *[other] { $count } bulan yang lalu
    }
    [years] { $count ->
        [1] setahun yang lalu
       *[other] { $count } tahun yang lalu
    }
   *[earlier] sebelumnya
}

responder-offline-notice = 🔌 Model bahasaku sedang tidak bisa dihubungi, jadi untuk sementara aku menjawab dalam mode offline sederhana.
