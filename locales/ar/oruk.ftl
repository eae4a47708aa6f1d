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
