### Photos and documents the user sends: photos go to a model that can see, documents are read and kept in memory.

# Reply to a photo when no model that can see pictures is configured on this bot.
photo-not-set-up = I can't see photos on this bot yet 📷 — could you tell me in words what's in it?
# Reply to a picture sent as a file that is larger than the bot reads. $max: the limit in megabytes.
photo-too-big = That picture is too large for me to open (I take files up to { $max } MB). Could you send it as a regular photo instead?
# Reply when looking at photos has a price the user can't pay. $cost: credits per photo, $balance: the user's credits.
photo-no-credits = Looking at a photo costs { $cost } credits and you have { $balance }. /buy tops up — or describe the photo to me in words.
# Reply when the vision model declined to look at the picture (a refusal or a content filter). Nothing was charged.
photo-refused = I'm not able to look at this picture, sorry — the model I see with declined it. Nothing was charged. Want to tell me about it in words?
# Reply when looking at the photo failed (the service was down, too slow, or refused the request).
photo-failed = ⚠️ I couldn't look at that photo just now. Please try again in a moment.
# Added under a failure when the price was given back. $credits: the credits returned.
media-refunded = { $credits } { $credits ->
        [one] credit was
       *[other] credits were
    } returned to your balance.

# Reply to a file type the bot does not read. $name: the file name; $extension: its extension without the dot, or "none".
doc-unsupported = { $extension ->
        [none] I can't open “{ $name }” — I read text, Markdown and PDF files. Could you send it as one of those?
       *[other] I can't open .{ $extension } files like “{ $name }” — I read text, Markdown and PDF files. Could you send it as one of those?
    }
# Reply to a document over the size limit. $name: the file name; $max: the limit in megabytes.
doc-too-big = “{ $name }” is too large for me — I read files up to { $max } MB. Could you send a smaller part of it?
# Reply to a PDF with more pages than the limit. $name: the file name; $pages: its pages; $max: the limit.
doc-too-many-pages = “{ $name }” has { $pages } pages, and I read up to { $max }. Could you send the part you'd like me to look at?
# Reply when reading documents has a price the user can't pay. $cost: credits per document, $balance: the user's credits.
doc-no-credits = Reading a document costs { $cost } credits and you have { $balance }. /buy tops up — or paste the part you need as text.
# Reply to a file that is damaged or not what its name says (a PDF that won't open, a binary file named .txt). $name: the file name.
doc-corrupt = I couldn't open “{ $name }” — the file seems to be damaged, or it isn't really a text or PDF file. Could you export it again and resend?
# Reply to a password-protected PDF. $name: the file name.
doc-protected = “{ $name }” is password-protected, so I can't read it. Could you send a copy without the password?
# Reply to a PDF made of scanned pages: pictures of text, with no text layer to read. $name: the file name.
doc-scanned = “{ $name }” looks like a scanned PDF — its pages are pictures, with no text I can read. If you send the pages as photos, I can look at them; or paste the text.
# Reply to a document with no text in it. $name: the file name.
doc-empty = “{ $name }” is empty — I found no text in it.
# Reply when downloading or reading a document failed for a reason that is not the file's fault. $name: the file name.
doc-failed = ⚠️ I couldn't read “{ $name }” just now. Please try sending it again in a moment.
# Sent before the answer when a document is longer than the bot keeps in memory. $name: the file name.
doc-truncated = 📄 “{ $name }” is long — I've read and kept its beginning, about seventy pages' worth.
# Reply when there is no language model to discuss the document with: it was read and kept. $name: the file name; $pages: its pages (0 for text files).
doc-kept = 📄 Got “{ $name }”{ $pages ->
        [0] {""}
        [one] {" "}(1 page)
       *[other] {" "}({ $pages } pages)
    } — I've read it and keep it in my memory. /forget removes it whenever you like.

# Title of the memory room that holds the documents the user sent (in /memory and /forget).
room-documents = 📄 Documents
