### Tim (anggota dengan peran yang berbagi satu kas kredit) dan proyek (kumpulan karya).

## Peran

team-role-owner = pemilik
team-role-admin = admin
team-role-editor = editor
team-role-viewer = penonton

## /team

team-help =
    👥 <b>Tim</b> berbagi kas kredit dan proyek — untuk keluarga, teman, dan studio kecil.

    /team new &lt;nama&gt; — buat tim (kamu jadi pemiliknya)
    /team invite [editor|viewer|admin] [jumlah pakai] — tautan untuk bergabung
    /team — timmu, anggotanya, dan kreditnya
    /team topup &lt;kredit&gt; — pindahkan kreditmu sendiri ke kas
    /team cap &lt;anggota&gt; &lt;kredit|off&gt; — batas bulanan seorang anggota
    /team role &lt;anggota&gt; &lt;peran&gt;, /team remove &lt;anggota&gt;, /team leave
    /team transfer &lt;anggota&gt;, /team rename &lt;nama&gt;, /team delete
    /team use &lt;nama&gt; — pilih tim mana yang dipakai perintah-perintah ini
    /team link — di grup: tim membayar karya yang dibuat anggotanya di sini
    /team revoke [nomor|all], /team log
team-created = 🎉 Tim <b>{ $team }</b> siap dan kamu pemiliknya. Undang orang dengan /team invite, dan isi kasnya dengan /team topup atau /buy.
team-overview-title = 👥 <b>{ $team }</b> · kamu { $role }
team-overview-pool = 💰 Kas: { $credits } kredit
team-overview-no-cap = 🎚 Kamu tidak punya batas bulanan · terpakai bulan ini: { $spent }
team-overview-cap = 🎚 Batas bulananmu: { $cap } · terpakai bulan ini: { $spent }
team-overview-members = { $count } anggota:
team-member-line = • { $name } — { $role }
team-member-line-cap = • { $name } — { $role } · batas { $cap }/bulan
team-balance-line = 👥 { $team } (kamu { $role }): { $credits } kredit di kas

## Undangan

team-invite-usage = Undang seseorang sebagai editor, penonton, atau admin: /team invite editor (tambahkan angka agar beberapa orang bisa memakai tautan yang sama: /team invite viewer 5).
team-invite-created =
    🔗 Undangan ke <b>{ $team }</b> sebagai { $role }:
    { $link }

    Bisa dipakai oleh hingga { $uses } orang sampai { DATETIME($expires, month: "short", day: "numeric", hour: "2-digit", minute: "2-digit") } (UTC). Bagikan hanya ke orang yang kamu percaya — /team revoke { $id } membatalkannya.
team-invites-none = <b>{ $team }</b> tidak punya undangan yang terbuka.
team-invites-title = 🔗 Undangan terbuka <b>{ $team }</b> (/team revoke &lt;nomor&gt; atau /team revoke all):
team-invite-line = #{ $id } · { $role } · terpakai { $uses }/{ $max } · sampai { DATETIME($expires, month: "short", day: "numeric") }
team-revoke-usage = Kirim /team revoke dengan nomor undangan (lihat /team revoke), atau /team revoke all.
team-revoked = { $count ->
        [0] Tidak ada undangan terbuka untuk dibatalkan.
       *[other] Beres: { $count } tautan undangan tidak berlaku lagi.
    }
team-joined = 🎉 Selamat datang di <b>{ $team }</b>! Kamu bergabung sebagai { $role }. /team menampilkan timnya; di grup yang terhubung, karyamu dibayar dari kas bersama.

## Anggota

