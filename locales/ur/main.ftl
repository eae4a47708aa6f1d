# Signpost — اردو. Machine draft, not yet reviewed by a fluent speaker (see locales/locales.toml).

## Site

app-name = Signpost
app-description = Leicester میں مقامی کمیونٹی سروسز تلاش کریں، اور خاندانوں کے ساتھ ان کی اپنی زبان میں شیئر کریں۔
skip-to-content = مواد پر جائیں
language-switcher = زبان
list-separator = { "، " }
notice-demo = ڈیمو ڈیٹا: یہ اندراجات Signpost کو آزمانے کے لیے مثالیں ہیں۔ فون نمبر اور ای میلز کسی تک نہیں پہنچتیں۔
notice-machine-draft = اس ترجمے کا مسودہ مشین نے تیار کیا ہے اور ابھی تک کسی روانی سے بولنے والے نے اسے نہیں جانچا۔
footer-about = Signpost، Leicester میں #PowerToChange کمیونٹی پارٹنرز نیٹ ورک کی ڈائریکٹری ہے۔
loading = لوڈ ہو رہا ہے…

## Errors

not-found-title = صفحہ نہیں ملا
not-found-body = ہمیں وہ صفحہ نہیں ملا۔ ہو سکتا ہے سروس یا تنظیم ہٹا دی گئی ہو۔
back-to-search = تلاش پر واپس
error-title = کچھ غلط ہو گیا
error-not-found = ہمیں وہ نہیں ملا۔
error-internal = ہماری طرف کچھ غلط ہو گیا۔ براہِ کرم تھوڑی دیر میں دوبارہ کوشش کریں۔
error-unreachable = Signpost سرور تک نہیں پہنچ سکا۔ اپنا کنکشن چیک کریں اور دوبارہ کوشش کریں۔
error-bad-request = اس درخواست میں کچھ درست نہیں تھا۔ براہِ کرم دوبارہ کوشش کریں۔
error-busy = سرور مصروف ہے۔ براہِ کرم ایک منٹ بعد دوبارہ کوشش کریں۔
error-unavailable = Signpost ابھی اپنے ڈیٹا بیس تک نہیں پہنچ پا رہا۔ براہِ کرم ایک منٹ بعد دوبارہ کوشش کریں۔

## Search

search-title = سروس تلاش کریں
search-label = آپ کو کس چیز میں مدد چاہیے؟
search-placeholder = مثلاً: فوڈ بینک، رہائش کے بارے میں مشورہ، لیپ ٹاپ
search-button = تلاش کریں
filters-legend = فلٹرز
filters-clear = تلاش اور فلٹرز صاف کریں
filter-need = ضرورت
filter-any-need = کوئی بھی ضرورت
filter-area = علاقہ
filter-any-area = Leicester میں کہیں بھی
filter-language = بولی جانے والی زبان
filter-any-language = کوئی بھی زبان
filter-age = اس شخص کی عمر
filter-free = مفت
filter-open-now = ابھی کھلی ہے
filter-referrals = ریفرلز قبول کرتی ہے
results-count =
    { $count ->
        [0] کوئی سروس نہیں ملی
        [one] ایک سروس
       *[other] { $count } سروسز
    }
results-empty = کچھ نہیں ملا۔ دوسرے الفاظ آزمائیں، یا کچھ فلٹرز ہٹا دیں۔
pager-label = مزید نتائج
pager-previous = پچھلا
pager-next = اگلا
pager-position = صفحہ { $page } از { $pages }
card-facts-label = اہم معلومات
card-languages = زبانیں: { $languages }
badge-free = مفت
badge-referrals = ریفرلز قبول کرتی ہے

## Service page

