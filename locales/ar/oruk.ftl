# Signpost — العربية. مسودة آلية لم يراجعها متحدث بطلاقة بعد (انظر locales/locales.toml).

## استيراد Open Referral UK: لماذا تُرك سجل (اسم الحقل بجانبه).
oruk-refused-id = المعرّف ليس UUID.
oruk-refused-organization = منظمته غير موجودة في المصدر، أو تُركت.
oruk-refused-status = يجب أن تكون الحالة active أو inactive أو defunct أو temporarily closed.
oruk-refused-schedule = لا يمكن إدخال إلا أوقات الفتح الأسبوعية التي لها أيام ووقت فتح ووقت إغلاق.
oruk-refused-needs = لا يوجد بين مصطلحاته احتياج يعرفه هذا الدليل.
oruk-refused-date = يجب كتابة التاريخ بصيغة سنة-شهر-يوم، مثل 2026-11-03.
oruk-refused-record = تعذّرت قراءة هذا السجل.
oruk-refused-duplicate = يظهر هذا المعرّف مرتين في المصدر.

## صفحة Open Referral UK للمنسّق (/listings/oruk).
oruk-title = Open Referral UK
oruk-intro = Open Referral UK هو المعيار الذي تستخدمه المجالس والأدلة الأخرى لتبادل الخدمات. نزّل هذا الدليل به، أو أدخل خدمات من دليل آخر.
oruk-import-heading = أدخل خدمات من دليل آخر
oruk-import-file = ملف Open Referral UK (JSON)
oruk-import-hint = لا يتغيّر شيء حتى ترى ما سيفعله الملف وتوافق. تُطابَق الخدمات بمعرّفاتها، لذلك إدخال الملف نفسه مرتين لا يغيّر شيئًا.
oruk-import-check = افحص الملف
oruk-error-no-file = اختر ملفًا لفحصه.
oruk-error-not-oruk = هذا الملف ليس JSON بمعيار Open Referral UK.
oruk-error-too-large = هذا الملف كبير جدًا: 50 ميغابايت على الأكثر.
oruk-error-expired = انتهت صلاحية هذا الفحص. اختر الملف مرة أخرى.
oruk-report-heading = ما سيحدث عند إدخال { $file }
oruk-report-counts = جديد: { $new }. تغيّر: { $changed }. كما هو: { $unchanged }. تُرك: { $refused }.
oruk-outcome-new = جديد
oruk-outcome-changed = تغيّر
oruk-outcome-refused = تُرك
oruk-entity-organization = منظمة
oruk-entity-service = خدمة
oruk-field = الحقل { $field }:
oruk-import-confirm = أدخل السجلات الجديدة والمتغيّرة
oruk-import-nothing = لن يتغيّر شيء.
oruk-imported = تم. تحصل الهواتف على الخدمات الجديدة والمتغيّرة عند اتصالها التالي.
oruk-export-heading = نزّل هذا الدليل
oruk-export-json = الدليل كله، في ملف JSON واحد
oruk-export-csv = الشيء نفسه، في جداول CSV:
oruk-api = يمكن للأدلة الأخرى قراءته في أي وقت من هذا العنوان:
