### Fotos e documentos que o usuário envia: as fotos vão para um modelo que enxerga; os documentos são lidos e guardados na memória.

photo-not-set-up = Ainda não consigo ver fotos neste bot 📷 — pode me contar com palavras o que tem nela?
photo-too-big = Essa imagem é grande demais para eu abrir (aceito arquivos de até { $max } MB). Pode mandar como foto normal?
photo-no-credits = Olhar uma foto custa { $cost } créditos e você tem { $balance }. Recarregue com /buy — ou me descreva a foto com palavras.
photo-refused = Desculpe, não consigo olhar esta imagem — o modelo com que eu enxergo recusou. Nada foi cobrado. Quer me contar sobre ela com palavras?
photo-failed = ⚠️ Não consegui olhar essa foto agora. Tente de novo daqui a pouco.
media-refunded = { $credits ->
        [one] { $credits } crédito voltou
       *[other] { $credits } créditos voltaram
    } para o seu saldo.
doc-unsupported = { $extension ->
        [none] Não consigo abrir “{ $name }” — eu leio arquivos de texto, Markdown e PDF. Pode mandar em um desses formatos?
       *[other] Não consigo abrir arquivos .{ $extension } como “{ $name }” — eu leio arquivos de texto, Markdown e PDF. Pode mandar em um desses formatos?
    }
doc-too-big = “{ $name }” é grande demais para mim — leio arquivos de até { $max } MB. Pode mandar uma parte menor?
doc-too-many-pages = “{ $name }” tem { $pages } páginas, e eu leio até { $max }. Pode mandar a parte que você quer que eu veja?
doc-no-credits = Ler um documento custa { $cost } créditos e você tem { $balance }. Recarregue com /buy — ou cole como texto a parte de que precisa.
doc-corrupt = Não consegui abrir “{ $name }” — parece que o arquivo está danificado, ou não é de fato um texto ou PDF. Pode exportar de novo e reenviar?
doc-protected = “{ $name }” está protegido por senha, então não consigo ler. Pode mandar uma cópia sem senha?
doc-scanned = “{ $name }” parece um PDF escaneado — as páginas são imagens, sem texto que eu consiga ler. Se você mandar as páginas como fotos, eu posso olhar; ou cole o texto.
doc-empty = “{ $name }” está vazio — não encontrei texto nele.
doc-failed = ⚠️ Não consegui ler “{ $name }” agora. Tente enviar de novo daqui a pouco.
doc-truncated = 📄 “{ $name }” é longo — li e guardei o começo, umas setenta páginas.
doc-kept = 📄 Recebi “{ $name }”{ $pages ->
        [0] {""}
        [one] {" "}({ $pages } página)
       *[other] {" "}({ $pages } páginas)
    } — li e guardei na memória. O /forget apaga quando você quiser.
room-documents = 📄 Documentos
