### The Mini App (opened from the chat's menu button, /start and /help) and its buttons in the chat.

## In the chat

# Inline button under /start and /help that opens the Mini App.
app-open-button = ✨ Velro uygulamasını aç
# The chat's menu button (beside the message field) that opens the Mini App. Keep it short.
app-menu-button = Velro uygulaması
# Plain-text page shown at /app when the service was started without building the app (an operator's mistake).
app-not-built = Velro uygulaması bu sunucuda henüz kullanılamıyor. Lütfen biraz sonra tekrar dene.

## Everywhere in the app

# Shown while the app signs in and loads.
app-loading = Yükleniyor…
# The tab bar at the bottom; each label sits under an icon, so keep them to one short word.
app-nav-chat = Sohbet
app-nav-memories = Hafıza
app-nav-creations = Galeri
app-nav-credits = Kredi
app-nav-persona = Karakter
app-nav-live = Canlı
# Sign-in refused: the Telegram data was not signed for this bot (tampered with, or another bot's).
app-signin-forged = Sen olduğunu doğrulayamadım: Telegram'dan gelen giriş bilgileri bu botla eşleşmiyor. Uygulamayı kapatıp sohbetten yeniden aç.
# Sign-in refused: the Telegram data is more than a day old.
app-signin-stale = Bu oturum çok eski. Uygulamayı kapatıp sohbetten yeniden aç.
# Sign-in refused for another reason (malformed data).
app-signin-invalid = Telegram giriş bilgilerini göndermedi. Uygulamayı sohbetteki menü düğmesiyle aç.
# The page was opened in a normal browser, not inside Telegram.
app-signin-outside = Bu uygulamayı Telegram'da Velro sohbetinden aç — giriş orada kendiliğinden yapılır.
# The service could not be reached.
app-network-error = Şu an sunucuya ulaşamıyorum. Bağlantını kontrol edip tekrar dene.
# Generic failure of an action.
app-error = Bir şeyler ters gitti. Lütfen tekrar dene.
# Button that repeats what failed.
app-retry = Tekrar dene
# Shown while the live connection is being re-established.
app-reconnecting = Yeniden bağlanıyor…
# Confirmation buttons.
app-confirm = Evet
app-cancel = Vazgeç
app-save = Kaydet
app-delete = Sil
app-edit = Düzenle

## Chat page

# Placeholder of the message field. $name: the persona's name (e.g. Velro).
app-chat-placeholder = { $name } için mesaj…
# Send button (also its accessible label).
app-chat-send = Gönder
# Button that stops the reply being written.
app-chat-stop = Durdur
# Shown in an empty conversation.
app-chat-empty = Merhaba! Bu, Telegram'daki sohbetimizle aynı konuşma: burada anlattıklarını orada da hatırlarım.
# Under a reply: how many memories it drew on; tapping opens them. $count: how many.
app-chat-memories-used = { $count ->
    [one] { $count } anıdan yararlandım
   *[other] { $count } anıdan yararlandım
}
# Error under a message when the user sends too fast. $seconds: how long to wait.
app-chat-rate-limited = Okuyabileceğimden hızlı yazıyorsun — { $seconds } sn sonra tekrar dene.
# Error under a message when the reply failed or the connection dropped; the message can be sent again.
app-chat-failed = Bu mesaja yanıt gelmedi. Yeniden göndermek için dokun.
# Shown while a reply is being written in the Telegram chat at the same moment.
app-chat-waiting = Hâlâ yanıtlıyorum…

## Memory palace page

# Page title.
app-memories-title = Hafıza sarayı
# Search field placeholder.
app-memories-search = Anılarda ara
# Filter chip showing every room.
app-memories-all = Tümü
# Empty palace.
app-memories-empty = Burada henüz bir şey yok. Sohbette bana kendinden bahset — ya da kendin bir anı ekle.
# No search results.
app-memories-no-results = Buna uyan bir anı yok.
# Button and form title for adding a memory.
app-memories-add = Anı ekle
# Placeholder of the new memory's text.
app-memories-add-placeholder = ör. yer fıstığına alerjim var
# Room picker option that lets Velro choose the room from the text.
app-memories-room-auto = Odayı Velro seçsin
# Button that pins a memory (always considered when Velro replies).
app-memories-pin = Sabitle
# Button that unpins a memory.
app-memories-unpin = Sabitlemeyi kaldır
# Badge on a pinned memory.
app-memories-pinned = 📌 Hep aklımda
# Refusal when too many memories are pinned. $max: the limit.
app-memories-pin-limit = En fazla { $max } anı sabitleyebilirsin. Önce birinin sabitlemesini kaldır.
# Asked before deleting a memory.
app-memories-delete-confirm = Bu anıyı unutayım mı? Sonra geri getiremem.
# Section listing the memories Velro's last reply used.
app-memories-last-used = Son yanıtımda kullandıklarım
# How often a memory was said. $count: times.
app-memories-mentions = { $count ->
    [one] bir kez söylendi
   *[other] { $count } kez söylendi
}

