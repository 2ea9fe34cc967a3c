# Krediler ve Telegram Yıldızları. Paket adı en fazla 32, fatura açıklaması en fazla 255 karakter.

## /buy and the invoice

buy-choose = { $balance } kredin var. Bir paket seç (ödeme Telegram Yıldızları ile):

pack-title = { $credits } kredi

buy-pack-button = { $title } — { $stars } ⭐

invoice-description = Görseller ve videolar için { $credits } Velro kredisi. Başarısız üretimler kredi olarak iade edilir.

checkout-offer-expired = Bu teklif artık geçerli değil. Lütfen /buy komutunu tekrar kullan.
checkout-not-yours = Bu fatura başka biri için oluşturuldu.
checkout-price-changed = Fiyat değişti. Lütfen /buy komutunu tekrar kullan.

## After paying

pay-thanks = ⭐ Teşekkürler! { $credits } kredi eklendi — artık { $balance } kredin var.

pay-unmatched = Teşekkürler! Bu ödemeyi bir paketle eşleştiremedim — lütfen /paysupport yaz.

pay-refunded = Yıldızların iade edildi; { $credits } kredi geri alındı.

## /paysupport and /terms

paysupport = Ödeme yardımı: sorunu anlat ve satın alma tarihini ekle. Başarısız üretimler otomatik olarak kredi şeklinde iade edilir; kullanılmamış kredilerin Yıldız olarak iadesi için talebini bir yönetici inceler. Buraya yanıt ver, sana geri dönelim.

terms =
    Kısaca koşullar:
    • Krediler Telegram Yıldızları ile satın alınır ve /models komutunda gösterilen fiyatlarla görsel ve video üretimine harcanır.
    • Başarısız olan, iptal edilen ya da bir modelin güvenlik filtresince reddedilen üretim ücretsizdir: kredileri otomatik olarak iade edilir.
    • Kredilerin süresi dolmaz ve paraya çevrilemez. Kullanılmamış satın alımlar /paysupport üzerinden iade edilebilir.
    • Yasa dışı ya da Telegram'ın veya modellerin kurallarını ihlal eden içerik isteme.

## Admins only: /grant, /refund, /stats

grant-usage = Kullanım: /grant <kullanıcı id> <kredi> (düşmek için negatif)

grant-done = Tamam: { $user } için { $amount } kredi; bakiye { $balance }.

refund-usage = Kullanım: /refund <telegram payment charge id> (böyle bir ödeme bulunamadı)

refund-done =
    { $user } kullanıcısına { $stars } ⭐ iade edildi; { $credits } krediden { $reversed } tanesi geri alındı{ $already ->
        [yes] {" "}(daha önce zaten geri alınmıştı)
       *[no] {""}
    }.

stats-jobs = İşler: { $jobs }
stats-jobs-none = İşler: yok
stats-payments = Ödemeler: { $payments } ({ $stars } ⭐), iade edilen: { $refunded }
stats-accounts = Kredi hesapları: { $accounts }, kullanıcılardaki toplam kredi: { $outstanding }
stats-ledger-ok = Defter mutabakatı: OK
stats-ledger-mismatch = Defter mutabakatı: { $count } uyuşmazlık!
stats-dead-letters =
    Ölü mektuplar: { $count }{ $count ->
        [0] {""}
       *[other] {" "}(bkz. /deadletters)
    }
