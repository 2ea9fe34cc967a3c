### Ekipler (ortak bir kredi havuzunu paylaşan, rolleri olan üyeler) ve projeler (üretim koleksiyonları).

## Roller

team-role-owner = sahip
team-role-admin = yönetici
team-role-editor = editör
team-role-viewer = izleyici

## /team

team-help =
    👥 <b>Ekipler</b> bir kredi havuzunu ve projeleri paylaşır — aileler, arkadaşlar ve küçük stüdyolar için.

    /team new &lt;ad&gt; — bir ekip kur (sahibi sen olursun)
    /team invite [editor|viewer|admin] [kullanım] — katılma bağlantısı
    /team — ekibin, üyeleri ve kredileri
    /team topup &lt;kredi&gt; — kendi kredilerini havuza aktar
    /team cap &lt;üye&gt; &lt;kredi|off&gt; — bir üyenin aylık sınırı
    /team role &lt;üye&gt; &lt;rol&gt;, /team remove &lt;üye&gt;, /team leave
    /team transfer &lt;üye&gt;, /team rename &lt;ad&gt;, /team delete
    /team use &lt;ad&gt; — bu komutların hangi ekibine uygulanacağını seç
    /team link — bir grupta: üyelerin burada ürettiklerini ekip öder
    /team revoke [numara|all], /team log
team-created = 🎉 <b>{ $team }</b> ekibi hazır ve sahibi sensin. /team invite ile insanları davet et, havuzu /team topup veya /buy ile doldur.
team-overview-title = 👥 <b>{ $team }</b> · rolün: { $role }
team-overview-pool = 💰 Havuz: { $credits } kredi
team-overview-no-cap = 🎚 Aylık sınırın yok · bu ay harcanan: { $spent }
team-overview-cap = 🎚 Aylık sınırın: { $cap } · bu ay harcanan: { $spent }
team-overview-members = { $count ->
        [one] Bir üye:
       *[other] { $count } üye:
    }
team-member-line = • { $name } — { $role }
team-member-line-cap = • { $name } — { $role } · ayda { $cap } sınır
team-balance-line = 👥 { $team } (rolün: { $role }): havuzda { $credits } kredi

## Davetler

team-invite-usage = Birini editör, izleyici ya da yönetici olarak davet et: /team invite editor (aynı bağlantıyı birkaç kişinin kullanması için sayı ekle: /team invite viewer 5).
team-invite-created =
    🔗 <b>{ $team }</b> ekibine { $role } olarak davet:
    { $link }

    { $uses ->
        [one] Bununla bir kişi katılabilir
       *[other] Bununla en fazla { $uses } kişi katılabilir
    }; geçerlilik: { DATETIME($expires, month: "short", day: "numeric", hour: "2-digit", minute: "2-digit") } (UTC) tarihine kadar. Yalnızca güvendiğin kişilerle paylaş — /team revoke { $id } iptal eder.
team-invites-none = <b>{ $team }</b> için açık davet yok.
team-invites-title = 🔗 <b>{ $team }</b> açık davetleri (/team revoke &lt;numara&gt; veya /team revoke all):
team-invite-line = #{ $id } · { $role } · { $uses }/{ $max } kullanıldı · { DATETIME($expires, month: "short", day: "numeric") } tarihine kadar
team-revoke-usage = Bir davetin numarasıyla /team revoke gönder (liste için /team revoke) ya da /team revoke all.
team-revoked = { $count ->
        [0] İptal edilecek açık davet yoktu.
        [one] Tamam: o davet bağlantısı artık çalışmıyor.
       *[other] Tamam: { $count } davet bağlantısı artık çalışmıyor.
    }
team-joined = 🎉 <b>{ $team }</b> ekibine hoş geldin! { $role } olarak katıldın. /team ekibi gösterir; ekibin bağlı grubunda üretimlerini ortak havuz öder.

## Üyeler