service-by = چلانے والی تنظیم
service-about = اس سروس کے بارے میں
service-needs = کس میں مدد کرتی ہے
service-who = کن کے لیے ہے
service-free = مفت۔
service-not-free = ہو سکتا ہے کچھ خرچ ہو۔
service-how = مدد کیسے حاصل کریں
service-hours = کھلنے کے اوقات
service-languages = عملے کی بولی جانے والی زبانیں
service-contact = رابطہ
service-where = کہاں
service-areas = علاقے: { $areas }
service-last-reviewed = تنظیم نے آخری بار جانچا: { $date }
service-may-be-out-of-date = تنظیم نے ایک سال سے زیادہ عرصے سے یہ تفصیلات نہیں جانچیں: ہو سکتا ہے یہ پرانی ہوں۔ کسی کو بھیجنے سے پہلے فون کر لیں۔
service-report-link = اس اندراج میں مسئلے کی اطلاع دیں
access-drop-in = کھلنے کے اوقات میں بغیر وقت لیے آ جائیں
access-self-referral = خود ان سے رابطہ کریں
access-professional-referral = کوئی سپورٹ ورکر، اسکول یا ڈاکٹر ریفر کر سکتا ہے
access-phone = فون پر مدد
access-appointment = وقت لے کر
access-signpost-referral = Signpost کے ذریعے ریفرلز لیتی ہے
access-contact = مدد حاصل کرنے کا طریقہ پوچھنے کے لیے ان سے رابطہ کریں
hours-caption = کھلنے کے اوقات، Leicester کے وقت کے مطابق
hours-none = کھلنے کے کوئی باقاعدہ اوقات نہیں: وقت طے کرنے کے لیے ان سے رابطہ کریں۔
hours-closed = بند
hours-period = { $opens }–{ $closes }
hours-period-overnight = { $opens }–{ $closes } (اگلے دن)
hours-closure = { $from } سے { $to } تک بند
hours-special-day = { $date } کو مختلف اوقات: { $times }
hours-special = { $from } سے { $to } تک مختلف اوقات: { $times }
contact-call = { $number } پر کال کریں
contact-text = { $number } پر ٹیکسٹ کریں
contact-email = { $email } پر ای میل کریں
contact-website = ویب سائٹ
location-map = نقشے میں کھولیں

## Organisation page

organisation-services =
    { $count ->
        [0] کوئی سروس درج نہیں
        [one] ایک سروس
       *[other] { $count } سروسز
    }

## Opening status

status-temporarily-closed = عارضی طور پر بند
status-open-closes = ابھی کھلی ہے · { $when } بند ہوگی
status-closed-opens = بند · { $when } کھلے گی
status-closed = بند
status-no-hours = کھلنے کے اوقات کے لیے ان سے رابطہ کریں
when-today = { $time } بجے
when-tomorrow = کل { $time } بجے
when-weekday = { $day } کو { $time } بجے
when-date = { $date } کو { $time } بجے

## Ages

ages-range = عمر { $min }–{ $max }
ages-min = عمر { $min } اور اس سے زیادہ
ages-max = عمر { $max } تک
ages-all = تمام عمریں

## Dates

day-1 = پیر
day-2 = منگل
day-3 = بدھ
day-4 = جمعرات
day-5 = جمعہ
day-6 = ہفتہ
day-7 = اتوار
month-1 = جنوری
month-2 = فروری
month-3 = مارچ
month-4 = اپریل
month-5 = مئی
month-6 = جون
month-7 = جولائی
month-8 = اگست
month-9 = ستمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر
date-format = { $day } { $month } { $year }

## Needs. The -terms messages are extra search words, separated by commas.

