# Signpost — العربية. مسودة آلية لم يراجعها متحدث بطلاقة بعد (انظر locales/locales.toml).

## Site

app-name = Signpost
app-description = ابحث عن الخدمات المجتمعية المحلية في ليستر، وشاركها مع العائلات بلغتها.
skip-to-content = انتقل إلى المحتوى
language-switcher = اللغة
list-separator = { "، " }
notice-demo = بيانات تجريبية: هذه القوائم أمثلة لتجربة Signpost. أرقام الهواتف والبريد الإلكتروني لا تصل إلى أحد.
notice-machine-draft = هذه الترجمة مسودة آلية ولم يراجعها متحدث بطلاقة بعد.
footer-about = Signpost هو دليل شبكة شركاء #PowerToChange المجتمعية في ليستر.
loading = جارٍ التحميل…

## Errors

not-found-title = الصفحة غير موجودة
not-found-body = لم نتمكن من العثور على هذه الصفحة. ربما أُزيلت الخدمة أو المنظمة.
back-to-search = العودة إلى البحث
error-title = حدث خطأ ما
error-not-found = لم نتمكن من العثور على ذلك.
error-internal = حدث خطأ من جهتنا. يُرجى المحاولة مرة أخرى بعد قليل.
error-unreachable = تعذّر على Signpost الوصول إلى الخادم. تحقّق من اتصالك وحاول مرة أخرى.
error-bad-request = في هذا الطلب شيء غير صحيح. يُرجى المحاولة مرة أخرى.

## Search

search-title = ابحث عن خدمة
search-label = ما الذي تحتاج المساعدة فيه؟
search-placeholder = مثلاً: بنك الطعام، نصيحة بشأن السكن، لابتوب
search-button = بحث
filters-legend = عوامل التصفية
filters-clear = مسح البحث وعوامل التصفية
filter-need = الحاجة
filter-any-need = أي حاجة
filter-area = المنطقة
filter-any-area = أي مكان في ليستر
filter-language = اللغة المستخدمة
filter-any-language = أي لغة
filter-age = عمر الشخص
filter-free = مجانية
filter-open-now = مفتوحة الآن
filter-referrals = تقبل الإحالات
results-count =
    { $count ->
        [0] لم يتم العثور على خدمات
        [one] خدمة واحدة
        [two] خدمتان
        [few] { $count } خدمات
        [many] { $count } خدمة
       *[other] { $count } خدمة
    }
results-empty = لا توجد نتائج مطابقة. جرّب كلمات أخرى، أو امسح بعض عوامل التصفية.
pager-label = مزيد من النتائج
pager-previous = السابق
pager-next = التالي
pager-position = الصفحة { $page } من { $pages }
card-facts-label = معلومات أساسية
card-languages = اللغات: { $languages }
badge-free = مجانية
badge-referrals = تقبل الإحالات

## Service page

service-by = تديرها
service-about = عن هذه الخدمة
service-needs = تساعد في
service-who = لمن هذه الخدمة
service-free = مجانية.
service-not-free = قد تكون هناك تكلفة.
service-how = كيف تحصل على المساعدة
service-hours = ساعات العمل
service-languages = اللغات التي يتحدثها الموظفون
service-contact = التواصل
service-where = المكان
service-areas = تغطي: { $areas }
service-last-reviewed = آخر مراجعة من المنظمة: { $date }
service-may-be-out-of-date = لم تتحقق المنظمة من هذه التفاصيل منذ أكثر من سنة: قد تكون قديمة. اتصل قبل أن ترسل أحداً.
service-report-link = أبلغ عن مشكلة في هذه القائمة
access-drop-in = احضر مباشرة خلال ساعات العمل
access-self-referral = تواصل معهم بنفسك
access-professional-referral = يمكن لموظف دعم أو مدرسة أو طبيب عام الإحالة
access-phone = مساعدة عبر الهاتف
access-appointment = بموعد مسبق
access-signpost-referral = تقبل الإحالات عبر Signpost
access-contact = تواصل معهم لتسأل كيف تحصل على المساعدة
hours-caption = ساعات العمل بتوقيت ليستر
hours-none = لا توجد ساعات عمل منتظمة: تواصل معهم لترتيب موعد.
hours-closed = مغلقة
hours-period = { $opens }–{ $closes }
hours-period-overnight = { $opens }–{ $closes } (اليوم التالي)
hours-closure = مغلقة من { $from } إلى { $to }
hours-special-day = أوقات مختلفة يوم { $date }: { $times }
hours-special = أوقات مختلفة من { $from } إلى { $to }: { $times }
contact-call = اتصل بالرقم { $number }
contact-text = أرسل رسالة نصية إلى { $number }
contact-email = راسل { $email }
contact-website = الموقع الإلكتروني
location-map = افتح في الخريطة

