# Signpost — فارسی. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

# Listings kept by the network: the fields of a listing, as a change's before/after shows them.
listing-field-name = نام
listing-field-description = توضیحات
listing-field-status = باز یا بسته
listing-field-eligibility = برای چه کسانی است
listing-field-ages = سن
listing-field-cost = هزینه
listing-field-access = راه گرفتن کمک
listing-field-referrals = از طریق Signpost ارجاع می‌پذیرد
listing-field-needs = در چه نیازهایی کمک می‌کند
listing-field-languages = زبان‌هایی که کارکنان صحبت می‌کنند
listing-field-areas = مناطق تحت پوشش
listing-field-locations = مکان‌ها
listing-field-phones = شماره‌های تلفن
listing-field-email = ایمیل
listing-field-website = وب‌سایت
listing-field-hours = ساعات کار
listing-field-closures = روزهای تعطیل
listing-field-special-hours = ساعات متفاوت در برخی تاریخ‌ها
listing-field-checked = آخرین بررسی توسط سازمان
listing-error-reason = بنویسید چرا این تغییر برگردانده می‌شود (حداکثر 1,000 نویسه).
listing-yes = بله
listing-no = نه
listing-none = (هیچ)
listing-date-range = { $from } تا { $to }

# An organisation's listings (/listings).
listings-title = خدمات ثبت‌شدهٔ سازمان شما
listings-sign-in-needed = برای به‌روز نگه داشتن اطلاعات ثبت‌شدهٔ سازمان خود وارد شوید.
listings-forbidden = فقط مدیران یک سازمان و هماهنگ‌کنندگان شبکه می‌توانند اطلاعات ثبت‌شده را تغییر دهند.
coordinator-only = فقط هماهنگ‌کنندگان شبکه می‌توانند این صفحه را ببینند.
listings-saved-pending = ذخیره شد. پیش از آنکه همه تغییر را ببینند، یک هماهنگ‌کننده آن را بررسی می‌کند.
listings-saved-published = ذخیره شد. اکنون همه تغییر را می‌بینند، و گوشی‌ها دفعهٔ بعد که وصل شوند آن را دریافت می‌کنند.
listings-confirmed = سپاسگزاریم: این اطلاعات با تاریخ امروز بررسی‌شده علامت خورد.
listings-edit-organisation = تغییر اطلاعات سازمان شما
listings-services = خدمات
listings-none = سازمان شما هنوز هیچ خدمتی ثبت نکرده است.
listings-add = افزودن خدمت
listings-changes = تغییرات اخیر
listings-no-changes = هنوز تغییری نیست.
listings-waiting = تغییر در انتظار هماهنگ‌کننده
listings-archived = از فهرست خدمات برداشته شد
listings-checked = بررسی‌شده در { $date }
listings-due = آخرین بررسی در { $date }. لطفاً بررسی کنید که هنوز درست است.
listings-stale = آخرین بررسی در { $date }، بیش از یک سال پیش: فهرست خدمات به مردم هشدار می‌دهد که ممکن است قدیمی باشد.
listings-never-checked = هرگز بررسی نشده است. لطفاً بررسی کنید که هنوز درست است.
listings-confirm = هنوز درست است
listings-confirm-named = { $name } هنوز درست است
listings-edit = تغییر
listings-history = نسخه‌های قبلی
listings-trust-heading = سازمان مورد اعتماد
listings-trusted = مورد اعتماد: تغییرات بی‌درنگ منتشر می‌شوند
listings-not-trusted = مورد اعتماد نیست: یک هماهنگ‌کننده هر تغییر را اول بررسی می‌کند
listings-trust = اعتماد به این سازمان
listings-untrust = لغو اعتماد به این سازمان

change-kind-new = خدمت جدید
change-kind-changed = تغییر کرد
change-kind-archived = برداشته شد
change-state-pending = در انتظار هماهنگ‌کننده
change-state-published = منتشر شد
change-state-returned = برگردانده شد
change-state-replaced = تغییر بعدی جایگزین آن شد
change-summary = { $kind }، { $state }، { $date }
change-reason = دلیل برگرداندن:

