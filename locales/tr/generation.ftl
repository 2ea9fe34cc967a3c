# Görsel ve video üretimi. "Kredi" botun kendi para birimidir. Model adları çevrilmez.

## The picker

gen-title-image = 🎨 Görsel oluştur
gen-title-video = 🎬 Video oluştur
gen-title-edit = 🪄 Fotoğrafını düzenle

gen-picker-model = Model: { $model } — { $credits } kredi

gen-picker-aspect = En-boy oranı: { $aspect }

gen-picker-balance = Bakiyen: { $balance } kredi

gen-button-create = ✅ Oluştur — { $credits } kredi

gen-expired = Bu isteğin süresi doldu — tekrar gönder.

gen-cancelled = Tamam, iptal edildi — hiçbir ücret alınmadı.

gen-toast-on-it = Hemen başlıyorum!

gen-preparing = ⏳ { $model } hazırlanıyor…

gen-photo-download-failed = Bu fotoğrafı Telegram'dan indiremedim (çok büyük ya da süresi dolmuş). Lütfen tekrar gönder.

## Using the commands

gen-imagine-usage = Ne oluşturayım? Örneğin: /imagine şafakta karlar içinde bir tilki
gen-video-usage = Videoda ne olsun? Örneğin: /video gün batımında kıyıya vuran dalgalar
gen-edit-usage = Bir fotoğrafa /edit <ne değişsin> ile yanıt ver, örneğin: /edit karlı yap.
gen-edit-prompt-missing = Neyi değiştireyim, söyle; örneğin: /edit suluboya gibi yap.

gen-offer = Bunu oluşturayım mı? Modeli seçmek için dokun:

## /models, /balance, /history

gen-models-title = Kullanabildiğim modeller:

gen-models-line = • { $model } — { $credits } kredi

gen-models-footer = Fiyatlar kredi cinsinden; başarısız olan her şeyin ücreti iade edilir. /balance bakiyeni gösterir, /buy yükleme yapar.

gen-balance = 💳 { $balance } kredin var. Fiyatlar için /models, Telegram Yıldızları ile kredi yüklemek için /buy.

gen-history-empty = Henüz hiçbir şey oluşturmadın. Şunu dene: /imagine fırtınada bir deniz feneri

gen-history-title = Son üretimlerin:

gen-history-line =
    { $icon } { $model }: “{ $prompt }” ({ $cost } kredi{ $refunded ->
        [yes] , iade edildi
       *[no] {""}
    })

## Refusals

gen-refused-prompt-empty = Ne oluşturayım, söyle; örneğin: /imagine karlar içinde bir tilki.

gen-refused-prompt-too-long = Açıklaman { $length } karakter; sınır { $limit }. Lütfen kısalt.

gen-refused-unknown-model = Bu model bu istek için kullanılamıyor. Modellerin listesi: /models.

gen-refused-photo-required = Bir fotoğrafa /edit <ne değişsin> ile yanıt ver.

gen-refused-rate-limited = Son bir dakikada { $limit } üretim istedin — lütfen { $seconds } saniye bekle.

gen-refused-insufficient-credits = { $model } için { $cost } kredi gerekiyor, sende { $balance } var. /buy ile kredi yükleyebilirsin.

gen-refused-too-many-running = Şu anda zaten { $max } üretimin sürüyor. Lütfen birinin bitmesini bekle.

gen-unavailable-not-configured = 🛠 Bu botta görsel ve video üretimi henüz ayarlanmadı. Hiçbir ücret alınmadı.

gen-unavailable-down = 🛠 Görsel ve video üretimi şu an kullanılamıyor: sağlayıcımız yanıt vermiyor. Hiçbir ücret alınmadı — birkaç dakika sonra tekrar dene.

gen-refused-already-requested = Bu üretim zaten istendi.

## Progress of a creation

gen-button-cancel = ✖ İptal

gen-toast-cancelled = İptal edildi — krediler iade edildi.

gen-toast-already-finished = Zaten bitti.

gen-stage-submitted = ⏳ Stüdyoya gönderildi…
gen-stage-queued = ⏳ Sırada bekliyor…
gen-stage-queued-position = ⏳ Sırada bekliyor — sıra: { $position }
gen-stage-running = 🖌 Şimdi oluşturuyorum…

