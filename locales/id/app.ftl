### The Mini App (opened from the chat's menu button, /start and /help) and its buttons in the chat.

## In the chat

# Inline button under /start and /help that opens the Mini App.
app-open-button = ✨ Buka aplikasi Velro
# The chat's menu button (beside the message field) that opens the Mini App. Keep it short.
app-menu-button = Aplikasi Velro
# Plain-text page shown at /app when the service was started without building the app (an operator's mistake).
app-not-built = Aplikasi Velro belum tersedia di server ini. Coba lagi nanti, ya.

## Everywhere in the app

# Shown while the app signs in and loads.
app-loading = Memuat…
# The tab bar at the bottom; each label sits under an icon, so keep them to one short word.
app-nav-chat = Obrolan
app-nav-memories = Memori
app-nav-creations = Galeri
app-nav-credits = Kredit
app-nav-persona = Persona
app-nav-live = Langsung
# Sign-in refused: the Telegram data was not signed for this bot (tampered with, or another bot's).
app-signin-forged = Aku tidak bisa memastikan ini kamu: data masuk dari Telegram tidak cocok dengan bot ini. Tutup aplikasinya lalu buka lagi dari obrolan.
# Sign-in refused: the Telegram data is more than a day old.
app-signin-stale = Sesi ini sudah terlalu lama. Tutup aplikasinya lalu buka lagi dari obrolan.
# Sign-in refused for another reason (malformed data).
app-signin-invalid = Telegram tidak mengirim data masuk. Buka aplikasi lewat tombol menu di obrolan.
# The page was opened in a normal browser, not inside Telegram.
app-signin-outside = Buka aplikasi ini dari obrolan Velro di Telegram — di sana kamu langsung masuk.
# The service could not be reached.
app-network-error = Aku tidak bisa menghubungi server sekarang. Periksa koneksimu lalu coba lagi.
# Generic failure of an action.
app-error = Ada yang tidak beres. Coba lagi, ya.
# Button that repeats what failed.
app-retry = Coba lagi
# Shown while the live connection is being re-established.
app-reconnecting = Menyambung ulang…
# Confirmation buttons.
app-confirm = Ya
app-cancel = Batal
app-save = Simpan
app-delete = Hapus
app-edit = Ubah

## Chat page

# Placeholder of the message field. $name: the persona's name (e.g. Velro).
app-chat-placeholder = Pesan untuk { $name }…
# Send button (also its accessible label).
app-chat-send = Kirim
# Button that stops the reply being written.
app-chat-stop = Berhenti
# Shown in an empty conversation.
app-chat-empty = Halo! Ini percakapan yang sama dengan obrolan kita di Telegram: yang kamu ceritakan di sini, aku ingat juga di sana.
# Under a reply: how many memories it drew on; tapping opens them. $count: how many.
app-chat-memories-used = Memakai { $count } kenangan
# Error under a message when the user sends too fast. $seconds: how long to wait.
app-chat-rate-limited = Kamu menulis lebih cepat dari yang bisa kubaca — coba lagi dalam { $seconds } dtk.
# Error under a message when the reply failed or the connection dropped; the message can be sent again.
app-chat-failed = Pesan ini belum dijawab. Ketuk untuk mengirim ulang.
# Shown while a reply is being written in the Telegram chat at the same moment.
app-chat-waiting = Masih menjawab…

## Memory palace page

# Page title.
app-memories-title = Istana memori
# Search field placeholder.
app-memories-search = Cari kenangan
# Filter chip showing every room.
app-memories-all = Semua
# Empty palace.
app-memories-empty = Belum ada apa-apa. Ceritakan tentang dirimu di obrolan — atau tambahkan kenangan sendiri.
# No search results.
app-memories-no-results = Tidak ada kenangan yang cocok.
# Button and form title for adding a memory.
app-memories-add = Tambah kenangan
# Placeholder of the new memory's text.
app-memories-add-placeholder = mis. aku alergi kacang
# Room picker option that lets Velro choose the room from the text.
app-memories-room-auto = Biar Velro yang memilih ruangannya
# Button that pins a memory (always considered when Velro replies).
app-memories-pin = Sematkan
# Button that unpins a memory.
app-memories-unpin = Lepas
# Badge on a pinned memory.
app-memories-pinned = 📌 Selalu diingat
# Refusal when too many memories are pinned. $max: the limit.
app-memories-pin-limit = Kamu bisa menyematkan hingga { $max } kenangan. Lepas satu dulu.
# Asked before deleting a memory.
app-memories-delete-confirm = Lupakan kenangan ini? Aku tidak bisa mengembalikannya.
# Section listing the memories Velro's last reply used.
app-memories-last-used = Dipakai di jawaban terakhirku
# How often a memory was said. $count: times.
app-memories-mentions = disebut { $count } kali

