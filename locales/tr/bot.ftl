# Velro'nun genel mesajları. Kullanıcıya "sen" diye hitap edilir.

## /start and /help

start-new-user =
    Merhaba { $name }! Ben Velro 👋 — seni dinleyen, senin için önemli olanları hatırlayan ve sana eşlik eden bir yapay zekâ arkadaşıyım.

    Aklından ne geçiyorsa anlat yeter. Neler yapabildiğimi /help ile görebilirsin.

start-returning-user = Tekrar hoş geldin, { $name }! Kaldığımız yerden devam edelim ya da /reset ile sıfırdan başlayalım.

help-intro = Ben Velro, yapay zekâ arkadaşın. Bana yazman yeterli — gruplarda beni etiketle ya da mesajıma yanıt ver.

help-command-line = /{ $command } — { $description }

help-mode-llm = 🧠 Yanıtları { $model } yazıyor.

help-mode-offline = 🔌 Çevrimdışı mod: yanıtlar yerleşik yanıtlayıcımdan geliyor (dil modeli ayarlanmamış).

## /reset

reset-done = 🧹 Yepyeni bir başlangıç! Önceki sohbetimizi bir kenara koydum — ne konuşalım?

## Stopping a reply

cancel-nothing = Şu an durdurulacak bir şey yok — hiçbir şey yazmıyorum. 🙂

stop-button = ✖ Durdur

stop-toast-stopping = Durduruluyor…

stop-toast-finished = Bu yanıt zaten tamamlandı.

chat-stopped-note = ⏹ Durduruldu.

chat-stopped-empty = ⏹ Daha hiçbir şey yazmadan durduruldu.

## Reply failures

chat-error-timeout = ⏳ Kusura bakma, bu biraz fazla uzun sürdü. Birazdan tekrar dener misin?

chat-error-busy = Şu an çok fazla mesaj alıyorum — bir dakika sonra tekrar dener misin?

chat-error-unavailable = ⚠️ Şu an dil modelime ulaşamadım. Lütfen birazdan tekrar dene.

## Fallbacks

unknown-command = Bu komutu bilmiyorum. Bildiklerimi /help ile görebilirsin.

button-expired = Bu düğme artık çalışmıyor.

media-sticker = Güzel çıkartma! 😄 Şimdilik yalnızca yazı okuyabiliyorum — kelimelerle anlatır mısın?
media-voice = Sesli mesajları henüz dinleyemiyorum 🎧 — yazarak anlatır mısın?
media-video-note = Görüntülü mesajları henüz izleyemiyorum — yazarak anlatır mısın?
media-audio = Ses kayıtlarını henüz dinleyemiyorum — bana yazıyla anlatır mısın?
media-photo = Sohbette fotoğraflara henüz bakamıyorum 📷 — bana anlatır mısın?
media-video = Videoları henüz izleyemiyorum — içinde ne olduğunu anlatır mısın?
media-animation = Ha! GIF izleyemiyorum ama havayı anladım. 😄
media-document = Dosyaları henüz açamıyorum — okumamı istediğin metni buraya yapıştırır mısın?
media-location = Konum için teşekkürler! Ama konumlarla henüz bir şey yapamıyorum.
media-contact = Teşekkürler! Ama kişilerle bir şey yapamıyorum.
media-poll = Anketlerde oy kullanamıyorum ama ne hakkında olduğunu duymayı çok isterim.

## Limits and failures of the bot itself

rate-limited = Vay, ne çok mesaj! 😅 Yetişebilmem için bana { $seconds } saniye ver, sonra devam edelim.

dead-letter-notice = 😕 Kusura bakma, benim tarafımda bir şeyler ters gitti ve birkaç denemeye rağmen o mesajı işleyemedim. Birazdan tekrar gönderir misin?

admin-only = Bu komut yöneticiler için.

admin-only-button = Bu yöneticiler için.

button-cancel = İptal

## /language

language-self-name = Türkçe

language-choose = 🌐 Şu an seninle konuştuğum dil: { $language }. Hangi dili istersin?

language-choose-group = 🌐 Bu grupta konuştuğum dil: { $language }. Grup yöneticileri başka bir dil seçebilir:

language-set = ✅ Tamam! Bundan sonra seninle { $language } konuşacağım.

language-set-group = ✅ Tamam! Bundan sonra bu grupta { $language } konuşacağım.

language-admins-only = Grubun dilini yalnızca grup yöneticileri değiştirebilir. Kendi dilini özel sohbetimizde /language ile seçebilirsin.

language-unknown = Bu dil mevcut değil.