team-role-usage = Sebutkan anggota dan peran: /team role @nama editor (atau balas pesannya dengan /team role viewer). Peran: admin, editor, viewer.
team-role-changed = ✅ { $name } sekarang { $role }.
team-removed = ✅ { $name } tidak lagi di <b>{ $team }</b>.
team-left = 👋 Kamu keluar dari <b>{ $team }</b>.
team-owner-changed = 🔑 <b>{ $team }</b> sekarang milik { $name }; kamu tetap sebagai admin.
team-renamed = ✏️ <b>{ $from }</b> sekarang bernama <b>{ $team }</b>.
team-in-use = 👥 Perintah /team dan /project-mu sekarang berlaku untuk <b>{ $team }</b>.

## Kredit

team-topped-up = 💰 { $credits } masuk ke kas <b>{ $team }</b> — isinya sekarang { $pool }. Saldo pribadimu: { $balance }.
team-cap-usage = Sebutkan anggota dan batas bulanan dalam kredit: /team cap @nama 300 — atau /team cap @nama off untuk mencabutnya.
team-cap-set = 🎚 { $name } sekarang boleh memakai hingga { $cap } kredit kas per bulan.
team-cap-off = 🎚 { $name } tidak punya batas bulanan lagi.

## Grup

team-link-group-admins = Hanya admin grup yang bisa menghubungkannya ke tim: ini menentukan siapa yang membayar karya semua orang di sini.
team-linked = 🔗 Grup ini sekarang terhubung ke <b>{ $team }</b>. /imagine, /video, dan /edit para anggota di sini dibayar dari kas tim (dalam batas bulanan masing-masing) dan disimpan di proyek <b>{ $project }</b>. /team link off membatalkannya.
team-unlinked = Grup ini tidak lagi terhubung ke <b>{ $team }</b>: di sini semua kembali membayar dengan kredit sendiri.

## Menghapus

team-delete-confirm = ⚠️ Hapus <b>{ $team }</b>? Anggota, undangan, dan grup yang terhubung akan hilang; kredit di kas kembali kepadamu. Ini tidak bisa dibatalkan.
team-delete-confirm-button = 🗑 Hapus tim
team-delete-cancel-button = Simpan saja
team-deleted = 🗑 <b>{ $team }</b> sudah dihapus. { $credits ->
        [0] Kasnya kosong.
       *[other] { $credits } kredit kembali ke saldomu.
    }
team-delete-kept = Tidak ada yang dihapus.
team-delete-stale = Tombol itu milik tim lain. Kirim /team delete lagi.

## Catatan (/team log)

team-log-empty = Belum ada kejadian di tim ini.
team-log-title = 📜 <b>{ $team }</b> — terbaru lebih dulu:
team-log-line = { DATETIME($date, month: "short", day: "numeric", hour: "2-digit", minute: "2-digit") } · { $event }
team-log-team-created = { $actor } membuat tim
team-log-invite-created = { $actor } membuat undangan { $invite } ({ $role }, { $uses } kali pakai)
team-log-invite-revoked = { $actor } membatalkan undangan { $invite }
team-log-invites-revoked-all = { $actor } membatalkan semua undangan terbuka
team-log-joined = { $actor } bergabung sebagai { $role } (undangan { $invite })
team-log-role-changed = { $actor } menjadikan { $target } { $to } (sebelumnya { $from })
team-log-member-removed = { $actor } mengeluarkan { $target }
team-log-member-left = { $actor } keluar
team-log-ownership-transferred = { $actor } menyerahkan kepemilikan kepada { $target }
team-log-renamed = { $actor } mengganti nama tim dari { $from } menjadi { $to }
team-log-deleted = { $actor } menghapus tim ({ $returned } dikembalikan)
team-log-topup = { $actor } menambahkan { $credits } kredit miliknya
team-log-purchase = { $actor } membeli { $credits } kredit dengan Stars
team-log-spent = { $actor } memakai { $credits } untuk sebuah karya
team-log-cap-set = { $cap ->
        [none] { $actor } mencabut batas bulanan { $target }
       *[other] { $actor } menetapkan batas bulanan { $target } menjadi { $cap }
    }