## Gallery page

# Page title.
app-creations-title = Karyamu
# Empty gallery.
app-creations-empty = Belum ada karya. Coba /imagine di obrolan — gambar dan videomu akan muncul di sini.
# Creation is not set up on this bot.
app-creations-unavailable = Pembuatan gambar dan video belum diatur di bot ini.
# A creation's cost. $cost: credits.
app-creations-cost = { $cost } kredit
# Button that sends a creation to the Telegram chat again.
app-creations-send = Kirim ke obrolan
# Toast after a creation was sent.
app-creations-sent = Terkirim ke obrolan kita ✓
# Asked before deleting a creation.
app-creations-delete-confirm = Hapus karya ini dari galerimu?
# Button loading older creations.
app-creations-more = Tampilkan yang lebih lama

## Credits page

# Page title.
app-credits-title = Kredit
# The balance. $balance: credits.
app-credits-balance = { $balance } kredit
# Section title over the packs.
app-credits-buy = Isi ulang dengan Telegram Stars
# A pack's button. $credits: credits in it, $stars: its price in Stars.
app-credits-pack = { $credits } kredit · { $stars } ⭐
# After the payment sheet closed: paid (the credits arrive a moment later).
app-credits-paid = Terima kasih! Kreditmu sedang dalam perjalanan.
# After the payment sheet closed without paying.
app-credits-cancelled = Pembayaran dibatalkan — tidak ada yang ditagih.
# After a failed payment.
app-credits-failed = Pembayaran gagal. Tidak ada yang ditagih.
# While Telegram is still processing the payment.
app-credits-pending = Pembayaranmu sedang diproses…
# Section title over the ledger.
app-credits-history = Riwayat
# Empty ledger.
app-credits-history-empty = Belum ada transaksi.
# Ledger lines in plain words. $model: the creation's model, when known.
app-ledger-grant = Hadiah selamat datang
app-ledger-purchase = Dibeli dengan Stars
app-ledger-reserve = Karya dengan { $model }
app-ledger-release = Pengembalian untuk { $model }
app-ledger-capture = Karya dengan { $model } selesai
app-ledger-adjust = Penyesuaian dari tim
app-ledger-stars_refund = Stars dikembalikan
app-ledger-transfer_out = Dipindahkan ke tim
app-ledger-transfer_in = Diterima dari tim
# A ledger line of a kind the app does not know. $kind: its technical name.
app-ledger-other = { $kind }
# Shown instead of the model name when it is not known.
app-ledger-unknown-model = sebuah model

## Persona and mood page

# Section title: the persona in use.
app-persona-title = Siapa aku bersamamu
# Badge on the persona in use.
app-persona-current = Saat ini
# Title of the custom persona form.
app-persona-custom = Gambarkan karaktermu sendiri
# Placeholder of the custom persona description.
app-persona-custom-placeholder = mis. pelaut pensiunan yang tenang bernama Ned yang suka teh
# Button creating the custom persona.
app-persona-custom-create = Buat
# Section title: the mood.
app-mood-title = Suasana hatimu akhir-akhir ini
# No mood readings yet.
app-mood-none = Aku belum banyak memperhatikan — kita kan baru kenal.
# Caption of the chart. $weeks: how many weeks it shows.
app-mood-chart = Dari hari ke hari, { $weeks } minggu terakhir
# Chart axis labels: the top (good mood) and the bottom (low mood).
app-mood-good = 🙂 baik
app-mood-low = 🙁 murung

## Live page

