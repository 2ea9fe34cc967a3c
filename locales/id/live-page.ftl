# The live-status web page (opened from the /token link).

live-title = Velro · status langsung
live-token-placeholder = Tempel token dari /token
live-connect = Hubungkan
live-not-connected = Belum terhubung. Kirim /token ke bot untuk mendapatkan token.
live-balance = Saldo
live-generations = Karya
live-conversation = Obrolan
live-events = Peristiwa
live-credits-unit = kredit
live-col-job = tugas
live-col-model = model
live-col-status = status
live-col-progress = progres
live-col-result = hasil
live-open = buka
live-failed = gagal
live-connecting = Menghubungkan…
live-connected = Terhubung sebagai { $user }
live-connected-admin = Terhubung sebagai { $user } (admin)
live-missed = beberapa peristiwa lama terlewat selama offline
live-error = error: { $message }
live-disconnected-fatal = Terputus: { $reason }. Dapatkan token baru dengan /token.
live-reconnecting = Terputus ({ $reason }); menyambung ulang dalam { $seconds } dtk…
