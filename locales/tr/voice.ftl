### Kullanıcının sesli ve görüntülü mesajları: yazıya dökülür, sonra yazılmış metin gibi yanıtlanır.

voice-not-set-up = Bu botta sesli mesajlar henüz ayarlanmadı 🎧 Bana yazabilir misin?
voice-too-long = Bu mesaj { $length } uzunluğunda; en fazla { $max } uzunluğundaki mesajları dinleyebiliyorum. Parçalara bölebilir ya da ana fikri yazabilir misin?
voice-too-big = Bu dosya indirmem için çok büyük (Telegram botların en fazla 20 MB indirmesine izin veriyor). Daha kısa bir mesaj gönderebilir misin?
voice-empty = Dinledim ama tek bir kelime bile seçemedim 🤔 Mikrofona biraz daha yakın tekrar dener misin, ya da yazar mısın?
voice-failed = ⚠️ Bu mesajı şu an dinleyemedim. Birazdan tekrar dene ya da bana yaz.
voice-refunded = { $credits } kredi bakiyene iade edildi.
voice-no-credits = Bir sesli mesajı dinlemek { $cost } kredi tutuyor, sende { $balance } var. /buy ile yükleyebilirsin — ya da sadece yaz.
voice-transcripts-on = ✅ Dökümler açık: sesli mesajlarına verdiğim yanıtların üstünde ne duyduğumu alıntılayacağım. Kapatmak için /transcripts off.
voice-transcripts-off = Dökümler kapalı: sesli mesajlarını dinlemeye devam ediyorum, sadece alıntılamadan. Geri açmak için /transcripts on.
voice-transcripts-usage = Sesli mesajlarında ne duyduğumu yanıtlarımın üstünde görmek için /transcripts on, gizlemek için /transcripts off gönder.

### Sesli yanıtlar (/voice): Velro sesli mesajlarla yanıt verir.

voice-reply-not-set-up = Bu botta sesli yanıtlar henüz ayarlanmadı 🔇 — yazıyla yanıt vermeye devam edeceğim.
voice-reply-panel =
    🔊 Sesli yanıtlar: { $replies ->
        [on] açık — her mesajına sesli mesajla yanıt veriyorum.
       *[off] kapalı — yazıyla yanıt veriyorum.
    }
    🎙 Sese sesle: { $auto ->
        [on] açık — bana sesli mesaj gönderdiğinde, sesli yanıtlar kapalı olsa bile sesli mesajla yanıt veririm.
       *[off] kapalı.
    }
    { $cost ->
        [0] Sesli yanıtlar ücretsiz.
       *[other] Bir sesli yanıt, başlanan her 500 karakter için { $cost } kredi tutar.
    } Metin her zaman bir dokunuş uzağında: sesli mesajın altında ya da 📝 düğmesinde.
voice-reply-button-replies-on = 🔊 Sesli yanıtları aç
voice-reply-button-replies-off = 🔇 Sesli yanıtları kapat
voice-reply-button-auto-on = 🎙 Sesli mesajlarıma sesle yanıt ver
voice-reply-button-auto-off = 🎙 Sesli mesajlarıma sesle yanıt verme
voice-reply-saved = Kaydedildi ✓
voice-reply-usage = Sesli yanıt ayarlarını görmek için /voice gönder; açıp kapatmak için /voice on ve /voice off kullan.
voice-reply-show-text = 📝 Metni göster
voice-reply-text-gone = Bu sesli mesajın metni artık bende yok.
voice-reply-text-shown = Metin zaten sesli mesajın hemen altında.
voice-reply-too-long = 🔇 Yanıt tek bir sesli mesaj için fazla uzundu, o yüzden yazılı hâli burada.
voice-reply-no-credits = 🔇 Bu sesli yanıt { $cost } kredi tutardı, sende { $balance } var; o yüzden yazıyla yanıt verdim. /buy ile yükleyebilir, /voice ile sesli yanıtları kapatabilirsin.
voice-reply-failed = ⚠️ Bu sefer sesli mesaj kaydedemedim, o yüzden yanıtım yukarıda yazılı olarak duruyor.
voice-reply-refunded = { $credits } kredi bakiyene iade edildi.
voice-reply-forbidden = 🔇 Telegram gizlilik ayarların sana sesli mesaj göndermeme izin vermiyor, o yüzden yazıyla yanıt verdim. Ayarlar → Gizlilik ve Güvenlik → Sesli Mesajlar bölümünden izin verebilir ya da /voice ile sesli yanıtları kapatabilirsin.
