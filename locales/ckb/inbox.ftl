# Signpost — کوردیی ناوەندی. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## The inbox

inbox-title = ڕەوانەکردنە گەیشتووەکان
inbox-new-count =
    { $count ->
        [0] هیچ ڕەوانەکردنێکی نوێ نییە
        [one] یەک ڕەوانەکردنی نوێ
       *[other] { $count } ڕەوانەکردنی نوێ
    }
inbox-empty = خزمەتگوزارییەکانی ڕێکخراوەکەت هێشتا هیچ ڕەوانەکردنێکیان پێ نەگەیشتووە.
inbox-purge-soon-count =
    { $count ->
        [one] زانیارییە کەسییەکانی یەک ڕەوانەکردن لە ماوەی یەک مانگدا دەسڕدرێنەوە، چونکە کەس کاری لەسەر نەکردووە. بۆ هێشتنەوەی، نوێی بکەرەوە یان تێبینییەکی بۆ زیاد بکە.
       *[other] زانیارییە کەسییەکانی { $count } ڕەوانەکردن لە ماوەی یەک مانگدا دەسڕدرێنەوە، چونکە کەس کاری لەسەر نەکردوون. بۆ هێشتنەوەیان، نوێیان بکەرەوە یان تێبینییان بۆ زیاد بکە.
    }
inbox-purge-on = زانیارییە کەسییەکان لە { $date } دەسڕدرێنەوە، مەگەر کەسێک کار لەسەر ئەم ڕەوانەکردنە بکات.
inbox-pages = لاپەڕەکانی ڕەوانەکردنەکان
inbox-page-of = لاپەڕەی { $page } لە { $pages }
inbox-page-newer = ڕەوانەکردنی نوێتر
inbox-page-older = ڕەوانەکردنی کۆنتر
inbox-sign-in-needed = بچۆ ژوورەوە بۆ بینینی ئەو ڕەوانەکردنانەی بە ڕێکخراوەکەت گەیشتوون.
inbox-forbidden = تەنها بەڕێوەبەرانی ڕێکخراوەکەت، و ئەو ئەندامانەی ئەوان بۆ خزمەتگوزارییەک هەڵیان دەبژێرن، دەتوانن ئەو ڕەوانەکردنانە ببینن کە بەو خزمەتگوزارییە دەگەن.
inbox-details-removed = زانیارییەکان لابران
inbox-safeguarding = نیگەرانیی پاراستن
inbox-status = دۆخ
inbox-urgency = پەلە
inbox-needs = پێداویستییەکان
inbox-needs-described = یارمەتیی پێویست ببینە
inbox-received = گەیشتن
inbox-changed = دوایین نوێکردنەوە
inbox-date-time = { $date }، { $time }

## One referral

inbox-referral-title = ڕەوانەکردن
inbox-for-service = بۆ:
inbox-decline-reason-given = هۆی ڕەتکردنەوە
inbox-outcome = ئەنجام
inbox-section-need = چی پێویستە
inbox-support = یارمەتیی پێویست
inbox-support-none = هیچ وەسفێک نەدراوە.
inbox-safeguarding-label = نیگەرانیی پاراستن
inbox-yes = بەڵێ
inbox-no = نەخێر
inbox-section-contact = پەیوەندی
inbox-contact-method = چۆنیەتیی پەیوەندیکردن
inbox-contact-detail = زانیاریی پەیوەندی
inbox-language = زمانی دڵخواز
inbox-interpreter = پێویستی بە وەرگێڕ هەیە
inbox-referred-by = ڕەوانەکراوە لەلایەن
inbox-referrer-contact = زانیاریی پەیوەندیی ئەو کەسەی ڕەوانەکردنەکەی کردووە
inbox-section-consent = ڕەزامەندی
inbox-consent-given = کەسەکە ڕازی بوو کە ڕەوانە بکرێت و ئەم زانیارییانە لەگەڵ ئەم خزمەتگوزارییەدا هاوبەش بکرێن.
inbox-consent-statement = ئەوەی بە کەسەکە وترا
inbox-consent-language = ئەو زمانەی پێی خوێندرایەوە
inbox-consent-time = کاتی ڕەزامەندی

## What can be done to a referral

inbox-actions = هەنگاوی داهاتوو
inbox-no-actions = ئەم ڕەوانەکردنە داخراوە. هیچی تر ناتوانرێت لەسەری بکرێت.
inbox-mark-seen = وەک بینراو نیشانی بکە
inbox-accept = وەرگرتن
inbox-decline-legend = ڕەتکردنەوەی ڕەوانەکردنەکە
inbox-decline-reason = هۆی ڕەتکردنەوە
inbox-decline-hint = ئەو کەسەی ڕەوانەکردنەکەی کردووە ئەم هۆیە دەبینێت. زانیاریی کەسی تێدا مەنووسە.
inbox-decline = ڕەتکردنەوە
inbox-close-legend = داخستنی ڕەوانەکردنەکە
inbox-outcome-choose = ئەنجامێک هەڵبژێرە
inbox-close = داخستن
inbox-error-outcome = بۆ داخستنی ڕەوانەکردنەکە ئەنجامێک هەڵبژێرە.
inbox-saved = پاشەکەوت کرا.

## Notes (seen by the receiving organisation only)

inbox-notes = تێبینییەکان
inbox-notes-none = هێشتا هیچ تێبینییەک نییە.
inbox-note-add = تێبینییەک زیاد بکە
inbox-note-label = تێبینی
inbox-note-hint = تەنها ئەو کەسانەی کار لەسەر ڕەوانەکردنەکانی ئەم خزمەتگوزارییە دەکەن تێبینییەکان دەبینن. تا 2,000 پیت.
inbox-note-submit = زیادکردنی تێبینی
inbox-note-by = { $author }، { $time }
