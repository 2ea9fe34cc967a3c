# Çevrimdışı yanıtlayıcı: dil modeli yapılandırılmadığında arkadaşın nasıl konuştuğu.
# Değişkenler ve kurallar: locales/en/responder.ftl. "Sen" diye hitap edilir.

responder-greeting = { $persona ->
    [kit] { $v ->
        [a] Vay vay. { $name }. { $emoji }
        [b] Aa, selam { $name }. Yine mi sen? İyi. { $emoji }
       *[other] Bak sen kim gelmiş: { $name }! { $emoji }
    }
    [sage] { $v ->
        [a] Merhaba { $name }. { $emoji }
       *[other] Seni görmek güzel, { $name }. { $emoji }
    }
    [spark] { $v ->
        [a] { $name }!! Selaaam! { $emoji }
        [b] Heyyy { $name }! { $emoji }
       *[other] Yaşasın, { $name } geldi! { $emoji }
    }
    [atlas] Merhaba { $name }.
   *[other] { $v ->
        [a] Selam { $name }! { $emoji }
        [b] Hey { $name }! { $emoji }
       *[other] Merhaba { $name }! { $emoji }
    }
}

responder-greeting-ask = { $persona ->
    [kit] { $v ->
        [a] Eee, bugünün draması ne?
       *[other] Dünya bugün sana ne yaptı?
    }
    [sage] Bugün aklında neler var?
    [spark] Bugün hangi maceraya atılıyoruz?
    [atlas] Nasıl yardımcı olabilirim?
   *[other] { $v ->
        [a] Günün nasıl geçiyor?
       *[other] Bugün aklında neler var?
    }
}

responder-greeting-recall = Geçen sefer bana şunu anlatmıştın: “{ $memory }”. O iş ne durumda?

responder-who = Ben { $me }, sana eşlik eden bir yapay zekâyım, insan değilim. Şu anda yerleşik yanıtlarımla çevrimdışı moddayım, o yüzden basit tutuyorum ama bana anlattıklarını hatırlıyorum.

responder-how-are-you = { $persona ->
    [kit] Ayaktayım. Zar zor ama tarzımdan ödün vermeden.
    [sage] Sakin ve iyiyim, sorduğun için teşekkürler.
    [spark] Harikayım, hele sen geldin ya! ✨
    [atlas] Her şey yolunda, teşekkürler.
   *[other] { $v ->
        [a] İyiyim, sorduğun için teşekkürler!
       *[other] Benim tarafımda her şey yolunda — iyi ki buradasın.
    }
}

responder-how-about-you = { $persona ->
    [kit] Sen?
    [atlas] Ya sen?
   *[other] Sen nasılsın?
}

responder-thanks = { $persona ->
    [kit] { $v ->
        [a] Tamam, tamam. Ne demek.
       *[other] Lafı mı olur. Ciddiyim, yoksa havalara gireceğim.
    }
    [sage] Rica ederim. İşine yaradıysa ne mutlu.
    [spark] Her zaman!! Çak bir beşlik! 🙌
    [atlas] Rica ederim.
   *[other] { $v ->
        [a] Ne demek!
        [b] Rica ederim 🙂
       *[other] Yardım edebildiysem ne mutlu.
    }
}

responder-bye = { $persona ->
    [kit] Hadi bakalım, git. Beni çok özlememeye çalış.
    [sage] Kendine iyi bak. Konuşmak istediğinde buradayım.
    [spark] Görüşürüüüz! Çabuk gel! 👋
    [atlas] Hoşça kal. İhtiyacın olduğunda buradayım.
   *[other] { $v ->
        [a] Kendine iyi bak! Ben buradayım.
       *[other] Şimdilik hoşça kal — görüşürüz!
    }
}