team-role-usage = Bir üye ve rol belirt: /team role @ad editor (ya da mesajına /team role viewer ile yanıt ver). Roller: admin, editor, viewer.
team-role-changed = ✅ { $name } artık { $role }.
team-removed = ✅ { $name } artık <b>{ $team }</b> ekibinde değil.
team-left = 👋 <b>{ $team }</b> ekibinden ayrıldın.
team-owner-changed = 🔑 <b>{ $team }</b> artık { $name } kişisine ait; sen yönetici olarak kalıyorsun.
team-renamed = ✏️ <b>{ $from }</b> artık <b>{ $team }</b> adını taşıyor.
team-in-use = 👥 /team ve /project komutların artık <b>{ $team }</b> için çalışıyor.

## Krediler

team-topped-up = 💰 <b>{ $team }</b> havuzuna { $credits } aktarıldı — havuzda artık { $pool } var. Kendi bakiyen: { $balance }.
team-cap-usage = Bir üye ve kredi cinsinden aylık sınır belirt: /team cap @ad 300 — kaldırmak için /team cap @ad off.
team-cap-set = 🎚 { $name } artık havuzdan ayda en fazla { $cap } kredi harcayabilir.
team-cap-off = 🎚 { $name } için artık aylık sınır yok.

## Gruplar

team-link-group-admins = Bir grubu ekibe yalnızca grubun yöneticileri bağlayabilir: burada herkesin üretimini kimin ödeyeceğini bu belirler.
team-linked = 🔗 Bu grup artık <b>{ $team }</b> ekibine bağlı. Üyelerin buradaki /imagine, /video ve /edit istekleri ekip havuzundan (aylık sınırları dahilinde) ödenir ve <b>{ $project }</b> projesine kaydedilir. /team link off geri alır.
team-unlinked = Bu grup artık <b>{ $team }</b> ekibine bağlı değil: burada herkes yine kendi kredisiyle öder.

## Silme

team-delete-confirm = ⚠️ <b>{ $team }</b> silinsin mi? Üyeler, davetler ve grup bağlantıları gider; havuzdaki krediler sana döner. Bu geri alınamaz.
team-delete-confirm-button = 🗑 Ekibi sil
team-delete-cancel-button = Kalsın
team-deleted = 🗑 <b>{ $team }</b> silindi. { $credits ->
        [0] Havuzu boştu.
       *[other] { $credits } kredi bakiyene döndü.
    }
team-delete-kept = Hiçbir şey silinmedi.
team-delete-stale = Bu düğme başka bir ekibe ait. /team delete komutunu yeniden gönder.

## Kayıt (/team log)

team-log-empty = Bu ekipte henüz bir şey olmadı.
team-log-title = 📜 <b>{ $team }</b> — en yeniler önce:
team-log-line = { DATETIME($date, month: "short", day: "numeric", hour: "2-digit", minute: "2-digit") } · { $event }
team-log-team-created = { $actor } ekibi kurdu
team-log-invite-created = { $actor } { $invite } davetini oluşturdu ({ $role }, { $uses } kullanım)
team-log-invite-revoked = { $actor } { $invite } davetini iptal etti
team-log-invites-revoked-all = { $actor } tüm açık davetleri iptal etti
team-log-joined = { $actor } { $role } olarak katıldı ({ $invite } daveti)
team-log-role-changed = { $actor }, { $target } kişisini { $to } yaptı (önceden { $from })
team-log-member-removed = { $actor }, { $target } kişisini çıkardı
team-log-member-left = { $actor } ayrıldı
team-log-ownership-transferred = { $actor } sahipliği { $target } kişisine devretti
team-log-renamed = { $actor } ekibin adını { $from } yerine { $to } yaptı
team-log-deleted = { $actor } ekibi sildi ({ $returned } iade edildi)
team-log-topup = { $actor } kendi kredisinden { $credits } ekledi
team-log-purchase = { $actor } Yıldızlarla { $credits } kredi aldı
team-log-spent = { $actor } bir üretime { $credits } harcadı
team-log-cap-set = { $cap ->
        [none] { $actor }, { $target } için aylık sınırı kaldırdı
       *[other] { $actor }, { $target } için aylık sınırı { $cap } yaptı
    }
