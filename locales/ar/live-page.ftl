### The live-status web page (Arabic).

live-title = الحالة المباشرة · Velro
live-token-placeholder = الرمز من /token
live-connect = اتصال
live-not-connected = لا يوجد اتصال. يمكن الحصول على رمز بإرسال /token إلى البوت.
live-balance = الرصيد
live-generations = عمليات الإنشاء
live-conversation = المحادثة
live-events = الأحداث
live-credits-unit = نقطة
live-col-job = المهمة
live-col-model = النموذج
live-col-status = الحالة
live-col-progress = التقدّم
live-col-result = النتيجة
live-open = فتح
live-failed = فشل
live-connecting = جارٍ الاتصال…
live-connected = تم الاتصال بالمعرّف { $user }
live-connected-admin = تم الاتصال بالمعرّف { $user } (مشرف)
live-missed = فاتت بعض الأحداث الأقدم أثناء انقطاع الاتصال
live-error = خطأ: { $message }
live-disconnected-fatal = انقطع الاتصال: { $reason }. يمكن الحصول على رمز جديد عبر /token.
live-reconnecting = انقطع الاتصال ({ $reason })؛ إعادة الاتصال خلال { $seconds } ث…
