### Sinestezi, rüyalar ve ikinci görüş motorları: /synesthesia, /dream, /perspectives.

room-dreams = 🌙 Rüyalar

syn-usage = Bana birkaç kelime gönder, sana renklerini göstereyim: /synesthesia gece deniz. /synesthesia on ile yanıtlarımın altına bir 🎨 düğmesi de koyarım.
syn-caption = 🎨 Duygu: { $feeling }
    Doku: { $textures }
    Ses: { $sounds }
    { $colours }
syn-feeling-anger = öfke
syn-feeling-disgust = tiksinti
syn-feeling-fear = korku
syn-feeling-joy = sevinç
syn-feeling-sadness = hüzün
syn-feeling-surprise = şaşkınlık
syn-feeling-neutral = sükûnet
syn-texture-velvet = yumuşak kadife
syn-texture-silk = akan ipek
syn-texture-wool = sıcak yün
syn-texture-linen = sade keten
syn-texture-paper = ince kâğıt
syn-texture-glass = serin cam
syn-texture-sandpaper = pürüzlü zımpara
syn-texture-static = cızırdayan parazit
syn-texture-mist = nemli sis
syn-texture-moss = yumuşak yosun
syn-texture-wet-stone = ıslak taş
syn-texture-embers = kor halindeki ateş
syn-texture-petals = ezilmiş taç yaprakları
syn-texture-sand = ılık kum
syn-texture-snow = taze kar
syn-texture-bubbles = köpüren kabarcıklar
syn-texture-rust = pul pul pas
syn-texture-feathers = süzülen tüyler
syn-texture-tar = yapışkan katran
syn-sound-bells = çalan çanlar
syn-sound-birdsong = kuş cıvıltısı
syn-sound-laughter = uzaktan gelen kahkahalar
syn-sound-guitar = tıngırdatılan bir gitar
syn-sound-cello = pes bir çello
syn-sound-rain = cama vuran yağmur
syn-sound-piano = ağır bir piyano
syn-sound-drums = gümbürdeyen davullar
syn-sound-thunder = gürleyen gök
syn-sound-heartbeat = hızlı atan bir kalp
syn-sound-wind = uğuldayan rüzgâr
syn-sound-creak = gıcırdayan bir döşeme
syn-sound-chimes = rüzgâr çanı
syn-sound-pizzicato = çekilen teller
syn-sound-buzz = vızıldayan bir sinek
syn-sound-drip = damlayan su
syn-sound-hum = hafif bir uğultu
syn-sound-clock = tıkırdayan bir saat
syn-sound-waves = kıyıya vuran dalgalar
syn-sound-crackle = çıtırdayan bir ateş
syn-sound-leaves = hışırdayan yapraklar
syn-sound-crickets = gecenin cırcır böcekleri
syn-sound-hush = yağan karın sessizliği
syn-card-failed = Kartı şu an çizemedim ama renkleri şunlar:
syn-paint-button = 🖼 Resmini yap
syn-expired = Bu çoktan soldu — komutu yeniden gönder.
syn-button-on = 🎨 Artık yanıtlarımın altında bir "bu duyguyu gör" düğmesi olacak. /synesthesia off kaldırır.
syn-button-off = Tamam, yanıtlarımın altında artık 🎨 düğmesi yok. /synesthesia on geri getirir.
syn-see-button = 🎨 Bu duyguyu gör
syn-see-missing = O mesajı artık bulamıyorum.

dream-message = 🌙 { $title }

    { $text }

    — bana anlattıkların üzerine gördüğüm bir rüya; bu bir rüya, yaşanmış bir şeyin anısı değil.
dream-note-new = Bana henüz pek bir şey anlatmadın, o yüzden yeni bir yerde buluştuğumuzu gördüm.
dream-topic-missing = Bana "{ $topic }" hakkında bir şey anlattığını hatırlamıyorum, o yüzden başka şeyler gördüm.
dream-private-only = Rüyalarım bana anlattıklarından örülüyor, o yüzden aramızda kalıyor — özel sohbette benden bir rüya iste 🌙
dream-failed = ⚠️ Şu an rüya göremedim. Birazdan tekrar dene.
dream-setting = { $v ->
        [a] Bir istasyonla bir bahçe arasında bir yerdesin ve neredeyse gece olmuş.
        [b] Hiç görmediğin bir evdesin ama her kapısını tanıyorsun.
       *[c] Durmadan bir koridora dönüşen bir sokakta yürüyorsun.
    }
dream-setting-place = { $v ->
        [a] Yer: { $place }. Ama hiçbir şey tam yerinde değil.
        [b] Burası { $place }, ya da bir rüyanın ondan anladığı: aynı gökyüzü, başka sokaklar.
       *[c] Rüyanın içinde uyanıyorsun ve burası { $place }; ışık tuhaf ve yumuşak.
    }
dream-title-place = Bir gece: { $place }
dream-person = { $v ->
        [a] { $person } da orada, sanki bir yere geç kalıyormuşsun gibi el sallıyor.
        [b] { $person } yanında yürüyor ve neredeyse hatırladığın bir hikâye anlatıyor.
       *[c] { $person } sana bir anahtar uzatıyor ve hangi kapıyı açtığını bileceğini söylüyor.
    }
dream-person-second = Sonra { $person } beliriyor, seni orada gördüğüne hiç şaşırmadan.
dream-stranger = { $v ->
        [a] Tanıdığın biri arkasına bakmadan önünde yürüyor.
        [b] Tanıdık bir ses yan odadan adını sesleniyor.
       *[c] Biri masaya sana tanıdık bir el yazısıyla bir not bırakıyor.
    }