## Organisation page

organisation-services =
    { $count ->
        [0] لا توجد خدمات مدرجة
        [one] خدمة واحدة
        [two] خدمتان
        [few] { $count } خدمات
        [many] { $count } خدمة
       *[other] { $count } خدمة
    }

## Opening status

status-temporarily-closed = مغلقة مؤقتاً
status-open-closes = مفتوحة الآن · تغلق { $when }
status-closed-opens = مغلقة · تفتح { $when }
status-closed = مغلقة
status-no-hours = تواصل معهم لمعرفة أوقات العمل
when-today = الساعة { $time }
when-tomorrow = غداً الساعة { $time }
when-weekday = يوم { $day } الساعة { $time }
when-date = { $date } الساعة { $time }

## Ages

ages-range = الأعمار { $min }–{ $max }
ages-min = من عمر { $min } فما فوق
ages-max = حتى عمر { $max }
ages-all = جميع الأعمار

## Dates

day-1 = الاثنين
day-2 = الثلاثاء
day-3 = الأربعاء
day-4 = الخميس
day-5 = الجمعة
day-6 = السبت
day-7 = الأحد
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
date-format = { $day } { $month } { $year }

## Needs

need-food = الطعام
need-food-terms = بنك الطعام، وجبات، جوع، مواد غذائية، غداء
need-housing = السكن والتشرد
need-housing-terms = مشرد، مأوى، إيجار، إخلاء، النوم في الشارع
need-money = المال والديون والإعانات الحكومية
need-money-terms = ديون، إعانات، إعانات حكومية، الائتمان الشامل، Universal Credit، فواتير، ميزانية
need-immigration = الهجرة واللجوء واللاجئون
need-immigration-terms = لجوء، لاجئ، وزارة الداخلية، تأشيرة، الوافدون الجدد
need-health = الصحة والعافية النفسية
need-health-terms = الصحة النفسية، عافية، قلق، فقر الدم المنجلي، مقدمو الرعاية
need-families = الأطفال والعائلات
need-families-terms = أطفال، آباء، أسرة، رعاية الأطفال
need-youth = أنشطة الشباب
need-youth-terms = شباب، مراهقون، نادي الشباب، لعب
need-education = التعليم والتدريب والتوظيف
need-education-terms = وظائف، عمل، تدريب، دورات، اللغة الإنجليزية، مدرسة
need-send = الاحتياجات التعليمية الخاصة والإعاقة
need-send-terms = إعاقة، احتياجات خاصة، خطة التعليم والصحة والرعاية، تدريب عملي
need-care-experienced = نشأ في دار رعاية أو أسرة حاضنة
need-care-experienced-terms = أسرة حاضنة، عائلة حاضنة، دار رعاية، رعاية بديلة، دار أيتام، ترك الرعاية، care leaver، foster
need-prisoners-families = عائلات السجناء
need-prisoners-families-terms = سجن، سجين، زيارات، حكم
need-digital = الكمبيوتر والإنترنت
need-digital-terms = كمبيوتر، حاسوب، لابتوب، إنترنت، أونلاين، هاتف، موبايل، واي فاي، wifi، مهارات رقمية
need-community = المجتمع والثقافة والدين
need-community-terms = مركز مجتمعي، ثقافة، دين، تطوع، اجتماعي
need-safety = الجريمة والسلامة
need-safety-terms = جريمة، جرائم السكاكين، استغلال، سلامة، عنف

## Languages

language-en = الإنجليزية
language-gu = الغوجاراتية
language-pa = البنجابية
language-pl = البولندية
language-ro = الرومانية
language-ur = الأردية
language-bn = البنغالية
language-pt = البرتغالية
language-ar = العربية
language-so = الصومالية
language-hi = الهندية
language-ku = الكردية
language-fa = الفارسية
language-ps = البشتوية
language-ti = التغرينية
language-ta = التاميلية
language-fr = الفرنسية
language-sw = السواحيلية

## Offline: the connection and the directory saved on this phone

