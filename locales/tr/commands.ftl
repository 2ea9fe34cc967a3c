# Komut menüsü ve botun profili. Komut adları çevrilmez.

cmd-start = Velro ile tanış ve kaydol
cmd-help = Neler yapabildiğim ve tüm komutlar
cmd-reset = Yeni bir sohbet başlat
cmd-cancel = Yazmakta olduğum yanıtı durdur
cmd-persona = Karakterimi seç ya da /persona custom <açıklama>
cmd-mood = Ruh haline dair fark ettiklerim
cmd-memory = Senin hakkında hatırladıklarım, oda oda
cmd-forget = Bir anıyı, bir odayı ya da her şeyi unut
cmd-imagine = Görsel oluştur: /imagine <ne çizilsin>
cmd-video = Video oluştur: /video <ne olsun>
cmd-edit = Bir fotoğrafa /edit <ne değişsin> ile yanıt ver
cmd-models = Görsel ve video modelleri ile fiyatları
cmd-balance = Kredilerin
cmd-history = Son üretimlerin
cmd-projects = Projelerin ve ekibinin projeleri
cmd-project = Proje oluştur, üretim ekle, gizliliği ayarla
cmd-transfer = Bir üretimi ekip arkadaşına vermek için ona yanıt ver
cmd-team = Ekibin: üyeler, ortak krediler, davetler
cmd-buy = Telegram Yıldızları ile kredi satın al
cmd-paysupport = Ödemeyle ilgili yardım
cmd-terms = Krediler ve üretimlerle ilgili koşullar
cmd-token = Canlı durum sayfası ve WebSocket için token
cmd-export = Senin hakkında sakladığım her şeyi indir (JSON)
cmd-deletedata = Verilerini sil (önce onay ister)
cmd-language = Konuştuğum dili seç

## The bot's profile

bot-name = Velro
bot-description =
    Velro seni dinleyen, senin için önemli olanları hatırlayan ve sana eşlik eden bir yapay zekâ arkadaşı — hem özel sohbetlerde hem gruplarda.

    Gününü anlat, /persona ile bana bir karakter seç, /imagine ve /video ile görsel ve video oluştur, /language ile konuşacağım dili seç.
bot-short-description = Sıcak kalpli yapay zekâ arkadaşın: sohbet eder, senin için önemli olanı hatırlar, görsel ve video üretir.

cmd-transcripts = Sesli mesajlarında duyduğumu alıntıla (aç/kapat)
cmd-voice = Bana sesli mesajla yanıt ver (aç/kapat, sese sesle)

cmd-animate = Bir fotoğrafı canlandır: ona /animate ile yanıt ver

# Reaching out: check-ins, reminders, diary, dreams.
cmd-checkins = Ara sıra ilk ben yazayım (ne sıklıkla, sessiz saatler)
cmd-remind = Hatırlatıcı: /remind yarın saat 9 annemi ara
cmd-reminders = Hatırlatıcıların, iptal düğmeleriyle
cmd-diary = Günlüğün: günün ruh hâli ve neler konuştuk (on/off)
cmd-dreams = Her sabah anılarından örülmüş bir rüya (on/off)
cmd-dream = Bana anlattıklarından örülmüş bir rüya; /dream about <konu>
cmd-synesthesia = Sözlerinin renkleri, dokusu ve sesi
cmd-perspectives = Bir seçime ya da karışık bir duyguya birkaç bakış