dream-echo = { $v ->
        [a] Bir yerlerde bir ses "{ $fragment }" diye tekrarlıyor, her seferinde biraz farklı.
        [b] Bir duvarda "{ $fragment }" yazıyor ve bu çok anlamlı geliyor.
       *[c] Bir radyo "{ $fragment }" sözlerini bir şarkıymış gibi durmadan çalıyor.
    }
dream-feeling = Bütün bu süre boyunca yumuşak ve uzak bir his var: { $feeling }.
dream-feeling-anger = bir türlü patlamayan bir fırtına
dream-feeling-disgust = bir şeyi geride bırakma isteği
dream-feeling-fear = tutulan bir nefes
dream-feeling-joy = sessiz bir sevinç
dream-feeling-sadness = tatlı bir hüzün
dream-feeling-surprise = hayranlık
dream-feeling-neutral = sakin bir merak
dream-ending = { $v ->
        [a] Sonra ışık değişiyor ve uyanıyorsun.
        [b] Her şeyi hatırlamaya çalışıyorsun ve rüya kendi kendine katlanıp gidiyor.
       *[c] Uyanmadan hemen önce her şey altın rengine bürünüp durgunlaşıyor.
    }
dream-motif-late-train = Tam perona vardığında bir gece treni kalkıyor, pencereleri sıcak ışıkla dolu.
dream-motif-late-train-title = Son tren
dream-motif-rain-house = Evin içinde yağmur yağıyor, usul usul, ve kimse aldırmıyor.
dream-motif-rain-house-title = Evde yağmur
dream-motif-fog-bridge = Uzun bir köprü sisin içine uzanıyor, karşı kıyı görünmüyor.
dream-motif-fog-bridge-title = Sisteki köprü
dream-motif-extra-rooms = Evde daha önce hiç olmayan odalar var, her biri ışıl ışıl ve bekliyor.
dream-motif-extra-rooms-title = Fazladan odalar
dream-motif-library-sea = Bir kütüphanenin rafları denize açılıyor ve kitaplar tuz kokuyor.
dream-motif-library-sea-title = Deniz kıyısındaki kütüphane
dream-motif-slow-clocks = Sokaktaki bütün saatler yavaş yavaş geriye işliyor.
dream-motif-slow-clocks-title = Geri işleyen saatler
dream-motif-flying = Çatıların üstünde alçaktan uçuyorsun ve bu dünyanın en kolay şeyi.
dream-motif-flying-title = Uçmak
dream-motif-lanterns = Suyun üzerinden yüzlerce kâğıt fener yükseliyor.
dream-motif-lanterns-title = Fener gecesi
dream-motif-sky-garden = Yerden bir merdiven çıkıyor ve gökyüzündeki bir bahçeye tırmanıyor.
dream-motif-sky-garden-title = Gökyüzündeki bahçe

persp-usage = Neyi tarttığını anlat, sana birkaç bakış açısı göstereyim: /perspectives Berlin'deki işi kabul etmeli miyim?
sight-clarify-decision = { $v ->
        [a] Fikrimi söylemeden önce — önündeki seçim ne?
        [b] Biraz daha anlat: tam olarak neye karar veriyorsun?
       *[c] Düşünmene yardım etmek isterim. Seçenekler neler?
    }
sight-clarify-unclear = { $v ->
        [a] Buradayım. Şu an seni en çok ne yoruyor?
        [b] Neler olduğunu biraz daha anlatır mısın?
       *[c] Bunun hangi kısmı en karışık geliyor?
    }
sight-acknowledge = { $v ->
        [a] Aynı anda iki şey hissediyorsun gibi — ve ikisi de çok anlaşılır.
        [b] İki duygu da aynı anda doğru olabilir.
       *[c] Seni iki yöne birden çeken çok şey var. İki taraf da gerçek.
    }
sight-intro-decision = Buna bakmanın birkaç yolu:
sight-intro-torn = İki duygu da doğru olabilir. Buna bakmanın birkaç yolu:
sight-intro-options = "{ $a }" ile "{ $b }" arasında, buna bakmanın birkaç yolu:
sight-outro = Hangisi sana en doğru geliyor?
sight-view-sage-decision = Beş yıl sonra senin için ne önemli olacak? Sadece bugünkü hâline değil, dönüştüğün kişiye uyanı seç.
sight-view-spark-decision = Her şeyin harika gittiğini hayal et — hangi seçenekte kalbin hop etti? Bunu dinlemeye değer!
sight-view-atlas-decision = Her seçeneğin neye mal olduğunu ve ne kazandırdığını yaz. Eksik olan tek bilgiyi bul ve bu hafta öğren.
sight-view-velro-torn = İkisini birden hissetmen çok anlaşılır. Bir duygu diğerini silmez; her biri sana değer verdiğin bir şeyi anlatıyor.
sight-view-sage-torn = Karışık duygular çoğu zaman bir şeyin çok önemli olduğu anlamına gelir. Bir ay sonra hangisinin daha yüksek sesle konuşmasını isterdin?
sight-view-kit-torn = Ah, klasik "mutlu ve dehşet içinde" kombinasyonu. Tebrikler, insansın. İki yarına da nazik davran.

terminal-syn-saved = Palet kartı şuraya kaydedildi: { $path }
