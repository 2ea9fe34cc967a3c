### /persona, /memory and /forget (Arabic).

## /persona

persona-menu =
    أنا الآن { $emoji } { $name }. أي شخصية أكون؟

    { $list }

    أو يمكنك وصف شخصية خاصة بك: /persona custom <الوصف>

persona-line = { $emoji } { $name } — { $tagline }

persona-tagline-velro = رفيقك الدافئ المنتبه، يتذكّر ما يهمّك
persona-tagline-kit = صديق لاذع اللسان وساخر، لكن قلبه طيب
persona-tagline-sage = مرشد هادئ وحكيم يساعدك على التفكير في الأمور بتأنٍّ
persona-tagline-spark = رفيق مرح ومفعم بالحيوية يحوّل أي شيء إلى مغامرة
persona-tagline-atlas = مساعد موجز ومحترف: إجابات واضحة بلا حشو

persona-chosen-toast = { $emoji } ليكن { $name }!

persona-chosen = { $emoji } أنا الآن { $name } — { $tagline }

persona-unavailable = هذه الشخصية لم تعد متاحة.

persona-custom-created =
    { $emoji } أقدّم لك { $name }: { $tagline }
    سأتحدث بهذه الطريقة من الآن. وللعودة إلى الشخصيات الأخرى: /persona

persona-custom-empty = يكفي وصف الشخصية في جملة أو جملتين، مثلًا: /persona custom بحّار متقاعد هادئ اسمه نيد يحب الشاي

persona-custom-too-short = هذا الوصف قصير جدًا: الحد الأدنى لعدد الأحرف { $min }. مثال: /persona custom بحّار متقاعد هادئ اسمه نيد يحب الشاي

persona-custom-too-long = هذا الوصف طويل جدًا: الحد الأقصى لعدد الأحرف { $max }، وفي وصفك { $length }. جملة أو جملتان تكفيان.

persona-custom-refused = لا يمكنني استخدام هذه الشخصية: يمكن للوصف أن يشكّل طباعي، لكنه لا يغيّر قواعدي. الأفضل وصف طريقة كلام الشخصية وطباعها.

## The memory palace: rooms

room-identity = 🪪 عنك
room-people = 👥 الأشخاص
room-work = 💼 العمل
room-education = 🎓 الدراسة
room-hobbies = 🎨 الهوايات
room-preferences = ❤️ الأذواق
room-plans = 🗓 الخطط
room-events = 📅 الأحداث
room-health = 🩺 الصحة
room-places = 📍 الأماكن
room-pets = 🐾 الحيوانات الأليفة
room-feelings = 💭 المشاعر
room-episodes = 💬 المحادثات

## /memory

memory-empty = لا أتذكّر شيئًا عنك بعد. يسعدني أن أعرف عنك المزيد!

memory-overview =
    🏛 قصر ذاكرتك: { $memories ->
        [zero] { $memories } ذكرى
        [one] ذكرى واحدة
        [two] ذكريان
        [few] { $memories } ذكريات
        [many] { $memories } ذكرى
       *[other] { $memories } ذكرى
    } في { $rooms ->
        [zero] { $rooms } غرفة
        [one] غرفة واحدة
        [two] غرفتين
        [few] { $rooms } غرف
        [many] { $rooms } غرفة
       *[other] { $rooms } غرفة
    }. أي غرفة نفتح؟

memory-page-title = { $room } — الصفحة { $page }/{ $pages }

memory-when = { $relative }، { DATETIME($date, day: "numeric", month: "short", year: "numeric") }

memory-room-empty = أصبحت غرفة «{ $room }» فارغة الآن.

memory-button-prev = ‹ السابق
memory-button-rooms = « الغرف
memory-button-next = التالي ›

memory-unknown-room = غرفة غير معروفة.

## /forget

forget-pick = ماذا أنسى؟ غرفة بعينها، أم كل شيء؟

forget-button-everything = 🧨 نسيان كل شيء

forget-all-confirm = هل أنسى كل ما أتذكّره عنك؟ لا يمكن التراجع عن ذلك.

forget-button-confirm = نعم، انسَ كل شيء

forget-room-done =
    تم: نسيت { $count ->
        [zero] { $count } ذكرى
        [one] ذكرى واحدة
        [two] ذكريين
        [few] { $count } ذكريات
        [many] { $count } ذكرى
       *[other] { $count } ذكرى
    } من { $room }.