team-log-group-linked = { $actor } bir grup bağladı ({ $project } projesine kaydediliyor)
team-log-group-unlinked = { $actor } bir grubun bağlantısını kaldırdı
team-log-creation-transferred = { $actor } bir üretimi { $target } kişisine verdi
team-log-project-created = { $actor } { $project } projesini oluşturdu
team-log-privacy-changed = { $actor } { $project } projesini { $privacy } yaptı

## Ekip için satın alma

team-buy-button = 👥 Ekip için: { $team }
team-buy-choose = <b>{ $team }</b> havuzu için hangi paket?
team-buy-not-allowed = Ekibin havuzunu yalnızca sahibi ve yöneticileri doldurabilir.
team-invoice-title = { $credits } ekip kredisi
team-invoice-description = { $team } ekibinin ortak havuzu için { $credits } kredi, üyelerinin üretimleri için.
team-pay-thanks = ⭐ Teşekkürler! { $credits } kredi <b>{ $team }</b> havuzuna eklendi — havuzda artık { $pool } var.
stats-team-pools = Ekip havuzları: { $pools }, toplam { $credits } kredi

## Bağlı bir grupta üretmek

gen-refused-team-not-member = Bu gruptaki üretimleri { $team } ekibi öder ve sen üye değilsin. Yöneticilerinden birinden davet iste.
gen-refused-team-viewer = { $team } ekibinde izleyicisin: izleyiciler ekibin kredisini harcayamaz. Bir yönetici seni editör yapabilir.
gen-refused-team-cap = Bu { $cost } kredi tutuyor ve { $team } ekibindeki { $cap } kredilik aylık sınırından { $left } kaldı. Sahip /team cap ile sınırı artırabilir.
gen-refused-team-pool-empty = { $model } { $cost } kredi tutuyor ve { $team } havuzunda { $balance } var. Bir sahip ya da yönetici /buy veya /team topup ile doldurabilir.

## Retler

team-error-no-team = Henüz bir ekipte değilsin. /team new &lt;ad&gt; ile bir ekip kur ya da bir davet bağlantısı aç.
team-error-forbidden = <b>{ $team }</b> ekibindeki rolün buna izin vermiyor. /team kimin neyi yapabileceğini gösterir.
team-error-name-invalid = Lütfen 1 ile 64 karakter arasında bir ad ver.
team-error-name-taken = <b>{ $name }</b> adında zaten bir tane var. Başka bir ad seç.
team-error-member-unknown = O üyeyi bulamadım. @kullanıcıadını yaz ya da mesajlarından birine yanıt ver.
team-error-role-invalid = Roller: admin, editor ve viewer.
team-error-self = Bunu kendine yapamazsın.
team-error-owner-cannot-leave = <b>{ $team }</b> senin: önce /team transfer &lt;üye&gt; ile devret ya da /team delete ile sil.
team-error-jobs-running = Havuzdan ödenen { $count } üretim hâlâ sürüyor. Bittiklerinde tekrar dene.
team-error-insufficient = Kendi kredin { $balance } — bunun için yetmez.
team-error-amount-invalid = Lütfen bir tam sayı gir (kredi ya da davet için kişi sayısı: 1 ile 100 arası).
team-error-invite-invalid = Bu davet bağlantısı artık çalışmıyor — süresi dolmuş, kullanım hakkı bitmiş ya da iptal edilmiş olabilir. Yenisini iste.
team-error-already-member = Zaten <b>{ $team }</b> ekibindesin.
team-error-group-only = Bu bir grupta çalışır: beni gruba ekle ve orada /team link gönder.
team-error-team-unknown = <b>{ $name }</b> adında bir ekipte değilsin.
team-error-project-unknown = <b>{ $name }</b> adında bir proje göremiyorum. /projects seninkileri listeler.
team-error-team-privacy-personal = Kişisel projeler özel ya da herkese açık olur; "team" ekip projeleri içindir.
team-error-creation-unknown = O üretimi bulamıyorum.
team-error-creation-not-yours = O üretim senin değil; kaydedemez ya da devredemezsin.