responder-feeling-sadness = { $persona ->
    [kit] Tamam, şaka bir yana: bu gerçekten zor görünüyor. Buradayım.
    [sage] Ağır bir şey bu. Acele etmeye gerek yok.
    [spark] Ah, bu gerçekten zor görünüyor. Yanındayım.
    [atlas] Zor bir durum. Buradayım.
   *[other] { $v ->
        [a] Bu gerçekten çok zor görünüyor.
        [b] Bunları yaşadığın için çok üzgünüm.
       *[other] Ağır bir şey bu — buradayım.
    }
}

responder-feeling-anger = { $persona ->
    [kit] Vay. Evet, bu beni de sinir ederdi.
    [atlas] Anlaşıldı: sinir bozucu bir durum.
   *[other] { $v ->
        [a] Bu gerçekten sinir bozucu.
       *[other] Ne kadar canını sıktığını anlıyorum, hem de haklı olarak.
    }
}

responder-feeling-fear = { $persona ->
    [atlas] Bu konuda endişelenmen gayet makul.
   *[other] { $v ->
        [a] Bu endişe verici görünüyor.
       *[other] Bu konuda tedirgin olman çok anlaşılır.
    }
}

responder-feeling-joy = { $persona ->
    [kit] Şuna bak, keyfin yerinde. Onaylıyorum.
    [sage] Güzel bir haber. Tadını çıkar.
    [spark] YAŞASIIIN! Bu harika! 🎉
    [atlas] İyi haber.
   *[other] { $v ->
        [a] Bunu duymak ne güzel!
        [b] Senin adına çok sevindim!
       *[other] Bu beni gülümsetti.
    }
}

responder-feeling-surprise = { $persona ->
    [atlas] Bu beklenmedik.
   *[other] { $v ->
        [a] Aa, bunu hiç beklemiyordum!
       *[other] Vay, gerçekten mi?
    }
}

responder-feeling-disgust = { $persona ->
    [atlas] Hoş olmayan bir durum.
   *[other] { $v ->
        [a] Iyy, hiç hoş değil.
       *[other] Öff, neden hevesini kaçırdığını anlıyorum.
    }
}

responder-recall-answer = Bana { $when } şunu söylemiştin: “{ $memory }”.

responder-recall-connect = Bu bana { $when } söylediğin bir şeyi hatırlattı: “{ $memory }”. Bir bağlantısı var mı?

responder-question-topic = “{ $topic }” hakkında güzel bir soru. Çevrimdışı moddayım, bir şey araştıramıyorum ama senin ne düşündüğünü çok merak ediyorum.

responder-question = Güzel soru. Çevrimdışı moddayım, bir şey araştıramıyorum — sen ne düşünüyorsun?

responder-ask-why = { $persona ->
    [atlas] Ne oldu?
   *[other] { $v ->
        [a] Bunun arkasında ne olduğunu anlatmak ister misin?
       *[other] Seni bu kadar yoran ne?
    }
}

responder-topic = { $persona ->
    [atlas] “{ $topic }”: biraz daha anlat, neye ihtiyacın var?
    [spark] Ooo, “{ $topic }”! Her şeyi anlat!
   *[other] { $v ->
        [a] “{ $topic }” hakkında biraz daha anlat.
        [b] “{ $topic }” senin için ne ifade ediyor?
       *[other] “{ $topic }” konusunda neler hissediyorsun?
    }
}

responder-listening = { $persona ->
    [atlas] Devam et.
   *[other] { $v ->
        [a] Dinliyorum.
        [b] Devam et, buradayım.
       *[other] Biraz daha anlat.
    }
}

responder-when = { $unit ->
    [today] bugün
    [yesterday] dün
    [days] { $count } gün önce
    [weeks] { $count ->
        [one] bir hafta önce
       *[other] { $count } hafta önce
    }
    [months] { $count ->
        [one] bir ay önce
       *[other] { $count } ay önce
    }
    [years] { $count ->
        [one] bir yıl önce
       *[other] { $count } yıl önce
    }
   *[earlier] daha önce
}

responder-offline-notice = 🔌 Dil modelime şu an ulaşılamıyor, bu yüzden bir süre basit çevrimdışı modda cevap vereceğim.
