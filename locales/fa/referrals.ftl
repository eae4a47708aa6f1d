# Signpost — فارسی. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## Referring a family (the phone's side)

refer-title = ارجاع به { $service }
refer-not-accepting = این خدمت از طریق Signpost ارجاع نمی‌پذیرد. مستقیماً با خود خدمت تماس بگیرید.
refer-needs-javascript = ارجاع‌ها تا وقتی که بتوان آن‌ها را فرستاد روی این گوشی نگه داشته می‌شوند، و این کار به JavaScript نیاز دارد. JavaScript را روشن کنید، یا مستقیماً با خدمت تماس بگیرید.
refer-step-consent = 1. رضایت بگیرید
refer-consent-language = زبانی که متن به آن خوانده می‌شود
referral-consent-statement = ما می‌خواهیم اطلاعات شما را برای { $service } بفرستیم تا بتوانند دربارهٔ کمکی که نیاز دارید با شما تماس بگیرند. ما نام شما، راه تماس با شما، زبانی که ترجیح می‌دهید و کمکی را که نیاز دارید با آن‌ها در میان می‌گذاریم. فقط همان خدمت و کسی که امروز به شما کمک می‌کند این اطلاعات را می‌بینند. وقتی به مدت { $period } کسی روی ارجاع کار نکرده باشد، اطلاعات شما پاک می‌شود. می‌توانید نه بگویید، و این کار کمکی را که امروز به شما می‌کنیم تغییر نمی‌دهد. می‌توانید بعداً با تماس گرفتن با آن خدمت نظرتان را تغییر دهید.
refer-consent-given = این شخص این متن را شنیده است و موافق است
refer-consent-missing = بدون موافقت این شخص هیچ چیز ذخیره یا فرستاده نمی‌شود.
refer-consent-machine-draft = هنوز کسی که به این زبان مسلط است این ترجمه را بررسی نکرده است: این یک پیش‌نویس ماشینی است. اگر ممکن است این شخص آن را کاملاً نفهمد، از یک مترجم کمک بگیرید.
refer-consent-in-english = متن انگلیسی پس از تهیهٔ این ترجمه تغییر کرده است، برای همین تا وقتی دوباره ترجمه نشود، به انگلیسی نشان داده می‌شود. از یک مترجم کمک بگیرید.
refer-privacy-title = اطلاعیهٔ حریم خصوصی
refer-privacy-body = Signpost این ارجاع را روی این گوشی، قفل‌شده با یک کد، فقط تا وقتی نگه می‌دارد که به خدمت برسد. پس از آن، گوشی فقط یادداشتی نگه می‌دارد که ارجاع فرستاده شده است، بدون هیچ اطلاعات شخصی. فقط این افراد می‌توانند اطلاعات را ببینند: مدیران خدمت، کارکنانی که آن‌ها برای رسیدگی به ارجاع‌هایش انتخاب می‌کنند، و شما. هیچ کس دیگری در سازمان شما نمی‌تواند آن‌ها را ببیند. هماهنگ‌کنندهٔ شبکه فقط اعداد را می‌بیند، هرگز نام‌ها را. وقتی به مدت { $period } کسی روی ارجاع کار نکرده باشد، اطلاعات پاک می‌شود، هر اتفاقی هم که برای آن افتاده باشد.
refer-step-details = 2. ارجاع
refer-name = نام شخص
refer-contact-method = چگونه می‌خواهد با او تماس گرفته شود
refer-contact-detail-phone = شمارهٔ تلفن
refer-contact-detail-sms = شمارهٔ موبایل
refer-contact-detail-email = نشانی ایمیل
refer-contact-detail-letter = نشانی پستی
refer-language = زبان ترجیحی
refer-choose = انتخاب کنید…
refer-language-other = زبانی دیگر
refer-language-other-name = نام زبان
refer-interpreter = به مترجم نیاز دارد
refer-needs = در چه زمینه‌ای به کمک نیاز دارد
refer-support = کمک مورد نیاز، با بیان خودتان
refer-urgency = چقدر فوری است
refer-safeguarding = نگرانی حفاظتی وجود دارد
refer-safeguarding-hint = این فقط به خدمت خبر می‌دهد. همین حالا روال حفاظتی سازمان خودتان را هم دنبال کنید.
refer-referrer-contact = شمارهٔ تلفن یا نشانی ایمیل شما
refer-submit = ذخیرهٔ ارجاع
refer-storage-failed = این گوشی نتوانست ارجاع را نگه دارد، پس هیچ چیز ذخیره نشد. مستقیماً با خدمت تماس بگیرید.
refer-sign-in = برای ارجاع یک خانواده وارد شوید. ارجاع‌ها روی این گوشی به نام شما نگه داشته می‌شوند، پس وقتی اتصال دارید وارد شوید؛ پس از آن می‌توانید بدون آنتن هم ارجاع دهید.

## The referrals on this phone