need-food = کھانا
need-food-terms = فوڈ بینک، کھانے، بھوک، راشن، سودا سلف، دوپہر کا کھانا
need-housing = رہائش اور بے گھری
need-housing-terms = بے گھر، پناہ گاہ، کرایہ، کرایہ داری، بے دخلی، سڑک پر سونا
need-money = پیسہ، قرض اور سرکاری امداد
need-money-terms = قرض، بینیفٹس، بینیفٹ، سرکاری امداد، Universal Credit، یونیورسل کریڈٹ، بل، بجٹ
need-immigration = امیگریشن، پناہ اور پناہ گزین
need-immigration-terms = پناہ، سیاسی پناہ، پناہ گزین، Home Office، ہوم آفس، ویزا، نئے آنے والے
need-health = صحت اور ذہنی تندرستی
need-health-terms = ذہنی صحت، تندرستی، بے چینی، پریشانی، سکل سیل، نگہداشت کرنے والے
need-families = بچے اور خاندان
need-families-terms = بچے، والدین، خاندان، بچوں کی دیکھ بھال
need-youth = نوجوانوں کی سرگرمیاں
need-youth-terms = نوجوان، نوعمر، یوتھ کلب، کھیل
need-education = تعلیم، تربیت اور روزگار
need-education-terms = نوکریاں، کام، تربیت، کورسز، انگریزی، ESOL، اسکول
need-send = خصوصی تعلیمی ضروریات اور معذوری
need-send-terms = SEND، معذوری، EHCP، خصوصی ضروریات، انٹرن شپ
need-care-experienced = سرکاری دیکھ بھال میں پلے بڑھے
need-care-experienced-terms = کیئر، کیئر لیور، فوسٹر، فوسٹر کیئر، فوسٹر فیملی، رضاعی خاندان، یتیم خانہ، سرکاری دیکھ بھال، نگہداشت، care leaver
need-prisoners-families = قیدیوں کے خاندان
need-prisoners-families-terms = جیل، قیدی، ملاقات، سزا
need-digital = کمپیوٹر اور انٹرنیٹ
need-digital-terms = کمپیوٹر، لیپ ٹاپ، انٹرنیٹ، آن لائن، فون، موبائل، وائی فائی، wifi، ڈیجیٹل
need-community = کمیونٹی، ثقافت اور مذہب
need-community-terms = کمیونٹی سینٹر، ثقافت، مذہب، ایمان، رضاکاری، سماجی
need-safety = جرائم اور حفاظت
need-safety-terms = جرم، چاقو کے جرائم، استحصال، حفاظت، تشدد

## Languages (ISO 639 codes)

language-en = انگریزی
language-gu = گجراتی
language-pa = پنجابی
language-pl = پولش
language-ro = رومانیائی
language-ur = اردو
language-bn = بنگالی
language-pt = پرتگالی
language-ar = عربی
language-so = صومالی
language-hi = ہندی
language-ku = کردی
language-fa = فارسی
language-ps = پشتو
language-ti = تگرینیا
language-ta = تامل
language-fr = فرانسیسی
language-sw = سواحلی

## Offline: the connection and the directory saved on this phone

net-offline = آپ آف لائن ہیں۔ Signpost اس فون پر محفوظ ڈائریکٹری استعمال کر رہا ہے۔
net-offline-partial = آپ آف لائن ہیں۔ کنکشن جانے سے پہلے ڈائریکٹری کا صرف کچھ حصہ اس فون پر محفوظ ہوا تھا۔
net-offline-nothing = آپ آف لائن ہیں، اور ڈائریکٹری ابھی تک اس فون پر محفوظ نہیں ہوئی۔ اسے محفوظ کرنے کے لیے ایک بار کنکٹ ہوں۔
net-saving = ڈائریکٹری اس فون پر محفوظ کی جا رہی ہے، تاکہ سگنل کے بغیر استعمال ہو سکے…
net-progress = ڈائریکٹری محفوظ کی جا رہی ہے
net-saved = سگنل کے بغیر استعمال کے لیے اس فون پر محفوظ ہے
net-updated = { $ago } اپ ڈیٹ ہوئی
net-sync-failed = ڈائریکٹری میں تبدیلیاں چیک نہیں ہو سکیں۔ Signpost دوبارہ کوشش کرے گا۔
net-save-failed = اس فون کے براؤزر نے ڈائریکٹری محفوظ نہیں کی، اس لیے Signpost کو کام کرنے کے لیے کنکشن درکار ہے۔
net-persist-refused = اگر فون میں جگہ کم ہو جائے تو یہ براؤزر محفوظ ڈائریکٹری حذف کر سکتا ہے۔ اسے رکھنے کے لیے کبھی کبھار کنکشن کے ساتھ Signpost کھولیں۔
# اسکرین کے نیچے جمی ہوئی واحد لائن (باقی بات اوپر والے پیغامات صفحے میں بتاتے ہیں)۔
net-line-offline = آف لائن: محفوظ ڈائریکٹری استعمال ہو رہی ہے
net-line-offline-partial = آف لائن: ڈائریکٹری کا کچھ حصہ ہی محفوظ ہے
net-line-offline-nothing = آف لائن: ڈائریکٹری ابھی محفوظ نہیں ہوئی
net-line-saving = ڈائریکٹری محفوظ کی جا رہی ہے…
net-line-saved = اس فون پر محفوظ ہے
net-line-sync-failed = تبدیلیاں چیک نہیں ہو سکیں
net-line-save-failed = ڈائریکٹری محفوظ نہیں ہو سکی
ago-just-now = ابھی ابھی
ago-minutes =
    { $count ->
        [one] 1 منٹ پہلے
       *[other] { $count } منٹ پہلے
    }