forget-room-toast =
    نُسيت { $count ->
        [zero] { $count } ذكرى
        [one] ذكرى واحدة
        [two] ذكريان
        [few] { $count } ذكريات
        [many] { $count } ذكرى
       *[other] { $count } ذكرى
    }.

forget-not-found = لم أجد ذكرى كهذه. يعرض /memory كل ما أتذكّره.

forget-one-done = نُسيت: «{ $text }»

forget-toast-forgotten = نُسيت.

forget-toast-gone = حُذفت بالفعل.

forget-toast-wiped = تم.

forget-all-done =
    🧹 تم — نسيت { $count ->
        [zero] كل شيء
        [one] الذكرى الوحيدة
        [two] الذكريين كلتيهما
       *[other] ذكرياتك كلها ({ $count })
    }. سنبدأ بصفحة بيضاء.

forget-toast-cancelled = لم يُنسَ شيء.

forget-cancelled = حسنًا، سأبقى أتذكّر.

## /mood

mood-unknown = لم أتعرّف على مزاجك بعد. لنتحدّث قليلًا، وسألاحظ ذلك.

mood-overall-very-low = يبدو أن معنوياتك منخفضة جدًا في الآونة الأخيرة.
mood-overall-low = يبدو أن معنوياتك منخفضة بعض الشيء في الآونة الأخيرة.
mood-overall-even = يبدو أن مزاجك متّزن إلى حدّ ما في الآونة الأخيرة.
mood-overall-high = يبدو أن مزاجك جيد في الآونة الأخيرة.
mood-overall-very-high = يبدو أن معنوياتك عالية جدًا في الآونة الأخيرة.

mood-streak =
    والحال على هذا منذ { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }.

mood-energy-high = وألمح أيضًا قدرًا واضحًا من التوتر.
mood-energy-low = ويبدو أيضًا أن طاقتك منخفضة.

mood-salient-anger = يظهر بعض الضيق والإحباط في رسائلك.
mood-salient-disgust = يبدو أن شيئًا ما أثار نفورك فعلًا.
mood-salient-fear = لمستُ بعض القلق في كلامك.
mood-salient-joy = كانت رسائلك مليئة بالفرح.
mood-salient-sadness = ألمح شيئًا من الحزن في كلماتك.
mood-salient-surprise = يبدو أن أمورًا كثيرة فاجأتك.

mood-sure-high =
    هذا مبنيّ على { $samples ->
        [zero] { $samples } رسالة
        [one] رسالة واحدة
        [two] رسالتين
        [few] { $samples } رسائل
        [many] { $samples } رسالة
       *[other] { $samples } رسالة
    }، وأثق بذلك كثيرًا.
mood-sure-medium =
    هذا مبنيّ على { $samples ->
        [zero] { $samples } رسالة
        [one] رسالة واحدة
        [two] رسالتين
        [few] { $samples } رسائل
        [many] { $samples } رسالة
       *[other] { $samples } رسالة
    }، وأثق بذلك إلى حدّ معقول.
mood-sure-low =
    هذا مبنيّ على { $samples ->
        [zero] { $samples } رسالة
        [one] رسالة واحدة
        [two] رسالتين
        [few] { $samples } رسائل
        [many] { $samples } رسالة
       *[other] { $samples } رسالة
    }، لكنه مجرد انطباع أوّلي، فلا أستطيع الجزم به.
mood-sure-lexicon =
    هذا مبنيّ على { $samples ->
        [zero] { $samples } رسالة
        [one] رسالة واحدة
        [two] رسالتين
        [few] { $samples } رسائل
        [many] { $samples } رسالة
       *[other] { $samples } رسالة
    }، لكنني لا أميّز إلا القليل من كلمات المشاعر في لغتك، لذا فهو تخمين تقريبي.

mood-stance-comforting = سأبقى بقربك بلطف، وأنا هنا من أجلك.
mood-stance-soothing = لنُبقِ الأجواء بيننا هادئة وسلسة.
mood-stance-upbeat = يسعدني أن نتشارك هذا المزاج الجميل!
mood-stance-playful = أنا أيضًا في مزاج مرح.
mood-stance-steady = سأحافظ على هدوئي وأكتفي بالإصغاء.
mood-stance-reserved = سأقلّل من الكلام قليلًا وأترك لك زمام الحديث.
