### Creating images and videos (Arabic). "نقطة/نقاط" = credits; model names are not translated.
### Plural forms follow Arabic grammar: 1 نقطة واحدة، 2 نقطتان/نقطتين، 3–10 نقاط، 11–99 نقطة، 100+ نقطة.

## The picker

gen-title-image = 🎨 إنشاء صورة
gen-title-video = 🎬 إنشاء فيديو
gen-title-edit = 🪄 تعديل صورتك

gen-picker-model =
    النموذج: { $model } — { $credits ->
        [zero] { $credits } نقطة
        [one] نقطة واحدة
        [two] نقطتان
        [few] { $credits } نقاط
        [many] { $credits } نقطة
       *[other] { $credits } نقطة
    }

gen-picker-aspect = نسبة الأبعاد: { $aspect }

gen-picker-balance =
    رصيدك: { $balance ->
        [zero] { $balance } نقطة
        [one] نقطة واحدة
        [two] نقطتان
        [few] { $balance } نقاط
        [many] { $balance } نقطة
       *[other] { $balance } نقطة
    }

gen-button-create =
    ✅ إنشاء — { $credits ->
        [zero] { $credits } نقطة
        [one] نقطة واحدة
        [two] نقطتان
        [few] { $credits } نقاط
        [many] { $credits } نقطة
       *[other] { $credits } نقطة
    }

gen-expired = انتهت صلاحية هذا الطلب — يُرجى إرساله مجددًا.

gen-cancelled = حسنًا، أُلغي الطلب — ولم يُخصم شيء.

gen-toast-on-it = بدأت العمل!

gen-preparing = ⏳ جارٍ تجهيز { $model }…

gen-photo-download-failed = تعذّر عليّ تنزيل تلك الصورة من تيليجرام (ربما هي كبيرة جدًا أو انتهت صلاحيتها). يُرجى إرسالها مجددًا.

## Using the commands

gen-imagine-usage = ماذا أُنشئ؟ مثلًا: /imagine ثعلب في الثلج عند الفجر
gen-video-usage = ماذا يُظهر الفيديو؟ مثلًا: /video أمواج تتكسّر عند الغروب
gen-edit-usage = يكفي الرد على صورة بـ /edit <ما يُغيَّر>، مثلًا: /edit اجعلها مثلجة.
gen-edit-prompt-missing = ما الذي أغيّره؟ مثلًا: /edit حوّلها إلى لوحة مائية.

gen-offer = هل أُنشئه لك؟ يمكنك اختيار النموذج بلمسة واحدة:

## /models, /balance, /history

gen-models-title = النماذج التي يمكنني استخدامها:

gen-models-line =
    • { $model } — { $credits ->
        [zero] { $credits } نقطة
        [one] نقطة واحدة
        [two] نقطتان
        [few] { $credits } نقاط
        [many] { $credits } نقطة
       *[other] { $credits } نقطة
    }

gen-models-footer = الأسعار بالنقاط، وكل ما يفشل تُعاد نقاطه. /balance يعرض رصيدك، و/buy لشحنه.

gen-balance =
    💳 لديك { $balance ->
        [zero] { $balance } نقطة
        [one] نقطة واحدة
        [two] نقطتان
        [few] { $balance } نقاط
        [many] { $balance } نقطة
       *[other] { $balance } نقطة
    }. يعرض /models الأسعار، ويتيح /buy الشحن بنجوم تيليجرام.

gen-history-empty = لا توجد إبداعات لك بعد. ما رأيك بتجربة: /imagine منارة في عاصفة

gen-history-title = أحدث إبداعاتك:

gen-history-line =
    { $icon } { $model }: «{ $prompt }» ({ $cost ->
        [zero] { $cost } نقطة
        [one] نقطة واحدة
        [two] نقطتان
        [few] { $cost } نقاط
        [many] { $cost } نقطة
       *[other] { $cost } نقطة
    }{ $refunded ->
        [yes] ، أُعيدت
       *[no] {""}
    })

## Refusals

gen-refused-prompt-empty = ما الذي أُنشئه؟ مثلًا: /imagine ثعلب في الثلج.