## Gallery page

# Page title.
app-creations-title = Eserlerin
# Empty gallery.
app-creations-empty = Henüz bir şey oluşturulmadı. Sohbette /imagine dene — görsellerin ve videoların burada görünecek.
# Creation is not set up on this bot.
app-creations-unavailable = Bu botta görsel ve video oluşturma ayarlanmamış.
# A creation's cost. $cost: credits.
app-creations-cost = { $cost ->
    [one] { $cost } kredi
   *[other] { $cost } kredi
}
# Button that sends a creation to the Telegram chat again.
app-creations-send = Sohbete gönder
# Toast after a creation was sent.
app-creations-sent = Sohbetimize gönderildi ✓
# Asked before deleting a creation.
app-creations-delete-confirm = Bu eser galerinden silinsin mi?
# Button loading older creations.
app-creations-more = Daha eskileri göster

## Credits page

# Page title.
app-credits-title = Krediler
# The balance. $balance: credits.
app-credits-balance = { $balance ->
    [one] { $balance } kredi
   *[other] { $balance } kredi
}
# Section title over the packs.
app-credits-buy = Telegram Yıldızları ile yükle
# A pack's button. $credits: credits in it, $stars: its price in Stars.
app-credits-pack = { $credits } kredi · { $stars } ⭐
# After the payment sheet closed: paid (the credits arrive a moment later).
app-credits-paid = Teşekkürler! Kredilerin yolda.
# After the payment sheet closed without paying.
app-credits-cancelled = Ödeme iptal edildi — hiçbir ücret alınmadı.
# After a failed payment.
app-credits-failed = Ödeme gerçekleşmedi. Hiçbir ücret alınmadı.
# While Telegram is still processing the payment.
app-credits-pending = Ödemen işleniyor…
# Section title over the ledger.
app-credits-history = Geçmiş
# Empty ledger.
app-credits-history-empty = Henüz hareket yok.
# Ledger lines in plain words. $model: the creation's model, when known.
app-ledger-grant = Hoş geldin hediyesi
app-ledger-purchase = Yıldızlarla satın alındı
app-ledger-reserve = { $model } ile oluşturma
app-ledger-release = { $model } için iade
app-ledger-capture = { $model } ile oluşturma tamamlandı
app-ledger-adjust = Ekip düzeltmesi
app-ledger-stars_refund = Yıldızlar iade edildi
app-ledger-transfer_out = Bir ekibe aktarıldı
app-ledger-transfer_in = Bir ekipten alındı
# A ledger line of a kind the app does not know. $kind: its technical name.
app-ledger-other = { $kind }
# Shown instead of the model name when it is not known.
app-ledger-unknown-model = bir model

## Persona and mood page

# Section title: the persona in use.
app-persona-title = Seninle nasıl biriyim
# Badge on the persona in use.
app-persona-current = Şu anki
# Title of the custom persona form.
app-persona-custom = Kendi karakterini anlat
# Placeholder of the custom persona description.
app-persona-custom-placeholder = ör. çay seven, sakin, emekli bir denizci olan Ned
# Button creating the custom persona.
app-persona-custom-create = Oluştur
# Section title: the mood.
app-mood-title = Son zamanlardaki ruh hâlin
# No mood readings yet.
app-mood-none = Henüz pek bir şey fark etmedim — daha yeni tanıştık.
# Caption of the chart. $weeks: how many weeks it shows.
app-mood-chart = { $weeks ->
    [one] Gün gün, bu hafta
   *[other] Gün gün, son { $weeks } hafta
}
# Chart axis labels: the top (good mood) and the bottom (low mood).
app-mood-good = 🙂 iyi
app-mood-low = 🙁 düşük

## Live page

