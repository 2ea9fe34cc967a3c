# /export, /deletedata, /token ve /broadcast.

## /export and /deletedata

privacy-private-only = 🔒 Gizliliğin için bu yalnızca özel sohbetimizde çalışır.

export-caption = 📦 Senin hakkında sakladığım her şey: profil, zihin durumu, anılar (sabitlenenler de), günlük ruh hâli, sohbet geçmişi, kredi defteri, ödemeler, üretimler, ekipler ve projeler, hatırlatmalar, hâl hatır sorular ve günlük, sesli yanıtlar ve ayarlar.

delete-confirm =
    ⚠️ Tüm verilerin silinsin mi? Profilin, anıların, zihin durumun, sohbet geçmişin ve üretimlerin kalıcı olarak silinecek.

    Kredi bakiyen, kredi defterin ve Telegram Yıldızları ödeme kayıtların saklanır: bunlar iadeler ve ödeme anlaşmazlıkları için gereken mali kayıtlardır ve hiçbir mesaj içermez.

# Added below delete-confirm when the user owns teams that have other members.
# $count (number) — how many such teams.
delete-confirm-team-handover =
    { $count ->
        [one] 👥 Başka üyeleri de olan bir ekibin sahibisin: ekip en eski yöneticisine geçer (yoksa en eski editöre, sonra izleyiciye).
       *[other] 👥 Başka üyeleri de olan { $count } ekibin sahibisin: her biri en eski yöneticisine geçer (yoksa en eski editöre, sonra izleyiciye).
    }

# Added below delete-confirm when the user owns teams nobody else is in.
# $count (number) — how many such teams; $credits (number) — the credits left in their pools together.
delete-confirm-team-lone =
    { $count ->
        [one] 🗂 Ekiplerinden birinde senden başka kimse yok: silinecek ve ortak havuzunda kalan krediler ({ $credits }) kaybolacak.
       *[other] 🗂 { $count } ekibinde senden başka kimse yok: silinecekler ve ortak havuzlarında kalan krediler ({ $credits }) kaybolacak.
    }

delete-button-confirm = Evet, her şeyi sil

delete-not-yours = Bu düğme senin değil.

delete-busy-toast = Bir üretim hâlâ sürüyor.
delete-busy = ⏳ Bir üretimin hâlâ sürüyor. Bittiğinde /deletedata komutunu tekrar dene.

delete-done-toast = Silindi.
delete-done = 🗑 Tamam. Verilerin silindi. Bana tekrar yazarsan, birbirimizi hiç tanımıyormuş gibi başlarız.

delete-cancelled-toast = Hiçbir şey silinmedi.
delete-cancelled = Tamam, hiçbir şey silinmedi.

## /token and /broadcast

token-private-only = Gizliliğin için /token komutunu özel sohbette iste.

token-issued =
    🔑 Canlı durum token'ın ({ $minutes } dakika geçerli, kimseyle paylaşma):

    { $token }

    WebSocket ile şuraya bağlan: { $wsUrl }?token=<token>
    ya da canlı sayfayı aç: { $pageUrl }

broadcast-admins-only = Duyuruları yalnızca yöneticiler yayınlayabilir.

broadcast-usage = Kullanım: /broadcast <metin> — tüm canlı durum istemcilerine bir duyuru gönderir.

broadcast-too-long = Bu duyuru çok uzun (en fazla { $max } karakter).

broadcast-sent = 📣 Duyuru tüm canlı durum istemcilerine gönderildi.
