
# Signpost — صندوق الإحالات الواردة للمنظمة المستقبِلة (العربية). مسودة آلية لم يراجعها متحدث بطلاقة بعد.

## The inbox

inbox-title = الإحالات الواردة
inbox-new-count =
    { $count ->
        [0] لا توجد إحالات جديدة
        [one] إحالة جديدة واحدة
        [two] إحالتان جديدتان
        [few] { $count } إحالات جديدة
        [many] { $count } إحالة جديدة
       *[other] { $count } إحالة جديدة
    }
inbox-empty = لم تتلقَّ خدمات منظمتك أي إحالات بعد.
inbox-sign-in-needed = سجّل الدخول لرؤية الإحالات التي تلقتها منظمتك.
inbox-forbidden = لا يرى الإحالات التي تتلقاها منظمتك إلا مسؤولوها والأعضاء الذين يختارونهم لخدمة ما.
inbox-details-removed = أُزيلت البيانات
inbox-safeguarding = مخاوف تتعلق بالحماية
inbox-status = الحالة
inbox-urgency = درجة الاستعجال
inbox-needs = الاحتياجات
inbox-needs-described = انظر الدعم المطلوب
inbox-received = تاريخ الاستلام
inbox-changed = آخر تحديث
inbox-date-time = { $date }، { $time }

## One referral

inbox-referral-title = إحالة
inbox-for-service = إلى:
inbox-decline-reason-given = سبب الرفض
inbox-outcome = النتيجة
inbox-section-need = ما المطلوب
inbox-support = الدعم المطلوب
inbox-support-none = لم يُقدَّم وصف.
inbox-safeguarding-label = مخاوف تتعلق بالحماية
inbox-yes = نعم
inbox-no = لا
inbox-section-contact = التواصل
inbox-contact-method = طريقة التواصل
inbox-contact-detail = بيانات التواصل
inbox-language = اللغة المفضلة
inbox-interpreter = يحتاج إلى مترجم
inbox-referrer-contact = التواصل مع الشخص الذي قام بالإحالة
inbox-section-consent = الموافقة
inbox-consent-given = وافق الشخص على إحالته وعلى مشاركة هذه البيانات مع هذه الخدمة.
inbox-consent-language = اللغة التي قُرئ بها
inbox-consent-time = تاريخ الموافقة

## What can be done to a referral

inbox-actions = الخطوة التالية
inbox-no-actions = هذه الإحالة مغلقة. لا يمكن القيام بأي إجراء آخر عليها.
inbox-mark-seen = وضع علامة «تمت رؤيتها»
inbox-accept = قبول
inbox-decline-legend = رفض الإحالة
inbox-decline-reason = سبب الرفض
inbox-decline-hint = سيرى الشخص الذي قام بالإحالة هذا السبب. لا تذكر فيه بيانات شخصية.
inbox-decline = رفض
inbox-close-legend = إغلاق الإحالة
inbox-outcome-choose = اختر النتيجة
inbox-close = إغلاق
inbox-error-outcome = اختر نتيجة لإغلاق الإحالة.
inbox-saved = تم الحفظ.

## Notes (seen by the receiving organisation only)

inbox-notes = الملاحظات
inbox-notes-none = لا توجد ملاحظات بعد.
inbox-note-add = إضافة ملاحظة
inbox-note-label = الملاحظة
inbox-note-hint = لا يرى الملاحظات إلا من يعملون على إحالات هذه الخدمة. حتى 2000 حرف.
inbox-note-submit = إضافة الملاحظة
inbox-note-by = { $author }، { $time }
inbox-purge-soon-count =
    { $count ->
        [zero] لا توجد إحالات ستُحذف بياناتها الشخصية خلال شهر.
        [one] ستُحذف البيانات الشخصية لإحالة واحدة خلال شهر، لأن أحداً لم يعمل عليها. حدّثها أو أضف ملاحظة للاحتفاظ بها.
        [two] ستُحذف البيانات الشخصية لإحالتين خلال شهر، لأن أحداً لم يعمل عليهما. حدّثهما أو أضف ملاحظة للاحتفاظ بهما.
        [few] ستُحذف البيانات الشخصية لـ { $count } إحالات خلال شهر، لأن أحداً لم يعمل عليها. حدّثها أو أضف ملاحظة للاحتفاظ بها.
        [many] ستُحذف البيانات الشخصية لـ { $count } إحالة خلال شهر، لأن أحداً لم يعمل عليها. حدّثها أو أضف ملاحظة للاحتفاظ بها.
       *[other] ستُحذف البيانات الشخصية لـ { $count } إحالة خلال شهر، لأن أحداً لم يعمل عليها. حدّثها أو أضف ملاحظة للاحتفاظ بها.
    }
inbox-purge-on = ستُحذف البيانات الشخصية في { $date } ما لم يعمل أحد على هذه الإحالة.
inbox-pages = صفحات الإحالات
inbox-page-of = الصفحة { $page } من { $pages }
inbox-page-newer = إحالات أحدث
inbox-page-older = إحالات أقدم
inbox-consent-statement = ما قيل للشخص
inbox-referred-by = أحاله
