# Signpost — فارسی. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## The inbox

inbox-title = ارجاع‌های دریافتی
inbox-new-count =
    { $count ->
        [0] ارجاع جدیدی نیست
        [one] یک ارجاع جدید
       *[other] { $count } ارجاع جدید
    }
inbox-empty = خدمات سازمان شما هنوز هیچ ارجاعی دریافت نکرده‌اند.
inbox-purge-soon-count =
    { $count ->
        [one] اطلاعات شخصی { $count } ارجاع ظرف یک ماه پاک می‌شود، چون کسی روی آن کار نکرده است. برای نگه داشتنش، آن را به‌روز کنید یا یادداشتی به آن بیفزایید.
       *[other] اطلاعات شخصی { $count } ارجاع ظرف یک ماه پاک می‌شود، چون کسی روی آن‌ها کار نکرده است. برای نگه داشتنشان، آن‌ها را به‌روز کنید یا یادداشتی به آن‌ها بیفزایید.
    }
inbox-purge-on = اگر کسی روی این ارجاع کار نکند، اطلاعات شخصی در { $date } پاک می‌شود.
inbox-pages = صفحه‌های ارجاع‌ها
inbox-page-of = صفحهٔ { $page } از { $pages }
inbox-page-newer = ارجاع‌های جدیدتر
inbox-page-older = ارجاع‌های قدیمی‌تر
inbox-sign-in-needed = برای دیدن ارجاع‌هایی که سازمان شما دریافت کرده است، وارد شوید.
inbox-forbidden = فقط مدیران سازمان شما، و اعضایی که آن‌ها برای هر خدمت انتخاب می‌کنند، می‌توانند ارجاع‌های دریافتی آن خدمت را ببینند.
inbox-details-removed = اطلاعات پاک شد
inbox-safeguarding = نگرانی حفاظتی
inbox-status = وضعیت
inbox-urgency = فوریت
inbox-needs = نیازها
inbox-needs-described = دیدن کمک مورد نیاز
inbox-received = دریافت‌شده
inbox-changed = آخرین به‌روزرسانی
inbox-date-time = { $date }، { $time }

## One referral

inbox-referral-title = ارجاع
inbox-for-service = برای:
inbox-decline-reason-given = دلیل رد کردن
inbox-outcome = نتیجه
inbox-section-need = چه چیزی لازم است
inbox-support = کمک مورد نیاز
inbox-support-none = توضیحی داده نشده است.
inbox-safeguarding-label = نگرانی حفاظتی
inbox-yes = بله
inbox-no = نه
inbox-section-contact = تماس
inbox-contact-method = راه تماس
inbox-contact-detail = اطلاعات تماس
inbox-language = زبان ترجیحی
inbox-interpreter = به مترجم نیاز دارد
inbox-referred-by = ارجاع‌دهنده
inbox-referrer-contact = راه تماس با کسی که ارجاع را انجام داد
inbox-section-consent = رضایت
inbox-consent-given = این شخص موافقت کرد که ارجاع داده شود و این اطلاعات با این خدمت در میان گذاشته شود.
inbox-consent-statement = آنچه به این شخص گفته شد
inbox-consent-language = زبانی که متن به آن خوانده شد
inbox-consent-time = تاریخ موافقت

## What can be done to a referral

inbox-actions = قدم بعدی
inbox-no-actions = این ارجاع بسته شده است. دیگر کاری نمی‌توان روی آن انجام داد.
inbox-mark-seen = علامت‌گذاری به‌عنوان دیده‌شده
inbox-accept = پذیرفتن
inbox-decline-legend = رد کردن ارجاع
inbox-decline-reason = دلیل رد کردن
inbox-decline-hint = کسی که ارجاع را انجام داده این دلیل را می‌بیند. اطلاعات شخصی ننویسید.
inbox-decline = رد کردن
inbox-close-legend = بستن ارجاع
inbox-outcome-choose = یک نتیجه انتخاب کنید
inbox-close = بستن
inbox-error-outcome = برای بستن ارجاع، یک نتیجه انتخاب کنید.
inbox-saved = ذخیره شد.

## Notes (seen by the receiving organisation only)

inbox-notes = یادداشت‌ها
inbox-notes-none = هنوز یادداشتی نیست.
inbox-note-add = افزودن یادداشت
inbox-note-label = یادداشت
inbox-note-hint = فقط کسانی که به ارجاع‌های این خدمت رسیدگی می‌کنند یادداشت‌ها را می‌بینند. حداکثر 2,000 نویسه.
inbox-note-submit = افزودن یادداشت
inbox-note-by = { $author }، { $time }