gen-refused-prompt-too-long = عدد أحرف هذا الوصف { $length }، والحد الأقصى { $limit }. يُرجى اختصاره.

gen-refused-unknown-model = هذا النموذج غير متاح لهذا الطلب. يعرض /models قائمة النماذج.

gen-refused-photo-required = يكفي الرد على صورة بـ /edit <ما يُغيَّر>.

gen-refused-rate-limited =
    وصلت إلى الحد الأقصى لعمليات الإنشاء في الدقيقة ({ $limit }) — يُرجى الانتظار { $seconds ->
        [zero] { $seconds } ثانية
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
        [many] { $seconds } ثانية
       *[other] { $seconds } ثانية
    }.

gen-refused-insufficient-credits =
    تكلفة { $model } هي { $cost ->
        [zero] { $cost } نقطة
        [one] نقطة واحدة
        [two] نقطتان
        [few] { $cost } نقاط
        [many] { $cost } نقطة
       *[other] { $cost } نقطة
    }، ورصيدك { $balance }. يمكنك الشحن عبر /buy.

gen-refused-too-many-running =
    لديك بالفعل { $max ->
        [zero] { $max } عملية إنشاء
        [one] عملية إنشاء واحدة
        [two] عمليتا إنشاء
        [few] { $max } عمليات إنشاء
        [many] { $max } عملية إنشاء
       *[other] { $max } عملية إنشاء
    } قيد التنفيذ. يُرجى الانتظار حتى تنتهي إحداها.

gen-unavailable-not-configured = 🛠 إنشاء الصور والفيديوهات غير مُفعّل في هذا البوت بعد. لم يُخصم شيء.

gen-unavailable-down = 🛠 إنشاء الصور والفيديوهات غير متاح الآن: مزوّد الخدمة لا يستجيب. لم يُخصم شيء — يُرجى المحاولة مجددًا بعد بضع دقائق.

gen-refused-already-requested = سبق طلب عملية الإنشاء هذه.

## Progress of a creation

gen-button-cancel = ✖ إلغاء

gen-toast-cancelled = أُلغيت — وأُعيدت النقاط.

gen-toast-already-finished = انتهت بالفعل.

gen-stage-submitted = ⏳ أُرسل الطلب إلى الاستوديو…
gen-stage-queued = ⏳ في قائمة الانتظار…
gen-stage-queued-position = ⏳ في قائمة الانتظار — الترتيب { $position }
gen-stage-running = 🖌 جارٍ الإنشاء الآن…

gen-done =
    ✅ تم — استُخدمت { $cost ->
        [zero] { $cost } نقطة
        [one] نقطة واحدة
        [two] نقطتان
        [few] { $cost } نقاط
        [many] { $cost } نقطة
       *[other] { $cost } نقطة
    }.

gen-result-too-large =
    { $kind ->
        [video] الفيديو كبير جدًا على تيليجرام
       *[image] الصورة كبيرة جدًا على تيليجرام
    } — إليك الرابط: { $url }

gen-result-link =
    { $kind ->
        [video] الفيديو جاهز
       *[image] الصورة جاهزة
    }: { $url }

## Failures (credits returned)

gen-failed-content-policy = رفض مرشّح الأمان لدى النموذج هذا الطلب. يُرجى إعادة صياغة الوصف — وقد أُعيدت نقاطك.

gen-failed-validation = لم يستطع النموذج قبول هذا الطلب. يُرجى تجربة وصف مختلف — وقد أُعيدت نقاطك.

gen-failed-validation-detail = لم يستطع النموذج قبول هذا الطلب ({ $detail }). يُرجى تجربة وصف مختلف — وقد أُعيدت نقاطك.

gen-failed-timeout = استغرق النموذج وقتًا طويلًا فتوقّف. أُعيدت نقاطك — يُرجى المحاولة مجددًا.

gen-failed-service = واجهت خدمة الصور/الفيديو مشكلة من جهتها. أُعيدت نقاطك — يُرجى المحاولة مجددًا بعد لحظات.

