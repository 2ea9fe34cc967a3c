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