gen-done = ✅ Tamamlandı — { $cost } kredi kullanıldı.

gen-result-too-large =
    { $kind ->
        [video] Videon
       *[image] Görselin
    } Telegram için çok büyük — işte bağlantısı: { $url }

gen-result-link =
    { $kind ->
        [video] Videon
       *[image] Görselin
    } hazır: { $url }

## Failures: credits returned

gen-failed-content-policy = Modelin güvenlik filtresi bu isteği reddetti. Lütfen isteğini farklı ifade et — kredilerin iade edildi.

gen-failed-validation = Model bu isteği kabul edemedi. Farklı bir açıklama dene — kredilerin iade edildi.

gen-failed-validation-detail = Model bu isteği kabul edemedi ({ $detail }). Farklı bir açıklama dene — kredilerin iade edildi.

gen-failed-timeout = Model çok uzun sürdü ve pes etti. Kredilerin iade edildi — lütfen tekrar dene.

gen-failed-service = Görsel/video hizmetinin kendi tarafında bir sorun çıktı. Kredilerin iade edildi — birazdan tekrar dene.

gen-failed-cancelled = İptal edildi — kredilerin iade edildi.

gen-failed-interrupted = Üretimin başlamadan yarıda kaldı. Kredilerin iade edildi — lütfen tekrar dene.

gen-failed-unconfirmed = Görsel/video hizmeti isteğini aldığını onaylamadı, bu yüzden kredilerin iade edildi. Yine de tamamlanırsa sana ücretsiz göndereceğim.

gen-late-result-free = 🎁 Sonunda tamamlandı — bu da bizden olsun: kredilerin iade edilmiş olarak kalıyor.

## Bringing a photo to life: /animate and the 🎬 button

gen-title-animate = 🎬 Fotoğrafına hayat veriyoruz

gen-animate-natural-motion = Hareket: doğal ve yumuşak — model seçiyor

gen-animate-hint = Belirli bir şey mi istiyorsun? Fotoğrafa /animate <ne hareket etsin> ile yanıt ver, örneğin: /animate dalgalar kıyıya vuruyor.

gen-animate-usage = Bir fotoğrafa /animate ile yanıt ver, onu kısa bir videoyla canlandırayım. İstersen neyin hareket edeceğini de söyle: /animate saçları rüzgârda uçuşuyor. Açıklaması /animate olan bir fotoğraf göndermek de olur.

gen-animate-photo-gone = O fotoğrafa artık ulaşamıyorum — ona /animate ile yanıt vermen yeterli.

gen-button-animate = 🎬 Canlandır

gen-photo-too-big = Bu görsel benim için çok büyük: Telegram en fazla 20 MB indirmeme izin veriyor. Dosya olarak değil fotoğraf olarak gönder ya da daha küçük bir tane seç. Hiçbir ücret alınmadı.

gen-photo-not-image = Bu dosya kullanabileceğim bir görsel değil — lütfen bir fotoğraf gönder (JPEG, PNG ya da WebP). Hiçbir ücret alınmadı.

## /models: sections, and what chatting costs

gen-models-section-image = 🎨 Sözcüklerden görseller — /imagine

gen-models-section-edit = 🪄 Fotoğraf düzenleme — bir fotoğrafa /edit ile yanıt ver

gen-models-section-video = 🎬 Sözcüklerden videolar — /video

gen-models-section-animate = ✨ Canlanan fotoğraflar — bir fotoğrafa /animate ile yanıt ver

gen-models-section-services = 💬 Sohbetlerimizde

gen-service-stt =
    • Sesli ya da görüntülü mesajı dinlemek — { $credits ->
        [0] ücretsiz
       *[other] mesaj başına { $credits } kredi
    }

gen-service-tts =
    • Sesli mesajla yanıt (/voice) — { $credits ->
        [0] ücretsiz
       *[other] başlanan her 500 karakter için { $credits } kredi
    }

gen-service-vision =
    • Gönderdiğin bir fotoğrafa bakmak — { $credits ->
        [0] ücretsiz
       *[other] fotoğraf ya da albüm başına { $credits } kredi
    }

gen-service-documents =
    • Gönderdiğin bir belgeyi okumak (metin, Markdown, PDF) — { $credits ->
        [0] ücretsiz
       *[other] belge başına { $credits } kredi
    }
