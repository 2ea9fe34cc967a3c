### Kullanıcının gönderdiği fotoğraflar ve belgeler: fotoğraflara görebilen bir model bakar, belgeler okunur ve hafızada tutulur.

photo-not-set-up = Bu botta henüz fotoğraflara bakamıyorum 📷 İçinde ne olduğunu bana kelimelerle anlatır mısın?
photo-too-big = Bu görsel açamayacağım kadar büyük ({ $max } MB'a kadar dosya alıyorum). Normal fotoğraf olarak gönderebilir misin?
photo-no-credits = Bir fotoğrafa bakmak { $cost } kredi tutuyor, sende { $balance } var. /buy ile yükleyebilirsin — ya da fotoğrafı bana kelimelerle anlat.
photo-refused = Üzgünüm, bu görsele bakamıyorum — gördüğüm model onu reddetti. Hiçbir şey ücretlendirilmedi. Bana kelimelerle anlatmak ister misin?
photo-failed = ⚠️ Şu an bu fotoğrafa bakamadım. Birazdan tekrar dener misin?
media-refunded = { $credits } kredi bakiyene iade edildi.
doc-unsupported = { $extension ->
        [none] “{ $name }” dosyasını açamıyorum — metin, Markdown ve PDF dosyalarını okuyorum. Bunlardan birinde gönderebilir misin?
       *[other] “{ $name }” gibi .{ $extension } dosyalarını açamıyorum — metin, Markdown ve PDF dosyalarını okuyorum. Bunlardan birinde gönderebilir misin?
    }
doc-too-big = “{ $name }” benim için fazla büyük — { $max } MB'a kadar dosya okuyorum. Daha küçük bir kısmını gönderebilir misin?
doc-too-many-pages = “{ $name }” { $pages } sayfa, ben en fazla { $max } sayfa okuyorum. Bakmamı istediğin kısmı gönderebilir misin?
doc-no-credits = Bir belgeyi okumak { $cost } kredi tutuyor, sende { $balance } var. /buy ile yükleyebilirsin — ya da ihtiyacın olan kısmı metin olarak yapıştır.
doc-corrupt = “{ $name }” dosyasını açamadım — dosya bozuk görünüyor ya da aslında bir metin veya PDF değil. Yeniden dışa aktarıp tekrar gönderebilir misin?
doc-protected = “{ $name }” parola korumalı, bu yüzden okuyamıyorum. Parolasız bir kopyasını gönderebilir misin?
doc-scanned = “{ $name }” taranmış bir PDF'e benziyor — sayfaları görsel, okuyabileceğim bir metin yok. Sayfaları fotoğraf olarak gönderirsen bakabilirim; ya da metni yapıştır.
doc-empty = “{ $name }” boş — içinde hiç metin bulamadım.
doc-failed = ⚠️ Şu an “{ $name }” dosyasını okuyamadım. Birazdan tekrar göndermeyi dener misin?
doc-truncated = 📄 “{ $name }” uzun — başını, yaklaşık yetmiş sayfalık kısmını okuyup hafızama aldım.
doc-kept = 📄 “{ $name }” geldi{ $pages ->
        [0] {""}
       *[other] {" "}({ $pages } sayfa)
    } — okudum ve hafızamda tutuyorum. İstediğin zaman /forget ile silebilirsin.
room-documents = 📄 Belgeler