ago-hours =
    { $count ->
        [one] 1 گھنٹہ پہلے
       *[other] { $count } گھنٹے پہلے
    }
ago-days =
    { $count ->
        [one] 1 دن پہلے
       *[other] { $count } دن پہلے
    }
update-available = Signpost کا نیا ورژن تیار ہے۔
update-reload = دوبارہ لوڈ کریں

## Accounts and referrals

error-unauthorised = یہ کرنے کے لیے براہِ کرم سائن اِن کریں۔
error-forbidden = آپ کا اکاؤنٹ یہ نہیں کر سکتا۔
error-conflict = آپ کے کام کے دوران کسی اور نے اسے بدل دیا۔ کچھ محفوظ نہیں ہوا: ان کا ورژن دکھایا گیا ہے، اور آپ کا لکھا ہوا رکھ لیا گیا ہے تاکہ آپ اسے دوبارہ شامل کر سکیں۔
error-cross-site = یہ درخواست کسی دوسری ویب سائٹ سے آئی تھی اور مسترد کر دی گئی۔
footer-inbox = اِن باکس (موصول ہونے والے ریفرلز)
footer-listings = آپ کے اندراجات
footer-sign-in = سائن اِن (پارٹنر تنظیمیں)
login-title = سائن اِن
login-intro = نیٹ ورک کی پارٹنر تنظیموں کے عملے اور رضاکاروں کے لیے۔ ڈائریکٹری میں تلاش کوئی بھی سائن اِن کیے بغیر کر سکتا ہے۔
login-email = ای میل پتہ
login-password = پاس ورڈ
login-submit = سائن اِن کریں
login-error-invalid = یہ ای میل پتہ اور پاس ورڈ کسی اکاؤنٹ سے میل نہیں کھاتے۔ انہیں چیک کریں اور دوبارہ کوشش کریں۔
login-error-limited = سائن اِن کی بہت زیادہ کوششیں۔ ایک منٹ انتظار کریں، پھر دوبارہ کوشش کریں۔
login-error-busy = سرور مصروف ہے۔ براہِ کرم ایک منٹ بعد دوبارہ کوشش کریں۔
login-needs-connection = سائن اِن کرنے کے لیے کنکشن ضروری ہے۔ آپ پھر بھی ڈائریکٹری میں تلاش کر سکتے ہیں۔

## Retention periods, as the consent statement and privacy notice say them

retention-period = { $unit ->
    [years] { $count ->
        [one] ایک سال
       *[other] { $count } سال
    }
    [months] { $count ->
        [one] ایک مہینہ
       *[other] { $count } مہینے
    }
   *[days] { $count ->
        [one] ایک دن
       *[other] { $count } دن
    }
}

## Links to pages whose own messages travel only with them (accounts.ftl, inbox.ftl, referrals.ftl)

inbox-sign-in = سائن اِن کریں
outbox-link = اس فون پر ریفرلز
refer-link = اس سروس کے لیے خاندان کو ریفر کریں
back-to-service = سروس پر واپس
inbox-back = موصول ہونے والے ریفرلز پر واپس
invite-member-link = رکن کو مدعو کریں
members-link = اراکین
