### Velro's general messages (Arabic). Phrasing avoids guessing the user's gender:
### no imperatives or second-person present verbs addressed to the user.

## /start and /help

start-new-user =
    أهلًا { $name }! أنا Velro 👋، رفيقك بالذكاء الاصطناعي: أُصغي إليك، وأتذكّر ما يهمّك، وأؤنس وقتك.

    أنا هنا لأسمع كل ما يدور في بالك. والأمر /help يعرض كل ما أستطيع فعله.

start-returning-user = أهلًا بعودتك يا { $name }! لنُكمل من حيث توقفنا، أو يمكنك البدء من جديد عبر /reset.

help-intro = أنا Velro، رفيقك بالذكاء الاصطناعي. كل ما يلزم رسالة منك — وفي المجموعات تكفي الإشارة إليّ أو الرد على رسالتي.

help-command-line = /{ $command } — { $description }

help-mode-llm = 🧠 الردود بواسطة النموذج { $model }.

help-mode-offline = 🔌 الوضع غير المتصل: الردود من المجيب المدمج لديّ (لا يوجد نموذج لغوي مُعدّ).

## /reset

reset-done = 🧹 بداية جديدة! وضعت محادثتنا السابقة جانبًا — عمّ نتحدث الآن؟

## Stopping a reply (/cancel and the stop button)

cancel-nothing = لا يوجد ما يمكن إيقافه الآن، فأنا لا أكتب شيئًا. 🙂

stop-button = ✖ إيقاف

stop-toast-stopping = جارٍ الإيقاف…

stop-toast-finished = اكتمل هذا الرد بالفعل.

chat-stopped-note = ⏹ تم الإيقاف.

chat-stopped-empty = ⏹ تم الإيقاف قبل أن أكتب أي شيء.

## Reply failures

chat-error-timeout = ⏳ عذرًا، استغرق الأمر وقتًا أطول من اللازم. يُرجى المحاولة مجددًا بعد لحظات.

chat-error-busy = تصلني رسائل كثيرة جدًا الآن — يُرجى المحاولة مجددًا بعد دقيقة.

chat-error-unavailable = ⚠️ تعذّر عليّ الوصول إلى نموذجي اللغوي الآن. يُرجى المحاولة مجددًا بعد قليل.

## Fallbacks

unknown-command = لا أعرف هذا الأمر. يعرض /help الأوامر التي أعرفها.

button-expired = هذا الزر لم يعد فعّالًا.

media-sticker = ملصق جميل! 😄 لكنني لا أقرأ إلا النصوص حاليًا — ما رأيك أن نتكلم بالكلمات؟
media-voice = لا أستطيع الاستماع إلى الرسائل الصوتية بعد 🎧 — هل يمكنك كتابتها لي؟
media-video-note = لا أستطيع مشاهدة رسائل الفيديو بعد — هل يمكنك كتابتها لي؟
media-audio = لا أستطيع الاستماع إلى الملفات الصوتية بعد — هل يمكنك وصفها لي كتابةً؟
media-photo = لا أستطيع رؤية الصور في المحادثة بعد 📷 — هل يمكنك وصفها لي؟
media-video = لا أستطيع مشاهدة الفيديوهات بعد — هل يمكنك إخباري بما فيه؟
media-animation = ها! لا أستطيع مشاهدة صور GIF، لكنني فهمت الأجواء. 😄
media-document = لا أستطيع فتح الملفات بعد — هل يمكنك لصق النص هنا لأقرأه؟
media-location = شكرًا على الموقع! لكنني لا أستطيع استخدام المواقع بعد.
media-contact = شكرًا! لكن لا يمكنني فعل شيء بجهات الاتصال.
media-poll = لا أستطيع التصويت في الاستطلاعات، لكن يسعدني أن أعرف موضوعه.

## Limits and failures of the bot itself

rate-limited =
    رسائل كثيرة دفعة واحدة! 😅 أحتاج إلى { $seconds ->
        [zero] { $seconds } ثانية
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
        [many] { $seconds } ثانية
       *[other] { $seconds } ثانية
    } لألحق بك، ثم نُكمل.

dead-letter-notice = 😕 عذرًا، حدث خطأ من جهتي ولم أتمكن من معالجة تلك الرسالة حتى بعد عدة محاولات. يُرجى إرسالها مجددًا بعد لحظات.

admin-only = هذا الأمر مخصص للمشرفين.

admin-only-button = هذا مخصص للمشرفين.

button-cancel = إلغاء

## /language

language-self-name = العربية

# $language is the current language's own name ("العربية"), so "ب{ $language }" reads "بالعربية".
language-choose = 🌐 أتحدث معك الآن ب{ $language }. بأي لغة نتحدث؟

language-choose-group = 🌐 أتحدث في هذه المجموعة ب{ $language }. يمكن لمشرفي المجموعة اختيار لغة أخرى:

language-set = ✅ تم! من الآن فصاعدًا سأتحدث معك ب{ $language }.

language-set-group = ✅ تم! من الآن فصاعدًا سأتحدث في هذه المجموعة ب{ $language }.

language-admins-only = وحدهم مشرفو المجموعة يمكنهم تغيير لغتها. ويمكنك اختيار لغتك في محادثتنا الخاصة عبر /language.

language-unknown = هذه اللغة غير متاحة.
