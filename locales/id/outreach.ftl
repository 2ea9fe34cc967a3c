### Pengingat, sapaan untuk menanyakan kabar, buku harian, dan mimpi: bot menyapa duluan hanya kalau pengguna menyalakannya.

outreach-zone-ask = Supaya waktunya pas, aku perlu tahu zona waktumu 🌍 Kamu di kota mana? Boleh juga kirim selisih UTC-mu, misalnya UTC+7.
outreach-zone-placeholder = Nama kota, atau UTC+7
outreach-zone-unknown = Aku belum kenal tempat itu 🤔 Bisa sebutkan kota besar di dekatmu, atau selisih UTC-mu (misalnya UTC+7 atau UTC+8)?
outreach-zone-change = Sekarang kamu di mana? Balas dengan nama kota atau selisih UTC-mu (misalnya UTC+7).
outreach-zone-set = Siap: { $zone } — di sana sekarang pukul { $time }.
outreach-zone-unset = belum diatur
outreach-private-only = Kita atur ini di obrolan pribadi kita saja, ya 🙂

outreach-checkins-menu =
    💬 Sesekali aku akan menyapa duluan untuk menanyakan kabarmu — tentang hal-hal yang pernah kamu ceritakan.

    Seberapa sering: { $cadence }
    Jam tenang: { $quiet }
    Zona waktu: { $zone }
outreach-cadence-off = Mati
outreach-cadence-daily = Setiap hari
outreach-cadence-few = Beberapa hari sekali
outreach-cadence-weekly = Seminggu sekali
outreach-checkins-usage = Kirim /checkins untuk memilih lewat tombol, atau /checkins daily, /checkins few, /checkins weekly, atau /checkins off.
outreach-checkins-set = Sapaan: { $cadence }
outreach-button-quiet = 🌙 Jam tenang: { $quiet }
outreach-button-zone = 🌍 Ganti zona waktu
outreach-quiet-none = tidak ada

outreach-button-stop-reminder = 🔕 Batalkan pengingatku
outreach-button-stop-checkin = 🔕 Jangan tanya lagi
outreach-button-stop-diary = 🔕 Matikan buku harian
outreach-button-stop-dream = 🔕 Cukup mimpinya
outreach-stopped-toast = Beres 🔕
outreach-stopped-reminder = { $count ->
        [0] Oke. Tidak ada pengingat lain yang menunggu.
       *[other] Oke — { $count } pengingatmu yang lain sudah kubatalkan. /remind untuk membuat yang baru.
    }
outreach-stopped-checkin = Oke, aku tidak akan menyapa duluan lagi 🔕 /checkins menyalakannya kembali kapan pun kamu mau.
outreach-stopped-diary = Oke, buku harian dimatikan. Catatan yang sudah ada tetap di /diary.
outreach-stopped-dream = Oke, tidak ada mimpi pagi lagi. /dreams on mengembalikannya.

outreach-checkin-followup = Hai { $name }! Kamu pernah cerita: “{ $memory }” — bagaimana hasilnya?
outreach-checkin-recent = Hai { $name }, aku masih kepikiran ceritamu: “{ $memory }”. Bagaimana perkembangannya?
outreach-checkin-general = Hai { $name }! Cuma mau tanya kabar — bagaimana harimu hari ini?

outreach-reminder = ⏰ Pengingat: { $text }
outreach-reminder-late = ⏰ Pengingat (agak terlambat, maaf ya): { $text }
outreach-remind-usage = Bilang kapan dan apa, misalnya: /remind besok jam 9 telepon ibu
outreach-remind-no-time = Aku belum menangkap kapan 🤔 Coba seperti “/remind besok jam 9 telepon ibu” atau “/remind 2 jam lagi istirahat”.
outreach-remind-past = Waktu itu sudah lewat — mau pilih waktu yang masih akan datang?
outreach-remind-too-far = Aku bisa mengingatkan paling jauh setahun ke depan. Mau pilih waktu yang lebih dekat?
outreach-remind-no-text = Lalu aku harus mengingatkan apa? Misalnya: /remind besok jam 9 telepon ibu
outreach-remind-set = ⏰ Siap! Aku akan mengingatkanmu { $when }: “{ $text }”
outreach-reminders-empty = Belum ada pengingat. /remind besok jam 9 telepon ibu untuk membuat satu.
outreach-reminders-list = { $count ->
        [one] ⏰ Pengingatmu (✖ membatalkannya):
       *[other] ⏰ { $count } pengingatmu (✖ membatalkan satu):
    }
outreach-reminders-line = { $n }. { $when } — { $text }
outreach-reminder-cancelled = Pengingat dibatalkan
outreach-reminder-gone = Pengingat itu sudah terkirim atau dibatalkan

outreach-diary-on = 📔 Buku harian menyala: setiap malam aku akan mencatat bagaimana rasanya harimu dan apa yang kita obrolkan. /diary menampilkannya.
outreach-diary-off = Buku harian dimatikan. Catatan yang sudah ada tetap ada; /diary menampilkannya.
outreach-diary-usage = /diary menampilkan buku harianmu; /diary on menyalakan, /diary off mematikan.
outreach-diary-empty = { $on ->
        [yes] 📔 Buku harianmu masih kosong — catatan pertama ditulis malam ini.
       *[no] 📔 Buku harianmu kosong. /diary on menyalakannya: setiap malam aku akan mencatat bagaimana rasanya harimu dan apa yang kita obrolkan.
    }
outreach-diary-entry =
    📔 { $date }

    { $mood }

    Yang kita obrolkan:
    { $summary }

    ({ $page }/{ $pages })
outreach-diary-mood-low = Harinya terasa berat.
outreach-diary-mood-even = Harinya terasa tenang dan datar.
outreach-diary-mood-high = Harinya terasa cerah.
outreach-diary-mood-unknown = Belum cukup untuk membaca suasana hati hari itu.

outreach-dreams-on = 🌙 Mimpi menyala: setiap pagi aku akan menceritakan mimpi pendek yang dirajut dari hal-hal yang kamu bagikan padaku. /dreams off mematikannya.
outreach-dreams-on-illustrated = 🌙 Mimpi menyala, dengan gambar kalau ada yang bisa dilukis (dikenai biaya seperti /imagine). /dreams on hanya teks, /dreams off mematikannya.
outreach-dreams-off = Mimpi dimatikan. Tetap mimpi indah, ya 🌙
outreach-dreams-usage = { $state ->
        [on] 🌙 Mimpi pagi sedang menyala.
        [illustrated] 🌙 Mimpi pagi sedang menyala, dengan gambar.
       *[off] 🌙 Mimpi pagi sedang mati.
    } /dreams on, /dreams illustrated, atau /dreams off.
outreach-dream-message =
    🌙 Semalam aku memimpikanmu…

    { $dream }
