# Signpost — فارسی. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## Site

app-name = Signpost
app-description = خدمات محلی و اجتماعی در Leicester را پیدا کنید، و آن‌ها را به زبان خود خانواده‌ها با آنان در میان بگذارید.
skip-to-content = رفتن به محتوا
language-switcher = زبان
list-separator = { "، " }
notice-demo = داده‌های نمایشی: این اطلاعات نمونه‌هایی برای امتحان کردن Signpost هستند. شماره‌های تلفن و ایمیل‌ها به کسی نمی‌رسند.
notice-machine-draft = این ترجمه را ماشین پیش‌نویس کرده است و هنوز کسی که به این زبان مسلط است آن را بررسی نکرده است.
footer-about = Signpost فهرست خدمات شبکهٔ شرکای اجتماعی #PowerToChange در Leicester است.
loading = در حال بارگیری…

## Errors

not-found-title = صفحه پیدا نشد
not-found-body = آن صفحه را پیدا نکردیم. ممکن است آن خدمت یا سازمان حذف شده باشد.
back-to-search = بازگشت به جستجو
error-title = مشکلی پیش آمد
error-not-found = آن را پیدا نکردیم.
error-internal = مشکلی از طرف ما پیش آمد. لطفاً کمی بعد دوباره تلاش کنید.
error-unreachable = Signpost نتوانست به سرور برسد. اتصال خود را بررسی کنید و دوباره تلاش کنید.
error-bad-request = چیزی در آن درخواست درست نبود. لطفاً دوباره تلاش کنید.
error-busy = سرور مشغول است. لطفاً یک دقیقهٔ دیگر دوباره تلاش کنید.
error-unavailable = Signpost فعلاً نمی‌تواند به پایگاه داده‌اش برسد. لطفاً یک دقیقهٔ دیگر دوباره تلاش کنید.

## Search

search-title = پیدا کردن خدمت
search-label = در چه زمینه‌ای به کمک نیاز دارید؟
search-placeholder = برای مثال: بانک غذا، مشاورهٔ مسکن، لپ‌تاپ
search-button = جستجو
filters-legend = فیلترها
filters-clear = پاک کردن جستجو و فیلترها
filter-need = نیاز
filter-any-need = هر نیازی
filter-area = منطقه
filter-any-area = هر جای Leicester
filter-language = زبان گفتگو
filter-any-language = هر زبانی
filter-age = سن شخص
filter-free = رایگان
filter-open-now = اکنون باز
filter-referrals = ارجاع می‌پذیرد
results-count =
    { $count ->
        [0] هیچ خدمتی پیدا نشد
        [one] یک خدمت
       *[other] { $count } خدمت
    }
results-empty = چیزی پیدا نشد. کلمه‌های دیگری را امتحان کنید، یا برخی فیلترها را بردارید.
pager-label = نتایج بیشتر
pager-previous = قبلی
pager-next = بعدی
pager-position = صفحهٔ { $page } از { $pages }
card-facts-label = اطلاعات اصلی
card-languages = زبان‌ها: { $languages }
badge-free = رایگان
badge-referrals = ارجاع می‌پذیرد

## Service page

service-by = ارائه‌دهنده
service-about = دربارهٔ این خدمت
service-needs = کمک در زمینهٔ
service-who = برای چه کسانی است
service-free = رایگان.
service-not-free = ممکن است هزینه داشته باشد.
service-how = راه گرفتن کمک
service-hours = ساعات کار
service-languages = زبان‌هایی که کارکنان صحبت می‌کنند
service-contact = تماس
service-where = کجا
service-areas = مناطق تحت پوشش: { $areas }
service-last-reviewed = آخرین بررسی توسط سازمان: { $date }
service-may-be-out-of-date = سازمان بیش از یک سال است که این اطلاعات را بررسی نکرده است: ممکن است قدیمی باشند. پیش از فرستادن کسی، تماس بگیرید.
service-report-link = گزارش مشکل در این اطلاعات
access-drop-in = در ساعات کار بدون وقت قبلی مراجعه کنید
access-self-referral = خودتان با آن‌ها تماس بگیرید
access-professional-referral = یک مددکار، مدرسه یا پزشک خانواده می‌تواند ارجاع دهد
access-phone = کمک تلفنی
access-appointment = با وقت قبلی
access-signpost-referral = از طریق Signpost ارجاع می‌پذیرد
access-contact = برای پرسیدن راه گرفتن کمک با آن‌ها تماس بگیرید
hours-caption = ساعات کار، به وقت Leicester
hours-none = ساعات کار ثابتی ندارد: برای تعیین وقت با آن‌ها تماس بگیرید.
hours-closed = بسته
hours-period = { $opens }–{ $closes }
hours-period-overnight = { $opens }–{ $closes } (روز بعد)
hours-closure = بسته از { $from } تا { $to }
hours-special-day = ساعات متفاوت در { $date }: { $times }
hours-special = ساعات متفاوت از { $from } تا { $to }: { $times }
contact-call = تماس با { $number }
contact-text = پیامک به { $number }
contact-email = ایمیل به { $email }
contact-website = وب‌سایت
location-map = باز کردن در نقشه

