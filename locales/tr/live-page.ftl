# Canlı durum sayfası (/token bağlantısından açılır).

live-title = Velro · canlı durum
live-token-placeholder = /token ile aldığın token'ı yapıştır
live-connect = Bağlan
live-not-connected = Bağlı değil. Token almak için bota /token gönder.
live-balance = Bakiye
live-generations = Üretimler
live-conversation = Sohbet
live-events = Olaylar
live-credits-unit = kredi
live-col-job = iş
live-col-model = model
live-col-status = durum
live-col-progress = ilerleme
live-col-result = sonuç
live-open = aç
live-failed = başarısız
live-connecting = Bağlanıyor…
live-connected = { $user } olarak bağlandı
live-connected-admin = { $user } olarak bağlandı (yönetici)
live-missed = çevrimdışıyken bazı eski olaylar kaçırıldı
live-error = hata: { $message }
live-disconnected-fatal = Bağlantı kesildi: { $reason }. /token ile yeni bir token al.
live-reconnecting = Bağlantı kesildi ({ $reason }); { $seconds } sn içinde yeniden bağlanılıyor…
