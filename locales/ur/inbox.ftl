# Signpost — اردو. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## The inbox

inbox-title = موصول ہونے والے ریفرلز
inbox-new-count =
    { $count ->
        [0] کوئی نیا ریفرل نہیں
        [one] ایک نیا ریفرل
       *[other] { $count } نئے ریفرلز
    }
inbox-empty = آپ کی تنظیم کی سروسز کو ابھی تک کوئی ریفرل موصول نہیں ہوا۔
inbox-purge-soon-count =
    { $count ->
        [one] ایک ریفرل کی ذاتی تفصیلات ایک مہینے کے اندر حذف کر دی جائیں گی، کیونکہ اس پر کسی نے کام نہیں کیا۔ اسے رکھنے کے لیے اسے اپ ڈیٹ کریں یا نوٹ شامل کریں۔
       *[other] { $count } ریفرلز کی ذاتی تفصیلات ایک مہینے کے اندر حذف کر دی جائیں گی، کیونکہ ان پر کسی نے کام نہیں کیا۔ انہیں رکھنے کے لیے انہیں اپ ڈیٹ کریں یا نوٹ شامل کریں۔
    }
inbox-purge-on = اگر کسی نے اس ریفرل پر کام نہ کیا تو ذاتی تفصیلات { $date } کو حذف کر دی جائیں گی۔
inbox-pages = ریفرلز کے صفحات
inbox-page-of = صفحہ { $page } از { $pages }
inbox-page-newer = نئے ریفرلز
inbox-page-older = پرانے ریفرلز
inbox-sign-in-needed = اپنی تنظیم کو موصول ہونے والے ریفرلز دیکھنے کے لیے سائن اِن کریں۔
inbox-forbidden = کسی سروس کو ملنے والے ریفرلز صرف آپ کی تنظیم کے ایڈمن، اور وہ اراکین دیکھ سکتے ہیں جنہیں ایڈمن اس سروس کے لیے چنیں۔
inbox-details-removed = تفصیلات ہٹا دی گئیں
inbox-safeguarding = تحفظ سے متعلق تشویش
inbox-status = صورتِ حال
inbox-urgency = فوریت
inbox-needs = ضروریات
inbox-needs-described = درکار مدد دیکھیں
inbox-received = موصول ہوا
inbox-changed = آخری بار اپ ڈیٹ
inbox-date-time = { $date }، { $time }

## One referral

inbox-referral-title = ریفرل
inbox-for-service = برائے:
inbox-decline-reason-given = مسترد کرنے کی وجہ
inbox-outcome = نتیجہ
inbox-section-need = کیا درکار ہے
inbox-support = درکار مدد
inbox-support-none = کوئی تفصیل نہیں دی گئی۔
inbox-safeguarding-label = تحفظ سے متعلق تشویش
inbox-yes = ہاں
inbox-no = نہیں
inbox-section-contact = رابطہ
inbox-contact-method = رابطہ کیسے کریں
inbox-contact-detail = رابطے کی تفصیلات
inbox-language = پسندیدہ زبان
inbox-interpreter = ترجمان درکار ہے
inbox-referred-by = ریفر کرنے والا
inbox-referrer-contact = ریفرل کرنے والے شخص سے رابطہ
inbox-section-consent = رضامندی
inbox-consent-given = اس شخص نے ریفر کیے جانے اور یہ تفصیلات اس سروس کے ساتھ شیئر کیے جانے پر رضامندی دی۔
inbox-consent-statement = اس شخص کو کیا بتایا گیا
inbox-consent-language = کس زبان میں پڑھ کر سنایا گیا
inbox-consent-time = رضامندی کی تاریخ

## What can be done to a referral

inbox-actions = آگے کیا کرنا ہے
inbox-no-actions = یہ ریفرل بند ہو چکا ہے۔ اس پر مزید کچھ نہیں کیا جا سکتا۔
inbox-mark-seen = دیکھا ہوا نشان زد کریں
inbox-accept = قبول کریں
inbox-decline-legend = ریفرل مسترد کریں
inbox-decline-reason = مسترد کرنے کی وجہ
inbox-decline-hint = ریفرل کرنے والا شخص یہ وجہ دیکھے گا۔ ذاتی تفصیلات شامل نہ کریں۔
inbox-decline = مسترد کریں
inbox-close-legend = ریفرل بند کریں
inbox-outcome-choose = نتیجہ چنیں
inbox-close = بند کریں
inbox-error-outcome = ریفرل بند کرنے کے لیے نتیجہ چنیں۔
inbox-saved = محفوظ ہو گیا۔

## Notes (seen by the receiving organisation only)

inbox-notes = نوٹس
inbox-notes-none = ابھی کوئی نوٹ نہیں۔
inbox-note-add = نوٹ شامل کریں
inbox-note-label = نوٹ
inbox-note-hint = نوٹس صرف وہ لوگ دیکھتے ہیں جو اس سروس کے ریفرلز پر کام کرتے ہیں۔ زیادہ سے زیادہ 2,000 حروف۔
inbox-note-submit = نوٹ شامل کریں
inbox-note-by = { $author }، { $time }
