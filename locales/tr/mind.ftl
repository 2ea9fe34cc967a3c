# /persona, /memory ve /forget.

## /persona

persona-menu =
    Şu anki karakterim: { $emoji } { $name }. Kim olmamı istersin?

    { $list }

    Ya da kendi karakterini anlat: /persona custom <açıklama>

persona-line = { $emoji } { $name } — { $tagline }

persona-tagline-velro = Senin için önemli olanları hatırlayan sıcak ve ilgili yol arkadaşın
persona-tagline-kit = Dili sivri, alaycı ama yüreği yumuşak bir dost
persona-tagline-sage = Her şeyi enine boyuna düşünmene yardım eden sakin ve bilge bir akıl hocası
persona-tagline-spark = Her şeyi maceraya çeviren neşeli, enerjik bir kafadar
persona-tagline-atlas = Kısa ve profesyonel bir asistan: net yanıtlar, laf kalabalığı yok

persona-chosen-toast = { $emoji } { $name } seçildi!

persona-chosen = { $emoji } Artık karakterim: { $name } — { $tagline }

persona-unavailable = Bu karakter artık mevcut değil.

persona-custom-created =
    { $emoji } Seni { $name } ile tanıştırayım: { $tagline }
    Bundan sonra böyle konuşacağım. Geri dönmek için /persona.

persona-custom-empty = Karakteri bir iki cümleyle anlat; örneğin: /persona custom çay tutkunu, Ned adında sakin bir emekli denizci

persona-custom-too-short = Bu açıklama çok kısa: en az { $min } karakter olmalı. Örnek: /persona custom çay tutkunu, Ned adında sakin bir emekli denizci

persona-custom-too-long = Bu açıklama çok uzun: en fazla { $max } karakter olabilir (seninki { $length }). Bir iki cümle yeterli.

persona-custom-refused = Bu karakteri kullanamam: açıklama kişiliğimi şekillendirebilir ama kurallarımı değiştiremez. Karakterin nasıl konuştuğunu ve nasıl biri olduğunu anlatmayı dene.

## The memory palace: rooms

room-identity = 🪪 Senin hakkında
room-people = 👥 İnsanlar
room-work = 💼 İş
room-education = 🎓 Eğitim
room-hobbies = 🎨 Hobiler
room-preferences = ❤️ Zevkler
room-plans = 🗓 Planlar
room-events = 📅 Olaylar
room-health = 🩺 Sağlık
room-places = 📍 Yerler
room-pets = 🐾 Evcil hayvanlar
room-feelings = 💭 Duygular
room-episodes = 💬 Sohbetler

## /memory

memory-empty = Henüz senin hakkında hiçbir şey hatırlamıyorum. Bana biraz kendinden bahset!

memory-overview = 🏛 Hafıza sarayın: { $rooms } odada { $memories } anı. Bir oda seç.

memory-page-title = { $room } — sayfa { $page }/{ $pages }

memory-when = { $relative }, { DATETIME($date, day: "numeric", month: "short", year: "numeric") }

memory-room-empty = { $room } artık boş.

memory-button-prev = ‹ Önceki
memory-button-rooms = « Odalar
memory-button-next = Sonraki ›

memory-unknown-room = Bilinmeyen oda.

## /forget

forget-pick = Neyi unutayım? Bir oda seç ya da her şeyi.

forget-button-everything = 🧨 Her şeyi unut

forget-all-confirm = Senin hakkında hatırladığım her şeyi unutayım mı? Bu geri alınamaz.

forget-button-confirm = Evet, her şeyi unut

forget-room-done = Tamam: { $room } odasından { $count } anıyı unuttum.

forget-room-toast = { $count } anı unutuldu.

forget-not-found = Böyle bir anı bulamadım. Hatırladığım her şeyi /memory ile görebilirsin.

forget-one-done = Unutuldu: “{ $text }”

forget-toast-forgotten = Unutuldu.

forget-toast-gone = Zaten silinmiş.

forget-toast-wiped = Tamam.

forget-all-done =
    🧹 Tamam — { $count ->
        [one] { $count } anıyı
       *[other] { $count } anının hepsini
    } unuttum. Tertemiz bir sayfa açıyoruz.

forget-toast-cancelled = Hiçbir şey unutulmadı.

forget-cancelled = Tamam, hatırlamaya devam ediyorum.

## /mood

mood-unknown = Ruh halini henüz tam sezemedim. Benimle biraz konuş, fark ederim.

mood-overall-very-low = Son zamanlarda moralin epey bozuk görünüyor.
mood-overall-low = Son zamanlarda moralin biraz bozuk görünüyor.
mood-overall-even = Son zamanlarda oldukça dengeli görünüyorsun.
mood-overall-high = Son zamanlarda keyfin yerinde görünüyor.
mood-overall-very-high = Son zamanlarda keyfin gerçekten çok yerinde görünüyor.

mood-streak = Bu { $days } gündür böyle devam ediyor.

mood-energy-high = Ayrıca epey gergin görünüyorsun.
mood-energy-low = Ayrıca enerjin de düşük görünüyor.

mood-salient-anger = Mesajlarında biraz öfke ve bıkkınlık seziliyor.
mood-salient-disgust = Bir şey seni epey rahatsız etmiş gibi görünüyor.
mood-salient-fear = Biraz endişeli görünüyordun.
mood-salient-joy = Mesajlarında bolca mutluluk vardı.
mood-salient-sadness = Yazdıklarında biraz hüzün var.
mood-salient-surprise = Birçok şey seni hazırlıksız yakalamış gibi.

mood-sure-high = Bu, { $samples } mesaja dayanıyor ve bundan gayet eminim.
mood-sure-medium = Bu, { $samples } mesaja dayanıyor ve bundan az çok eminim.
mood-sure-low = Bu, { $samples } mesaja dayanıyor ama henüz ilk izlenim, o yüzden pek emin değilim.
mood-sure-lexicon = Bu, { $samples } mesaja dayanıyor ama senin dilindeki duygu kelimelerinden yalnızca birkaçını tanıyabiliyorum, o yüzden kabaca bir tahmin.

mood-stance-comforting = Yanında usulca, şefkatle olacağım; buradayım.
mood-stance-soothing = Aramızda her şeyi sakin ve rahat tutacağım.
mood-stance-upbeat = Bu güzel havayı seninle paylaşmak beni mutlu ediyor!
mood-stance-playful = Benim de şakacı bir havam var.
mood-stance-steady = Sakin kalacağım ve sadece seni dinleyeceğim.
mood-stance-reserved = Biraz geri çekilip sohbetin yönünü sana bırakacağım.
