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