## Projeler

project-privacy-private = özel
project-privacy-team = ekibe açık
project-privacy-public = herkese açık
project-button-add = 📁 Projeye ekle
project-button-details = ℹ️ Ayrıntılar
project-button-remix = 🔁 Remiks
project-help =
    📁 <b>Projeler</b> üretimleri bir arada tutar.

    /project new &lt;ad&gt; — kişisel proje (/project new team &lt;ad&gt; — ekibin için)
    /project add [ad] — kaydetmek için bir üretime yanıt ver (ya da 📁 düğmesini kullan)
    /project privacy &lt;ad&gt; private|team|public — public salt okunur bir sayfa verir
    /projects [ad] — projelerin ya da birinin içeriği
    /transfer @ad — bir üretimi ekip arkadaşına vermek için ona yanıt ver
project-created = 📁 <b>{ $project }</b> projesi oluşturuldu (özel). Üretimleri 📁 düğmeleriyle ekle.
project-created-team = 📁 <b>{ $team }</b> ekibinde <b>{ $project }</b> ekip projesi oluşturuldu; tüm üyeler görebilir.
project-add-usage = Üretimlerimden birine /project add (veya /project add <proje>) ile yanıt ver ya da 📁 düğmesine dokun.
project-choose = Hangi projeye?
project-none-to-add = Henüz ekleyebileceğin bir proje yok — /project new <ad> ile bir tane oluştur.
project-added = ✅ <b>{ $project }</b> projesine eklendi.
project-already-there = Zaten <b>{ $project }</b> içinde.
project-added-toast = Eklendi!
project-already-there-toast = Zaten orada
project-privacy-usage = /project privacy <ad> private, team ya da public gönder.
project-privacy-set = 🔒 <b>{ $project }</b> artık { $privacy }. Herkese açık bir bağlantısı varsa artık çalışmıyor.
project-public = 🌐 <b>{ $project }</b> artık herkese açık. Bu bağlantıya sahip herkes görsellerini ve videolarını görür (başka hiçbir şeyi değil):
    { $link }
    Gizliliği yeniden ayarlamak yeni bir bağlantı oluşturur ve bunu geçersiz kılar.
projects-none = Henüz proje yok. /project new &lt;ad&gt; ile başla.
projects-title = 📁 <b>Projelerin</b>
projects-line = #{ $id } <b>{ $project }</b> · { $count } üretim · { $privacy }
projects-line-team = #{ $id } <b>{ $project }</b> · { $count } üretim · { $privacy } · 👥 { $team }
projects-footer = /projects &lt;ad&gt; içinde ne olduğunu gösterir.
project-show-title = 📁 <b>{ $project }</b> · { $count } üretim
project-item-line = • { $model }, { $maker }: “{ $prompt }”
project-empty = Burada henüz bir şey yok.

## Üretimleri devretmek ve kökenleri

transfer-usage = Bir üretimini ekibinden birine vermek için ona /transfer @ad ile yanıt ver.
transfer-done = 🎁 Artık { $name } kişisine ait — onun /history listesine geçti.
creation-not-visible = Bu üretimi göremezsin.
creation-made-by = ℹ️ { $model } · { $maker } yaptı, { DATETIME($date, month: "short", day: "numeric", year: "numeric") }
creation-from = ↳ { $maker } kişisinin bir { $model } üretiminden yapıldı
creation-original = ↳ özgün, bir açıklamadan yapıldı
creation-owner = 🎁 artık { $owner } kişisine ait
creation-paid-by-team = 👥 { $team } ödedi

## Bir projenin herkese açık sayfası

project-page-title = Paylaşılan üretimler
project-page-count = { $count ->
        [0] Burada henüz bir şey yok.
       *[other] { $count } üretim
    }
project-page-image = Bir üretim
project-page-video = Bir video üretimi
project-page-missing-title = Bulunamadı
project-page-missing = Bu sayfa yok ya da bağlantısı kaldırıldı.