## Organisation page

organisation-services =
    { $count ->
        [0] هیچ خدمتی ثبت نشده است
        [one] یک خدمت
       *[other] { $count } خدمت
    }

## Opening status

status-temporarily-closed = موقتاً بسته
status-open-closes = اکنون باز · { $when } بسته می‌شود
status-closed-opens = بسته · { $when } باز می‌شود
status-closed = بسته
status-no-hours = برای ساعات کار با آن‌ها تماس بگیرید
when-today = ساعت { $time }
when-tomorrow = فردا ساعت { $time }
when-weekday = { $day } ساعت { $time }
when-date = { $date } ساعت { $time }

## Ages

ages-range = سنین { $min }–{ $max }
ages-min = { $min } سال به بالا
ages-max = تا { $max } سال
ages-all = همهٔ سنین

## Dates

day-1 = دوشنبه
day-2 = سه‌شنبه
day-3 = چهارشنبه
day-4 = پنجشنبه
day-5 = جمعه
day-6 = شنبه
day-7 = یکشنبه
month-1 = ژانویه
month-2 = فوریه
month-3 = مارس
month-4 = آوریل
month-5 = مه
month-6 = ژوئن
month-7 = ژوئیه
month-8 = اوت
month-9 = سپتامبر
month-10 = اکتبر
month-11 = نوامبر
month-12 = دسامبر
date-format = { $day } { $month } { $year }

## Needs. The -terms messages are extra search words, separated by commas.

need-food = غذا
need-food-terms = بانک غذا، وعدهٔ غذایی، غذا، گرسنگی، مواد غذایی، خواربار، ناهار
need-housing = مسکن و بی‌خانمانی
need-housing-terms = بی‌خانمان، سرپناه، اجاره، اجاره‌نشینی، مستأجر، تخلیه، کارتن‌خوابی
need-money = پول، بدهی و کمک‌هزینهٔ دولتی
need-money-terms = بدهی، کمک‌هزینه، کمک‌هزینهٔ دولتی، کمک دولتی، بنفیت، Universal Credit، یونیورسال کردیت، قبض، بودجه‌بندی
need-immigration = مهاجرت، پناهندگی و پناهندگان
need-immigration-terms = پناهندگی، پناهنده، Home Office، هوم آفیس، ویزا، تازه‌واردان
need-health = سلامت و بهزیستی روانی
need-health-terms = سلامت روان، بهزیستی، اضطراب، کم‌خونی داسی‌شکل، مراقبان
need-families = کودکان و خانواده‌ها
need-families-terms = کودکان، بچه‌ها، والدین، خانواده، نگهداری از کودک
need-youth = فعالیت‌های جوانان
need-youth-terms = جوانان، نوجوانان، باشگاه جوانان، بازی
need-education = آموزش، کارآموزی و اشتغال
need-education-terms = شغل، کار، آموزش، دوره‌ها، انگلیسی، ESOL، مدرسه
need-send = نیازهای آموزشی ویژه و معلولیت
need-send-terms = SEND، معلولیت، EHCP، نیازهای ویژه، کارورزی
need-care-experienced = بزرگ‌شده در پرورشگاه یا خانوادهٔ جایگزین
need-care-experienced-terms = پرورشگاه، خانوادهٔ جایگزین، خانوادهٔ میزبان، سرپرستی، بی‌سرپرست، تحت مراقبت، خروج از سرپرستی، فرزندپذیری موقت، care leaver، فاستر
need-prisoners-families = خانواده‌های زندانیان
need-prisoners-families-terms = زندان، زندانی، ملاقات، محکومیت
need-digital = کامپیوتر و اینترنت
need-digital-terms = کامپیوتر، رایانه، لپ‌تاپ، اینترنت، آنلاین، گوشی، موبایل، تلفن، وای‌فای، wifi، دیجیتال
need-community = جامعه، فرهنگ و دین
need-community-terms = مرکز محله، فرهنگ، دین، ایمان، داوطلبی، اجتماعی
need-safety = جرم و امنیت
need-safety-terms = جرم، جرایم با چاقو، بهره‌کشی، امنیت، ایمنی، خشونت

## Languages (ISO 639 codes)

language-en = انگلیسی
language-gu = گجراتی
language-pa = پنجابی
language-pl = لهستانی
language-ro = رومانیایی
language-ur = اردو
language-bn = بنگالی
language-pt = پرتغالی
language-ar = عربی
language-so = سومالیایی
language-hi = هندی
language-ku = کردی
language-fa = فارسی
language-ps = پشتو
language-ti = تیگرینیا
language-ta = تامیلی
language-fr = فرانسوی
language-sw = سواحیلی

## Offline: the connection and the directory saved on this phone