net-offline = أنت غير متصل. يستخدم Signpost الدليل المحفوظ على هذا الهاتف.
net-offline-partial = أنت غير متصل. حُفظ جزء فقط من الدليل على هذا الهاتف قبل انقطاع الاتصال.
net-offline-nothing = أنت غير متصل، ولم يُحفظ الدليل على هذا الهاتف بعد. اتصل مرة واحدة لحفظه.
net-saving = جارٍ حفظ الدليل على هذا الهاتف لاستخدامه بدون إشارة…
net-progress = حفظ الدليل
net-saved = محفوظ على هذا الهاتف للاستخدام بدون إشارة
net-updated = حُدِّث { $ago }
net-sync-failed = تعذّر التحقق من تغييرات الدليل. سيحاول Signpost مرة أخرى.
net-save-failed = رفض متصفح هذا الهاتف حفظ الدليل، لذا يحتاج Signpost إلى اتصال ليعمل.
net-persist-refused = قد يحذف هذا المتصفح الدليل المحفوظ إذا امتلأت مساحة الهاتف. افتح Signpost مع اتصال من حين لآخر للاحتفاظ به.
# السطر الوحيد المثبّت أسفل الشاشة (الرسائل أعلاه تقول الباقي، في الصفحة).
net-line-offline = غير متصل: يُستخدم الدليل المحفوظ
net-line-offline-partial = غير متصل: حُفظ جزء من الدليل فقط
net-line-offline-nothing = غير متصل: لم يُحفظ الدليل بعد
net-line-saving = جارٍ حفظ الدليل…
net-line-saved = محفوظ على هذا الهاتف
net-line-sync-failed = تعذّر التحقق من التغييرات
net-line-save-failed = تعذّر حفظ الدليل
ago-just-now = الآن
ago-minutes =
    { $count ->
        [zero] قبل { $count } دقيقة
        [one] قبل دقيقة واحدة
        [two] قبل دقيقتين
        [few] قبل { $count } دقائق
        [many] قبل { $count } دقيقة
       *[other] قبل { $count } دقيقة
    }
ago-hours =
    { $count ->
        [zero] قبل { $count } ساعة
        [one] قبل ساعة واحدة
        [two] قبل ساعتين
        [few] قبل { $count } ساعات
        [many] قبل { $count } ساعة
       *[other] قبل { $count } ساعة
    }
ago-days =
    { $count ->
        [zero] قبل { $count } يوم
        [one] قبل يوم واحد
        [two] قبل يومين
        [few] قبل { $count } أيام
        [many] قبل { $count } يوماً
       *[other] قبل { $count } يوم
    }
update-available = إصدار جديد من Signpost جاهز.
update-reload = إعادة التحميل

## Accounts and referrals

error-unauthorised = يرجى تسجيل الدخول للقيام بذلك.
error-forbidden = لا يمكن لحسابك القيام بذلك.
error-conflict = غيّر شخص آخر هذا أثناء عملك عليه. لم يُحفظ شيء: تظهر نسخته، وما كتبته محفوظ لتضيفه مرة أخرى.
error-cross-site = جاء هذا الطلب من موقع آخر وتم رفضه.
footer-inbox = صندوق الوارد (الإحالات المستلمة)
footer-listings = قوائمك
footer-sign-in = تسجيل الدخول (للمنظمات الشريكة)
login-title = تسجيل الدخول
login-intro = لموظفي ومتطوعي المنظمات الشريكة في الشبكة. يمكن لأي شخص البحث في الدليل دون تسجيل الدخول.
login-email = البريد الإلكتروني
login-password = كلمة المرور
login-submit = تسجيل الدخول
login-error-invalid = البريد الإلكتروني وكلمة المرور لا يطابقان أي حساب. تحقق منهما وحاول مرة أخرى.
login-error-limited = محاولات كثيرة لتسجيل الدخول. انتظر دقيقة ثم حاول مرة أخرى.
login-needs-connection = يحتاج تسجيل الدخول إلى اتصال. لا يزال بإمكانك البحث في الدليل.
error-busy = الخادم مشغول. يُرجى المحاولة مرة أخرى بعد دقيقة.
error-unavailable = لا يستطيع Signpost الوصول إلى قاعدة بياناته الآن. يُرجى المحاولة مرة أخرى بعد دقيقة.
login-error-busy = الخادم مشغول. يُرجى المحاولة مرة أخرى بعد دقيقة.
retention-period = { $unit ->
    [years] { $count ->
        [zero] { $count } سنة
        [one] سنة واحدة
        [two] سنتين
        [few] { $count } سنوات
        [many] { $count } سنة
       *[other] { $count } سنة
    }
    [months] { $count ->
        [zero] { $count } شهر
        [one] شهر واحد
        [two] شهرين
        [few] { $count } أشهر
        [many] { $count } شهراً
       *[other] { $count } شهر
    }
   *[days] { $count ->
        [zero] { $count } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $count } أيام
        [many] { $count } يوماً
       *[other] { $count } يوم
    }
}

## Links to pages whose own messages travel only with them (accounts.ftl, inbox.ftl, referrals.ftl)

inbox-sign-in = تسجيل الدخول
outbox-link = الإحالات على هذا الهاتف
refer-link = إحالة عائلة إلى هذه الخدمة
back-to-service = العودة إلى الخدمة
inbox-back = العودة إلى الإحالات الواردة
invite-member-link = دعوة عضو
members-link = الأعضاء