# The service form (/listings/edit).
edit-title = تغییر { $name }
edit-title-new = افزودن خدمت
edit-intro = آنچه نادرست است یا کم است را تغییر دهید، سپس ذخیره کنید. پیش از آنکه همه تغییرات را ببینند، یک هماهنگ‌کننده آن‌ها را بررسی می‌کند.
edit-intro-new = آنچه می‌دانید را پر کنید، سپس ذخیره کنید. پیش از آنکه همه خدمات جدید را ببینند، یک هماهنگ‌کننده آن‌ها را بررسی می‌کند.
edit-back = بازگشت به خدمات ثبت‌شده
edit-returned = یک هماهنگ‌کننده آخرین تغییر شما را برگرداند:
edit-waiting = تغییری در این مورد در انتظار هماهنگ‌کننده است. شما همان نسخه را تغییر می‌دهید.
edit-conflict-theirs = تفاوت نسخهٔ جدیدتر با آنچه شما نوشتید:
edit-draft-found = این گوشی تغییراتی را که پیش‌تر نوشته بودید و ذخیره نکردید نگه داشته است.
edit-draft-use = برگرداندن آن‌ها
edit-draft-discard = دور انداختن آن‌ها
edit-problems = لطفاً این موارد را اصلاح کنید و دوباره ذخیره کنید:
edit-save = ذخیره
edit-archive-heading = برداشتن این خدمت از فهرست خدمات
edit-archive-intro = برای خدمتی که متوقف شده است. نگه داشته می‌شود، و یک هماهنگ‌کننده می‌تواند آن را برگرداند.
edit-archive = برداشتن
edit-about = دربارهٔ خدمت
edit-status-active = باز
edit-status-temporarily-closed = فعلاً بسته
edit-status-inactive = دیگر فعال نیست
edit-who = برای چه کسانی است
edit-min-age = کمترین سن (برای همهٔ سنین خالی بگذارید)
edit-max-age = بیشترین سن (برای همهٔ سنین خالی بگذارید)
edit-free = رایگان
edit-fees = اگر رایگان نیست، هزینه‌اش چقدر است
edit-hours-hint = اگر به ردیفی نیاز ندارید، آن را خالی بگذارید.
edit-period-label = ساعت کار { $number }
edit-day = روز
edit-opens = باز می‌شود
edit-closes = بسته می‌شود
edit-overnight = از نیمه‌شب می‌گذرد
edit-add-period = افزودن ساعت کار دیگر
edit-closures-hint = تعطیلات رسمی و روزهای دیگری که بسته است. برای یک روز، «تا» را خالی بگذارید.
edit-closure-label = روزهای تعطیل { $number }
edit-closed-from = بسته از
edit-closed-to = تا
edit-closed-note = دلیل (اختیاری)
edit-add-closure = افزودن روزهای تعطیل دیگر
edit-special-hint = ساعات کوتاه‌تر یا اضافی در تاریخ‌های خاص، مانند شب کریسمس: در آن تاریخ‌ها جای ساعات معمول را می‌گیرند. برای یک روز، «تا» را خالی بگذارید.
edit-special-label = ساعات متفاوت { $number }
edit-special-from = از
edit-add-special = افزودن تاریخ‌های دیگر با ساعات متفاوت
edit-location-label = مکان { $number }
edit-place-name = نام مکان (اختیاری)
edit-address = نشانی خیابان
edit-city = شهر یا شهرک
edit-postcode = کد پستی
edit-neighbourhood = محله (مثلاً Highfields)
edit-latitude = عرض جغرافیایی (اختیاری)
edit-longitude = طول جغرافیایی (اختیاری)
edit-add-location = افزودن مکان دیگر
edit-areas-hint = در هر خط یک منطقه.
edit-contact = تماس
edit-phone-label = تلفن { $number }
edit-phone-number = شمارهٔ تلفن
edit-phone-description = این شماره برای چیست (اختیاری)
edit-add-phone = افزودن شمارهٔ تلفن دیگر
edit-languages-hint = کد زبان‌ها، جداشده با ویرگول: so برای سومالیایی، gu برای گجراتی، pl برای لهستانی.

# A service's earlier versions (/listings/history).
history-title = نسخه‌های قبلی { $name }
history-version = نسخهٔ { $version }، { $date }، توسط { $who }
history-approved-by = تأییدشده توسط { $who }
history-by-operator = گردانندگان Signpost
history-changed = تغییر کرد: { $fields }
history-restore = برگرداندن نسخهٔ { $version }
history-restored = آن نسخه دوباره در فهرست خدمات است.

# The coordinator's queue (/listings/changes).
queue-title = تغییرات برای بررسی
queue-empty = هیچ تغییری در انتظار نیست.
queue-asked = { $kind } · درخواست‌شده توسط { $who } در { $date }
queue-field = چه چیزی
queue-before = پیش از تغییر
queue-after = پس از تغییر
queue-approve = تأیید و انتشار
queue-reason = چرا آن را برمی‌گردانید (سازمان این را می‌بیند)
queue-send-back = برگرداندن
queue-approved = منتشر شد. گوشی‌ها دفعهٔ بعد که وصل شوند آن را دریافت می‌کنند.
queue-sent-back = به سازمان برگردانده شد.

# The coordinator's organisations (/listings/organisations).
organisations-title = سازمان‌ها
oruk-link = Open Referral UK: دانلود راهنما یا وارد کردن خدمات
organisations-facts = { $services ->
        [one] { $services } خدمت
       *[other] { $services } خدمت
    } · { $members ->
        [one] { $members } عضو
       *[other] { $members } عضو
    } · { $pending } در انتظار · { $due } برای بررسی
organisations-last-change = آخرین تغییر منتشرشده در { $date }
organisations-oldest-check = قدیمی‌ترین بررسی: { $date }
organisations-add = افزودن سازمان
organisations-add-button = افزودن این سازمان
organisations-created = سازمان در فهرست خدمات است. این پیوند را برای کسی بفرستید که اطلاعات ثبت‌شدهٔ آن را نگه‌داری خواهد کرد: فقط یک بار و به مدت 7 روز کار می‌کند.
organisations-link = پیوند دعوت برای نخستین مدیر آن
organisation-edit-title = اطلاعات سازمان شما

