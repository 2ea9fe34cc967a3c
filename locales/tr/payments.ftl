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

## Payment support

support-ask =
    🛟 Ödeme yardımı: bir sonraki mesajında neyin ters gittiğini anlat — ne satın aldın, ne zaman ve ne oldu. Ekran görüntüsü de işe yarar (bir açıklama ekle).
    Mesajın yapay zekâya değil, doğrudan ekibimizden bir insana ulaşır. Başarısız üretimler otomatik olarak kredi şeklinde iade edilir, onlar için yazmana gerek yok.
support-in-private = Ödeme konuları özeldir: lütfen /paysupport komutunu bana özel sohbetimizde gönder.
support-unavailable = Üzgünüm — bu botta henüz ödeme desteğiyle ilgilenen kimse yok, bu yüzden mesajını iletemiyorum. Lütfen daha sonra tekrar dene.
support-cancel-button = ✖ Vazgeç
support-cancelled = Tamam, iptal edildi — hiçbir şey gönderilmedi.
support-unsupported = Metin, fotoğraf ve belge iletebiliyorum. Lütfen bir mesajla anlat — açıklamalı bir ekran görüntüsü de olur.
support-received = ✅ Teşekkürler — #{ $ticket } numaralı talebin artık ekibimizde. Bir insan sana tam burada, bu sohbette yanıt verecek.
support-added = ✅ #{ $ticket } numaralı talebine eklendi. Sana buradan yanıt vereceğiz.

## What the admins see

support-ticket-card =
    🛟 Ödeme destek talebi #{ $ticket }
    Gönderen: { $name } · id <code>{ $id }</code> · dil: { $language }
    Son Yıldız ödemeleri:
support-ticket-payment =
    • <code>{ $charge }</code> — { $stars } ⭐ · kredi: { $credits } · { DATETIME($date, year: "numeric", month: "2-digit", day: "2-digit") }{ $refunded ->
        [yes] {" "}· iade edildi
       *[no] {""}
    }
support-ticket-no-payments = • henüz yok
support-ticket-hint = Yanıtlamak için Yanıtla'ya bas ya da bu mesajı yanıtla. /refund ödeme kimliğini ister.
support-ticket-followup = 💬 Talep #{ $ticket } — { $name } (id <code>{ $id }</code>) yazıyor:
support-reply-button = ✍️ Yanıtla
support-close-button = ✅ Kapat
support-reply-ask = ✍️ #{ $ticket } numaralı talebe yanıtını bir sonraki mesajında yaz. Kullanıcıya yazdığın gibi gider (fotoğraf ya da belge de olur).
support-reply-sent = ✅ Kullanıcıya iletildi (talep #{ $ticket }).
support-reply-blocked = ⚠️ İletilemedi: kullanıcı botu engellemiş (talep #{ $ticket }).
support-closed-toast = Talep #{ $ticket } kapatıldı.

## What the user sees of the answers

support-answer-head = 💬 Destek ekibimiz yanıt verdi (talep #{ $ticket }):
support-answer-button = ✍️ Cevap yaz
support-answer-ask = ✍️ Cevabını bir sonraki mesajında yaz — #{ $ticket } numaralı taleple birlikte ekibimize gider.
support-closed-user = ✅ #{ $ticket } numaralı ödeme talebin kapatıldı. Başka bir şey olursa /paysupport göndermen yeterli — buradayız.
support-receipt-charge = Ödeme kimliği (iadeler ve /paysupport için): <code>{ $charge }</code>