net-offline = شما آفلاین هستید. Signpost از فهرست خدمات ذخیره‌شده روی این گوشی استفاده می‌کند.
net-offline-partial = شما آفلاین هستید. پیش از قطع شدن اتصال، فقط بخشی از فهرست خدمات روی این گوشی ذخیره شده بود.
net-offline-nothing = شما آفلاین هستید، و فهرست خدمات هنوز روی این گوشی ذخیره نشده است. یک بار وصل شوید تا ذخیره شود.
net-saving = در حال ذخیرهٔ فهرست خدمات روی این گوشی، برای استفاده بدون آنتن…
net-progress = در حال ذخیرهٔ فهرست خدمات
net-saved = برای استفاده بدون آنتن روی این گوشی ذخیره شده است
net-updated = به‌روزرسانی: { $ago }
net-sync-failed = بررسی تغییرات فهرست خدمات ممکن نشد. Signpost دوباره تلاش خواهد کرد.
net-save-failed = مرورگر این گوشی فهرست خدمات را ذخیره نکرد، پس Signpost برای کار کردن به اتصال نیاز دارد.
net-persist-refused = اگر فضای گوشی کم شود، این مرورگر ممکن است فهرست خدمات ذخیره‌شده را پاک کند. برای نگه داشتن آن، هر از گاهی Signpost را با اتصال اینترنت باز کنید.
# تنها خطی که پایین صفحه ثابت می‌ماند (پیام‌های بالا بقیه را در خود صفحه می‌گویند).
net-line-offline = آفلاین: استفاده از فهرست خدمات ذخیره‌شده
net-line-offline-partial = آفلاین: فقط بخشی از فهرست خدمات ذخیره شده
net-line-offline-nothing = آفلاین: فهرست خدمات هنوز ذخیره نشده
net-line-saving = در حال ذخیرهٔ فهرست خدمات…
net-line-saved = روی این گوشی ذخیره شده
net-line-sync-failed = بررسی تغییرات ممکن نشد
net-line-save-failed = ذخیرهٔ فهرست خدمات ممکن نشد
ago-just-now = همین حالا
ago-minutes =
    { $count ->
        [one] { $count } دقیقه پیش
       *[other] { $count } دقیقه پیش
    }
ago-hours =
    { $count ->
        [one] { $count } ساعت پیش
       *[other] { $count } ساعت پیش
    }
ago-days =
    { $count ->
        [one] { $count } روز پیش
       *[other] { $count } روز پیش
    }
update-available = نسخهٔ تازه‌ای از Signpost آماده است.
update-reload = بارگیری دوباره

## Accounts and referrals

error-unauthorised = برای انجام این کار لطفاً وارد شوید.
error-forbidden = حساب شما اجازهٔ این کار را ندارد.
error-conflict = وقتی شما روی این مورد کار می‌کردید، کس دیگری آن را تغییر داد. چیزی ذخیره نشد: نسخهٔ او نشان داده شده است، و آنچه شما نوشتید نگه داشته شده تا بتوانید دوباره اضافه‌اش کنید.
error-cross-site = این درخواست از وب‌سایت دیگری آمده بود و رد شد.
footer-inbox = صندوق ورودی (ارجاع‌های دریافتی)
footer-listings = خدمات ثبت‌شدهٔ شما
footer-sign-in = ورود (سازمان‌های شریک)
login-title = ورود
login-intro = برای کارکنان و داوطلبان سازمان‌های شریک شبکه. هر کسی بدون ورود هم می‌تواند در فهرست خدمات جستجو کند.
login-email = نشانی ایمیل
login-password = رمز عبور
login-submit = ورود
login-error-invalid = این نشانی ایمیل و رمز عبور با هیچ حسابی جور نیست. آن‌ها را بررسی کنید و دوباره تلاش کنید.
login-error-limited = تلاش‌های زیادی برای ورود انجام شده است. یک دقیقه صبر کنید، سپس دوباره تلاش کنید.
login-error-busy = سرور مشغول است. لطفاً یک دقیقهٔ دیگر دوباره تلاش کنید.
login-needs-connection = ورود به اتصال اینترنت نیاز دارد. همچنان می‌توانید در فهرست خدمات جستجو کنید.

## Retention periods, as the consent statement and privacy notice say them

retention-period = { $unit ->
    [years] { $count ->
        [one] { $count } سال
       *[other] { $count } سال
    }
    [months] { $count ->
        [one] { $count } ماه
       *[other] { $count } ماه
    }
   *[days] { $count ->
        [one] { $count } روز
       *[other] { $count } روز
    }
}

## Links to pages whose own messages travel only with them (accounts.ftl, inbox.ftl, referrals.ftl)

inbox-sign-in = ورود
outbox-link = ارجاع‌های روی این گوشی
refer-link = ارجاع یک خانواده به این خدمت
back-to-service = بازگشت به خدمت
inbox-back = بازگشت به ارجاع‌های دریافتی
invite-member-link = دعوت از یک عضو
members-link = اعضا