# Page title.
app-live-title = Canlı
# No creation in progress.
app-live-empty = Şu an hiçbir şey oluşturulmuyor. Sohbette /imagine ya da /video ile başla.
# A creation waiting in the provider's queue. $position: its place, when known (0 if unknown).
app-live-queued = { $position ->
    [0] Sırada bekliyor…
   *[other] Sırada: { $position }.
}
# A creation being made.
app-live-running = Oluşturuluyor…
# A creation that finished.
app-live-done = Tamam ✓
# A creation that failed. $reason: the explanation.
app-live-failed = Olmadı: { $reason }
# Button cancelling a creation in progress.
app-live-cancel = İptal et
# Heading of an announcement from the team.
app-live-announcement = Duyuru

## Team and projects

# Tab bar label (one short word) of the Team page.
app-nav-team = Ekip
# Tab bar label (one short word) of the Projects page.
app-nav-projects = Projeler
# Team page title.
app-team-title = Ekibin
# The user is in no team. /team new is a bot command: keep it as is.
app-team-none = Henüz bir ekipte değilsin. Sohbetimizde /team new ve bir adla bir ekip kur; sonra kredileri ve projeleri paylaşmak için insanları davet et.
# The user's role in the team shown. $role: the role's name (owner, admin, editor, viewer — already translated).
app-team-role = Buradaki rolün: { $role }
# The team's shared credit pool. $credits: how many credits it holds.
app-team-pool = { $credits ->
    [one] 💰 Ortak havuz: { $credits } kredi
   *[other] 💰 Ortak havuz: { $credits } kredi
}
# The user's monthly spending limit from the pool. $spent: credits spent this month, $cap: the limit.
app-team-cap = Aylık limitin: { $cap } krediden { $spent } kullanıldı
# The user has no monthly limit. $spent: credits spent from the pool this month.
app-team-no-cap = Aylık limitin yok · bu ay { $spent } kullanıldı
# Heading of the member list. $count: how many members.
app-team-members = { $count ->
    [one] { $count } üye
   *[other] { $count } üye
}
# Heading of the team's audit log (who did what), shown to owners and admins.
app-team-log = İşlem kaydı
# The audit log has no lines.
app-team-log-empty = Burada henüz bir şey olmadı.
# Footnote: the team is managed with the /team command in the chat. Keep /team as is.
app-team-hint = İnsanları davet etmek, rolleri değiştirmek ve limit koymak için sohbetimizde /team yaz.
# Projects page title.
app-projects-title = Projeler
# The user has no projects. /project new is a bot command: keep it as is.
app-projects-empty = Henüz proje yok. Sohbetimizde /project new ve bir adla bir tane başlat, eserlerini orada topla.
# Shown instead of a team's name for a personal project.
app-projects-personal = Kişisel
# How many creations a project holds. $count: the number.
app-projects-items = { $count ->
    [one] { $count } eser
   *[other] { $count } eser
}
# An open project with no creations yet.
app-projects-nothing = Burası henüz boş — Galeri'den eser ekle.
# Heading of the privacy switch of a project.
app-projects-privacy = Kimler görebilir
# Privacy: only the user (or, in a team, its owner, admins and the project's creator).
app-privacy-private = Gizli
# Privacy: every member of the team.
app-privacy-team = Ekip
# Privacy: anyone with the link.
app-privacy-public = Herkese açık
# Above the link of a project just made public.
app-projects-public-link = Bu bağlantıya sahip herkes bakabilir (yalnızca bakabilir):
# A public project whose link is no longer shown (it is shown only once, when made public).
app-projects-public-hidden = Bu proje herkese açık. Bağlantısı yalnızca bir kez, herkese açık yapıldığında gösterilir — yeni bir bağlantı için yeniden Herkese açık'ı seç (eskisi çalışmaz olur).
# Button taking a creation out of the project (the creation itself stays in the gallery).
app-projects-remove = Çıkar
# Button on a gallery card that opens the list of projects to add the creation to.
app-projects-add = Projeye ekle
# Toast after a creation was added. $project: the project's name.
app-projects-added = { $project } projesine eklendi ✓
# Toast when the creation was in that project already. $project: the project's name.
app-projects-already = Zaten { $project } içinde
# The picker has no project the user may add to. /project new is a bot command: keep it as is.
app-projects-none-to-file = Henüz ekleyebileceğin bir proje yok — sohbetimizde /project new ile bir tane başlat.
# The user's role does not allow what they tried (e.g. a viewer changing privacy).
app-projects-forbidden = Bu ekipteki rolün buna izin vermiyor.