# Page title.
app-live-title = Langsung
# No creation in progress.
app-live-empty = Tidak ada yang sedang dibuat. Mulai dengan /imagine atau /video di obrolan.
# A creation waiting in the provider's queue. $position: its place, when known (0 if unknown).
app-live-queued = { $position ->
    [0] Menunggu antrean…
   *[other] Antrean ke-{ $position }.
}
# A creation being made.
app-live-running = Sedang dibuat…
# A creation that finished.
app-live-done = Selesai ✓
# A creation that failed. $reason: the explanation.
app-live-failed = Tidak berhasil: { $reason }
# Button cancelling a creation in progress.
app-live-cancel = Batalkan
# Heading of an announcement from the team.
app-live-announcement = Pengumuman

## Team and projects

# Tab bar label (one short word) of the Team page.
app-nav-team = Tim
# Tab bar label (one short word) of the Projects page.
app-nav-projects = Proyek
# Team page title.
app-team-title = Timmu
# The user is in no team. /team new is a bot command: keep it as is.
app-team-none = Kamu belum ada di tim mana pun. Buat satu di obrolan kita dengan /team new dan sebuah nama — lalu ajak orang untuk berbagi kredit dan proyek.
# The user's role in the team shown. $role: the role's name (owner, admin, editor, viewer — already translated).
app-team-role = Peranmu di sini: { $role }
# The team's shared credit pool. $credits: how many credits it holds.
app-team-pool = 💰 Kas bersama: { $credits } kredit
# The user's monthly spending limit from the pool. $spent: credits spent this month, $cap: the limit.
app-team-cap = Batas bulananmu: { $spent } dari { $cap } terpakai
# The user has no monthly limit. $spent: credits spent from the pool this month.
app-team-no-cap = Kamu tanpa batas bulanan · { $spent } terpakai bulan ini
# Heading of the member list. $count: how many members.
app-team-members = { $count } anggota
# Heading of the team's audit log (who did what), shown to owners and admins.
app-team-log = Log aktivitas
# The audit log has no lines.
app-team-log-empty = Belum ada kejadian apa pun di sini.
# Footnote: the team is managed with the /team command in the chat. Keep /team as is.
app-team-hint = Undang orang, ubah peran, dan atur batas dengan /team di obrolan kita.
# Projects page title.
app-projects-title = Proyek
# The user has no projects. /project new is a bot command: keep it as is.
app-projects-empty = Belum ada proyek. Buat satu di obrolan kita dengan /project new dan sebuah nama, lalu kumpulkan karyamu di sana.
# Shown instead of a team's name for a personal project.
app-projects-personal = Pribadi
# How many creations a project holds. $count: the number.
app-projects-items = { $count } karya
# An open project with no creations yet.
app-projects-nothing = Masih kosong — tambahkan karya dari Galeri.
# Heading of the privacy switch of a project.
app-projects-privacy = Siapa yang bisa melihat
# Privacy: only the user (or, in a team, its owner, admins and the project's creator).
app-privacy-private = Pribadi
# Privacy: every member of the team.
app-privacy-team = Tim
# Privacy: anyone with the link.
app-privacy-public = Publik
# Above the link of a project just made public.
app-projects-public-link = Siapa pun yang punya tautan ini bisa melihat (hanya melihat):
# A public project whose link is no longer shown (it is shown only once, when made public).
app-projects-public-hidden = Proyek ini publik. Tautannya hanya ditampilkan sekali, saat dijadikan publik — pilih Publik lagi untuk tautan baru (yang lama tidak akan berfungsi lagi).
# Button taking a creation out of the project (the creation itself stays in the gallery).
app-projects-remove = Keluarkan
# Button on a gallery card that opens the list of projects to add the creation to.
app-projects-add = Tambah ke proyek
# Toast after a creation was added. $project: the project's name.
app-projects-added = Ditambahkan ke { $project } ✓
# Toast when the creation was in that project already. $project: the project's name.
app-projects-already = Sudah ada di { $project }
# The picker has no project the user may add to. /project new is a bot command: keep it as is.
app-projects-none-to-file = Belum ada proyek yang bisa kamu isi — buat satu dengan /project new di obrolan kita.
# The user's role does not allow what they tried (e.g. a viewer changing privacy).
app-projects-forbidden = Peranmu di tim ini tidak mengizinkannya.