gen-failed-cancelled = أُلغيت — وأُعيدت نقاطك.

gen-failed-interrupted = توقّفت عملية الإنشاء قبل أن تبدأ. أُعيدت نقاطك — يُرجى المحاولة مجددًا.

gen-failed-unconfirmed = لم تؤكد خدمة الصور/الفيديو استلام طلبك، لذا أُعيدت نقاطك. وإن اكتمل رغم ذلك، فسأرسله إليك مجانًا.

gen-late-result-free = 🎁 اكتمل في النهاية — وهو هدية مني، ونقاطك تبقى معك.

## Bringing a photo to life: /animate and the 🎬 button

gen-title-animate = 🎬 نبثّ الحياة في صورتك

gen-animate-natural-motion = الحركة: طبيعية وهادئة، يختارها النموذج

gen-animate-hint = تريد شيئًا محددًا؟ ردّ على الصورة بـ /animate <ما الذي يتحرك>، مثلًا: /animate الأمواج تتدفق نحو الشاطئ.

gen-animate-usage = ردّ على صورة بـ /animate وسأحوّلها إلى فيديو قصير ينبض بالحياة. ويمكنك أن تخبرني بما يتحرك: /animate شعرها يتطاير مع الريح. ويمكنك أيضًا إرسال صورة مع التعليق /animate.

gen-animate-photo-gone = لم أعد أستطيع الوصول إلى تلك الصورة — يكفي أن تردّ عليها بـ /animate.

gen-button-animate = 🎬 حرّكها

gen-photo-too-big = هذه الصورة أكبر من أن أنزّلها: يسمح لي تيليجرام بتنزيل 20 ميغابايت كحد أقصى. أرسلها كصورة لا كملف، أو اختر صورة أصغر. لم يُخصم شيء.

gen-photo-not-image = هذا الملف ليس صورة يمكنني استخدامها — أرسل صورة (JPEG أو PNG أو WebP) من فضلك. لم يُخصم شيء.

## /models: sections, and what chatting costs

gen-models-section-image = 🎨 صور من الكلمات — /imagine

gen-models-section-edit = 🪄 تعديل الصور — ردّ على صورة بـ /edit

gen-models-section-video = 🎬 فيديوهات من الكلمات — /video

gen-models-section-animate = ✨ صور تنبض بالحياة — ردّ على صورة بـ /animate

gen-models-section-services = 💬 في محادثاتنا

gen-service-stt =
    • الاستماع إلى رسالة صوتية أو مرئية — { $credits ->
        [0] مجانًا
        [one] نقطة واحدة لكل رسالة
        [two] نقطتان لكل رسالة
        [few] { $credits } نقاط لكل رسالة
        [many] { $credits } نقطة لكل رسالة
       *[other] { $credits } نقطة لكل رسالة
    }

gen-service-tts =
    • الرد برسالة صوتية (/voice) — { $credits ->
        [0] مجانًا
        [one] نقطة واحدة لكل 500 حرف بدأت
        [two] نقطتان لكل 500 حرف بدأت
        [few] { $credits } نقاط لكل 500 حرف بدأت
        [many] { $credits } نقطة لكل 500 حرف بدأت
       *[other] { $credits } نقطة لكل 500 حرف بدأت
    }

gen-service-vision =
    • النظر في صورة ترسلها — { $credits ->
        [0] مجانًا
        [one] نقطة واحدة لكل صورة أو ألبوم
        [two] نقطتان لكل صورة أو ألبوم
        [few] { $credits } نقاط لكل صورة أو ألبوم
        [many] { $credits } نقطة لكل صورة أو ألبوم
       *[other] { $credits } نقطة لكل صورة أو ألبوم
    }

gen-service-documents =
    • قراءة مستند ترسله (نص، Markdown، PDF) — { $credits ->
        [0] مجانًا
        [one] نقطة واحدة لكل مستند
        [two] نقطتان لكل مستند
        [few] { $credits } نقاط لكل مستند
        [many] { $credits } نقطة لكل مستند
       *[other] { $credits } نقطة لكل مستند
    }