team-log-group-linked = { $actor } menghubungkan grup (disimpan di { $project })
team-log-group-unlinked = { $actor } memutus hubungan grup
team-log-creation-transferred = { $actor } memberikan sebuah karya kepada { $target }
team-log-project-created = { $actor } membuat proyek { $project }
team-log-privacy-changed = { $actor } menjadikan { $project } { $privacy }

## Membeli untuk tim

team-buy-button = 👥 Untuk tim: { $team }
team-buy-choose = Paket mana untuk kas <b>{ $team }</b>?
team-buy-not-allowed = Hanya pemilik dan admin tim yang bisa mengisi kasnya.
team-invoice-title = { $credits } kredit tim
team-invoice-description = { $credits } kredit untuk kas bersama { $team }, untuk karya para anggotanya.
team-pay-thanks = ⭐ Terima kasih! { $credits } kredit masuk ke kas <b>{ $team }</b> — isinya sekarang { $pool }.
stats-team-pools = Kas tim: { $pools }, berisi { $credits } kredit

## Berkarya di grup yang terhubung

gen-refused-team-not-member = Karya di grup ini dibayar oleh tim { $team }, dan kamu bukan anggotanya. Minta undangan ke salah satu adminnya.
gen-refused-team-viewer = Kamu penonton di { $team }: penonton tidak bisa memakai kredit tim. Admin bisa menjadikanmu editor.
gen-refused-team-cap = Ini perlu { $cost } kredit dan sisa batas bulananmu di { $team } ({ $cap }) tinggal { $left }. Pemilik bisa menaikkannya dengan /team cap.
gen-refused-team-pool-empty = { $model } perlu { $cost } kredit dan kas { $team } berisi { $balance }. Pemilik atau admin bisa mengisinya dengan /buy atau /team topup.

## Penolakan

team-error-no-team = Kamu belum ada di tim mana pun. Buat dengan /team new &lt;nama&gt;, atau buka tautan undangan.
team-error-forbidden = Peranmu di <b>{ $team }</b> tidak mengizinkan itu. /team menunjukkan siapa boleh apa.
team-error-name-invalid = Beri nama sepanjang 1 sampai 64 karakter.
team-error-name-taken = Kamu sudah punya yang bernama <b>{ $name }</b>. Pilih nama lain.
team-error-member-unknown = Aku tidak menemukan anggota itu. Pakai @username-nya atau balas salah satu pesannya.
team-error-role-invalid = Perannya: admin, editor, dan viewer.
team-error-self = Kamu tidak bisa melakukan itu pada dirimu sendiri.
team-error-owner-cannot-leave = Kamu pemilik <b>{ $team }</b>: serahkan dulu dengan /team transfer &lt;anggota&gt;, atau hapus dengan /team delete.
team-error-jobs-running = Masih ada { $count } karya yang dibayar kas sedang dibuat. Coba lagi setelah selesai.
team-error-insufficient = Kreditmu sendiri { $balance } — tidak cukup untuk itu.
team-error-amount-invalid = Masukkan bilangan bulat (kredit, atau jumlah orang untuk undangan: 1 sampai 100).
team-error-invite-invalid = Tautan undangan ini sudah tidak berlaku — mungkin kedaluwarsa, habis dipakai, atau dibatalkan. Minta yang baru.
team-error-already-member = Kamu sudah ada di <b>{ $team }</b>.
team-error-group-only = Itu berlaku di grup: tambahkan aku ke grup lalu kirim /team link di sana.
team-error-team-unknown = Kamu tidak ada di tim bernama <b>{ $name }</b>.
team-error-project-unknown = Aku tidak melihat proyek bernama <b>{ $name }</b>. /projects menampilkan milikmu.
team-error-team-privacy-personal = Proyek pribadi bersifat privat atau publik; "team" untuk proyek tim.
team-error-creation-unknown = Aku tidak menemukan karya itu.
team-error-creation-not-yours = Karya itu bukan milikmu untuk disimpan atau diberikan.