# Reporting a problem with a listing (/services/:id/report), and the reports.
report-title = گزارش مشکل در مورد { $service }
report-intro = به سازمان و هماهنگ‌کنندگان شبکه بگویید چه چیزی نادرست است. نام یا اطلاعات تماس هیچ کسی را ننویسید.
report-kind = چه چیزی نادرست است؟
report-kind-out-of-date = قدیمی است
report-kind-closed = بسته شده است
report-kind-contact = تلفن، ایمیل یا نشانی نادرست
report-kind-other = چیز دیگری
report-text = توضیح بیشتر (برای «چیز دیگری» لازم است)
report-submit = فرستادن گزارش
report-sent = سپاسگزاریم. گزارش فرستاده شد.
report-kept = سپاسگزاریم. اکنون اتصال برقرار نیست: گزارش روی این گوشی نگه داشته می‌شود و وقتی اتصال برقرار شد فرستاده می‌شود.
report-not-kept = این گوشی نتوانست گزارش را نگه دارد. لطفاً دوباره تلاش کنید.
report-error-kind = انتخاب کنید چه چیزی نادرست است.
report-error-text = در حداکثر 500 نویسه بگویید چه چیزی نادرست است.
reports-title = گزارش‌های کاربران فهرست خدمات
reports-none = گزارشی نیست.
reports-about = { $kind }، { $date }
reports-done = انجام شد
reports-done-button = علامت‌گذاری به‌عنوان انجام‌شده

listings-caseworkers = چه کسانی به ارجاع‌هایش رسیدگی می‌کنند
listings-caseworkers-intro = مدیران سازمان شما همیشه رسیدگی می‌کنند. اعضایی را انتخاب کنید که آن‌ها هم باید رسیدگی کنند: آن‌ها ارجاع‌های این خدمت را در صندوق ورودی خود می‌بینند و می‌توانند به آن‌ها رسیدگی کنند.
listings-caseworkers-save = ذخیرهٔ کسانی که به ارجاع‌هایش رسیدگی می‌کنند
listings-caseworkers-saved = ذخیره شد: آن‌ها ارجاع‌های آن را در صندوق ورودی خود می‌بینند.
listing-error-member = فقط کارمندان سازمان شما را می‌توان انتخاب کرد.
organisation-areas = مناطقی که در آن‌ها کار می‌کند

## Checks on a service before it is saved (the listings pages show them)

service-invalid-name = نام باید بین 1 تا 200 نویسه باشد.
service-invalid-text = توضیحات و «برای چه کسانی است» هر کدام باید حداکثر 5,000 نویسه باشند.
service-invalid-ages = سن‌ها باید از 0 تا 120 باشند، و کمترین سن از بیشترین سن بالاتر نباشد.
service-invalid-needs = دست‌کم یک نیاز را که این خدمت در آن کمک می‌کند انتخاب کنید.
service-invalid-language = زبان‌ها باید کدهای ISO 639 باشند، مانند so برای سومالیایی یا gu برای گجراتی.
service-invalid-hours = ساعات کار باید یک روز از دوشنبه تا یکشنبه و زمان‌هایی از 00:00 تا 23:59 داشته باشند.
service-invalid-closure = تعطیلی باید در همان روز شروع یا پس از آن تمام شود و یادداشت آن حداکثر 200 نویسه باشد.
service-invalid-special-hours = ساعات متفاوت به یک تاریخ شروع، یک تاریخ پایان (در صورت وجود) در همان روز یا پس از آن، یک ساعت باز شدن و یک ساعت بسته شدن پس از آن، و یادداشتی با حداکثر 200 نویسه نیاز دارد.
service-invalid-email = نشانی ایمیل معتبر نیست.
service-invalid-website = وب‌سایت باید یک نشانی کامل باشد که با https:// شروع می‌شود.
service-invalid-phone = شمارهٔ تلفن باید دست‌کم 3 رقم و حداکثر 40 نویسه داشته باشد و توضیح آن حداکثر 200 نویسه باشد.
service-invalid-organisation = آن سازمان در فهرست خدمات نیست.
service-invalid-location = هر مکان به یک نشانی و یک شهر یا شهرک نیاز دارد (هر کدام حداکثر 200 نویسه)؛ مختصات نقشه، اگر داده شود، باید عدد باشد.
service-invalid-postcode = کد پستی باید یک کد پستی بریتانیا باشد، مانند LE2 0AB.
service-invalid-fees = شرح هزینه باید حداکثر 200 نویسه باشد.
service-invalid-areas = هر منطقه باید 1 تا 200 نویسه باشد و حداکثر 50 منطقه می‌توان داشت.
service-invalid-period-order = هر ساعت کار باید پس از شروعش تمام شود. اگر از نیمه‌شب می‌گذرد، «از نیمه‌شب می‌گذرد» را علامت بزنید.
service-invalid-status = انتخاب کنید که خدمت باز است، فعلاً بسته است، یا دیگر فعال نیست.