outbox-title = ارجاع‌های روی این گوشی
outbox-empty = هیچ ارجاعی روی این گوشی نیست.
outbox-offline = اتصال برقرار نیست: ارجاع‌های در انتظار وقتی گوشی دوباره آنلاین شود فرستاده می‌شوند.
outbox-sign-in = برای فرستادن ارجاع‌های در انتظار وارد شوید. تا آن زمان روی این گوشی می‌مانند.
outbox-sign-in-link = ورود
outbox-unavailable = این مرورگر نمی‌تواند ارجاع‌ها را روی گوشی نگه دارد. مستقیماً با خدمات تماس بگیرید.
outbox-send-now = اکنون بفرست
outbox-sending = در حال فرستادن…
outbox-state-queued = در انتظار فرستادن
outbox-state-sending = در حال فرستادن
outbox-state-delivered = به خدمت رسید
outbox-state-conflict = فرستاده نشد: سرور از قبل ارجاع دیگری با همین شماره دارد. با خدمت بررسی کنید، سپس این یکی را حذف کنید.
outbox-state-refused = فرستاده نشد: باید اصلاح شود.
outbox-error-too-large = این ارجاع برای فرستادن بیش از حد بزرگ است. مستقیماً با خدمت تماس بگیرید، سپس آن را از این گوشی حذف کنید.
outbox-others-waiting = { $count ->
    [one] { $count } ارجاع که کارمند دیگری انجام داده روی این گوشی در انتظار است. فقط خود او می‌تواند آن را ببیند یا بفرستد، وقتی دوباره وارد شود.
   *[other] { $count } ارجاع که کارمندان دیگر انجام داده‌اند روی این گوشی در انتظار است. فقط خود آن‌ها می‌توانند آن‌ها را ببینند یا بفرستند، وقتی دوباره وارد شوند.
}
outbox-password-link = تغییر رمز عبور
outbox-state-not-accepting = فرستاده نشد: این خدمت دیگر از طریق Signpost ارجاع نمی‌پذیرد. با خدمت تماس بگیرید، یا به خدمت دیگری ارجاع دهید؛ سپس این یکی را حذف کنید.
outbox-answer = پاسخ خدمت: { $status }
outbox-remove = حذف از این گوشی
outbox-sign-out = خروج
outbox-sign-out-warning = { $count ->
    [one] { $count } ارجاع هنوز فرستاده نشده است. با خروج، از این گوشی پاک می‌شود. با این حال خارج می‌شوید؟
   *[other] { $count } ارجاع هنوز فرستاده نشده‌اند. با خروج، از این گوشی پاک می‌شوند. با این حال خارج می‌شوید؟
}

## A referral's status, outcome, urgency and contact method (the outbox, the form and the inbox)

referral-status-new = جدید
referral-status-seen = دیده‌شده
referral-status-accepted = پذیرفته‌شده
referral-status-declined = ردشده
referral-status-closed = بسته‌شده
referral-outcome-supported = کمک دریافت کرد
referral-outcome-could-not-contact = تماس برقرار نشد
referral-outcome-no-longer-needed = دیگر نیازی نیست
referral-outcome-referred-elsewhere = به جای دیگری ارجاع شد
referral-urgency-routine = فوری نیست
referral-urgency-soon = به‌زودی
referral-urgency-urgent = فوری
referral-contact-phone = تماس تلفنی
referral-contact-sms = پیامک
referral-contact-email = ایمیل
referral-contact-letter = نامه
referral-contact-through-referrer = از طریق کسی که ارجاع را انجام داد

## Errors of a referral (the form, the outbox and the inbox show them)

referral-error-name-required = نام شخص را وارد کنید.
referral-error-name-too-long = نام باید حداکثر 100 نویسه باشد.
referral-error-phone-invalid = یک شمارهٔ تلفن مانند 0116 496 0123 وارد کنید.
referral-error-mobile-invalid = یک شمارهٔ موبایل برای پیامک، مانند 07700 900123، وارد کنید.
referral-error-email-invalid = یک نشانی ایمیل مانند name@example.org وارد کنید.
referral-error-address-invalid = یک نشانی پستی وارد کنید (8 تا 300 نویسه).
referral-error-language-invalid = زبان ترجیحی شخص را انتخاب کنید.
referral-error-language-name = نام زبان را با حروف بنویسید.
referral-error-support-required = دست‌کم یک نیاز را انتخاب کنید، یا کمک مورد نیاز را شرح دهید.
referral-error-support-too-long = شرح باید حداکثر 2,000 نویسه باشد.
referral-error-referrer-contact-invalid = شمارهٔ تلفن یا نشانی ایمیل خود را وارد کنید تا خدمت بتواند با شما تماس بگیرد.
referral-error-consent-required = پیش از آنکه ارجاع ذخیره یا فرستاده شود، شخص باید موافقت کند.
referral-error-consent-invalid = سابقهٔ رضایت معتبر نیست. متن رضایت را دوباره همراه شخص بخوانید.
referral-error-consent-unknown = متن رضایتی که روی این گوشی است برای سرور شناخته‌شده نیست. Signpost را به‌روز کنید، سپس متن را دوباره همراه شخص بخوانید.
referral-error-reason-required = دلیلی برای رد کردن بنویسید.
referral-error-reason-too-long = دلیل باید حداکثر 500 نویسه باشد.
referral-error-status-change = آن تغییر اکنون ممکن نیست. برای دیدن وضعیت فعلی ارجاع، صفحه را دوباره بارگیری کنید.
referral-error-purged = اطلاعات شخصی این ارجاع طبق سیاست نگه‌داری اطلاعات پاک شده است.
referral-error-note = یادداشت باید بین 1 تا 2,000 نویسه باشد.
referral-error-batch = ارجاع‌های فرستاده‌شده خوانده نشدند. چیزی ذخیره نشد؛ آن‌ها هنوز روی گوشی هستند.
