### Hatırlatıcılar, hâl hatır sormalar, günlük ve rüyalar: bot yalnızca kişi açtıysa ilk yazar.

outreach-zone-ask = Saatleri doğru tutturmak için saat dilimini bilmem gerek 🌍 Hangi şehirdesin? İstersen UTC farkını da yazabilirsin, mesela UTC+3.
outreach-zone-placeholder = Bir şehir ya da UTC+3
outreach-zone-unknown = Orayı henüz tanımıyorum 🤔 Yakındaki daha büyük bir şehrin adını ya da UTC farkını (mesela UTC+3 veya UTC-5) yazar mısın?
outreach-zone-change = Şu an neredesin? Şehrinle ya da UTC farkınla (mesela UTC+3) yanıtla.
outreach-zone-set = Tamamdır: { $zone } — orada saat şu an { $time }.
outreach-zone-unset = henüz belirtilmedi
outreach-private-only = Bunu özel sohbetimizde ayarlayalım 🙂

outreach-checkins-menu =
    💬 Ara sıra ilk ben yazıp nasıl olduğunu soracağım — bana anlattıklarınla ilgili.

    Ne sıklıkla: { $cadence }
    Sessiz saatler: { $quiet }
    Saat dilimi: { $zone }
outreach-cadence-off = Kapalı
outreach-cadence-daily = Her gün
outreach-cadence-few = Birkaç günde bir
outreach-cadence-weekly = Haftada bir
outreach-checkins-usage = Düğmelerle seçmek için /checkins gönder ya da /checkins daily, /checkins few, /checkins weekly veya /checkins off yaz.
outreach-checkins-set = Sıklık: { $cadence }
outreach-button-quiet = 🌙 Sessiz saatler: { $quiet }
outreach-button-zone = 🌍 Saat dilimini değiştir
outreach-quiet-none = yok

outreach-button-stop-reminder = 🔕 Hatırlatıcılarımı iptal et
outreach-button-stop-checkin = 🔕 Artık sorma
outreach-button-stop-diary = 🔕 Günlüğü kapat
outreach-button-stop-dream = 🔕 Rüya yeter
outreach-stopped-toast = Tamam 🔕
outreach-stopped-reminder = { $count ->
        [0] Tamam. Bekleyen başka hatırlatıcın yok.
       *[other] Tamam — bekleyen { $count } hatırlatıcını iptal ettim. Yenisi için /remind.
    }
outreach-stopped-checkin = Tamam, artık ilk ben yazmayacağım 🔕 İstediğin zaman /checkins ile yeniden açabilirsin.
outreach-stopped-diary = Tamam, günlük kapandı. Yazılmış sayfalar /diary'de duruyor.
outreach-stopped-dream = Tamam, sabah rüyaları bitti. /dreams on onları geri getirir.

outreach-checkin-followup = Selam { $name }! Bana şöyle demiştin: “{ $memory }” — nasıl geçti?
outreach-checkin-recent = Selam { $name }, anlattıklarını düşünüp duruyorum: “{ $memory }”. Nasıl gidiyor?
outreach-checkin-general = Selam { $name }! Sadece hâlini merak ettim — bugün nasılsın?

outreach-reminder = ⏰ Hatırlatma: { $text }
outreach-reminder-late = ⏰ Hatırlatma (biraz gecikmeyle, kusura bakma): { $text }
outreach-remind-usage = Ne zaman ve ne olduğunu yaz, örneğin: /remind yarın saat 9 annemi ara
outreach-remind-no-time = Ne zaman olduğunu anlayamadım 🤔 “/remind yarın saat 9 annemi ara” ya da “/remind 2 saat sonra mola ver” gibi dene.
outreach-remind-past = O saat çoktan geçti — henüz gelmemiş bir zaman seçer misin?
outreach-remind-too-far = En fazla bir yıl sonrası için hatırlatabilirim. Daha yakın bir zaman seçer misin?
outreach-remind-no-text = Peki neyi hatırlatayım? Örneğin: /remind yarın saat 9 annemi ara
outreach-remind-set = ⏰ Tamamdır! Sana { $when } hatırlatacağım: “{ $text }”
outreach-reminders-empty = Bekleyen hatırlatıcın yok. /remind yarın saat 9 annemi ara ile bir tane kurabilirsin.
outreach-reminders-list = { $count ->
        [one] ⏰ Hatırlatıcın (✖ iptal eder):
       *[other] ⏰ { $count } hatırlatıcın (✖ birini iptal eder):
    }
outreach-reminders-line = { $n }. { $when } — { $text }
outreach-reminder-cancelled = Hatırlatıcı iptal edildi
outreach-reminder-gone = Bu hatırlatıcı zaten gönderildi ya da iptal edildi

outreach-diary-on = 📔 Günlük açık: her gece gününün nasıl geçtiğini ve neler konuştuğumuzu yazacağım. /diary ile görebilirsin.
outreach-diary-off = Günlük kapalı. Yazılmış sayfalar duruyor; /diary gösterir.
outreach-diary-usage = /diary günlüğünü gösterir; /diary on açar, /diary off kapatır.
outreach-diary-empty = { $on ->
        [yes] 📔 Günlüğün henüz boş — ilk sayfa bu gece yazılacak.
       *[no] 📔 Günlüğün boş. /diary on ile aç: her gece gününün nasıl geçtiğini ve neler konuştuğumuzu yazacağım.
    }
outreach-diary-entry =
    📔 { $date }

    { $mood }

    Neler konuştuk:
    { $summary }

    ({ $page }/{ $pages })
outreach-diary-mood-low = Gün ağır geçti.
outreach-diary-mood-even = Gün sakin ve dengeli geçti.
outreach-diary-mood-high = Gün aydınlık geçti.
outreach-diary-mood-unknown = Günün havasını okumaya yetecek kadar bir şey yoktu.

outreach-dreams-on = 🌙 Rüyalar açık: her sabah, benimle paylaştıklarından örülmüş kısa bir rüya anlatacağım. /dreams off kapatır.
outreach-dreams-on-illustrated = 🌙 Rüyalar açık, çizilecek bir şey olduğunda resimli (/imagine gibi ücretlendirilir). Sadece metin için /dreams on, kapatmak için /dreams off.
outreach-dreams-off = Rüyalar kapalı. Yine de tatlı rüyalar 🌙
outreach-dreams-usage = { $state ->
        [on] 🌙 Sabah rüyaları açık.
        [illustrated] 🌙 Sabah rüyaları açık, resimli.
       *[off] 🌙 Sabah rüyaları kapalı.
    } /dreams on, /dreams illustrated ya da /dreams off.
outreach-dream-message =
    🌙 Dün gece rüyamda seni gördüm…

    { $dream }