## Proyek

project-privacy-private = privat
project-privacy-team = untuk tim
project-privacy-public = publik
project-button-add = 📁 Ke proyek
project-button-details = ℹ️ Detail
project-button-remix = 🔁 Remiks
project-help =
    📁 <b>Proyek</b> mengumpulkan karya-karya.

    /project new &lt;nama&gt; — proyek pribadi (/project new team &lt;nama&gt; — untuk timmu)
    /project add [nama] — balas sebuah karya untuk menyimpannya (atau pakai tombol 📁-nya)
    /project privacy &lt;nama&gt; private|team|public — public memberi halaman yang hanya bisa dilihat
    /projects [nama] — proyekmu, atau isi salah satunya
    /transfer @nama — balas sebuah karya untuk memberikannya ke rekan tim
project-created = 📁 Proyek <b>{ $project }</b> dibuat (privat). Simpan karya dengan tombol 📁 di bawahnya.
project-created-team = 📁 Proyek tim <b>{ $project }</b> dibuat di <b>{ $team }</b>; semua anggota bisa melihatnya.
project-add-usage = Balas salah satu karyaku dengan /project add (atau /project add <proyek>), atau ketuk tombol 📁-nya.
project-choose = Ke proyek mana?
project-none-to-add = Kamu belum punya proyek untuk menyimpannya — buat dengan /project new <nama>.
project-added = ✅ Disimpan di <b>{ $project }</b>.
project-already-there = Sudah ada di <b>{ $project }</b>.
project-added-toast = Tersimpan!
project-already-there-toast = Sudah ada
project-privacy-usage = Kirim /project privacy <nama> private, team, atau public.
project-privacy-set = 🔒 <b>{ $project }</b> sekarang { $privacy }. Tautan publiknya, jika ada, tidak berlaku lagi.
project-public = 🌐 <b>{ $project }</b> sekarang publik. Siapa pun yang punya tautan ini bisa melihat gambar dan videonya (tidak ada yang lain):
    { $link }
    Mengatur privasi lagi akan membuat tautan baru dan menonaktifkan yang ini.
projects-none = Belum ada proyek. Mulai dengan /project new &lt;nama&gt;.
projects-title = 📁 <b>Proyekmu</b>
projects-line = #{ $id } <b>{ $project }</b> · { $count } karya · { $privacy }
projects-line-team = #{ $id } <b>{ $project }</b> · { $count } karya · { $privacy } · 👥 { $team }
projects-footer = /projects &lt;nama&gt; menampilkan isinya.
project-show-title = 📁 <b>{ $project }</b> · { $count } karya
project-item-line = • { $model } oleh { $maker }: “{ $prompt }”
project-empty = Belum ada apa-apa di sini.

## Memberikan karya dan asal-usulnya

transfer-usage = Balas salah satu karyamu dengan /transfer @nama untuk memberikannya ke seseorang di timmu.
transfer-done = 🎁 Sekarang milik { $name } — sudah pindah ke /history miliknya.
creation-not-visible = Karya ini tidak terlihat olehmu.
creation-made-by = ℹ️ { $model } · dibuat oleh { $maker } pada { DATETIME($date, month: "short", day: "numeric", year: "numeric") }
creation-from = ↳ dibuat dari karya { $model } milik { $maker }
creation-original = ↳ karya asli, dibuat dari deskripsi
creation-owner = 🎁 sekarang milik { $owner }
creation-paid-by-team = 👥 dibayar oleh { $team }

## Halaman publik proyek

project-page-title = Karya bersama
project-page-count = { $count ->
        [0] Belum ada apa-apa di sini.
       *[other] { $count } karya
    }
project-page-image = Sebuah karya
project-page-video = Sebuah karya video
project-page-missing-title = Tidak ditemukan
project-page-missing = Halaman ini tidak ada, atau tautannya sudah dinonaktifkan.
